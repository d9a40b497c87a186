"""pvd:connectionroutes through qgis_process with the barème given flattened (BAREME=36,1000,20,2000,50)."""
import pytest
from osgeo import ogr

from tests.cli.test_qgis_process import qgis_home, qgis_process  # noqa: F401  (fixture)
from tests.fixtures import read_gpkg, write_gpkg
from tests.qgis.test_routing_processing import wkt_point


def test_flattened_bareme_from_the_command_line(qgis_home, tmp_path):  # noqa: F811
    gpkg = tmp_path / "points.gpkg"
    postes = write_gpkg(gpkg, "postes", 2154, ogr.wkbPoint, [(wkt_point(0.5, 10.5), {"id_poste": "P1"})])
    demandes = write_gpkg(gpkg, "demandes", 2154, ogr.wkbPoint, [
        (wkt_point(50.5, 10.5), {"id_demande": "D1", "puissance_kva": 9.0})])
    out = tmp_path / "routes.gpkg"
    completed = qgis_process(
        qgis_home, "run", "pvd:connectionroutes", "--", "TARGETS={}".format(demandes),
        "TARGET_ID_FIELD=id_demande", "SOURCES={}".format(postes), "SOURCE_ID_FIELD=id_poste",
        "DEFAULT_COST=100", "CELL_SIZE=1", "MARGIN=60", "REFACTION=0.4", "BAREME=36,1000,20,2000,50",
        "POWER_FIELD=puissance_kva", "OUTPUT={}".format(out))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    [(_wkt, values)] = read_gpkg(out)
    # 50 m straight: LB 30, LE 20; branchement 0.6 × (1000 + 20 × 30) = 960 €,
    # extension 0.6 × (2000 + 50 × 20) = 1800 €; 2760 € billed, works 50 × 100 = 5000 €
    assert (values["lb_m"], values["le_m"]) == (30.0, 20.0)
    assert values["contribution_branchement_eur"] == pytest.approx(960.0)
    assert values["contribution_extension_eur"] == pytest.approx(1800.0)
    assert values["contribution_eur"] == pytest.approx(2760.0)
    assert values["cost_eur"] == pytest.approx(5000.0)


@pytest.mark.parametrize("algorithm, names", [
    ("pvd:connectionroutes", ("BAREME", "POWER_FIELD", "REFACTION")),
    ("pvd:heritageperimeters", ("PDA", "PDA_ID_FIELD")),
    ("pvd:heritagevisibility", ("INPUT", "DEM", "BUILDINGS", "HEIGHT_FIELD", "DISTANCE", "MONUMENT_HEIGHT",
                                "OBSERVER_HEIGHT", "CELL_SIZE", "OUTPUT")),
    ("pvd:abfconsultation", ("INPUT", "PERIMETERS", "VISIBILITY", "OUTPUT")),
    ("pvd:workscoordination", ("MORATORIUM_MONTHS", "AGGLOMERATION", "L49_AGGLOMERATION_M", "L49_OUTSIDE_M",
                               "OUTPUT_WORKS")),
    ("pvd:selfconsumptionperimeter", ("DEROGATION", "COMMUNES", "DENSITY_FIELD", "TOTAL_POWER_KW",
                                      "MAX_POWER_MW")),
])
def test_help_lists_the_parameters_of_the_rules(qgis_home, algorithm, names):  # noqa: F811
    completed = qgis_process(qgis_home, "help", algorithm)
    assert completed.returncode == 0, completed.stderr
    for name in names:
        assert "{}:".format(name) in completed.stdout, (algorithm, name)
