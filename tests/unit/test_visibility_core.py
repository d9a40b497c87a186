"""Field of view of a monument (core.visibility) on a synthetic surface where a wall hides a known area."""
import math

import numpy as np
import pytest
import shapely
from osgeo import gdal, osr

from pvd_qgis_plugin.core import visibility

X0, Y0 = 400000.0, 6900000.0  # the monument, Lambert-93


def flat_dem(path, size_m=1200.0, cell=2.0, elevation=0.0, nodata_box=None):
    """A flat DEM centred on the monument, corner on the 2 m grid of the monument's cell."""
    n = int(size_m / cell)
    values = np.full((n, n), elevation, dtype=np.float32)
    left, top = X0 - size_m / 2 - cell / 2, Y0 + size_m / 2 + cell / 2
    if nodata_box is not None:
        x1, y1, x2, y2 = nodata_box
        xs = left + (np.arange(n) + 0.5) * cell - X0
        ys = top - (np.arange(n) + 0.5) * cell - Y0
        values[np.ix_((ys >= y1) & (ys <= y2), (xs >= x1) & (xs <= x2))] = -9999
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), n, n, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((left, cell, 0.0, top, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(-9999)
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    return str(path)


# a wall 20 m high, 4 m thick, 102 m long, 101 m east of the monument (whose top is at 10 m), on
# whole cells of the 2 m grid (cell centres at even metres from the monument: x 102 and 104, |y| ≤ 50)
WALL = shapely.box(X0 + 101, Y0 - 51, X0 + 105, Y0 + 51)
# it is higher than the monument's top: behind it the shadow runs to the 500 m circle, inside the
# sector |tan θ| ≤ 51 / 101; the sector has area atan(51/101) × 500² = 116 900 m², less the
# triangle in front of the wall's back face (x ≤ 105, half-width 105 × 51/101 = 53.02 m: 5 567 m²):
# 111 333 m² hidden
HIDDEN_M2 = math.atan(51 / 101) * 500 ** 2 - 105 * (105 * 51 / 101)
CIRCLE_M2 = 0.5 * 128 * math.sin(2 * math.pi / 128) * 500 ** 2  # the 128-gon the output is cut to


def test_a_wall_hides_the_sector_behind_it(tmp_path):
    dem = flat_dem(tmp_path / "dem.tif")
    [view] = visibility.fields_of_view(dem, [shapely.Point(X0, Y0)], np.array([WALL]), np.array([20.0]))
    # GDAL's viewshed interpolates between cells, which widens the shadow along its two 400 m sides:
    # within 3 cells of 2 m on each side, 2 × 400 × 3 × 2 = 4 800 m² (the shadow is never narrower)
    hidden = CIRCLE_M2 - view.visible_m2
    assert HIDDEN_M2 - 400 <= hidden <= HIDDEN_M2 + 4800
    assert view.no_data_cells == 0
    seen = view.geometry
    assert not seen.contains(shapely.Point(X0 + 300, Y0))        # behind the wall
    assert not seen.contains(shapely.Point(X0 + 450, Y0 + 150))  # tan 0.33: in the shadow
    assert seen.contains(shapely.Point(X0 - 300, Y0))            # the other way
    assert seen.contains(shapely.Point(X0 + 300, Y0 + 250))      # tan 0.83: beside the shadow
    assert seen.contains(shapely.Point(X0 + 50, Y0))             # in front of the wall
    assert not seen.contains(shapely.Point(X0 + 520, Y0 + 250))  # beyond 500 m


def test_same_cells_as_gdal_viewshed_run_directly(tmp_path):
    dem = flat_dem(tmp_path / "dem.tif")
    [view] = visibility.fields_of_view(dem, [shapely.Point(X0, Y0)], np.array([WALL]), np.array([20.0]))
    # the same surface, built by hand: 0 m, the wall's cells (centres x 102 and 104, |y| ≤ 50) at 20 m
    cell, n = 2.0, 600
    left, top = X0 - 601.0, Y0 + 601.0
    surface = np.zeros((n, n), dtype=np.float32)
    xs = left + (np.arange(n) + 0.5) * cell
    ys = top - (np.arange(n) + 0.5) * cell
    surface[np.ix_((ys > Y0 - 51) & (ys < Y0 + 51), (xs > X0 + 101) & (xs < X0 + 105))] = 20.0
    raster = gdal.GetDriverByName("MEM").Create("", n, n, 1, gdal.GDT_Float32)
    raster.SetGeoTransform((left, cell, 0.0, top, 0.0, -cell))
    raster.GetRasterBand(1).WriteArray(surface)
    out = gdal.ViewshedGenerate(raster.GetRasterBand(1), "MEM", "", [], X0, Y0, 10.0, 1.6, 1, 0, 0, -1,
                                0.85714, gdal.GVM_Min, 500.0)
    gt = out.GetGeoTransform()
    values = out.GetRasterBand(1).ReadAsArray()
    cx = gt[0] + (np.arange(values.shape[1]) + 0.5) * gt[1]
    cy = gt[3] + (np.arange(values.shape[0]) + 0.5) * gt[5]
    within = np.hypot(cx[None, :] - X0, cy[:, None] - Y0) <= 500.0
    direct_m2 = float(((values == 1) & within).sum()) * cell * cell
    # cells against the 128-gon cut: they differ only along the circle (2π × 500 m × about a cell)
    assert view.visible_m2 == pytest.approx(direct_m2, abs=2 * math.pi * 500 * 2.0)
    assert view.visible_m2 == pytest.approx(direct_m2, rel=0.005)


def test_flat_ground_sees_the_whole_circle_and_the_monuments_own_building_is_left_out(tmp_path):
    dem = flat_dem(tmp_path / "dem.tif", elevation=35.0)
    own = shapely.box(X0 - 15, Y0 - 10, X0 + 15, Y0 + 10)  # the monument's building, 12 m high
    [view] = visibility.fields_of_view(dem, [shapely.Point(X0, Y0)], np.array([own]), np.array([12.0]))
    assert view.visible_m2 == pytest.approx(CIRCLE_M2, rel=1e-6)


def test_no_data_is_never_visible_and_counted(tmp_path):
    dem = flat_dem(tmp_path / "dem.tif", nodata_box=(-300, -300, -201, 300))  # a 100 m × 600 m hole
    [view] = visibility.fields_of_view(dem, [shapely.Point(X0, Y0)])
    assert not view.geometry.contains(shapely.Point(X0 - 250, Y0))
    assert view.no_data_cells > 0
    # cells with centres x −300…−202 and y −300…300 (even metres): 50 × 301 cells of 4 m², 100 m × 602 m
    assert CIRCLE_M2 - view.visible_m2 == pytest.approx(100 * 602, rel=1e-6)


def test_missing_monument_and_bad_parameters(tmp_path):
    dem = flat_dem(tmp_path / "dem.tif", size_m=200.0)
    assert visibility.fields_of_view(dem, [None], distance_m=50.0) == [None]
    from pvd_qgis_plugin.core.messages import UserError

    with pytest.raises(UserError):
        visibility.fields_of_view(dem, [shapely.Point(X0, Y0)], cell_size=0)
    with pytest.raises(UserError):
        visibility.fields_of_view(str(tmp_path / "absent.tif"), [shapely.Point(X0, Y0)])
