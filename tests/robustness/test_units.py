"""Class 2 — metres stay metres: a CRS in feet is converted, degrees are bounded.

EPSG:2249 (NAD83 / Massachusetts Mainland) is in US survey feet: 1 ftUS = 1200/3937 m, so
100 m = 328.0833 ftUS.
"""
import pytest
from osgeo import ogr

from tests.fixtures import read_gpkg, write_gpkg
from tests.robustness.helpers import Fingerprint, assert_complete_or_absent, run

FOOT_US = 1200.0 / 3937.0
X0, Y0 = 700000.0, 2900000.0  # feet, inside Massachusetts


def _feet(metres):
    return metres / FOOT_US


@pytest.fixture()
def feet_layers(tmp_path):
    path = tmp_path / "pieds.gpkg"
    request = write_gpkg(path, "demandes", 2249, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0, Y0), {"id_demande": "D1"})])
    substation = write_gpkg(path, "postes", 2249, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0 + _feet(100.0), Y0), {"id_poste": "P1"})])
    return {"path": path, "requests": request, "substations": substation}


@pytest.mark.parametrize("shared", [False, True])
def test_routes_in_feet_are_reported_in_metres_and_euros(pvd_provider, tmp_path, feet_layers, shared):
    out = tmp_path / "routes.gpkg"
    network = tmp_path / "reseau.gpkg"
    frozen = Fingerprint(feet_layers["path"])
    outcome = run("pvd:connectionroutes", {
        "TARGETS": feet_layers["requests"], "TARGET_ID_FIELD": "id_demande",
        "SOURCES": [feet_layers["substations"]], "SOURCE_ID_FIELD": "id_poste",
        "DEFAULT_COST": 100.0, "CELL_SIZE": 1.0, "MARGIN": 150.0, "MAX_LENGTH": 120.0,
        "SHARED_TRENCHES": shared, "OUTPUT": str(out), "OUTPUT_NETWORK": str(network)})
    assert outcome.ok, outcome
    (_wkt, route), = read_gpkg(out)
    # 100 m straight along a row of 1 m cells (3.28 ft): 100 m × 100 €/m = 10 000 €
    assert route["status"] == "ok"  # 100 m is under MAX_LENGTH 120 m (it would be 328 "m" if feet leaked)
    assert route["length_m"] == pytest.approx(100.0, abs=1.0)
    assert route["cost_eur"] == pytest.approx(10000.0, rel=0.01)
    assert route["nature"] == "extension"  # beyond 30 m
    assert "cells of 1 m" in outcome.feedback.text and "150 m around" in outcome.feedback.text
    assert outcome.results["INDEPENDENT_TOTAL_EUR"] == pytest.approx(10000.0, rel=0.01)
    (_wkt, trench), = read_gpkg(network)
    assert trench["length_m"] == pytest.approx(100.0, abs=1.0)
    frozen.assert_unchanged()


def test_max_length_is_metres_in_a_feet_crs(pvd_provider, tmp_path, feet_layers):
    out = tmp_path / "routes.gpkg"
    outcome = run("pvd:connectionroutes", {
        "TARGETS": feet_layers["requests"], "SOURCES": [feet_layers["substations"]],
        "DEFAULT_COST": 100.0, "CELL_SIZE": 1.0, "MARGIN": 150.0, "MAX_LENGTH": 90.0, "OUTPUT": str(out)})
    assert outcome.ok, outcome
    (_wkt, route), = read_gpkg(out)
    assert route["status"] == "too_long" and route["length_m"] == pytest.approx(100.0, abs=1.0)


def test_a_margin_in_metres_is_not_read_as_feet(pvd_provider, tmp_path, feet_layers):
    """MARGIN 80 m < 100 m: the substation lies outside the search window (80 ft would be 24 m)."""
    out = tmp_path / "routes.gpkg"
    outcome = run("pvd:connectionroutes", {
        "TARGETS": feet_layers["requests"], "SOURCES": [feet_layers["substations"]],
        "DEFAULT_COST": 100.0, "CELL_SIZE": 1.0, "MARGIN": 80.0, "OUTPUT": str(out)})
    assert outcome.ok, outcome
    (_wkt, route), = read_gpkg(out)
    assert route["status"] == "unreachable" and "search margin (80 m)" in outcome.warnings
    outcome = run("pvd:connectionroutes", {
        "TARGETS": feet_layers["requests"], "SOURCES": [feet_layers["substations"]],
        "DEFAULT_COST": 100.0, "CELL_SIZE": 1.0, "MARGIN": 110.0, "OUTPUT": str(tmp_path / "r2.gpkg")})
    (_wkt, route), = read_gpkg(tmp_path / "r2.gpkg")
    assert route["status"] == "ok"
    assert_complete_or_absent(tmp_path / "r2.gpkg", {"r2": 1})
