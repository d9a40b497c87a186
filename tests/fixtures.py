"""Write small real files (GeoPackage through GDAL/OGR) for tests; find the real published extracts."""
import datetime
import os

from osgeo import ogr, osr

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
#: The real published extracts: ``../shared/realdata`` next to the repository.
REALDATA = os.path.join(REPO, "..", "shared", "realdata")

OGR_TYPES = {str: ogr.OFTString, int: ogr.OFTInteger64, float: ogr.OFTReal,
             datetime.date: ogr.OFTDate, datetime.datetime: ogr.OFTDateTime}



class Shapes:
    """WKT of test shapes given by their offsets from an origin ``(x0, y0)`` in the layer's CRS."""

    def __init__(self, x0, y0):
        self.x0, self.y0 = x0, y0

    def point(self, x, y):
        return "POINT ({} {})".format(self.x0 + x, self.y0 + y)

    def line(self, *points):
        return "LINESTRING ({})".format(", ".join("{} {}".format(self.x0 + x, self.y0 + y) for x, y in points))

    def box(self, x1, y1, x2, y2):
        """The rectangle from corner (x1, y1) to corner (x2, y2)."""
        return "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
            self.x0 + x1, self.y0 + y1, self.x0 + x2, self.y0 + y2)

def write_gpkg(path, layer_name, epsg, geometry_type, rows, fields=None):
    """Write ``rows`` = [(wkt or None, {field: value})] into a GeoPackage layer.

    ``fields`` maps names to Python types (str, int, float, datetime.date,
    datetime.datetime); without it they are taken from the values.
    """
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
                if value is not None:
                    fields.setdefault(key, type(value))
    for name, python_type in fields.items():
        layer.CreateField(ogr.FieldDefn(name, OGR_TYPES[python_type]))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in values.items():
            if isinstance(value, datetime.date):  # date and datetime: OGR parses ISO text
                value = value.isoformat(sep=" ") if isinstance(value, datetime.datetime) else value.isoformat()
            if value is not None:  # an unset field is NULL
                feature.SetField(key, value)
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
    return os.path.exists(str(path))


def realdata(*parts):
    """A real published extract (``parts`` below ``../shared/realdata``, or a path under it), or a
    pytest skip when it is absent."""
    import pytest

    path = os.path.join(REALDATA, *parts)
    if not os.path.exists(path):
        pytest.skip("real extract {} not available (../shared/realdata)".format(
            os.path.relpath(path, REALDATA).replace(os.sep, "/")))
    return path


def as_dicts(result):
    """The rows of a core import result (``fields`` [(name, type)], ``rows``) as {field: value}."""
    names = [name for name, _type in result.fields]
    return [dict(zip(names, row)) for row in result.rows]


def load_script(name, *parts):
    """The repository's Python file ``parts`` (a script, not a package module) loaded as module ``name``."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, os.path.join(REPO, *parts))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
