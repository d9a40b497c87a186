"""pvd:workscoordination and pvd:substationpriority through qgis_process on small GeoPackages."""
import json

from osgeo import ogr

from tests.cli.test_qgis_process import qgis_home, qgis_process  # noqa: F401  (module-scoped fixture)
from tests.coordination_cases import write_projects, write_works
from tests.fixtures import read_gpkg, write_gpkg


def test_coordination_from_the_command_line(qgis_home, tmp_path):  # noqa: F811
    works = write_works(tmp_path / "data.gpkg")
    projects = write_projects(tmp_path / "data.gpkg")
    out, summary = tmp_path / "pairs.gpkg", tmp_path / "summary.gpkg"
    completed = qgis_process(
        qgis_home, "run", "pvd:workscoordination", "--json", "--", "WORKS={}".format(works),
        "PROJECTS={}".format(projects), "DISTANCE=10", "WINDOW_MONTHS=12", "MORATORIUM_MONTHS=36",
        "UNIT_COST=150", "OUTPUT={}".format(out), "OUTPUT_SUMMARY={}".format(summary))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    results = json.loads(completed.stdout[completed.stdout.index("{"):])["results"]
    assert results["TOTAL_SAVING_EUR"] == 18000.0
    relations = sorted(values["relation"] for _wkt, values in read_gpkg(out))
    assert relations == ["conflit_moratoire", "mutualisable", "sequence_a_revoir"]
    assert len(read_gpkg(summary)) == 3


def test_substation_priority_from_the_command_line(qgis_home, tmp_path):  # noqa: F811
    postes = write_gpkg(tmp_path / "postes.gpkg", "postes_hta_bt", 2154, ogr.wkbPoint, [
        ("POINT (400000 6900000)", {"id_poste": "A", "type_poste": "poste_sur_poteau"}),
        ("POINT (400100 6900000)", {"id_poste": "B", "type_poste": "cabine_haute"})])
    out = tmp_path / "rang.gpkg"
    completed = qgis_process(qgis_home, "run", "pvd:substationpriority", "--", "SUBSTATIONS={}".format(postes),
                             "TYPE_FIELD=type_poste", "OUTPUT={}".format(out))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    ranks = {values["id_poste"]: values["rang"] for _wkt, values in read_gpkg(out)}
    assert ranks == {"A": 2, "B": 1}
