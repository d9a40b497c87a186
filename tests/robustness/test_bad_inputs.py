"""The bad inputs that already held, kept held: empty layers, invalid geometries, mixed CRSs,
mistyped fields, bad dates, duplicates, huge parameters. Each case checks a clear message or a
right number, the inputs unchanged and the outputs complete or absent."""
import pytest
from osgeo import gdal, ogr

from tests.fixtures import Shapes, read_gpkg, write_gpkg
from tests.robustness.helpers import Fingerprint, assert_complete_or_absent, feature_counts, run
from tests.robustness.territory import layer, parameters, territory

X0, Y0 = 400000.0, 6900000.0
box = Shapes(X0, Y0).box


BOWTIE = "POLYGON (({0} {1}, {2} {3}, {2} {1}, {0} {3}, {0} {1}))".format(X0, Y0, X0 + 100, Y0 + 100)

# algorithm -> the input emptied (its table in the territory)
EMPTIED = {"connectionroutes": "TARGETS", "consumptionzones": "POINTS", "heritageperimeters": "INPUT",
           "overlapanalysis": "INPUT", "selfconsumptionperimeter": "PRODUCERS", "substationpriority": "SUBSTATIONS",
           "tabulateintersection": "ZONES", "workscoordination": "WORKS"}


@pytest.mark.parametrize("algorithm", sorted(EMPTIED))
def test_an_empty_layer_gives_a_warning_and_an_empty_complete_output(pvd_provider, tmp_path, algorithm):
    gpkg = territory(tmp_path)
    values, tables, output = parameters(algorithm, gpkg)
    parameter = EMPTIED[algorithm]
    empty = str(tmp_path / "vide.gpkg")
    gdal.VectorTranslate(empty, gpkg, format="GPKG", layers=[tables[parameter]], where="1=0")
    values[parameter] = layer(empty, tables[parameter])
    values[output] = str(tmp_path / "out.gpkg")
    frozen = Fingerprint(gpkg, empty)
    outcome = run("pvd:" + algorithm, values)
    warning = "Layer '{}' (parameter {}) has no feature".format(tables[parameter], parameter)
    assert warning in outcome.warnings, outcome
    if algorithm == "selfconsumptionperimeter":  # the consumers alone still make an operation
        assert outcome.ok, outcome
    else:
        assert outcome.ok, outcome
        assert feature_counts(values[output]) == {"out": 0}
    assert_complete_or_absent(values[output])
    frozen.assert_unchanged()


def test_invalid_overlay_and_zone_geometries_are_repaired_and_listed(pvd_provider, tmp_path):
    """A bow-tie (two triangles of 2 500 m² each) over a 100 × 100 parcel: 5 000 m², 50 %."""
    path = tmp_path / "data.gpkg"
    parcels = write_gpkg(path, "parcelles", 2154, ogr.wkbPolygon, [(box(0, 0, 100, 100), {"ref": "A"})])
    zones = write_gpkg(path, "zones", 2154, ogr.wkbPolygon, [(box(500, 500, 600, 600), {"nom": "Z1"}),
                                                             (BOWTIE, {"nom": "Z2"})])
    frozen = Fingerprint(path)
    outcome = run("pvd:overlapanalysis", {"INPUT": parcels, "OVERLAYS": [zones], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    feature = next(outcome.results["OUTPUT"].getFeatures())
    assert (feature["zones_area"], feature["zones_pc"]) == (pytest.approx(5000.0), pytest.approx(50.0))
    assert "Overlay layer 'zones': 1 invalid geometry(ies) repaired (feature ids 2)" in outcome.warnings
    outcome = run("pvd:tabulateintersection", {"ZONES": zones, "ZONE_FIELD": "nom", "CLASSES": parcels,
                                               "CLASS_FIELD": "ref", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    feature = next(outcome.results["OUTPUT"].getFeatures())
    assert (feature["zone"], feature["area"], feature["percentage"]) == ("Z2", pytest.approx(5000.0),
                                                                         pytest.approx(100.0))
    assert "Layer 'zones': 1 invalid geometry(ies) repaired (feature ids 2)" in outcome.warnings
    frozen.assert_unchanged()


def test_an_invalid_monument_outline_is_repaired_and_listed(pvd_provider, tmp_path):
    path = tmp_path / "mh.gpkg"
    monuments = write_gpkg(path, "monuments_historiques", 2154, ogr.wkbPolygon, [(BOWTIE, {"nom": "Halle"})])
    outcome = run("pvd:heritageperimeters", {"INPUT": monuments, "NAME_FIELD": "nom", "DISTANCE": 10.0,
                                             "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    assert "Monument Halle (feature 1) had an invalid geometry: repaired." in outcome.warnings
    assert next(outcome.results["OUTPUT"].getFeatures()).geometry().isGeosValid()


def test_an_overlay_in_another_crs_gives_the_same_shares(pvd_provider, tmp_path):
    """The overlay 0..50 × 0..100 in WGS84, the parcel in Lambert-93: 50 % (±0.1 % of reprojection)."""
    path = tmp_path / "data.gpkg"
    parcels = write_gpkg(path, "parcelles", 2154, ogr.wkbPolygon, [(box(0, 0, 100, 100), {"ref": "A"})])
    zones_l93 = str(tmp_path / "zones_l93.gpkg")
    write_gpkg(zones_l93, "zones", 2154, ogr.wkbPolygon, [(box(0, 0, 50, 100), {"nom": "Z"})])
    zones_wgs84 = str(tmp_path / "zones_wgs84.gpkg")
    gdal.VectorTranslate(zones_wgs84, zones_l93, format="GPKG", dstSRS="EPSG:4326")
    outcome = run("pvd:overlapanalysis", {"INPUT": parcels, "OVERLAYS": [layer(zones_wgs84, "zones")],
                                          "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    assert next(outcome.results["OUTPUT"].getFeatures())["zones_pc"] == pytest.approx(50.0, abs=0.1)


def _coordination_layers(tmp_path, cost="200", start="2027-04-01"):
    path = tmp_path / "data.gpkg"
    dates = {"date_debut": "2027-03-01", "date_fin": "2027-03-31"}
    works = write_gpkg(path, "travaux_raccordement", 2154, ogr.wkbLineString, [
        ("LINESTRING ({} {}, {} {})".format(X0, Y0 + 5, X0 + 100, Y0 + 5), dict(dates, id_travaux="T1"))])
    projects = write_gpkg(path, "projets_espaces_publics", 2154, ogr.wkbPolygon, [
        (box(-10, 0, 110, 10), {"id_projet": "P1", "date_debut": start, "date_fin": "2027-06-30"})])
    surfaces = write_gpkg(path, "espaces_publics", 2154, ogr.wkbPolygon, [
        (box(-10, 0, 110, 10), {"id_ep": "EP1", "cout_m": cost})])
    return path, works, projects, surfaces


def test_text_in_a_cost_field_is_refused_with_the_feature(pvd_provider, tmp_path):
    path, works, projects, surfaces = _coordination_layers(tmp_path, cost="abc")
    frozen = Fingerprint(path)
    out = tmp_path / "pairs.gpkg"
    outcome = run("pvd:workscoordination", {"WORKS": works, "PROJECTS": projects, "SURFACES": surfaces,
                                            "SURFACES_DATE_FIELD": "", "OUTPUT": str(out)})
    assert outcome.error and "Layer 'espaces_publics', field 'cout_m'" in outcome.error and "1 ('abc')" in outcome.error
    assert not assert_complete_or_absent(out)
    frozen.assert_unchanged()


def test_an_impossible_date_is_refused_with_the_feature(pvd_provider, tmp_path):
    path, works, projects, _surfaces = _coordination_layers(tmp_path, start="31/02/2027")
    out = tmp_path / "pairs.gpkg"
    outcome = run("pvd:workscoordination", {"WORKS": works, "PROJECTS": projects, "OUTPUT": str(out)})
    assert outcome.error and "Layer 'projets_espaces_publics', field 'date_debut'" in outcome.error
    assert "1 ('31/02/2027')" in outcome.error
    assert not assert_complete_or_absent(out)


def test_text_in_a_routing_cost_field_is_warned_and_left_at_the_default(pvd_provider, tmp_path):
    """Surface with cost 'abc': the default 100 €/m applies: 20 m × 100 €/m = 2 000 €."""
    path = tmp_path / "data.gpkg"
    requests = write_gpkg(path, "demandes_raccordement", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0 + 0.5, Y0 + 0.5), {"id_demande": "D1"})])
    substations = write_gpkg(path, "postes_hta_bt", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0 + 20.5, Y0 + 0.5), {"id_poste": "P1"})])
    surfaces = write_gpkg(path, "espaces_publics", 2154, ogr.wkbPolygon, [(box(-50, -50, 50, 50), {"cout_m": "abc"})])
    outcome = run("pvd:connectionroutes", {"TARGETS": requests, "SOURCES": [substations], "SURFACES": surfaces,
                                           "SURFACE_COST_FIELD": "cout_m", "MARGIN": 30.0, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    assert "1 feature(s) of 'espaces_publics' have no positive 'cout_m'" in outcome.warnings
    assert "(feature ids 1)" in outcome.warnings
    route = next(outcome.results["OUTPUT"].getFeatures())
    assert (route["length_m"], route["cost_eur"]) == (pytest.approx(20.0), pytest.approx(2000.0))


def test_duplicate_substations_share_their_rank(pvd_provider, tmp_path):
    path = tmp_path / "postes.gpkg"
    postes = write_gpkg(path, "postes_hta_bt", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0, Y0), {"id_poste": "P1", "type_poste": "cabine_haute"}),
        ("POINT ({} {})".format(X0, Y0), {"id_poste": "P1", "type_poste": "cabine_haute"}),
        ("POINT ({} {})".format(X0 + 9, Y0), {"id_poste": "P3", "type_poste": "poste_sur_poteau"})])
    outcome = run("pvd:substationpriority", {"SUBSTATIONS": postes, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    ranks = sorted((f["rang"], f["score"]) for f in outcome.results["OUTPUT"].getFeatures())
    assert ranks == [(1, 4.0), (1, 4.0), (3, pytest.approx(0.4))]  # weight 4 × 1 and × 0.1


def test_a_grid_beyond_the_budget_is_refused_with_the_way_out(pvd_provider, tmp_path):
    gpkg = territory(tmp_path)
    values, _tables, _output = parameters("connectionroutes", gpkg)
    values.update(CELL_SIZE=0.01, MARGIN=5000.0, OUTPUT=str(tmp_path / "routes.gpkg"))
    outcome = run("pvd:connectionroutes", values)
    assert outcome.error and "more than the budget" in outcome.error and "larger cell size" in outcome.error
    assert not assert_complete_or_absent(tmp_path / "routes.gpkg")


def test_huge_but_representable_parameters_give_right_numbers(pvd_provider, tmp_path):
    """10 000 km around a point in Lambert-93 is a valid (planar) disc; a 1 000 000 m limit of
    self-consumption accepts participants 1 km apart; a 100 km grid cell holds every point."""
    path = tmp_path / "data.gpkg"
    points = write_gpkg(path, "postes_hta_bt", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0, Y0), {"id_poste": "P1", "annee": 2023, "conso_mwh": 5.0, "nb_sites": 20}),
        ("POINT ({} {})".format(X0 + 1000, Y0), {"id_poste": "P2", "annee": 2023, "conso_mwh": 7.0, "nb_sites": 20})])
    outcome = run("pvd:heritageperimeters", {"INPUT": points, "DISTANCE": 1.0e7, "DISSOLVE": True,
                                             "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    assert next(outcome.results["OUTPUT"].getFeatures()).geometry().isGeosValid()
    outcome = run("pvd:selfconsumptionperimeter", {
        "PRODUCERS": points, "CONSUMERS": points, "MAX_DISTANCE": 1.0e6, "OUTPUT_CIRCLE": "TEMPORARY_OUTPUT",
        "OUTPUT_PAIR": "TEMPORARY_OUTPUT", "OUTPUT_PARTICIPANTS": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    circle = next(outcome.results["OUTPUT_CIRCLE"].getFeatures())
    # distances between participants are geodesic: 1 000 m of Lambert-93 are 999.9 m on the ground
    assert (circle["distance_max_m"], circle["conforme"]) == (pytest.approx(1000.0, rel=1e-3), True)
    outcome = run("pvd:consumptionzones", {"POINTS": points, "GRID_SIZE": 100000.0, "MIN_SITES": 1, "INSEE_FIELD": "",
                                           "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    cells = list(outcome.results["OUTPUT"].getFeatures())
    assert [(c["nb_sites"], c["conso_mwh"]) for c in cells] == [(40, pytest.approx(12.0))]


def test_invalid_consumption_zones_are_repaired_and_listed(pvd_provider, tmp_path):
    """A bow-tie zone (two triangles) holds the point at (75, 50) of its right triangle: 5 MWh."""
    path = tmp_path / "data.gpkg"
    points = write_gpkg(path, "consommation_electrique", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0 + 75, Y0 + 50), {"annee": 2023, "conso_mwh": 5.0, "nb_sites": 12})])
    zones = write_gpkg(path, "iris", 2154, ogr.wkbPolygon, [(BOWTIE, {"code_iris": "I1"})])
    outcome = run("pvd:consumptionzones", {"POINTS": points, "ZONES": zones, "INSEE_FIELD": "",
                                           "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    assert "Layer 'iris': 1 invalid zone geometry(ies) repaired to find the points inside (feature ids 1)" \
        in outcome.warnings
    zone = next(outcome.results["OUTPUT"].getFeatures())
    assert (zone["code_iris"], zone["conso_mwh"], zone["nb_sites"]) == ("I1", 5.0, 12)
