"""Smallest enclosing circle, farthest pair and the 2 km rule on hand cases."""
import math

import numpy as np
import pyproj
import pytest
import shapely

from pvd_qgis_plugin.core.self_consumption import (
    farthest_pair,
    self_consumption_perimeter,
    smallest_enclosing_circle,
)


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
        assert np.hypot(xy[:, 0] - cx, xy[:, 1] - cy).max() <= radius * (1 + 1e-12)


def test_farthest_pair():
    assert farthest_pair(np.array([(0, 0), (3, 4), (1, 1)], dtype=float)) == (0, 1, 5.0)
    rng = np.random.default_rng(3)
    xy = rng.uniform(0, 1000, size=(300, 2))
    d = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    i, j, distance = farthest_pair(xy)
    assert distance == pytest.approx(d.max())
    assert d[i, j] == pytest.approx(d.max())


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
