"""pvd:validatedata and pvd:importopendata through qgis_process."""
import os

from tests.cli.test_qgis_process import qgis_home, qgis_process  # noqa: F401 (fixture)
from tests.conftest import SAMPLE_GPKG
from tests.fixtures import read_gpkg

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "opendata")


def test_validate_the_sample(qgis_home, tmp_path):  # noqa: F811
    completed = qgis_process(qgis_home, "run", "pvd:validatedata", "--", "INPUT={}".format(SAMPLE_GPKG),
                             "OUTPUT={}".format(tmp_path / "problems.gpkg"))
    assert completed.returncode == 0, completed.stderr
    assert "PROBLEMS:\t0" in completed.stdout


def test_import_enedis_postes_for_two_communes(qgis_home, tmp_path):  # noqa: F811
    out = tmp_path / "postes.gpkg"
    completed = qgis_process(qgis_home, "run", "pvd:importopendata", "--",
                             "INPUT={}".format(os.path.join(DATA, "poste-electrique.csv")), "FORMAT=0",
                             "INSEE=14035,14342", "OUTPUT={}".format(out))
    assert completed.returncode == 0, completed.stderr
    rows = read_gpkg(out)
    assert sorted(values["insee"] for _wkt, values in rows) == ["14035", "14035", "14342"]
