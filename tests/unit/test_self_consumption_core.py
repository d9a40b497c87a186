"""Smallest enclosing circle, farthest pair and the 2 km rule on hand cases."""
import math

import numpy as np
import pyproj
import pytest
import shapely

from pvd_qgis_plugin.core import self_consumption as core
from pvd_qgis_plugin.core.self_consumption import self_consumption_perimeter, smallest_enclosing_circle


@pytest.mark.parametrize("points, centre, radius", [
    ([(5, 7)], (5, 7), 0.0),
    ([(0, 0), (4, 0)], (2, 0), 2.0),
    ([(-1, -1), (1, -1), (1, 1), (-1, 1)], (0, 0), math.sqrt(2)),
    # obtuse triangle: the long side is a diameter
    ([(0, 0), (4, 0), (1, 1)], (2, 0), 2.0),
    # equilateral triangle of side 2: circumradius 2 / sqrt(3)
    ([(0, 0), (2, 0), (1, math.sqrt(3))], (1, 1 / math.sqrt(3)), 2 / math.sqrt(3)),
    # collinear points and a point inside
    ([(0, 0), (1, 0), (3, 0), (10, 0), (5, 0.5)], (5, 0), 5.0),
    # right triangle 6-8-10: hypotenuse is the diameter
    ([(0, 0), (6, 0), (0, 8), (1, 1), (2, 2)], (3, 4), 5.0),
])
def test_smallest_enclosing_circle_hand_cases(points, centre, radius):
    got_centre, got_radius = smallest_enclosing_circle(np.array(points, dtype=float))
    assert got_centre == pytest.approx(centre, abs=1e-9)
    assert got_radius == pytest.approx(radius, abs=1e-9)


def test_smallest_enclosing_circle_matches_geos_on_random_points():
    rng = np.random.default_rng(7)
    for _ in range(20):
        xy = rng.normal(size=(200, 2)) * 1000 + [410000, 6910000]
        (cx, cy), radius = smallest_enclosing_circle(xy)
        assert radius == pytest.approx(shapely.minimum_bounding_radius(shapely.multipoints(xy)), rel=1e-9)
        # the centre is that of GEOS's drawn circle: within a few nanometres on a circle of kilometres
        assert np.hypot(xy[:, 0] - cx, xy[:, 1] - cy).max() <= radius * (1 + 1e-10)


def test_farthest_pair_is_the_largest_distance():
    rng = np.random.default_rng(3)
    xy = rng.uniform(0, 1000, size=(300, 2))
    d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    result = self_consumption_perimeter(shapely.points(xy), 2000.0)
    i, j = result.farthest_pair
    assert result.farthest_distance_m == pytest.approx(d.max())
    assert d[i, j] == pytest.approx(d.max()) and i < j
    assert result.max_distance_m == pytest.approx(d.max(axis=1))


PARTICIPANTS = shapely.points([(0, 0), (1500, 0), (2500, 0), (1000, 500)])
SUBSTATIONS = shapely.points([(100, 100), (2500, -50), (9000, 0)])


def test_two_km_rule_and_who_breaks_it():
    result = self_consumption_perimeter(PARTICIPANTS, 2000.0, SUBSTATIONS)
    assert result.farthest_pair == (0, 2) and result.farthest_distance_m == 2500.0
    assert not result.compliant
    assert result.centre == pytest.approx((1250.0, 0.0)) and result.radius_m == pytest.approx(1250.0)
    assert result.max_distance_m == pytest.approx([2500, 1500, 2500, math.hypot(1500, 500)])
    assert result.nb_too_far.tolist() == [1, 0, 1, 0]
    assert result.breaks_rule.tolist() == [True, False, True, False]
    assert shapely.get_coordinates(result.farthest_line).tolist() == [[0, 0], [2500, 0]]
    assert shapely.area(result.circle) == pytest.approx(math.pi * 1250 ** 2, rel=1e-3)


def test_derogation_distance_makes_it_compliant():
    result = self_consumption_perimeter(PARTICIPANTS, 10000.0)
    assert result.compliant and not result.breaks_rule.any() and result.limit_m == 10000.0


def test_substations_involved():
    result = self_consumption_perimeter(PARTICIPANTS, 2000.0, SUBSTATIONS)
    assert result.nearest_substation.tolist() == [0, 1, 1, 0]
    assert result.substation_distance_m == pytest.approx([math.hypot(100, 100), math.hypot(1000, 50), 50,
                                                         math.hypot(900, 400)])
    assert result.nb_participants.tolist() == [2, 2, 0]
    # (100, 100) is 1154 m from the centre (1250, 0): inside; (2500, -50) is 1251 m: outside
    assert result.in_circle.tolist() == [True, False, False]


def test_single_participant():
    result = self_consumption_perimeter(shapely.points([(3, 4)]), 2000.0)
    assert result.compliant and result.radius_m == 0 and result.circle is None
    assert result.farthest_distance_m == 0


def test_geographic_coordinates_are_measured_in_metres():
    lon, lat = -0.9042, 49.3086  # Trévières
    geod = pyproj.Geod(ellps="WGS84")
    east_lon, east_lat, _ = geod.fwd(lon, lat, 90.0, 1900.0)
    result = self_consumption_perimeter(shapely.points([(lon, lat), (east_lon, east_lat)]), 2000.0, crs="EPSG:4326")
    assert result.farthest_distance_m == pytest.approx(1900.0, rel=1e-3)
    assert result.compliant
    # the circle comes back in degrees around the midpoint
    assert shapely.contains(result.circle, shapely.Point(lon + 0.0001, lat))


def test_bad_arguments():
    with pytest.raises(ValueError):
        self_consumption_perimeter(np.array([], dtype=object))
    with pytest.raises(ValueError):
        self_consumption_perimeter(PARTICIPANTS, 0)


def _pair_on_the_ground(distance_m, ellps):
    """Two points ``distance_m`` apart on the ellipsoid, eastwards from (3° E, 46.5° N)."""
    lon, lat = 3.0, 46.5
    east_lon, east_lat, _ = pyproj.Geod(ellps=ellps).fwd(lon, lat, 90.0, distance_m)
    return [(lon, lat), (east_lon, east_lat)]


@pytest.mark.parametrize("distance_m, compliant", [(2000.3, False), (1999.7, True)])
def test_lambert93_distances_are_measured_on_the_ground(distance_m, compliant):
    lonlat = _pair_on_the_ground(distance_m, "GRS80")  # Lambert-93's ellipsoid
    to_l93 = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    xy = np.array([to_l93.transform(lon, lat) for lon, lat in lonlat])
    # the plane undervalues it: scale factor about 0.99905 at 46.5° N, 2000.3 m → about 1998.4 m
    assert np.hypot(*(xy[1] - xy[0])) < 1999.0
    result = self_consumption_perimeter(shapely.points(xy), 2000.0, crs="EPSG:2154")
    assert result.farthest_distance_m == pytest.approx(distance_m, abs=1e-3)
    assert result.compliant is compliant
    assert result.breaks_rule.tolist() == [not compliant] * 2


@pytest.mark.parametrize("distance_m, compliant", [(2000.3, False), (1999.7, True)])
def test_geographic_distances_are_geodesic_not_utm(distance_m, compliant):
    lonlat = _pair_on_the_ground(distance_m, "WGS84")
    # 3° E is the central meridian of UTM zone 31, scale 0.9996: 2000.3 m would read 1999.5 m there
    to_utm = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:32631", always_xy=True)
    utm = np.array([to_utm.transform(lon, lat) for lon, lat in lonlat])
    assert np.hypot(*(utm[1] - utm[0])) == pytest.approx(distance_m * 0.9996, abs=0.01)
    result = self_consumption_perimeter(shapely.points(lonlat), 2000.0, crs="EPSG:4326")
    assert result.farthest_distance_m == pytest.approx(distance_m, abs=1e-3)
    assert result.compliant is compliant
    # the enclosing circle's radius is half the distance on the ground
    assert result.radius_m == pytest.approx(distance_m / 2, abs=1e-2)


def test_substation_distances_on_the_ground():
    lonlat = _pair_on_the_ground(1000.0, "WGS84")
    station_lon, station_lat, _ = pyproj.Geod(ellps="WGS84").fwd(3.0, 46.5, 0.0, 150.0)  # 150 m north of A
    result = self_consumption_perimeter(shapely.points(lonlat), 2000.0, shapely.points([(station_lon, station_lat)]),
                                        crs="EPSG:4326")
    assert result.nearest_substation.tolist() == [0, 0]
    assert result.substation_distance_m[0] == pytest.approx(150.0, abs=1e-6)
    # B is 1000 m east of A: about hypot(1000, 150) = 1011.2 m from the station
    assert result.substation_distance_m[1] == pytest.approx(math.hypot(1000, 150), abs=0.5)


@pytest.mark.parametrize("value, level", [
    (1, 1), ("4", 4), (7.0, 7), ("Petites villes", 4), ("Rural à habitat très dispersé", 7),
    ("bourgs ruraux", 5), (None, None), ("8", None), ("dense", None), (2.5, None)])
def test_density_levels(value, level):
    assert core.density_level(value) == level


def test_derogation_from_the_communes_density():
    # urban (1–2): MAX_DISTANCE; peri-urban (3–4): 10 km; rural (5–7): 20 km; the least favourable wins
    assert core.limit_for_levels([5, 6, 7]) == 20000.0
    assert core.limit_for_levels([3, 5, 7]) == 10000.0
    assert core.limit_for_levels([4, 2]) == 2000.0
    assert core.limit_for_levels([6, None]) == 2000.0  # unknown class: no derogation
    assert core.limit_for_levels([2], max_distance_m=1500.0) == 1500.0


def test_power_cap():
    # 1 200 + 900 + 950 kW = 3 050 kW > 3 MW; missing values count 0
    assert core.power_check([1200.0, 900.0, 950.0, None], 3.0) == (3050.0, False)
    assert core.power_check([1200.0, 900.0, float("nan")], 3.0) == (2100.0, True)
    assert core.power_check([3050.0], 5.0) == (3050.0, True)


def test_frame_distances_refined_like_every_pair_measured_on_the_ground():
    # 300 participants over 30 km of Lambert-93 and a 2 km limit: the per-participant figures equal
    # those of the full matrix of geodesic distances
    rng = np.random.default_rng(11)
    xy = rng.uniform(0, 30000, size=(300, 2)) + [430000, 6900000]
    lon, lat = pyproj.Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True).transform(xy[:, 0], xy[:, 1])
    geod = pyproj.Geod(ellps="GRS80")
    a, b = np.meshgrid(np.arange(300), np.arange(300), indexing="ij")
    d = np.asarray(geod.inv(lon[a.ravel()], lat[a.ravel()], lon[b.ravel()], lat[b.ravel()])[2]).reshape(300, 300)
    result = self_consumption_perimeter(shapely.points(xy), 2000.0, crs="EPSG:2154")
    assert result.max_distance_m == pytest.approx(d.max(axis=1), abs=1e-6)
    assert result.nb_too_far.tolist() == (d > 2000.0).sum(axis=1).tolist()
    assert result.farthest_distance_m == pytest.approx(d.max(), abs=1e-6)
