"""The energy algorithms through qgis_process."""
import pytest
from osgeo import ogr

from tests.cli.test_qgis_process import qgis_home, qgis_process  # noqa: F401 (fixture)
from tests.fixtures import read_gpkg, write_gpkg


def test_help_lists_the_contract_parameters(qgis_home):  # noqa: F811
    completed = qgis_process(qgis_home, "help", "pvd:consumptionzones")
    assert completed.returncode == 0, completed.stderr
    for name in ("POINTS", "ZONES", "GRID_SIZE", "YEAR_FIELD", "MWH_FIELD", "SITES_FIELD", "INSEE_FIELD",
                 "YEAR", "COMPARE_YEAR", "PERCENTILE", "MIN_SITES", "OUTPUT"):
        assert name in completed.stdout
    completed = qgis_process(qgis_home, "help", "pvd:selfconsumptionperimeter")
    assert completed.returncode == 0, completed.stderr
    for name in ("PRODUCERS", "CONSUMERS", "MAX_DISTANCE", "DEROGATION", "SUBSTATIONS", "OUTPUT_CIRCLE",
                 "OUTPUT_PAIR", "OUTPUT_PARTICIPANTS", "OUTPUT_SUBSTATIONS"):
        assert name in completed.stdout


def test_consumption_grid_from_the_command_line(qgis_home, tmp_path):  # noqa: F811
    points = write_gpkg(tmp_path / "conso.gpkg", "consommation_electrique", 2154, ogr.wkbPoint, [
        ("POINT (405010 6920010)", {"annee": 2023, "conso_mwh": 60.0, "nb_sites": 12, "insee": "14342"}),
        ("POINT (405020 6920020)", {"annee": 2022, "conso_mwh": 80.0, "nb_sites": 12, "insee": "14342"}),
        ("POINT (405510 6920010)", {"annee": 2023, "conso_mwh": 20.0, "nb_sites": 4, "insee": "14342"}),
    ])
    out = tmp_path / "grille.gpkg"
    completed = qgis_process(qgis_home, "run", "pvd:consumptionzones", "--", "POINTS={}".format(points),
                             "GRID_SIZE=500", "YEAR=2023", "COMPARE_YEAR=2022", "OUTPUT={}".format(out))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    cells = {values["id_zone"]: values for _wkt, values in read_gpkg(out)}
    assert cells["E405000N6920000"]["evolution_mwh"] == -20.0
    assert cells["E405000N6920000"]["evolution_pct"] == -25.0
    assert cells["E405500N6920000"]["masque"] == 1 and cells["E405500N6920000"]["conso_mwh"] is None


def test_self_consumption_from_the_command_line(qgis_home, tmp_path):  # noqa: F811
    path = tmp_path / "acc.gpkg"
    producers = write_gpkg(path, "p", 2154, ogr.wkbPoint, [("POINT (430000 6915000)", {"nom": "PV"})])
    consumers = write_gpkg(path, "c", 2154, ogr.wkbPoint, [("POINT (431200 6915900)", {"nom": "École"})])
    circle = tmp_path / "cercle.gpkg"
    completed = qgis_process(
        qgis_home, "run", "pvd:selfconsumptionperimeter", "--", "PRODUCERS={}".format(producers),
        "CONSUMERS={}".format(consumers), "MAX_DISTANCE=2000", "OUTPUT_CIRCLE={}".format(circle),
        "OUTPUT_PAIR={}".format(tmp_path / "paire.gpkg"),
        "OUTPUT_PARTICIPANTS={}".format(tmp_path / "participants.gpkg"))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    (_wkt, values), = read_gpkg(circle)
    # 1200-900-1500 triangle on the plane; on the ground Lambert-93's scale there (1.000227 at 49.28° N)
    # makes it 1500 / 1.000227 = 1499.66 m
    assert values["distance_max_m"] == pytest.approx(1499.66, abs=0.01)
    assert values["rayon_m"] == pytest.approx(749.83, abs=0.01) and values["conforme"] == 1
