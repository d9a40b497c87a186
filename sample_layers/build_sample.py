"""Build sample_layers/pvd_isigny_omaha.gpkg, the plugin's embedded sample data.

Deterministic: running it again gives the same features, geometries and
attributes. Real data: the five commune boundaries (IGN Admin Express COG 2018)
and the monuments historiques listed in docs (Mérimée). Run with a Python that
has GDAL's bindings (QGIS's): ``python3 sample_layers/build_sample.py``.
"""
import json
import os
import sys

from osgeo import ogr, osr

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "pvd_isigny_omaha.gpkg")
COMMUNES = os.path.join(HERE, "sources", "communes_pvd_isigny_omaha.geojson")

# (reference-like id, name, INSEE, protection, lon, lat): Mérimée list, DOMAIN facts.
MONUMENTS = [
    ("MH-14035-1", "Château de Balleroy", "14035", "classé", -0.84250, 49.17917),
    ("MH-14035-2", "Église Saint-Martin", "14035", "inscrit", -0.83978, 49.17978),
    ("MH-14342-1", "Château de Castilly", "14342", "inscrit", -1.02556, 49.27500),
    ("MH-14312-1", "Église Saint-Malo de Létanville", "14312", "inscrit", -1.02694, 49.37278),
    ("MH-14711-1", "Église Saint-Aignan (clocher)", "14711", "classé", -0.9042, 49.3086),
]


def lambert93():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    return srs


def wgs84():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def create_layer(dataset, name, geometry_type, fields):
    layer = dataset.CreateLayer(name, lambert93(), geometry_type, ["FID=fid"])
    for field_name, field_type in fields:
        layer.CreateField(ogr.FieldDefn(field_name, field_type))
    return layer


def add(layer, geometry, values):
    feature = ogr.Feature(layer.GetLayerDefn())
    for key, value in values.items():
        feature.SetField(key, value)
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)


def build(path=OUTPUT):
    if os.path.exists(path):
        os.remove(path)
    transform = osr.CoordinateTransformation(wgs84(), lambert93())
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)

    communes = create_layer(dataset, "communes", ogr.wkbMultiPolygon,
                            [("insee", ogr.OFTString), ("nom", ogr.OFTString)])
    with open(COMMUNES, encoding="utf-8") as handle:
        for feature in json.load(handle)["features"]:
            geometry = ogr.ForceToMultiPolygon(ogr.CreateGeometryFromJson(json.dumps(feature["geometry"])))
            geometry.Transform(transform)
            add(communes, geometry, {"insee": feature["properties"]["insee"], "nom": feature["properties"]["nom"]})

    monuments = create_layer(dataset, "monuments_historiques", ogr.wkbPoint, [
        ("id_mh", ogr.OFTString), ("nom", ogr.OFTString), ("insee", ogr.OFTString),
        ("protection", ogr.OFTString)])
    for ident, name, insee, protection, lon, lat in MONUMENTS:
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(lon, lat)
        point.Transform(transform)
        add(monuments, point, {"id_mh": ident, "nom": name, "insee": insee, "protection": protection})
    dataset = None
    return path


if __name__ == "__main__":
    print(build(sys.argv[1] if len(sys.argv) > 1 else OUTPUT))
