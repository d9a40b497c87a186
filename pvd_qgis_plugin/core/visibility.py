"""Field of view of monuments historiques: the ground within a distance that sees the monument.

Code du patrimoine L621-30: without a PDA, the abords of a monument are the
buildings and ground within 500 m **and** visible from it or together with it.
This module computes the first part, the ground that sees the monument:

- the surface is the elevation model (DEM, metres) plus the buildings' heights
  (a building covers the cells whose centre it holds; where buildings overlap,
  the highest counts); the buildings that hold the monument itself are left
  out, or its own roof would hide everything;
- the line of sight runs from the monument's visible top (``monument_height``
  above the ground at the monument) to a person of ``observer_height`` metres
  standing on the surface of each cell (on a roof, on the roof); a line of
  sight is the same both ways, so these are the cells seen from the monument;
- the viewshed is GDAL's (``gdal.ViewshedGenerate``, the algorithm of
  ``gdal_viewshed``), in its ``GVM_Min`` mode: of its ways to interpolate
  between cells it draws the narrowest shadows, the prudent side for a rule
  where visible means the ABF's accord; with the standard refraction
  coefficient 0.85714 for the Earth's curvature.

*Covisibility* (the monument and the place seen together from a third point)
is not computed. Work is done monument by monument on a window of
``2 × distance`` metres resampled to ``cell_size`` (bilinear), in the DEM's
CRS, which must be projected in metres. Polygons come from ``gdal.Polygonize``
of the visible cells, cut to the circle of ``distance``.
"""
import math
from dataclasses import dataclass

import numpy as np
import shapely

from .defaults import VISIBILITY_CELL_SIZE_M as DEFAULT_CELL_SIZE_M
from .defaults import VISIBILITY_DISTANCE_M as DEFAULT_DISTANCE_M
from .defaults import VISIBILITY_MONUMENT_HEIGHT_M as DEFAULT_MONUMENT_HEIGHT_M
from .defaults import VISIBILITY_OBSERVER_HEIGHT_M as DEFAULT_OBSERVER_HEIGHT_M
from .messages import N_, UserError
from .progress import check
#: GDAL's default coefficient for the curvature of the Earth with atmospheric refraction.
CURVATURE_COEFFICIENT = 0.85714
_VISIBLE, _HIDDEN = 1, 0


@dataclass
class FieldOfView:
    """One monument's field of view: ``geometry`` (polygon in the DEM's CRS, None when nothing is
    visible), ``visible_m2`` its area, ``no_data_cells`` cells of the window without elevation
    (never counted as visible)."""

    geometry: object
    visible_m2: float
    no_data_cells: int


def _window(x, y, distance_m, cell_size):
    """Bounds of a grid of ``cell_size`` cells with the monument at a cell centre, covering ``distance_m``."""
    half = (math.ceil(distance_m / cell_size) + 1) * cell_size + cell_size / 2.0
    return x - half, y - half, x + half, y + half


def _dem_window(dem, bounds, cell_size):
    """The DEM resampled on the window (float64 array, NaN where it has no data)."""
    from osgeo import gdal

    band = dem.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    warped = gdal.Warp("", dem, format="MEM", outputBounds=bounds, xRes=cell_size, yRes=cell_size,
                       resampleAlg="bilinear", outputType=gdal.GDT_Float32, srcNodata=nodata, dstNodata=float("nan"))
    values = warped.GetRasterBand(1).ReadAsArray().astype(float)
    warped = None
    return values


def _building_heights(bounds, cell_size, shape, buildings, heights):
    """Height of the highest building over each cell centre (0 without one)."""
    from osgeo import gdal, ogr

    out = np.zeros(shape)
    if buildings is None or not len(buildings):
        return out
    window = shapely.box(*bounds)
    near = np.flatnonzero(shapely.intersects(buildings, window) & (heights > 0))
    if not len(near):
        return out
    source = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = source.CreateLayer("b", geom_type=ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("h", ogr.OFTReal))
    for index in near[np.argsort(heights[near], kind="stable")]:  # the highest is burnt last
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("h", float(heights[index]))
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(buildings[index])))
        layer.CreateFeature(feature)
    raster = gdal.GetDriverByName("MEM").Create("", shape[1], shape[0], 1, gdal.GDT_Float64)
    raster.SetGeoTransform((bounds[0], cell_size, 0.0, bounds[3], 0.0, -cell_size))
    gdal.RasterizeLayer(raster, [1], layer, options=["ATTRIBUTE=h"])
    out[:] = raster.GetRasterBand(1).ReadAsArray()
    return out


def _polygons(visible, bounds, cell_size):
    """The visible cells (bool array) as one shapely (multi)polygon, None when there is none."""
    from osgeo import gdal, ogr

    if not visible.any():
        return None
    raster = gdal.GetDriverByName("MEM").Create("", visible.shape[1], visible.shape[0], 1, gdal.GDT_Byte)
    raster.SetGeoTransform((bounds[0], cell_size, 0.0, bounds[3], 0.0, -cell_size))
    band = raster.GetRasterBand(1)
    band.WriteArray(visible.astype(np.uint8))
    source = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = source.CreateLayer("v", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0)
    parts = [shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())) for feature in layer]
    return shapely.union_all(np.array(parts, dtype=object)) if parts else None


def surface_window(dem, x, y, distance_m, cell_size, buildings=None, heights=None):
    """(surface, ground, bounds) around ``(x, y)``: DEM + building heights, the DEM alone, the window.

    ``dem`` is an open GDAL dataset; ``buildings`` shapely polygons and ``heights``
    (metres) in its CRS. Buildings holding the point are left out (the monument's own).
    """
    bounds = _window(x, y, distance_m, cell_size)
    ground = _dem_window(dem, bounds, cell_size)
    if buildings is not None and len(buildings):
        buildings = np.asarray(buildings, dtype=object)
        heights = np.nan_to_num(np.asarray(heights, dtype=float), nan=0.0)
        keep = ~shapely.contains_xy(buildings, x, y) & ~shapely.is_missing(buildings)
        raised = _building_heights(bounds, cell_size, ground.shape, buildings[keep], heights[keep])
    else:
        raised = np.zeros(ground.shape)
    return ground + raised, ground, bounds


def viewshed(surface, bounds, cell_size, x, y, monument_height, observer_height, distance_m):
    """GDAL's viewshed of the surface from the monument's top: bool array of the cells that see it.

    NaN cells (no elevation) are lowered to the lowest known surface for the computation (they
    hide nothing) and never visible. Cells with a part within ``distance_m`` (centre within
    ``distance_m`` + half a diagonal) are computed, so that cut to the circle they cover it.
    """
    from osgeo import gdal

    reach = distance_m + cell_size * math.sqrt(0.5)
    known = np.isfinite(surface)
    if not known.any():
        return np.zeros(surface.shape, dtype=bool)
    filled = np.where(known, surface, np.nanmin(surface)).astype(np.float32)
    raster = gdal.GetDriverByName("MEM").Create("", surface.shape[1], surface.shape[0], 1, gdal.GDT_Float32)
    raster.SetGeoTransform((bounds[0], cell_size, 0.0, bounds[3], 0.0, -cell_size))
    raster.GetRasterBand(1).WriteArray(filled)
    out = gdal.ViewshedGenerate(
        raster.GetRasterBand(1), "MEM", "", [], x, y, monument_height, observer_height,
        _VISIBLE, _HIDDEN, _HIDDEN, -1.0, CURVATURE_COEFFICIENT, gdal.GVM_Min, reach)
    # GDAL crops its output to the cells within reach: put it back on the window's grid
    gt = out.GetGeoTransform()
    column = int(round((gt[0] - bounds[0]) / cell_size))
    row = int(round((bounds[3] - gt[3]) / cell_size))
    seen = np.zeros(surface.shape, dtype=bool)
    part = out.GetRasterBand(1).ReadAsArray() == _VISIBLE
    seen[row:row + part.shape[0], column:column + part.shape[1]] = part
    out = raster = None
    centres_x = bounds[0] + (np.arange(surface.shape[1]) + 0.5) * cell_size
    centres_y = bounds[3] - (np.arange(surface.shape[0]) + 0.5) * cell_size
    within = np.hypot(centres_x[None, :] - x, centres_y[:, None] - y) <= reach
    return seen & known & within


def fields_of_view(dem_path, points, buildings=None, heights=None, distance_m=DEFAULT_DISTANCE_M,
                   monument_height=DEFAULT_MONUMENT_HEIGHT_M, observer_height=DEFAULT_OBSERVER_HEIGHT_M,
                   cell_size=DEFAULT_CELL_SIZE_M, progress=None):
    """The :class:`FieldOfView` of each monument (shapely points in the DEM's CRS; None for a missing one).

    ``dem_path``: a raster GDAL opens (elevations in metres, projected CRS in
    metres); ``buildings``/``heights``: polygons and their heights (metres above
    the ground) in the same CRS. Areas in m².
    """
    from osgeo import gdal

    for name, value in (("DISTANCE", distance_m), ("CELL_SIZE", cell_size)):
        if not value > 0:
            raise UserError(N_("{0} must be greater than 0 (got {1})."), name, value)
    if monument_height < 0 or observer_height < 0:
        raise UserError(N_("Heights must be 0 or more (monument {0} m, observer {1} m)."),
                        monument_height, observer_height)
    dem = gdal.Open(str(dem_path))
    if dem is None:
        raise UserError(N_("The elevation model '{0}' cannot be opened."), dem_path)
    circle_vertices = 128
    results = []
    for number, point in enumerate(points):
        if point is None or shapely.is_empty(point):
            results.append(None)
            continue
        x, y = shapely.get_x(point), shapely.get_y(point)
        surface, _ground, bounds = surface_window(dem, x, y, distance_m, cell_size, buildings, heights)
        seen = viewshed(surface, bounds, cell_size, x, y, monument_height, observer_height, distance_m)
        geometry = _polygons(seen, bounds, cell_size)
        if geometry is not None:
            circle = shapely.buffer(point, distance_m, quad_segs=circle_vertices // 4)
            geometry = shapely.intersection(geometry, circle)
            geometry = None if shapely.is_empty(geometry) else geometry
        results.append(FieldOfView(geometry, 0.0 if geometry is None else float(shapely.area(geometry)),
                                   int((~np.isfinite(surface)).sum())))
        check(progress, (number + 1) / max(1, len(points)))
    dem = None
    return results
