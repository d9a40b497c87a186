"""Vectorised convex clipping against GEOS, on shapes with known answers and random ones."""
import numpy as np
import pytest
import shapely
from shapely import wkt

from pvd_qgis_plugin.core.convex_clip import clipped_areas, pair_areas, rings_of


def clip(subjects, clippers):
    rows = np.arange(len(subjects))
    subject, n = rings_of(subjects).padded(rows)
    clipper, k = rings_of(clippers).padded(rows)
    return clipped_areas(subject, n, clipper, k)


def polygons(*texts):
    return np.array([wkt.loads(t) for t in texts], dtype=object)


def test_known_areas():
    subjects = polygons(
        "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))",  # half inside the clipper below
        "POLYGON ((0 0, 0 2, 2 2, 2 0, 0 0))",  # same, clockwise
        "POLYGON ((0 0, 4 0, 4 1, 1 1, 1 4, 0 4, 0 0))",  # L shape (non-convex), 7 m²
        "POLYGON ((10 10, 11 10, 11 11, 10 11, 10 10))",  # disjoint
        "POLYGON ((1 0, 2 0, 2 2, 1 2, 1 0))",  # shares the clipper's edge
    )
    clipper = "POLYGON ((1 -5, 5 -5, 5 5, 1 5, 1 -5))"
    assert clip(subjects, polygons(*[clipper] * 5)).tolist() == pytest.approx([2.0, 2.0, 3.0, 0.0, 2.0])


def test_lambert93_magnitudes_keep_full_precision():
    x, y = 650000.0, 6860000.0
    subject = shapely.Polygon([(x, y), (x + 0.7, y), (x + 0.7, y + 0.5), (x, y + 0.5)])
    clipper = shapely.Polygon([(x + 0.2, y - 1), (x + 3, y - 1), (x + 3, y + 3), (x + 0.2, y + 3)])
    area = clip(np.array([subject], dtype=object), np.array([clipper], dtype=object))[0]
    assert area == pytest.approx(0.25, rel=1e-9)


def test_rings_convexity_and_eligibility():
    shapes = polygons("POLYGON ((0 0, 1 0, 2 0, 2 2, 0 2, 0 0))", "POLYGON ((0 0, 4 0, 4 1, 1 1, 1 4, 0 4, 0 0))",
                      "MULTIPOLYGON (((0 0, 0 1, 1 1, 1 0, 0 0)))", "POLYGON ((0 0, 9 0, 9 9, 0 0), (1 .5, 2 .5, 2 .6, 1 .5))",
                      "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))", "POINT (0 0)", "POLYGON EMPTY")
    touching_hole = wkt.loads("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (0 0, 5 2, 2 5, 0 0))")
    assert touching_hole.is_valid  # a hole touching the shell at the shell's first vertex
    rings = rings_of(np.concatenate([shapes, [None, touching_hole]]))
    assert rings.eligible.tolist() == [True, True, True, False, False, False, False, False, False]
    assert rings.convex.tolist() == [True, False, True, False, False, False, False, False, False]
    assert rings.count[:3].tolist() == [5, 6, 4]


def test_random_pairs_match_geos():
    rng = np.random.default_rng(7)
    count = 400
    centres = rng.uniform(0, 50, size=(count, 2)) + np.array([650000.0, 6860000.0])
    # Star-shaped (often non-convex) subjects and convex clippers of random sizes.
    angles = np.sort(rng.uniform(0, 2 * np.pi, size=(count, 9)), axis=1)
    radius = rng.uniform(3, 12, size=(count, 9))
    rings = centres[:, None, :] + np.stack([radius * np.cos(angles), radius * np.sin(angles)], axis=2)
    subjects = shapely.make_valid(shapely.polygons(np.concatenate([rings, rings[:, :1]], axis=1)))
    clippers = shapely.convex_hull(shapely.multipoints(centres[:, None, :] + rng.uniform(-15, 15, size=(count, 8, 2))))
    subject_info, clipper_info = rings_of(subjects), rings_of(clippers)
    assert clipper_info.convex.all()
    rows = np.arange(count)
    areas = pair_areas(subject_info, clipper_info, rows, rows,
                       lambda f, t: shapely.area(shapely.intersection(subjects[f], clippers[t])))
    expected = shapely.area(shapely.intersection(subjects, clippers))
    assert areas == pytest.approx(expected, rel=1e-9, abs=1e-9)
    assert (expected > 0).sum() > 100
