"""pvd:importopendata through processing.run: one real-format file per format, and a malformed one."""
import os

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "opendata")

CASES = [  # file, FORMAT index, INSEE, expected ids, model field, geometry type
    ("poste-electrique.csv", 0, "14035", 2, "id_poste", QgsWkbTypes.Point),
    ("reseau-souterrain-bt.geojson", 1, "", 2, "id_troncon", QgsWkbTypes.MultiLineString),
    ("merimee.csv", 2, "14035, 14342", 2, "id_mh", QgsWkbTypes.Point),
    ("AC1_ASSIETTE_SUP_S.shp", 3, "", 2, "id_mh", QgsWkbTypes.MultiPolygon),
    ("liste-ort.csv", 4, "", 3, "id_ort", QgsWkbTypes.NoGeometry),
    ("troncon_de_route.gpkg", 5, "14035", 3, "id_ep", QgsWkbTypes.MultiPolygon),  # 2 roadways, 1 sidewalk
]


@pytest.mark.parametrize("name, data_format, insee, count, id_field, wkb_type", CASES)
def test_each_format(pvd_provider, tmp_path, name, data_format, insee, count, id_field, wkb_type):
    import processing

    result = processing.run("pvd:importopendata", {
        "INPUT": os.path.join(DATA, name), "FORMAT": data_format, "INSEE": insee,
        "OUTPUT": str(tmp_path / "out.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert layer.isValid() and layer.featureCount() == count
    assert layer.wkbType() == wkb_type
    if wkb_type != QgsWkbTypes.NoGeometry:
        assert layer.crs().authid() == "EPSG:2154"
    ids = [feature[id_field] for feature in layer.getFeatures()]
    assert all(ids) and len(set(ids)) == len(ids)


def test_dates_are_dates(pvd_provider, tmp_path):
    import processing

    result = processing.run("pvd:importopendata", {
        "INPUT": os.path.join(DATA, "liste-pvd.csv"), "FORMAT": 4, "INSEE": "14035",
        "OUTPUT": str(tmp_path / "pvd.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    feature = next(layer.getFeatures())
    assert feature["date_signature"].toString("yyyy-MM-dd") == "2021-06-10"
    assert feature["id_ort"] == "pvd-28-14-12" and feature["lib_com"] == "Balleroy-sur-Drôme"


def test_malformed_file_is_a_readable_error(pvd_provider, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException):
        processing.run("pvd:importopendata", {
            "INPUT": os.path.join(DATA, "poste-electrique-no-geo.csv"), "FORMAT": 0,
            "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()
    with pytest.raises(QgsProcessingException):
        processing.run("pvd:importopendata", {
            "INPUT": os.path.join(DATA, "poste-electrique.csv"), "FORMAT": 0, "INSEE": "Balleroy",
            "OUTPUT": str(tmp_path / "y.gpkg")})
