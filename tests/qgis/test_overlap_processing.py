"""pvd:overlapanalysis and pvd:tabulateintersection through processing.run, on GeoPackage files."""
import math
import sqlite3

import pytest
from osgeo import ogr
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsFeatureRequest,
    QgsVectorLayer,
    QgsWkbTypes,
)

from pvd_qgis_plugin.core import model
from tests.fixtures import read_gpkg, write_gpkg

X, Y = 650000.0, 6860000.0  # Lambert-93 (EPSG:2154), in Normandy


def square(x, y, side):
    x, y = X + x, Y + y
    return "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x, y, x + side, y + side)


class Recorder(QgsProcessingFeedback):
    def __init__(self, cancel_at=None):
        super().__init__()
        self.warnings = []
        self.cancel_at = cancel_at

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)

    def setProgress(self, progress):
        super().setProgress(progress)
        if self.cancel_at is not None and progress >= self.cancel_at:
            self.cancel()


@pytest.fixture()
def data(tmp_path):
    """Three 100 m parcels, a bow-tie, a parcel without geometry; ORT and SPR overlays."""
    path = tmp_path / "data.gpkg"
    parcels = write_gpkg(path, "parcelles", 2154, ogr.wkbPolygon, [
        (square(0, 0, 100), {"ref": "A", "surface": 1.0}),
        (square(200, 0, 100), {"ref": "B", "surface": 2.0}),
        (square(400, 0, 100), {"ref": "C", "surface": 3.0}),
        ("POLYGON (({0} {1}, {2} {3}, {2} {1}, {0} {3}, {0} {1}))".format(X + 600, Y, X + 700, Y + 100),
         {"ref": "bow-tie", "surface": 4.0}),
        (None, {"ref": "sans géométrie", "surface": 5.0}),
    ])
    ort = write_gpkg(path, "Périmètre ORT", 2154, ogr.wkbPolygon, [
        (square(50, -10, 200), {"nom": "Centre"}),  # half of A, half of B
        (square(600, 0, 50), {"nom": "Bourg"}),  # half of the bow-tie's left triangle
    ])
    spr = write_gpkg(path, "spr", 2154, ogr.wkbPolygon, [
        (square(0, 0, 60), {"nom": "SPR 2", "facteur": 1.3}),
        (square(40, 0, 60), {"nom": "SPR 1", "facteur": 1.3}),  # overlaps the first: 6000 m² + 4000 m²
    ])
    return {"parcels": parcels, "ort": ort, "spr": spr, "path": path}


def run_overlap(data, output, feedback=None, **extra):
    import processing

    parameters = {"INPUT": data["parcels"], "OVERLAYS": [data["ort"], data["spr"]], "LABEL_FIELD": "nom",
                  "OUTPUT": output}
    parameters.update(extra)
    return processing.run("pvd:overlapanalysis", parameters, feedback=feedback or Recorder())


def features_by_ref(layer_or_path):
    layer = layer_or_path if isinstance(layer_or_path, QgsVectorLayer) else QgsVectorLayer(str(layer_or_path), "out", "ogr")
    assert layer.isValid()
    return {feature["ref"]: feature for feature in layer.getFeatures()}


def test_overlap_by_hand_on_geopackage(pvd_provider, data, tmp_path):
    feedback = Recorder()
    out = tmp_path / "overlap.gpkg"
    run_overlap(data, str(out), feedback)
    rows = features_by_ref(out)
    names = [field.name() for field in next(iter(rows.values())).fields()]
    suffixes = model.OVERLAP_SUFFIXES
    assert names[-8:] == [model.overlap_field(prefix, suffix) for prefix in ("perimetre_ort", "spr")
                          for suffix in (suffixes.area, suffixes.pc, suffixes.n, suffixes.noms)]
    a, b, c = rows["A"], rows["B"], rows["C"]
    assert a["perimetre_ort_area"] == pytest.approx(5000.0) and a["perimetre_ort_pc"] == pytest.approx(50.0)
    assert b["perimetre_ort_area"] == pytest.approx(5000.0) and b["perimetre_ort_noms"] == "Centre"
    assert c["perimetre_ort_area"] == 0.0 and c["perimetre_ort_n"] == 0 and c["perimetre_ort_noms"] == ""
    # The two SPR squares overlap on 40 m x 60 m: the union covers 100 x 60 = 6000 m² once.
    assert a["spr_area"] == pytest.approx(6000.0) and a["spr_pc"] == pytest.approx(60.0)
    assert a["spr_n"] == 2 and a["spr_noms"] == "SPR 1; SPR 2"
    bow_tie = rows["bow-tie"]  # two triangles of 2500 m²; the ORT square holds half the left one
    assert bow_tie["perimetre_ort_area"] == pytest.approx(1250.0)
    assert bow_tie["perimetre_ort_pc"] == pytest.approx(25.0)
    empty = rows["sans géométrie"]
    for name in ("perimetre_ort_area", "perimetre_ort_pc", "perimetre_ort_n", "spr_pc"):
        assert empty[name] is None or str(empty[name]) == "NULL"
    assert a["surface"] == 1.0 and empty["surface"] == 5.0
    warnings = "\n".join(feedback.warnings)
    assert "1 invalid geometry(ies) repaired (feature ids 4)" in warnings
    assert "1 feature(s) without geometry get NULL measures (feature ids 5)" in warnings


def assert_valid_geopackage(path):
    """GDAL's GeoPackage validator (requirements of the standard, R-tree, blob headers)."""
    from osgeo_utils.samples import validate_gpkg

    validate_gpkg.check(str(path))


def test_invalid_overlay_is_repaired_and_reported(pvd_provider, data, tmp_path):
    bow_tie = "POLYGON (({0} {1}, {2} {3}, {2} {1}, {0} {3}, {0} {1}))".format(X, Y, X + 100, Y + 100)
    zones = write_gpkg(tmp_path / "zones.gpkg", "zones", 2154, ogr.wkbPolygon, [(bow_tie, {"nom": "Noeud"})])
    feedback = Recorder()
    out = run_overlap(data, "TEMPORARY_OUTPUT", feedback, OVERLAYS=[zones])["OUTPUT"]
    a = next(f for f in out.getFeatures() if f["ref"] == "A")  # parcel A is the bow-tie's square
    assert a["zones_area"] == pytest.approx(5000.0) and a["zones_noms"] == "Noeud"
    assert "Overlay layer 'zones': 1 invalid geometry(ies) repaired (feature ids 1)." in feedback.warnings
    assert "Layer 'parcelles': 1 invalid geometry(ies) repaired (feature ids 4)." in feedback.warnings


def test_geopackage_output_is_complete_and_indexed(pvd_provider, data, tmp_path):
    out = tmp_path / "overlap.gpkg"
    run_overlap(data, str(out))
    assert_valid_geopackage(out)
    connection = sqlite3.connect(str(out))
    table = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
    assert connection.execute("SELECT rtreecheck('rtree_{}_geom')".format(table)).fetchone()[0] == "ok"
    assert connection.execute("SELECT count(*) FROM rtree_{}_geom".format(table)).fetchone()[0] == 4
    assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == 5
    minx, maxx = connection.execute("SELECT min_x, max_x FROM gpkg_contents").fetchone()
    assert (minx, maxx) == (X, X + 700)
    connection.close()
    layer = QgsVectorLayer(str(out), "out", "ogr")
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(X + 150, Y - 1, X + 350, Y + 1))
    assert [feature["ref"] for feature in layer.getFeatures(request)] == ["B"]
    inputs = {values["ref"]: wkt for wkt, values in read_gpkg(data["path"], "parcelles")}
    outputs = {values["ref"]: wkt for wkt, values in read_gpkg(out)}
    assert outputs == inputs  # geometries unchanged, the bow-tie included
    ids = "SELECT fid, ref FROM \"{}\" ORDER BY fid"
    source = sqlite3.connect(str(data["path"]))
    target = sqlite3.connect(str(out))
    assert target.execute(ids.format(table)).fetchall() == source.execute(ids.format("parcelles")).fetchall()


def test_paths_with_spaces_and_accents(pvd_provider, data, tmp_path):
    folder = tmp_path / "études PVD 2026"
    folder.mkdir()
    out = folder / "recouvrement été.gpkg"
    run_overlap(data, str(out))
    assert features_by_ref(out)["A"]["spr_area"] == pytest.approx(6000.0)
    assert_valid_geopackage(out)


def test_output_over_the_input_file_is_refused(pvd_provider, data, tmp_path):
    """QGIS would recreate the output file and lose the input's layers: refused before writing."""
    before = data["path"].read_bytes()
    with pytest.raises(QgsProcessingException, match="would overwrite the input layer"):
        run_overlap(data, str(data["path"]))
    assert data["path"].read_bytes() == before


def test_memory_output_gives_the_same_result_as_the_geopackage_path(pvd_provider, data, tmp_path):
    out = tmp_path / "overlap.gpkg"
    run_overlap(data, str(out))
    memory = run_overlap(data, "TEMPORARY_OUTPUT")["OUTPUT"]
    fast, generic = features_by_ref(out), features_by_ref(memory)
    assert set(fast) == set(generic)
    for ref in fast:
        assert fast[ref].attributes() == generic[ref].attributes()
        assert fast[ref].geometry().asWkt(3) == generic[ref].geometry().asWkt(3)


def test_shapefile_input_bulk_path_matches_the_generic_path(pvd_provider, data, tmp_path):
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(tmp_path / "parcelles.shp"))
    layer = dataset.CreateLayer("parcelles", srs, ogr.wkbPolygon)
    for name, kind in (("ref", ogr.OFTString), ("n", ogr.OFTInteger), ("big", ogr.OFTInteger64),
                       ("surface", ogr.OFTReal), ("date_maj", ogr.OFTDate)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for number, (wkt, ref, date) in enumerate([(square(0, 0, 100), "Église", "2024-05-01"),
                                               (square(200, 0, 100), None, None),
                                               (None, "sans géométrie", "2020-01-31")]):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("ref", ref)
        feature.SetField("n", number)
        feature.SetField("big", 2 ** 40 + number)
        feature.SetField("surface", number / 3)
        if date:
            feature.SetField("date_maj", date)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None
    shapefile = str(tmp_path / "parcelles.shp")
    out = tmp_path / "from_shp.gpkg"
    run_overlap(data, str(out), INPUT=shapefile)
    memory = run_overlap(data, "TEMPORARY_OUTPUT", INPUT=shapefile)["OUTPUT"]
    assert_valid_geopackage(out)
    bulk = QgsVectorLayer(str(out), "out", "ogr")
    assert [f.id() for f in bulk.getFeatures()] == [1, 2, 3]
    assert bulk.wkbType() == QgsWkbTypes.MultiPolygon
    assert all(f.geometry().isMultipart() for f in bulk.getFeatures() if f.hasGeometry())
    for mine, generic in zip(bulk.getFeatures(), memory.getFeatures()):
        assert mine.attributes()[1:] == generic.attributes()  # the GeoPackage adds its fid
        assert mine.geometry().asWkt(3) == generic.geometry().asWkt(3)
    first = next(bulk.getFeatures())
    assert first["ref"] == next(QgsVectorLayer(shapefile, "shp", "ogr").getFeatures())["ref"]
    assert first["perimetre_ort_pc"] == pytest.approx(50.0)
    assert first["date_maj"].toString("yyyy-MM-dd") == "2024-05-01"
    connection = sqlite3.connect(str(out))
    assert connection.execute("SELECT rtreecheck('rtree_from_shp_geom')").fetchone()[0] == "ok"
    assert connection.execute("SELECT count(*) FROM rtree_from_shp_geom").fetchone()[0] == 2


def test_selected_features_only_takes_the_generic_path(pvd_provider, data, tmp_path):
    from qgis.core import QgsProcessingFeatureSourceDefinition

    layer = QgsVectorLayer(data["parcels"], "parcelles", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByExpression("\"ref\" = 'B'")
        out = tmp_path / "selection.gpkg"
        run_overlap(data, str(out), INPUT=QgsProcessingFeatureSourceDefinition(layer.id(), True))
        rows = features_by_ref(out)
        assert list(rows) == ["B"] and rows["B"]["perimetre_ort_pc"] == pytest.approx(50.0)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_summary_table(pvd_provider, data, tmp_path):
    result = run_overlap(data, "TEMPORARY_OUTPUT", OUTPUT_SUMMARY="TEMPORARY_OUTPUT")
    summary = {f["prefix"]: f for f in result["OUTPUT_SUMMARY"].getFeatures()}
    ort = summary["perimetre_ort"]
    assert ort["source_layer"] == "Périmètre ORT" and ort["n_touched"] == 3 and ort["unit"] == "m2"
    assert ort["total"] == pytest.approx(11250.0)
    assert ort["share_pc"] == pytest.approx(100 * 11250.0 / 35000.0)
    assert summary["spr"]["total"] == pytest.approx(6000.0)


def test_lines_points_and_reprojected_overlay(pvd_provider, tmp_path):
    import processing

    path = tmp_path / "network.gpkg"
    lines = write_gpkg(path, "reseau_bt", 2154, ogr.wkbLineString, [
        ("LINESTRING ({} {}, {} {})".format(X, Y + 50, X + 400, Y + 50), {"id_troncon": "T1"}),
    ])
    points = write_gpkg(path, "postes", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X + 10, Y + 10), {"id_poste": "P1"}),
        ("POINT ({} {})".format(X + 100, Y + 10), {"id_poste": "P2"}),  # on the boundary: inside
        ("POINT ({} {})".format(X + 300, Y + 10), {"id_poste": "P3"}),
    ])
    zone = write_gpkg(path, "zone", 2154, ogr.wkbPolygon, [(square(0, 0, 100), {"nom": "Z"})])
    # The same 100 m square given in WGS84: reprojected to Lambert-93 before measuring.
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry

    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2154"),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    big = QgsGeometry.fromWkt(square(-1000, -1000, 3000))
    big.transform(transform)
    wgs84 = write_gpkg(tmp_path / "wgs84.gpkg", "grand", 4326, ogr.wkbPolygon, [(big.asWkt(12), {"nom": "G"})])
    out = processing.run("pvd:overlapanalysis", {"INPUT": lines, "OVERLAYS": [zone, wgs84], "LABEL_FIELD": "nom",
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    feature = next(out.getFeatures())
    assert feature["zone_len"] == pytest.approx(100.0) and feature["zone_pc"] == pytest.approx(25.0)
    assert feature["grand_len"] == pytest.approx(400.0) and feature["grand_pc"] == pytest.approx(100.0)
    out = processing.run("pvd:overlapanalysis", {"INPUT": points, "OVERLAYS": [zone], "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {f["id_poste"]: f for f in out["OUTPUT"].getFeatures()}
    names = out["OUTPUT"].fields().names()
    assert model.overlap_field("zone", model.OVERLAP_SUFFIXES.area) not in names
    assert model.overlap_field("zone", model.OVERLAP_SUFFIXES.len) not in names
    assert [rows[p]["zone_pc"] for p in ("P1", "P2", "P3")] == [100.0, 100.0, 0.0]
    assert [rows[p]["zone_noms"] for p in ("P1", "P2", "P3")] == ["1", "1", ""]  # no 'nom' asked: feature ids


def test_geographic_input_is_measured_in_metres(pvd_provider, tmp_path):
    import processing
    import pyproj

    parcel = "POLYGON ((-1.10 49.30, -1.09 49.30, -1.09 49.31, -1.10 49.31, -1.10 49.30))"
    half = "POLYGON ((-1.11 49.29, -1.095 49.29, -1.095 49.32, -1.11 49.32, -1.11 49.29))"
    path = tmp_path / "wgs84.gpkg"
    parcels = write_gpkg(path, "parcelles", 4326, ogr.wkbPolygon, [(parcel, {"ref": "A"})])
    zone = write_gpkg(path, "zone", 4326, ogr.wkbPolygon, [(half, {"nom": "Z"})])
    out = processing.run("pvd:overlapanalysis", {"INPUT": parcels, "OVERLAYS": [zone],
                                                 "OUTPUT": str(tmp_path / "out.gpkg")})["OUTPUT"]
    feature = next(QgsVectorLayer(out, "out", "ogr").getFeatures())
    geod = pyproj.Geod(ellps="WGS84")
    expected = abs(geod.polygon_area_perimeter([-1.10, -1.095, -1.095, -1.10], [49.30, 49.30, 49.31, 49.31])[0])
    assert feature["zone_area"] == pytest.approx(expected, rel=1e-6)  # about 36 500 m², not 5e-5 degrees²
    assert feature["zone_pc"] == pytest.approx(50.0, rel=1e-4)


def test_us_survey_feet_crs_gives_square_metres(pvd_provider, tmp_path):
    import processing

    path = tmp_path / "feet.gpkg"  # EPSG:2227, California zone 3, in US survey feet
    parcels = write_gpkg(path, "parcelles", 2227, ogr.wkbPolygon,
                         [("POLYGON ((6000000 2000000, 6000100 2000000, 6000100 2000100, 6000000 2000100, "
                           "6000000 2000000))", {"ref": "A"})])
    zone = write_gpkg(path, "zone", 2227, ogr.wkbPolygon,
                      [("POLYGON ((6000000 2000000, 6000050 2000000, 6000050 2000100, 6000000 2000100, "
                        "6000000 2000000))", {"nom": "Z"})])
    out = processing.run("pvd:overlapanalysis", {"INPUT": parcels, "OVERLAYS": [zone],
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    feature = next(out.getFeatures())
    us_foot = 1200 / 3937
    assert feature["zone_area"] == pytest.approx(5000 * us_foot ** 2, rel=1e-12)
    assert feature["zone_pc"] == pytest.approx(50.0)


def test_a_line_overlay_is_refused(pvd_provider, tmp_path):
    import processing

    lines = write_gpkg(tmp_path / "l.gpkg", "lignes", 2154, ogr.wkbLineString,
                       [("LINESTRING ({} {}, {} {})".format(X, Y, X + 1, Y), {"n": 1})])
    with pytest.raises(QgsProcessingException):
        processing.run("pvd:overlapanalysis", {"INPUT": lines, "OVERLAYS": [lines], "OUTPUT": "TEMPORARY_OUTPUT"})


@pytest.mark.parametrize("cancel_at", [20, 90])
def test_cancel_writes_nothing(pvd_provider, data, tmp_path, cancel_at):
    out = tmp_path / "cancelled.gpkg"  # 90: while the GeoPackage rows are being written
    with pytest.raises(QgsProcessingException):
        run_overlap(data, str(out), Recorder(cancel_at=cancel_at))
    assert not out.exists()


def test_input_without_any_geometry(pvd_provider, data, tmp_path):
    empty = write_gpkg(tmp_path / "vide.gpkg", "parcelles", 2154, ogr.wkbPolygon,
                       [(None, {"ref": "x"}), (None, {"ref": "y"})])
    out = tmp_path / "vide_out.gpkg"
    run_overlap(data, str(out), INPUT=empty)
    rows = features_by_ref(out)
    assert sorted(rows) == ["x", "y"]
    assert all(str(row["spr_pc"]) == "NULL" or row["spr_pc"] is None for row in rows.values())
    connection = sqlite3.connect(str(out))
    assert connection.execute("SELECT rtreecheck('rtree_vide_out_geom')").fetchone()[0] == "ok"


def test_agrees_with_native_overlap_analysis(pvd_provider, tmp_path):
    """On EPSG:2154 polygons, <prefix>_area/_pc equal native's <layer>_area/_pc within 1e-6.

    Native sums products of raw Lambert-93 coordinates (≈ 4e12), which leaves it an
    absolute rounding error near 1e-3 m²; the shapes are hectare-sized and the overlay
    edges cut the parcels far from their corners, so that this error stays below 1e-6
    of every non-zero area.
    """
    import processing

    path = tmp_path / "native.gpkg"
    shapes = []
    for i in range(6):
        for j in range(4):
            x, y = 400.0 * i, 400.0 * j
            shapes.append(("POLYGON (({0} {1}, {2} {3}, {4} {5}, {6} {7}, {0} {1}))".format(
                X + x + 10, Y + y, X + x + 390, Y + y + 20, X + x + 400, Y + y + 380, X + x, Y + y + 400),
                {"ref": "{}-{}".format(i, j)}))
    parcels = write_gpkg(path, "parcelles", 2154, ogr.wkbPolygon, shapes)
    # Two overlapping rectangles (dissolved by both tools) and an L-shaped zone with a hole.
    write_gpkg(path, "abords", 2154, ogr.wkbPolygon, [
        (square(200, 200, 1000), {"nom": "a"}), (square(600, -200, 1000), {"nom": "b"})])
    l_shape = "POLYGON (({0} {1}, {2} {1}, {2} {3}, {4} {3}, {4} {5}, {0} {5}, {0} {1}), ({6} {7}, {8} {7}, {8} {9}, {6} {9}, {6} {7}))".format(
        X + 1400, Y - 100, X + 2600, Y + 1000, X + 2200, Y + 1800, X + 1650, Y + 200, X + 1750, Y + 300)
    write_gpkg(path, "ort", 2154, ogr.wkbPolygon, [(l_shape, {"nom": "ORT"})])
    layers = [QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr") for name in ("abords", "ort")]
    QgsProject.instance().setEllipsoid("NONE")  # planar areas, as pvd in a projected CRS
    native = processing.run("native:calculatevectoroverlaps", {"INPUT": parcels, "LAYERS": layers,
                                                                "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    ours = processing.run("pvd:overlapanalysis", {"INPUT": parcels, "OVERLAYS": layers,
                                                  "OUTPUT": str(tmp_path / "ours.gpkg")})["OUTPUT"]
    mine = features_by_ref(ours)
    partial = 0
    for feature in native.getFeatures():
        for name in ("abords", "ort"):
            for suffix in ("area", "pc"):
                expected = feature["{}_{}".format(name, suffix)]
                assert mine[feature["ref"]]["{}_{}".format(name, suffix)] == pytest.approx(expected, rel=1e-6, abs=1e-9)
            partial += 0 < feature["{}_pc".format(name)] < 100
    assert partial >= 8


def test_tabulate_intersection_by_hand(pvd_provider, tmp_path):
    import processing

    path = tmp_path / "tab.gpkg"
    zones = write_gpkg(path, "zones", 2154, ogr.wkbPolygon, [
        (square(0, 0, 100), {"insee": "14342"}), (square(100, 0, 100), {"insee": "14711"}),
        (square(0, 100, 100), {"insee": "14342"}),
    ])
    classes = write_gpkg(path, "espaces", 2154, ogr.wkbPolygon, [
        (square(50, 0, 100), {"classe": "chaussee"}), (square(50, 0, 100), {"classe": "chaussee"}),
        (square(0, 100, 10), {"classe": "place"}), (None, {"classe": "place"}),
    ])
    feedback = Recorder()
    out = processing.run("pvd:tabulateintersection", {"ZONES": zones, "ZONE_FIELD": "insee", "CLASSES": classes,
                                                      "CLASS_FIELD": "classe", "OUTPUT": "TEMPORARY_OUTPUT"},
                         feedback=feedback)["OUTPUT"]
    assert out.fields().names() == model.names((model.TABULATE_ZONE, model.TABULATE_CLASS, model.TABULATE_MEASURES.area,
                                                model.TABULATE_PERCENTAGE))
    rows = sorted((f["zone"], f["class"], f["area"], f["percentage"]) for f in out.getFeatures())
    assert [r[:2] for r in rows] == [("14342", "chaussee"), ("14342", "place"), ("14711", "chaussee")]
    assert [r[2] for r in rows] == pytest.approx([5000.0, 100.0, 5000.0])
    assert [r[3] for r in rows] == pytest.approx([25.0, 0.5, 50.0])
    assert "Layer 'espaces': 1 feature(s) without geometry ignored (feature ids 4)." in feedback.warnings


def test_tabulate_points_count(pvd_provider, tmp_path):
    import processing

    path = tmp_path / "tabp.gpkg"
    zones = write_gpkg(path, "zones", 2154, ogr.wkbPolygon, [(square(0, 0, 100), {"insee": "14342"})])
    points = write_gpkg(path, "demandes", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X + 1, Y + 1), {"usage": "logement"}),
        ("POINT ({} {})".format(X + 2, Y + 1), {"usage": "logement"}),
        ("POINT ({} {})".format(X + 3, Y + 1), {"usage": "commerce"}),
        ("POINT ({} {})".format(X + 300, Y + 1), {"usage": "commerce"}),
    ])
    out = processing.run("pvd:tabulateintersection", {"ZONES": zones, "ZONE_FIELD": "insee", "CLASSES": points,
                                                      "CLASS_FIELD": "usage", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    rows = sorted((f["class"], f["pnt_count"], f["percentage"]) for f in out.getFeatures())
    assert rows[0][:2] == ("commerce", 1) and rows[1][:2] == ("logement", 2)
    assert [r[2] for r in rows] == pytest.approx([100 / 3, 200 / 3])
    assert math.isclose(sum(r[2] for r in rows), 100.0)
