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
    # The files of one commune (tests/data/commune/files), in the new formats:
    ("../commune/files/cadastre-14-parcelles.json.gz", 9, "14035", 2, "id", QgsWkbTypes.MultiPolygon),
    ("../commune/files/cadastre-14035-batiments.json", 10, "14035", 1, "id_bat", QgsWkbTypes.MultiPolygon),
    ("../commune/files/BDT_3-3_GPKG_LAMB93_D014-ED2024-03-15.gpkg", 11, "", 3, "id_bat", QgsWkbTypes.MultiPolygon),
    ("../commune/files/adresses-14.csv.gz", 12, "14035", 3, "id", QgsWkbTypes.Point),
    ("../commune/files/COMMUNE.shp", 13, "14342", 1, "insee", QgsWkbTypes.MultiPolygon),
    ("../commune/files/reseau-souterrain-bt.csv", 1, "14035", 1, "id_troncon", QgsWkbTypes.MultiLineString),
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


def test_gpu_sup_package_as_a_zip(pvd_provider, tmp_path):
    """The CNIG SUP package zipped as the GPU serves it: its footprint monument, its 500 m zone."""
    import shutil

    import processing

    package = os.path.join(DATA, "..", "commune", "files", "AC1_14_172014607_20240101")
    archive = shutil.make_archive(str(tmp_path / "AC1_14_172014607_20240101"), "zip", package)
    counts = {}
    for data_format in (3, 8):
        result = processing.run("pvd:importopendata", {"INPUT": archive, "FORMAT": data_format, "INSEE": "14035",
                                                       "OUTPUT": str(tmp_path / "out{}.gpkg".format(data_format))})
        layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
        counts[data_format] = (layer.featureCount(), [f["protection" if data_format == 8 else "rayon_m"]
                                                      for f in layer.getFeatures()])
    assert counts == {3: (1, [500.0]), 8: (1, ["classe"])}
