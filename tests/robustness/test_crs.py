"""Class 2 — units are never guessed: no CRS is refused, feet are converted, degrees are bounded."""
import os

import pytest
from osgeo import ogr

from tests.fixtures import write_gpkg
from tests.robustness.helpers import Fingerprint, assert_complete_or_absent, run
from tests.robustness.territory import layer, parameters, territory

SQUARE = "POLYGON ((400000 6900000, 400100 6900000, 400100 6900100, 400000 6900100, 400000 6900000))"


def _without_crs(folder, kind, table, geometry_type, wkt):
    """A layer whose CRS is unknown: a GeoPackage table with the undefined SRS, or a shapefile
    without .prj."""
    if kind == "gpkg":
        path = os.path.join(str(folder), "sans_scr.gpkg")
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        target = dataset.CreateLayer(table, None, geometry_type)
    else:
        path = os.path.join(str(folder), table + ".shp")
        dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
        target = dataset.CreateLayer(table, None, geometry_type)
    target.CreateField(ogr.FieldDefn("nom", ogr.OFTString))
    feature = ogr.Feature(target.GetLayerDefn())
    feature.SetField("nom", "x")
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    target.CreateFeature(feature)
    dataset = None
    return layer(path, table) if kind == "gpkg" else path


# (algorithm, parameter that gets the layer without CRS, geometry type, WKT)
NO_CRS = [
    ("connectionroutes", "TARGETS", ogr.wkbPoint, "POINT (400050 6900050)"),
    ("consumptionzones", "ZONES", ogr.wkbPolygon, SQUARE),
    ("heritageperimeters", "INPUT", ogr.wkbPoint, "POINT (400050 6900050)"),
    ("overlapanalysis", "OVERLAYS", ogr.wkbPolygon, SQUARE),
    ("report", "ROUTES", ogr.wkbLineString, "LINESTRING (400000 6900000, 400100 6900000)"),
    ("selfconsumptionperimeter", "CONSUMERS", ogr.wkbPoint, "POINT (400050 6900050)"),
    ("substationpriority", "PUBLIC_SPACES", ogr.wkbPolygon, SQUARE),
    ("tabulateintersection", "CLASSES", ogr.wkbPolygon, SQUARE),
    ("workscoordination", "PROJECTS", ogr.wkbPolygon, SQUARE),
    ("energyprecarity", "CELLS", ogr.wkbPolygon, SQUARE),
    ("renovationeffect", "WORKS", ogr.wkbPolygon, SQUARE),
    ("heritagevisibility", "INPUT", ogr.wkbPoint, "POINT (400050 6900050)"),
    ("abfconsultation", "PERIMETERS", ogr.wkbPolygon, SQUARE),
]


@pytest.mark.parametrize("kind", ["gpkg", "shp"])
@pytest.mark.parametrize("algorithm,parameter,geometry_type,wkt", NO_CRS, ids=[case[0] for case in NO_CRS])
def test_a_layer_without_crs_is_refused_with_the_way_to_set_it(pvd_provider, tmp_path, algorithm, parameter,
                                                             geometry_type, wkt, kind):
    gpkg = territory(tmp_path)
    values, _tables, output = parameters(algorithm, gpkg)
    bad = _without_crs(tmp_path, kind, "sans_scr", geometry_type, wkt)
    values[parameter] = [bad] if parameter in ("OVERLAYS", "SOURCES") else bad
    if parameter == "CLASSES":
        values["CLASS_FIELD"] = "nom"
    out = str(tmp_path / ("out.pdf" if algorithm == "report" else "out.gpkg"))
    values[output] = out
    frozen = Fingerprint(gpkg, bad)

    outcome = run("pvd:" + algorithm, values)

    assert outcome.error and "'sans_scr'" in outcome.error and parameter in outcome.error, outcome
    assert "has no coordinate reference system" in outcome.error and "Set its CRS" in outcome.error
    frozen.assert_unchanged()
    assert not assert_complete_or_absent(out)
