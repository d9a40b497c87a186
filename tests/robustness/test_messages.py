"""Class 9 — messages name the layer by its table (the file too when two layers share a name),
the field and the feature ids; each bad-input case gets a clear message or a warning."""
import os
import subprocess

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from tests.fixtures import Shapes, read_gpkg, write_gpkg
from tests.robustness.helpers import Fingerprint, assert_complete_or_absent, run
from tests.robustness.territory import layer, parameters, territory

X0, Y0 = 400000.0, 6900000.0
SHAPES = Shapes(X0, Y0)
box, point = SHAPES.box, SHAPES.point


# (algorithm, parameter naming a field that the layer lacks, the layer's table; error or warning)
MISSING_FIELDS = [
    ("connectionroutes", "TARGET_ID_FIELD", "demandes_raccordement", "error"),
    ("consumptionzones", "MWH_FIELD", "consommation_electrique", "error"),
    ("heritageperimeters", "NAME_FIELD", "monuments_historiques", "error"),
    ("overlapanalysis", "LABEL_FIELD", "abords_mh", "warning"),
    ("selfconsumptionperimeter", "PRODUCER_ID_FIELD", "postes_hta_bt", "error"),
    ("substationpriority", "TYPE_FIELD", "postes_hta_bt", "warning"),
    ("tabulateintersection", "ZONE_FIELD", "ort_perimetres", "error"),
    ("workscoordination", "WORKS_START_FIELD", "travaux_raccordement", "error"),
    ("workscoordination", "WORKS_ID_FIELD", "travaux_raccordement", "warning"),
]


@pytest.mark.parametrize("algorithm,field_parameter,table,kind", MISSING_FIELDS,
                         ids=["{}-{}".format(case[0], case[1]) for case in MISSING_FIELDS])
def test_a_missing_field_is_named_with_its_layer_table(pvd_provider, tmp_path, algorithm, field_parameter, table,
                                                     kind):
    gpkg = territory(tmp_path)
    values, _tables, output = parameters(algorithm, gpkg)
    values[field_parameter] = "nome"
    values[output] = str(tmp_path / "out.gpkg")
    frozen = Fingerprint(gpkg)
    outcome = run("pvd:" + algorithm, values)
    text = outcome.error if kind == "error" else outcome.warnings
    assert text, outcome
    assert "'{}'".format(table) in text and "'nome'" in text, text
    assert "'pvd'" not in text and "pvd.gpkg" not in text  # not the GeoPackage's file name
    if kind == "error":
        assert not assert_complete_or_absent(values[output])
    else:
        assert assert_complete_or_absent(values[output])
    frozen.assert_unchanged()


def test_two_layers_with_one_table_name_are_told_apart_by_their_file(pvd_provider, tmp_path):
    first = write_gpkg(tmp_path / "a.gpkg", "communes", 2154, ogr.wkbPolygon, [(box(0, 0, 10, 10), {"nom": "A"})])
    second = write_gpkg(tmp_path / "b.gpkg", "communes", 2154, ogr.wkbPolygon, [(box(0, 0, 10, 10), {"nom": "B"})])
    outcome = run("pvd:tabulateintersection", {"ZONES": first, "ZONE_FIELD": "nom", "CLASSES": second,
                                               "CLASS_FIELD": "classe", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert outcome.error and "Layer 'communes (b.gpkg)' has no field 'classe'" in outcome.error


# --- connection routes ------------------------------------------------------------------------

@pytest.fixture()
def walled(tmp_path):
    """D1 inside a building; D2 in a courtyard closed by buildings; D3 free; one substation."""
    path = tmp_path / "quartier.gpkg"
    requests = write_gpkg(path, "demandes_raccordement", 2154, ogr.wkbPoint, [
        (point(10, 10), {"id_demande": "D1"}), (point(60, 60), {"id_demande": "D2"}),
        (point(100, 0), {"id_demande": "D3"})])
    substations = write_gpkg(path, "postes_hta_bt", 2154, ogr.wkbPoint, [(point(150, 0), {"id_poste": "P1"})])
    ring = "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}), ({4} {5}, {6} {5}, {6} {7}, {4} {7}, {4} {5}))".format(
        X0 + 40, Y0 + 40, X0 + 80, Y0 + 80, X0 + 50, Y0 + 50, X0 + 70, Y0 + 70)
    buildings = write_gpkg(path, "batiments", 2154, ogr.wkbPolygon, [
        (box(0, 0, 20, 20), {"id_bat": "B1"}), (ring, {"id_bat": "B2"})])
    return {"path": path, "requests": requests, "substations": substations, "buildings": buildings}


def test_requests_inside_or_walled_in_by_barriers_are_explained(pvd_provider, tmp_path, walled):
    out = tmp_path / "routes.gpkg"
    frozen = Fingerprint(walled["path"])
    outcome = run("pvd:connectionroutes", {
        "TARGETS": walled["requests"], "TARGET_ID_FIELD": "id_demande", "SOURCES": [walled["substations"]],
        "SOURCE_ID_FIELD": "id_poste", "BARRIERS": [walled["buildings"]], "CELL_SIZE": 2.0, "MARGIN": 200.0,
        "OUTPUT": str(out)})
    assert outcome.ok, outcome
    status = {values["target_id"]: values["status"] for _wkt, values in read_gpkg(out)}
    assert status == {"D1": "unreachable", "D2": "unreachable", "D3": "ok"}
    assert "Request D1 lies inside a barrier" in outcome.warnings
    assert "Request D2 is walled in" in outcome.warnings
    assert "D3" not in outcome.warnings
    frozen.assert_unchanged()


def test_an_all_no_data_cost_raster_is_described(pvd_provider, tmp_path, walled):
    raster = str(tmp_path / "couts.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(raster, 50, 50, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((X0 - 20, 5.0, 0.0, Y0 + 200, 0.0, -5.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(np.full((50, 50), -9999.0, dtype=np.float32))
    dataset = band = None
    frozen = Fingerprint(raster, walled["path"])
    out = tmp_path / "routes.gpkg"
    outcome = run("pvd:connectionroutes", {"TARGETS": walled["requests"], "SOURCES": [walled["substations"]],
                                           "COST_RASTER": raster, "OUTPUT": str(out)})
    assert outcome.error and "'couts'" in outcome.error and "has no passable cell" in outcome.error
    assert not assert_complete_or_absent(out)
    frozen.assert_unchanged()


# --- works coordination -----------------------------------------------------------------------

def test_shared_work_ids_and_works_without_geometry_are_reported(pvd_provider, tmp_path):
    path = tmp_path / "travaux.gpkg"
    dates = {"date_debut": "2027-03-01", "date_fin": "2027-03-31"}
    works = write_gpkg(path, "travaux_raccordement", 2154, ogr.wkbLineString, [
        ("LINESTRING ({} {}, {} {})".format(X0, Y0 + 5, X0 + 50, Y0 + 5), dict(dates, id_travaux="T1")),
        ("LINESTRING ({} {}, {} {})".format(X0 + 50, Y0 + 5, X0 + 100, Y0 + 5), dict(dates, id_travaux="T1")),
        (None, dict(dates, id_travaux="T3"))])
    projects = write_gpkg(path, "projets_espaces_publics", 2154, ogr.wkbPolygon, [
        (box(-10, 0, 110, 10), {"id_projet": "P1", "date_debut": "2027-04-01", "date_fin": "2027-06-30"})])
    outcome = run("pvd:workscoordination", {"WORKS": works, "PROJECTS": projects, "WORKS_STATUS_FIELD": "",
                                            "PROJECTS_STATUS_FIELD": "", "OUTPUT": str(tmp_path / "pairs.gpkg")})
    assert outcome.ok, outcome
    assert "Layer 'travaux_raccordement': feature(s) 3 have no geometry: left out." in outcome.warnings
    assert "Layer 'travaux_raccordement', field 'id_travaux': id(s) shared by several features: T1 (1, 2)" \
        in outcome.warnings
    # each stretch is still priced once: 2 × 50 m × 150 €/m
    assert outcome.results["TOTAL_SAVING_EUR"] == pytest.approx(15000.0)


# --- self-consumption -------------------------------------------------------------------------

def test_participants_without_id_fields_are_warned(pvd_provider, tmp_path):
    path = tmp_path / "acc.gpkg"
    producers = write_gpkg(path, "producteurs", 2154, ogr.wkbPoint, [(point(0, 0), {"nom": "École"})])
    consumers = write_gpkg(path, "consommateurs", 2154, ogr.wkbPoint, [(point(500, 0), {"nom": "Mairie"})])
    outcome = run("pvd:selfconsumptionperimeter", {
        "PRODUCERS": producers, "CONSUMERS": consumers, "OUTPUT_CIRCLE": "TEMPORARY_OUTPUT",
        "OUTPUT_PAIR": "TEMPORARY_OUTPUT", "OUTPUT_PARTICIPANTS": "TEMPORARY_OUTPUT"})
    assert outcome.ok, outcome
    assert "Layer 'producteurs': no identifier field (PRODUCER_ID_FIELD)" in outcome.warnings
    assert "Layer 'consommateurs': no identifier field (CONSUMER_ID_FIELD)" in outcome.warnings
    pair = next(outcome.results["OUTPUT_PAIR"].getFeatures())
    assert pair["distance_m"] == pytest.approx(500.0, rel=1e-3)  # geodesic: Lambert-93's scale near 1


# --- report -----------------------------------------------------------------------------------

def _communes_gpkg(path, rows, epsg=2154):
    return write_gpkg(path, "communes", epsg, ogr.wkbMultiPolygon, rows, fields={"insee": str, "nom": str})


def test_a_report_without_any_commune_is_refused(pvd_provider, tmp_path):
    gpkg = tmp_path / "vide.gpkg"
    _communes_gpkg(gpkg, [])
    pdf = tmp_path / "rapport.pdf"
    outcome = run("pvd:report", {"GEOPACKAGE": str(gpkg), "OUTPUT": str(pdf)})
    assert outcome.error and "has no commune with an INSEE code and a geometry" in outcome.error
    assert not pdf.exists()


def test_report_warns_about_communes_without_geometry_or_code(pvd_provider, tmp_path):
    gpkg = tmp_path / "communes.gpkg"
    square = "MULTIPOLYGON ((({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1})))".format(X0, Y0, X0 + 1000, Y0 + 1000)
    _communes_gpkg(gpkg, [(square, {"insee": "14342", "nom": "Isigny-sur-Mer"}),
                          (None, {"insee": "14711", "nom": "Trévières"}),
                          (square, {"insee": None, "nom": "Sans code"})])
    pdf = tmp_path / "rapport.pdf"
    frozen = Fingerprint(str(gpkg))
    outcome = run("pvd:report", {"GEOPACKAGE": str(gpkg), "OUTPUT": str(pdf)})
    assert outcome.ok, outcome
    assert "commune(s) without geometry left out of the report: Trévières (fid 2)" in outcome.warnings
    assert "commune(s) without INSEE code left out of the report: Sans code (fid 3)" in outcome.warnings
    assert assert_complete_or_absent(pdf)
    text = _pdf_text(pdf)
    assert text is None or ("(NULL)" not in text and "NULL" not in text)
    frozen.assert_unchanged()


def _pdf_text(path):
    try:
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None


def test_a_report_on_a_geopackage_in_degrees_is_drawn_in_lambert_93(pvd_provider, tmp_path):
    """The sample reprojected to EPSG:4326: the routes table of Isigny-sur-Mer keeps its route."""
    source = territory(tmp_path, "l93.gpkg")
    gpkg = str(tmp_path / "wgs84.gpkg")
    gdal.VectorTranslate(gpkg, source, format="GPKG", dstSRS="EPSG:4326", layers=["communes", "ort_perimetres"])
    routes = write_gpkg(tmp_path / "routes.gpkg", "routes", 2154, ogr.wkbLineString, [
        ("LINESTRING (407100 6915000, 407140 6915030)", {"target_id": "DEMANDE-CASTILLY", "total_eur": 4200.0})])
    pdf = tmp_path / "rapport.pdf"
    outcome = run("pvd:report", {"GEOPACKAGE": gpkg, "COMMUNES": "14342", "ROUTES": routes, "OUTPUT": str(pdf)})
    assert outcome.ok, outcome
    assert assert_complete_or_absent(pdf)
    text = _pdf_text(pdf)
    if text is None:
        pytest.skip("pdftotext is not installed: the table's content cannot be read")
    # the route of the commune is found (in degrees: "0 requests" and an empty table)
    flat = " ".join(text.split())
    assert "Connection routes: 1 requests" in flat and "total 4,200 €" in flat
