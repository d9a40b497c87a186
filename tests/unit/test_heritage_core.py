"""pvd_qgis_plugin.core.heritage on plain shapely data (no QGIS involved)."""
import math
import os
import subprocess
import sys

import numpy as np
import pyproj
import pytest
import shapely

from pvd_qgis_plugin.core.heritage import heritage_perimeters
from pvd_qgis_plugin.core.progress import Cancelled

# A circle drawn with quad_segs=32 is a regular polygon of 128 vertices on the circle.
N = 128


def regular_polygon_area(radius, vertices=N):
    return 0.5 * vertices * radius ** 2 * math.sin(2 * math.pi / vertices)


def test_point_gives_a_500_m_circle_in_lambert93():
    result = heritage_perimeters(shapely.points([[410000.0, 6910000.0]]), 500.0, crs="EPSG:2154")
    assert len(result.geometries) == 1
    assert shapely.area(result.geometries[0]) == pytest.approx(regular_polygon_area(500.0), rel=1e-9)
    # every vertex lies 500 m from the monument
    coords = shapely.get_coordinates(result.geometries[0])
    assert np.hypot(coords[:, 0] - 410000.0, coords[:, 1] - 6910000.0) == pytest.approx(500.0, abs=1e-6)


def test_polygon_monument_is_measured_from_its_outline():
    square = shapely.box(0, 0, 100, 100)
    result = heritage_perimeters(np.array([square]), 500.0)
    # Minkowski sum of a square and a disc: square + 4 strips + 4 quarter discs
    expected = 100 * 100 + 4 * 100 * 500 + regular_polygon_area(500.0)
    assert shapely.area(result.geometries[0]) == pytest.approx(expected, rel=1e-9)


def test_dissolve_merges_overlapping_abords_into_one_zone():
    points = shapely.points([[0.0, 0.0], [600.0, 0.0], [5000.0, 0.0]])
    result = heritage_perimeters(points, 500.0, dissolve=True)
    assert len(result.geometries) == 1
    assert list(result.members[0]) == [0, 1, 2]
    r, d = 500.0, 600.0
    lens = 2 * r ** 2 * math.acos(d / (2 * r)) - (d / 2) * math.sqrt(4 * r ** 2 - d ** 2)
    expected = 3 * math.pi * r ** 2 - lens
    assert shapely.area(result.geometries[0]) == pytest.approx(expected, rel=2e-3)
    assert shapely.get_num_geometries(result.geometries[0]) == 2


def test_geographic_crs_gives_geodesic_metres():
    lon, lat = -0.84250, 49.17917  # Château de Balleroy
    result = heritage_perimeters(shapely.points([[lon, lat]]), 500.0, crs="EPSG:4326")
    coords = shapely.get_coordinates(result.geometries[0])
    _az1, _az2, distances = pyproj.Geod(ellps="WGS84").inv(
        np.full(len(coords), lon), np.full(len(coords), lat), coords[:, 0], coords[:, 1])
    assert distances == pytest.approx(500.0, abs=1e-6)


def test_geographic_polygon_is_buffered_in_metres():
    lon, lat = -0.84250, 49.17917
    square = shapely.box(lon - 0.0005, lat - 0.0005, lon + 0.0005, lat + 0.0005)
    result = heritage_perimeters(np.array([square]), 500.0, crs="EPSG:4326")
    to_l93 = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    in_l93 = shapely.transform(result.geometries[0], lambda xy: np.column_stack(to_l93.transform(xy[:, 0], xy[:, 1])))
    side = shapely.transform(square, lambda xy: np.column_stack(to_l93.transform(xy[:, 0], xy[:, 1])))
    expected = shapely.area(side) + shapely.length(side) * 500.0 + regular_polygon_area(500.0)
    # UTM zone 30 and Lambert-93 scales differ by well under 0.1 %
    assert shapely.area(in_l93) == pytest.approx(expected, rel=2e-3)


def test_projected_crs_in_feet_converts_the_distance():
    # NAD83 / New York Long Island (ftUS): 500 m = 1640.42 US survey feet
    result = heritage_perimeters(shapely.points([[1000000.0, 200000.0]]), 500.0, crs="EPSG:2263")
    coords = shapely.get_coordinates(result.geometries[0])
    radius_ft = np.hypot(coords[:, 0] - 1000000.0, coords[:, 1] - 200000.0)
    assert radius_ft == pytest.approx(500.0 / 0.30480060960121924, rel=1e-9)


def test_missing_and_empty_geometries_are_skipped_and_invalid_repaired():
    bow_tie = shapely.from_wkt("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))")
    geometries = np.array([None, shapely.from_wkt("POINT EMPTY"), bow_tie, shapely.Point(0, 0)], dtype=object)
    result = heritage_perimeters(geometries, 100.0)
    assert list(result.skipped) == [0, 1]
    assert list(result.repaired) == [2]
    assert [list(m) for m in result.members] == [[2], [3]]
    assert all(shapely.is_valid(result.geometries))
    # the repaired bow-tie is two triangles touching at (5, 5): its buffer covers both
    assert shapely.contains(result.geometries[0], shapely.box(0, 0, 10, 10))


def test_distance_must_be_positive():
    with pytest.raises(ValueError):
        heritage_perimeters(shapely.points([[0.0, 0.0]]), 0.0)


def test_cancellation_stops_the_computation():
    points = shapely.points(np.random.default_rng(1).uniform(0, 10000, (2000, 2)))
    with pytest.raises(Cancelled):
        heritage_perimeters(points, 500.0, progress=lambda fraction: fraction < 0.5)


def test_core_imports_nothing_from_qgis():
    """Import every core module in a Python where `import qgis` fails."""
    build = os.path.dirname(os.path.dirname(__import__("pvd_qgis_plugin").__file__))
    code = (
        "import sys, pkgutil, importlib; sys.modules['qgis'] = None; sys.path.insert(0, {!r});"
        "import pvd_qgis_plugin.core as core;"
        "[importlib.import_module('pvd_qgis_plugin.core.' + m.name) for m in pkgutil.iter_modules(core.__path__)];"
        "print('ok')".format(build)
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "ok"


def test_pda_replaces_the_circle_of_its_monument():
    from pvd_qgis_plugin.core.heritage import heritage_perimeters, pda_by_monument

    monuments = shapely.points([(0, 0), (2000, 0)])
    pda = [shapely.box(-100, -100, 100, 100), shapely.box(100, -100, 300, 100), shapely.box(0, 0, 1, 1)]
    matched, unmatched = pda_by_monument(["Église", "Château"], pda, [" Église", "Église", "Moulin"])
    assert sorted(matched) == [0] and unmatched == ["Moulin"]
    assert shapely.area(matched[0]) == pytest.approx(400 * 200)  # two 200 m squares side by side
    result = heritage_perimeters(monuments, 500.0, pda=matched)
    assert result.modes == ["pda", "rayon"]
    assert shapely.area(result.geometries[0]) == pytest.approx(80000.0)
    assert shapely.area(result.geometries[1]) == pytest.approx(0.5 * 128 * math.sin(2 * math.pi / 128) * 500 ** 2)
    assert heritage_perimeters(monuments, 500.0, dissolve=True, pda=matched).modes == ["pda; rayon"]


def test_abf_opinions_pda_circle_and_field_of_view():
    from pvd_qgis_plugin.core.heritage import abf_opinions

    circle = shapely.Point(0, 0).buffer(500)                      # Église: the 500 m circle
    pda = shapely.box(2000, -100, 2200, 100)                      # Château: its PDA
    seen = shapely.box(-500, -500, 100, 500).intersection(circle)  # the Église is seen west of x = 100
    works = np.array([
        shapely.Point(-200, 0),                                  # in the circle, in sight: accord
        shapely.Point(300, 0),                                   # in the circle, out of sight: avis simple
        shapely.LineString([(300, 10), (50, 10)]),               # partly in sight: accord
        shapely.Point(2100, 0),                                  # in the PDA: accord, whatever is seen
        shapely.Point(1000, 0),                                  # nowhere: hors abords
        None,
    ], dtype=object)
    perimeters = np.array([circle, pda], dtype=object)
    names, modes = [["Église"], ["Château"]], ["rayon", "pda"]
    result = abf_opinions(works, perimeters, names, modes, np.array([seen], dtype=object), ["Église"])
    assert result.avis == ["accord", "avis_simple", "accord", "accord", "hors_abords", None]
    assert result.monuments == ["Église", "Église", "Église", "Château", "", ""]
    # without fields of view: everything within the circle is accord (the prudent answer)
    assert abf_opinions(works, perimeters, names, modes).avis[:2] == ["accord", "accord"]
    # a work in two abords names both, and keeps the strongest answer
    both = abf_opinions(np.array([shapely.LineString([(300, 0), (2100, 0)])]), perimeters, names, modes,
                        np.array([seen], dtype=object), ["Église"])
    assert both.avis == ["accord"] and both.monuments == ["Château; Église"]
