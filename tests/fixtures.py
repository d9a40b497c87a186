"""Write small real files (GeoPackage through GDAL/OGR) for tests."""
import datetime

from osgeo import ogr, osr

OGR_TYPES = {str: ogr.OFTString, int: ogr.OFTInteger64, float: ogr.OFTReal, datetime.date: ogr.OFTDate}


def write_gpkg(path, layer_name, epsg, geometry_type, rows, fields=None):
    """Write ``rows`` = [(wkt or None, {field: value})] into a GeoPackage layer."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.Open(str(path), 1) if _exists(path) else driver.CreateDataSource(str(path))
    layer = dataset.CreateLayer(layer_name, srs, geometry_type, ["FID=fid"])
    if fields is None:
        fields = {}
        for _wkt, values in rows:
            for key, value in values.items():
                fields.setdefault(key, type(value))
    for name, python_type in fields.items():
        layer.CreateField(ogr.FieldDefn(name, OGR_TYPES[python_type]))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in values.items():
            feature.SetField(key, value.isoformat() if isinstance(value, datetime.date) else value)
        if wkt is not None:
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None
    return "{}|layername={}".format(path, layer_name)


def read_gpkg(path, layer_name=None):
    """[(geometry as WKT or None, {field: value})] of a layer, in fid order."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    out = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        out.append((geometry.ExportToWkt() if geometry else None, feature.items()))
    return out


def _exists(path):
    import os

    return os.path.exists(str(path))
