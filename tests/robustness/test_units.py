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


@pytest.mark.parametrize("distance,refused", [(500.0, False), (100000.0, False), (100001.0, True),
                                              (20000000.0, True)])
def test_geographic_buffers_are_bounded(pvd_provider, tmp_path, distance, refused):
    """In EPSG:4326 a buffer of more than 100 km is refused with the limit; up to it, the circle is
    a valid polygon around the monument (Château de Balleroy, -0.8425, 49.17917)."""
    import shapely

    path = tmp_path / "mh.gpkg"
    monuments = write_gpkg(path, "monuments_historiques", 4326, ogr.wkbPoint, [
        ("POINT (-0.8425 49.17917)", {"nom": "Château de Balleroy"})])
    out = tmp_path / "abords.gpkg"
    outcome = run("pvd:heritageperimeters", {"INPUT": monuments, "DISTANCE": distance, "OUTPUT": str(out)})
    if refused:
        assert outcome.error and "'monuments_historiques'" in outcome.error
        assert "up to 100000 m" in outcome.error and "DISTANCE {:.0f} m".format(distance) in outcome.error
        assert not assert_complete_or_absent(out)
        return
    assert outcome.ok, outcome
    (wkt, _values), = read_gpkg(out)
    circle = shapely.from_wkt(wkt)
    assert circle.is_valid and circle.contains(shapely.Point(-0.8425, 49.17917))
    # north-south extent: 2 × distance / 111.2 km per degree of latitude (within 1 %)
    assert (circle.bounds[3] - circle.bounds[1]) == pytest.approx(2 * distance / 111200.0, rel=0.01)


def _town(path, epsg, scale, origin):
    """The same small town in metres (EPSG:2154) or in US feet (EPSG:2249): coordinates are
    ``origin + metres × scale`` (scale 1 or 1/FOOT_US)."""
    ox, oy = origin

    def xy(x, y):
        return "{} {}".format(ox + x * scale, oy + y * scale)

    def box(x1, y1, x2, y2):
        return "POLYGON (({0}, {1}, {2}, {3}, {0}))".format(xy(x1, y1), xy(x2, y1), xy(x2, y2), xy(x1, y2))

    dates = {"date_debut": "2027-03-01", "date_fin": "2027-03-31"}
    return {
        "path": path,
        "postes": write_gpkg(path, "postes_hta_bt", epsg, ogr.wkbPoint, [
            ("POINT ({})".format(xy(0, 0)), {"id_poste": "P1"}), ("POINT ({})".format(xy(1000, 0)), {"id_poste": "P2"})]),
        "places": write_gpkg(path, "espaces_publics", epsg, ogr.wkbPolygon, [
            (box(0, -50, 50, 50), {"classe": "place"})]),
        "zones": write_gpkg(path, "ort_perimetres", epsg, ogr.wkbPolygon, [(box(-100, -100, 100, 100), {"nom": "ORT"})]),
        "travaux": write_gpkg(path, "travaux_raccordement", epsg, ogr.wkbLineString, [
            ("LINESTRING ({}, {})".format(xy(-200, 5), xy(200, 5)), dict(dates, id_travaux="T1"))]),
        "projets": write_gpkg(path, "projets_espaces_publics", epsg, ogr.wkbPolygon, [
            (box(-50, 0, 50, 10), {"id_projet": "PR1", "date_debut": "2027-04-01", "date_fin": "2027-06-30"})]),
    }


def _measures(town, folder):
    """Numbers in metres that must not depend on the CRS's unit."""
    out = {}
    outcome = run("pvd:substationpriority", {"SUBSTATIONS": town["postes"], "PUBLIC_SPACES": town["places"],
                                             "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    out["share"] = {f["id_poste"]: f["pts_espaces_publics"] for f in outcome.results["OUTPUT"].getFeatures()}
    outcome = run("pvd:overlapanalysis", {"INPUT": town["travaux"], "OVERLAYS": [town["zones"]],
                                          "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    feature = next(outcome.results["OUTPUT"].getFeatures())
    out["overlap"] = (feature["ort_perimetres_len"], feature["ort_perimetres_pc"])
    outcome = run("pvd:tabulateintersection", {"ZONES": town["zones"], "ZONE_FIELD": "nom", "CLASSES": town["places"],
                                               "CLASS_FIELD": "classe", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    feature = next(outcome.results["OUTPUT"].getFeatures())
    out["tabulate"] = (feature["area"], feature["percentage"])
    outcome = run("pvd:workscoordination", {"WORKS": town["travaux"], "PROJECTS": town["projets"], "DISTANCE": 10.0,
                                            "WORKS_STATUS_FIELD": "", "PROJECTS_STATUS_FIELD": "",
                                            "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    feature = next(outcome.results["OUTPUT"].getFeatures())
    out["coordination"] = (feature["longueur_commune_m"], feature["economie_eur"])
    outcome = run("pvd:heritageperimeters", {"INPUT": town["postes"], "DISTANCE": 500.0, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    feature = next(outcome.results["OUTPUT"].getFeatures())
    out["heritage_area"] = feature.geometry().area() * (town["scale_m"] ** 2)
    outcome = run("pvd:selfconsumptionperimeter", {
        "PRODUCERS": town["postes"], "CONSUMERS": town["postes"], "OUTPUT_CIRCLE": "TEMPORARY_OUTPUT",
        "OUTPUT_PAIR": "TEMPORARY_OUTPUT", "OUTPUT_PARTICIPANTS": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    out["pair_m"] = next(outcome.results["OUTPUT_PAIR"].getFeatures())["distance_m"]
    return out


def test_every_measure_is_the_same_in_metres_and_in_feet(pvd_provider, tmp_path):
    metres = _town(tmp_path / "metres.gpkg", 2154, 1.0, (400000.0, 6900000.0))
    metres["scale_m"] = 1.0
    feet = _town(tmp_path / "pieds.gpkg", 2249, 1.0 / FOOT_US, (X0, Y0))
    feet["scale_m"] = FOOT_US
    frozen = Fingerprint(metres["path"], feet["path"])
    in_metres, in_feet = _measures(metres, tmp_path), _measures(feet, tmp_path)
    # by hand: half the 25 m disc of P1 is public space → 2 × 0.5; the work crosses the 200 m ORT
    # over 200 m of its 400 m (50 %); the place covers 5 000 m² of the 40 000 m² ORT (12.5 %);
    # 100 m of the work lie within 10 m of the project → 100 m × 150 €/m; P1–P2 are 1 000 m apart.
    assert in_metres["share"]["P1"] == pytest.approx(1.0, abs=0.01)
    assert in_metres["overlap"] == (pytest.approx(200.0), pytest.approx(50.0))
    assert in_metres["tabulate"] == (pytest.approx(5000.0), pytest.approx(12.5))
    assert in_metres["coordination"][0] == pytest.approx(120.0)  # 100 m + 10 m each side (DISTANCE)
    assert in_metres["coordination"][1] == pytest.approx(120.0 * 150.0)
    assert in_metres["pair_m"] == pytest.approx(1000.0, rel=1e-3)  # geodesic, Lambert-93's scale near 1
    for key, value in in_metres.items():
        if isinstance(value, dict):
            assert in_feet[key] == {k: pytest.approx(v, rel=1e-6) for k, v in value.items()}, key
        elif isinstance(value, tuple):
            assert in_feet[key] == tuple(pytest.approx(v, rel=1e-6) for v in value), key
        else:  # the pair is measured on the ground: each projection's own scale (within 0.1 %)
            assert in_feet[key] == pytest.approx(value, rel=1e-3 if key == "pair_m" else 1e-4), key
    frozen.assert_unchanged()
