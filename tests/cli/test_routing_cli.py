"""pvd:connectionroutes through qgis_process, on a GeoTIFF cost raster and GeoPackages."""
import numpy as np
import pytest
from osgeo import ogr

from tests.cli.test_qgis_process import qgis_home, qgis_process  # noqa: F401  (fixture)
from tests.fixtures import read_gpkg, write_gpkg
from tests.qgis.test_routing_processing import wkt_point, write_cost_tiff


def test_routes_from_the_command_line(qgis_home, tmp_path):  # noqa: F811
    costs = np.full((11, 40), 80.0)
    costs[0:8, 20] = -1.0  # a wall with a way round at the bottom
    tiff = write_cost_tiff(tmp_path / "cout.tif", costs)
    gpkg = tmp_path / "points.gpkg"
    postes = write_gpkg(gpkg, "postes", 2154, ogr.wkbPoint, [(wkt_point(0.5, 10.5), {"id_poste": "P1"})])
    demandes = write_gpkg(gpkg, "demandes", 2154, ogr.wkbPoint, [(wkt_point(39.5, 10.5), {"id_demande": "D1"})])
    out = tmp_path / "routes.gpkg"
    completed = qgis_process(
        qgis_home, "run", "pvd:connectionroutes", "--", "TARGETS={}".format(demandes),
        "TARGET_ID_FIELD=id_demande", "SOURCES={}".format(postes), "SOURCE_ID_FIELD=id_poste",
        "COST_RASTER={}".format(tiff), "FIXED_COST=1000", "REFACTION=0.4", "OUTPUT={}".format(out))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    [(wkt, values)] = read_gpkg(out)
    assert (values["target_id"], values["source_id"], values["status"]) == ("D1", "P1", "ok")
    # 39 columns and 8 rows down and back: 16 diagonal + 23 straight steps
    assert values["length_m"] == pytest.approx(16 * 2 ** 0.5 + 23)
    assert values["cost_eur"] == pytest.approx(values["length_m"] * 80.0)
    assert values["total_eur"] == pytest.approx(values["cost_eur"] + 1000.0)
    assert values["part_demandeur_eur"] == pytest.approx((values["cost_eur"] + 1000.0) * 0.6)
    assert "INDEPENDENT_TOTAL_EUR" in completed.stdout


def test_help_lists_the_parameters_and_outputs(qgis_home):  # noqa: F811
    completed = qgis_process(qgis_home, "help", "pvd:connectionroutes")
    assert completed.returncode == 0, completed.stderr
    for name in ("TARGETS", "TARGET_ID_FIELD", "SOURCES", "SOURCE_ID_FIELD", "COST_RASTER", "SURFACES",
                 "SURFACE_COST_FIELD", "DEFAULT_COST", "BARRIERS", "PENALTY_ZONES", "PENALTY_FACTOR",
                 "CELL_SIZE", "MARGIN", "MAX_LENGTH", "FIXED_COST", "REFACTION", "SHARED_TRENCHES",
                 "REUSE_FACTOR", "OUTPUT", "OUTPUT_NETWORK", "SAVING_EUR"):
        assert "{}:".format(name) in completed.stdout
