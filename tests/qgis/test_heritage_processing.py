"""pvd:heritageperimeters through processing.run, on real GeoPackage files."""
import math

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.fixtures import read_gpkg, write_gpkg
from osgeo import ogr

REGULAR_128 = 0.5 * 128 * math.sin(2 * math.pi / 128)  # area of a unit-radius 128-gon


@pytest.fixture()
def monuments(tmp_path):
    return write_gpkg(tmp_path / "monuments.gpkg", "monuments", 2154, ogr.wkbPoint, [
        ("POINT (410000 6910000)", {"nom": "Église", "protection": "classé"}),
        ("POINT (410600 6910000)", {"nom": "Château", "protection": "inscrit"}),
        (None, {"nom": "Sans géométrie", "protection": "inscrit"}),
    ])


def run(processing, **parameters):
    return processing.run("pvd:heritageperimeters", parameters)


def test_one_perimeter_per_monument_keeps_attributes(pvd_provider, monuments, tmp_path):
    import processing

    out = tmp_path / "abords.gpkg"
    result = run(processing, INPUT=monuments, DISTANCE=500, NAME_FIELD="nom", DISSOLVE=False, OUTPUT=str(out))
    layer = QgsVectorLayer(result["OUTPUT"], "abords", "ogr")
    assert layer.isValid()
    features = list(layer.getFeatures())
    assert [f["nom"] for f in features] == ["Église", "Château"]
    assert [f["protection"] for f in features] == ["classé", "inscrit"]
    assert [f["rayon_m"] for f in features] == [500.0, 500.0]
    for feature in features:
        assert feature.geometry().area() == pytest.approx(REGULAR_128 * 500 ** 2, rel=1e-9)
    assert layer.crs().authid() == "EPSG:2154"


def test_dissolve_gives_one_zone_naming_its_monuments(pvd_provider, monuments, tmp_path):
    import processing

    out = tmp_path / "abords_fusion.gpkg"
    run(processing, INPUT=monuments, DISTANCE=500, NAME_FIELD="nom", DISSOLVE=True, OUTPUT=str(out))
    rows = read_gpkg(out)
    assert len(rows) == 1
    _wkt, values = rows[0]
    assert values["nb_monuments"] == 2
    assert values["monuments"] == "Château; Église"
    r, d = 500.0, 600.0
    lens = 2 * r ** 2 * math.acos(d / (2 * r)) - (d / 2) * math.sqrt(4 * r ** 2 - d ** 2)
    area = ogr.CreateGeometryFromWkt(rows[0][0]).GetArea()
    assert area == pytest.approx(2 * math.pi * r ** 2 - lens, rel=2e-3)


def test_invalid_polygon_is_repaired_not_fatal(pvd_provider, tmp_path):
    import processing

    source = write_gpkg(tmp_path / "mh_poly.gpkg", "mh", 2154, ogr.wkbPolygon, [
        ("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))", {"nom": "Noeud papillon"}),
        ("POLYGON ((100 0, 110 0, 110 10, 100 10, 100 0))", {"nom": "Carré"}),
    ])
    out = tmp_path / "out.gpkg"
    run(processing, INPUT=source, DISTANCE=5, DISSOLVE=False, OUTPUT=str(out))
    rows = read_gpkg(out)
    assert [values["nom"] for _wkt, values in rows] == ["Noeud papillon", "Carré"]
    square = ogr.CreateGeometryFromWkt(rows[1][0]).GetArea()
    assert square == pytest.approx(100 + 4 * 10 * 5 + REGULAR_128 * 25, rel=1e-9)


def test_geographic_input_uses_metres(pvd_provider, tmp_path):
    import processing

    source = write_gpkg(tmp_path / "wgs84.gpkg", "mh", 4326, ogr.wkbPoint, [
        ("POINT (-0.8425 49.17917)", {"nom": "Château de Balleroy"})])
    out = tmp_path / "out.gpkg"
    run(processing, INPUT=source, DISTANCE=500, OUTPUT=str(out))
    layer = QgsVectorLayer(str(out), "out", "ogr")
    assert layer.crs().authid() == "EPSG:4326"
    from qgis.core import QgsDistanceArea, QgsProject

    measure = QgsDistanceArea()
    measure.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    measure.setEllipsoid("WGS84")
    feature = next(layer.getFeatures())
    # ellipsoidal area of the geodesic 128-gon of radius 500 m
    assert measure.measureArea(feature.geometry()) == pytest.approx(REGULAR_128 * 500 ** 2, rel=1e-3)


def test_sample_monuments(pvd_provider, sample_gpkg, tmp_path):
    import processing

    out = tmp_path / "sample_abords.gpkg"
    run(processing, INPUT=sample_gpkg + "|layername=monuments_historiques", DISTANCE=500,
        NAME_FIELD="nom", OUTPUT=str(out))
    rows = read_gpkg(out)
    assert len(rows) == 6
    assert {values["nom"] for _w, values in rows} >= {"Château de Balleroy", "Château de Castilly"}


def test_unknown_name_field_is_a_clear_error(pvd_provider, monuments, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException):
        run(processing, INPUT=monuments, DISTANCE=500, NAME_FIELD="denomination", OUTPUT=str(tmp_path / "x.gpkg"))


def test_missing_package_gives_install_instructions(pvd_provider, monkeypatch):
    from pvd_qgis_plugin import deps
    from pvd_qgis_plugin.processing_provider.algorithms.heritage_perimeters import HeritagePerimetersAlgorithm

    real = deps.installed_version
    monkeypatch.setattr(deps, "installed_version", lambda name: None if name == "shapely" else real(name))
    message = HeritagePerimetersAlgorithm().missing_dependencies_message()
    assert "shapely" in message and "pip install" in message
    monkeypatch.setattr(deps, "installed_version", lambda name: "1.8.5" if name == "shapely" else real(name))
    message = HeritagePerimetersAlgorithm().missing_dependencies_message()
    assert "1.8.5" in message and "2.0" in message


def test_a_monument_with_a_pda_gets_it_instead_of_the_circle(pvd_provider, monuments, tmp_path):
    import processing

    # the Église's PDA: a 300 m × 200 m rectangle; two polygons of one id are merged; one PDA matches nobody
    pda = write_gpkg(tmp_path / "pda.gpkg", "pda", 2154, ogr.wkbPolygon, [
        ("POLYGON ((409900 6909900, 410100 6909900, 410100 6910100, 409900 6910100, 409900 6909900))",
         {"monument": "Église"}),
        ("POLYGON ((410100 6909900, 410200 6909900, 410200 6910100, 410100 6910100, 410100 6909900))",
         {"monument": "Église "}),
        ("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", {"monument": "Moulin"}),
    ])
    out = tmp_path / "abords_pda.gpkg"
    run(processing, INPUT=monuments, DISTANCE=500, NAME_FIELD="nom", PDA=pda, PDA_ID_FIELD="monument",
        OUTPUT=str(out))
    rows = {values["nom"]: (wkt, values) for wkt, values in read_gpkg(out)}
    wkt, eglise = rows["Église"]
    assert eglise["mode"] == "pda" and eglise["rayon_m"] is None
    assert ogr.CreateGeometryFromWkt(wkt).GetArea() == pytest.approx(300 * 200)  # 200 × 200 + 100 × 200
    wkt, chateau = rows["Château"]
    assert chateau["mode"] == "rayon" and chateau["rayon_m"] == 500.0
    assert ogr.CreateGeometryFromWkt(wkt).GetArea() == pytest.approx(REGULAR_128 * 500 ** 2, rel=1e-9)

    dissolved = tmp_path / "abords_pda_fusion.gpkg"
    run(processing, INPUT=monuments, DISTANCE=500, NAME_FIELD="nom", PDA=pda, PDA_ID_FIELD="monument",
        DISSOLVE=True, OUTPUT=str(dissolved))
    [(wkt, values)] = read_gpkg(dissolved)
    assert values["mode"] == "pda; rayon"
    # the PDA (x 409 900–410 200) and the Château's circle (x ≥ 410 100) overlap: the union is smaller
    assert ogr.CreateGeometryFromWkt(wkt).GetArea() < 300 * 200 + REGULAR_128 * 500 ** 2


def test_pda_without_its_id_field_is_a_clear_error(pvd_provider, monuments, tmp_path):
    import processing

    pda = write_gpkg(tmp_path / "pda.gpkg", "pda", 2154, ogr.wkbPolygon, [
        ("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", {"monument": "Église"})])
    with pytest.raises(QgsProcessingException, match="PDA_ID_FIELD"):
        run(processing, INPUT=monuments, NAME_FIELD="nom", PDA=pda, OUTPUT=str(tmp_path / "x.gpkg"))
