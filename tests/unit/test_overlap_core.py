"""Overlap analysis and tabulate intersection on shapes whose answers are known by hand."""
import math

import numpy as np
import pytest
import shapely
from shapely import wkt

from pvd_qgis_plugin.core.graphs import components
from pvd_qgis_plugin.core.overlap import (
    LENGTH,
    dissolve_by_key,
    grouped_union,
    POINTS,
    dissolve_into_tiles,
    field_prefix,
    field_prefixes,
    join_labels,
    overlap_analysis,
    repair,
    tabulate_intersection,
)
from pvd_qgis_plugin.core.progress import Cancelled


def geoms(*texts):
    return np.array([None if t is None else wkt.loads(t) for t in texts], dtype=object)


def square(x, y, side=1.0):
    return "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x, y, x + side, y + side)


def test_unit_squares_half_and_fully_covered():
    inputs = geoms(square(0, 0), square(5, 0), square(10, 0))
    overlay = geoms("POLYGON ((0.5 -1, 6 -1, 6 2, 0.5 2, 0.5 -1))")
    layer = overlap_analysis(inputs, [overlay], labels=[np.array(["ORT"], dtype=object)]).layers[0]
    assert layer.measure.tolist() == pytest.approx([0.5, 1.0, 0.0])
    assert layer.percent.tolist() == pytest.approx([50.0, 100.0, 0.0])
    assert layer.count.tolist() == [1, 1, 0]
    assert layer.names.tolist() == ["ORT", "ORT", ""]


def test_overlapping_overlay_features_count_once_but_are_all_named():
    inputs = geoms(square(0, 0, 2))  # 4 m²
    overlay = geoms(square(0, 0), "POLYGON ((0.5 0, 1.5 0, 1.5 1, 0.5 1, 0.5 0))", square(1, 1))
    result = overlap_analysis(inputs, [overlay], labels=[np.array(["b", "a", "c"], dtype=object)])
    layer = result.layers[0]
    assert layer.measure[0] == pytest.approx(1.5 + 1.0)  # [0,1.5]x[0,1] plus [1,2]x[1,2]
    assert layer.percent[0] == pytest.approx(62.5)
    assert layer.count[0] == 3
    assert layer.names[0] == "a; b; c"


def test_numeric_labels_sort_numerically():
    out = join_labels(np.array([0, 0, 0, 2]), np.array([10, 2, 1, 7]), 3)
    assert out.tolist() == ["1; 2; 10", "", "7"]


def test_hole_and_multipolygon():
    # A 4x4 square with a 2x2 hole (12 m²) against an overlay covering its left half.
    holed = "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 3 1, 3 3, 1 3, 1 1))"
    multi = "MULTIPOLYGON (((10 0, 11 0, 11 1, 10 1, 10 0)), ((12 0, 13 0, 13 1, 12 1, 12 0)))"
    overlay = geoms("POLYGON ((-1 -1, 2 -1, 2 5, -1 5, -1 -1))", square(12, 0))
    layer = overlap_analysis(geoms(holed, multi), [overlay]).layers[0]
    assert layer.measure.tolist() == pytest.approx([8 - 2, 1.0])  # left half 8 m² minus half the hole
    assert layer.percent.tolist() == pytest.approx([50.0, 50.0])
    assert layer.names.tolist() == ["0", "1"]


def test_overlay_hole_is_not_inside():
    overlay = geoms("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))")
    layer = overlap_analysis(geoms(square(4, 4, 2), square(3, 3, 2)), [overlay]).layers[0]
    assert layer.measure.tolist() == pytest.approx([0.0, 3.0])
    assert layer.count.tolist() == [1, 1]  # the first one touches the hole's rim


def test_bow_tie_input_and_overlay_are_repaired_and_reported():
    bow_tie = "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))"  # two triangles of 1 m² each
    result = overlap_analysis(geoms(bow_tie, square(5, 5)), [geoms(square(0, 0, 1), bow_tie)])
    assert result.repaired.tolist() == [0]
    assert result.totals[0] == pytest.approx(2.0)
    layer = result.layers[0]
    assert layer.repaired.tolist() == [1]
    assert layer.measure.tolist() == pytest.approx([2.0, 0.0])
    assert layer.percent.tolist() == pytest.approx([100.0, 0.0])


def test_half_covered_lines():
    lines = geoms("LINESTRING (0 0, 4 0)", "MULTILINESTRING ((0 5, 1 5), (3 5, 4 5))")
    overlay = geoms("POLYGON ((2 -1, 10 -1, 10 10, 2 10, 2 -1))")
    result = overlap_analysis(lines, [overlay])
    assert result.kind == LENGTH
    assert result.layers[0].measure.tolist() == pytest.approx([2.0, 1.0])
    assert result.layers[0].percent.tolist() == pytest.approx([50.0, 50.0])


def test_points_inside_outside_and_on_the_boundary():
    points = geoms("POINT (0.5 0.5)", "POINT (1 0.5)", "POINT (3 3)", "MULTIPOINT ((0.2 0.2), (5 5))")
    result = overlap_analysis(points, [geoms(square(0, 0), square(0.5, 0))])
    layer = result.layers[0]
    assert result.kind == POINTS
    assert layer.percent.tolist() == pytest.approx([100.0, 100.0, 0.0, 50.0])
    assert layer.measure.tolist() == [1, 1, 0, 1]  # the boundary point counts once
    assert layer.count.tolist() == [2, 2, 0, 1]


def test_missing_and_empty_inputs_get_nulls_not_zero():
    result = overlap_analysis(geoms(None, "POLYGON EMPTY", square(0, 0)), [geoms(square(0, 0))])
    layer = result.layers[0]
    assert result.missing.tolist() == [0, 1]
    assert np.isnan(layer.measure[:2]).all() and np.isnan(layer.percent[:2]).all()
    assert layer.names[0] is None
    assert layer.percent[2] == pytest.approx(100.0)
    assert result.share(layer) == pytest.approx(100.0)


def test_several_overlays_and_share():
    inputs = geoms(square(0, 0), square(2, 0))
    result = overlap_analysis(inputs, [geoms(square(0, 0)), geoms(square(2, 0, 0.5), square(10, 10))])
    assert result.layers[0].touched == 1 and result.layers[0].total == pytest.approx(1.0)
    assert result.layers[1].total == pytest.approx(0.25)
    assert result.share(result.layers[1]) == pytest.approx(12.5)


def test_large_overlay_is_tiled_without_changing_the_area():
    circle = shapely.Point(0, 0).buffer(100, quad_segs=256)
    tiles = dissolve_into_tiles(np.array([circle], dtype=object))
    assert len(tiles) > 1
    assert shapely.area(tiles).sum() == pytest.approx(circle.area, rel=1e-12)
    inputs = np.array([shapely.box(x, -5, x + 10, 5) for x in range(-120, 120, 10)], dtype=object)
    layer = overlap_analysis(inputs, [np.array([circle], dtype=object)]).layers[0]
    expected = shapely.area(shapely.intersection(inputs, circle))
    assert layer.measure == pytest.approx(expected, rel=1e-9)


def test_feet_crs_gives_square_metres():
    result = overlap_analysis(geoms(square(0, 0, 10)), [geoms(square(0, 0, 5))], crs="EPSG:2227")
    foot = 1200 / 3937
    assert result.totals[0] == pytest.approx(100 * foot ** 2)
    assert result.layers[0].measure[0] == pytest.approx(25 * foot ** 2)


def test_unit_factor_without_crs():
    result = overlap_analysis(geoms(square(0, 0, 10)), [geoms(square(0, 0, 5))], metres_per_unit=0.5)
    assert result.totals[0] == pytest.approx(25.0) and result.layers[0].measure[0] == pytest.approx(6.25)


def test_geographic_crs_measures_metres_on_the_ellipsoid():
    import pyproj

    geod = pyproj.Geod(ellps="WGS84")
    parcel = shapely.box(-1.0, 49.0, -0.99, 49.01)
    half = shapely.box(-1.0, 49.0, -0.995, 49.01)
    line = shapely.LineString([(-1.0, 49.0), (-0.99, 49.0)])
    polygons = overlap_analysis(np.array([parcel], dtype=object), [np.array([half], dtype=object)], crs="EPSG:4326")
    assert polygons.totals[0] == pytest.approx(abs(geod.geometry_area_perimeter(parcel)[0]), rel=1e-6)
    assert polygons.layers[0].measure[0] == pytest.approx(abs(geod.geometry_area_perimeter(half)[0]), rel=1e-6)
    lines = overlap_analysis(np.array([line], dtype=object), [np.array([half], dtype=object)], crs="EPSG:4326")
    assert lines.totals[0] == pytest.approx(geod.geometry_length(line), rel=1e-9)
    assert lines.layers[0].measure[0] == pytest.approx(geod.geometry_length(line) / 2, rel=1e-6)


def test_prefixes_are_ascii_short_and_unique():
    assert field_prefix("Périmètre ORT — Isigny") == "perimetre_ort_isigny"
    assert field_prefix("Abords des monuments historiques") == "abords_des_monuments"
    assert field_prefixes(["SPR", "spr", "S.P.R", "Espaces publics"]) == ["spr", "spr_2", "s_p_r", "espaces_publics"]
    assert field_prefixes(["abords_des_monuments_x", "abords des monuments y"]) == [
        "abords_des_monuments", "abords_des_monumen_2"]
    assert field_prefixes(["ort"], existing_fields=["ort_pc"]) == ["ort_2"]
    assert field_prefix("???") == "overlay"


def test_repair_keeps_valid_geometries_untouched():
    valid = geoms(square(0, 0), None)
    fixed = repair(valid)
    assert fixed.geometries[0] is valid[0]
    assert fixed.repaired.tolist() == [] and fixed.missing.tolist() == [1]


def test_cancel_stops_the_analysis():
    with pytest.raises(Cancelled):
        overlap_analysis(geoms(square(0, 0)), [geoms(square(0, 0))], progress=lambda fraction: fraction < 0.5)


def test_tabulate_polygons_percent_of_zone_area():
    zones = geoms(square(0, 0, 10), square(10, 0, 10), square(0, 10, 10))
    classes = geoms(square(5, 0, 10), square(5, 0, 10), square(0, 10, 1))
    result = tabulate_intersection(zones, ["A", "B", "A"], classes, ["route", "route", "parc"])
    rows = sorted(zip(result.zones, result.classes, result.measure, result.percent))
    assert [r[:2] for r in rows] == [("A", "parc"), ("A", "route"), ("B", "route")]
    assert [r[2] for r in rows] == pytest.approx([1.0, 50.0, 50.0])  # overlapping "route" counted once
    assert [r[3] for r in rows] == pytest.approx([0.5, 25.0, 50.0])  # zone A is 200 m²


def test_tabulate_lines_and_points():
    zones = geoms(square(0, 0, 10), square(10, 0, 10))
    lines = geoms("LINESTRING (5 5, 15 5)", "LINESTRING (5 5, 15 5)", "LINESTRING (5 1, 8 1)")
    result = tabulate_intersection(zones, ["A", "B"], lines, ["bt", "bt", "hta"])
    rows = sorted(zip(result.zones, result.classes, result.measure, result.percent))
    assert [r[:3] for r in rows] == [("A", "bt", 5.0), ("A", "hta", 3.0), ("B", "bt", 5.0)]
    assert [r[3] for r in rows] == pytest.approx([62.5, 37.5, 100.0])
    points = geoms("POINT (1 1)", "POINT (10 5)", "POINT (12 1)", "POINT (30 30)")
    result = tabulate_intersection(zones, ["A", "B"], points, ["x", "x", "y", "y"])
    rows = sorted(zip(result.zones, result.classes, result.measure, result.percent))
    assert rows == [("A", "x", 2.0, 100.0), ("B", "x", 1.0, 50.0), ("B", "y", 1.0, 50.0)]


def test_components_and_grouped_union():
    # Edges 0-1, 1-2 (a chain) and 3-4; 5 alone; both directions and self-loops, as STRtree gives.
    first = np.array([0, 1, 1, 2, 3, 4, 0, 1, 2, 3, 4, 5])
    second = np.array([1, 0, 2, 1, 4, 3, 0, 1, 2, 3, 4, 5])
    assert components(6, first, second).tolist() == [0, 0, 0, 1, 1, 2]
    squares = np.array([shapely.box(i, 0, i + 1.5, 1) for i in range(3)] + [shapely.box(10, 0, 11, 1)] * 2
                       + [shapely.box(20, 0, 21, 1)], dtype=object)
    unions = grouped_union(squares, components(6, first, second))
    assert sorted(shapely.area(unions).tolist()) == pytest.approx([1.0, 1.0, 3.5])


def test_dissolve_by_key_merges_only_within_a_key():
    # Two overlapping unit squares of key 0 (1.5 m² together), one overlapping square of key 1.
    squares = np.array([shapely.box(0, 0, 1, 1), shapely.box(0.5, 0, 1.5, 1), shapely.box(0.2, 0, 1.2, 1), None],
                       dtype=object)
    tiles, keys = dissolve_by_key(squares, np.array([0, 0, 1, 1]))
    assert sorted(zip(keys.tolist(), shapely.area(tiles).round(9).tolist())) == [(0, 1.5), (1, 1.0)]


def test_a_line_on_a_tile_cut_counts_once():
    # A 100 m square with 400 vertices is cut in 4 tiles when measuring areas.
    edge = np.linspace(0, 100, 101)[:-1]
    ring = np.concatenate([np.column_stack([edge, 0 * edge]), np.column_stack([0 * edge + 100, edge]),
                           np.column_stack([100 - edge, 0 * edge + 100]), np.column_stack([0 * edge, 100 - edge])])
    square_400 = np.array([shapely.Polygon(ring)], dtype=object)
    tiles = dissolve_into_tiles(square_400)
    assert len(tiles) == 4
    cut_y = shapely.bounds(tiles)[:, 3].min()
    line = np.array([shapely.LineString([(-100, cut_y), (100, cut_y)])], dtype=object)  # half inside, on the cut
    layer = overlap_analysis(line, [square_400]).layers[0]
    assert layer.measure[0] == pytest.approx(100.0) and layer.percent[0] == pytest.approx(50.0)


def _same_result(first, second):
    assert first.kind == second.kind
    np.testing.assert_array_equal(first.totals, second.totals)
    for name in ("missing", "repaired", "degenerate"):
        assert getattr(first, name).tolist() == getattr(second, name).tolist(), name
    for mine, theirs in zip(first.layers, second.layers):
        np.testing.assert_array_equal(mine.measure, theirs.measure)
        np.testing.assert_array_equal(mine.percent, theirs.percent)
        assert mine.count.tolist() == theirs.count.tolist()
        assert mine.names.tolist() == theirs.names.tolist()


@pytest.mark.parametrize("chunk", [1, 2, 3, 7])
def test_chunks_give_the_result_of_the_whole_layer(chunk):
    from pvd_qgis_plugin.core.overlap import AREA, overlap_in_chunks

    bow_tie = "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))"
    inputs = geoms(square(0, 0), None, square(0.5, 0.5), bow_tie, "POLYGON EMPTY", square(9, 9),
                   "POLYGON ((3 3, 4 3, 5 3, 3 3))", square(2, 2, 3))
    overlays = [geoms(square(0, 0, 1.5), square(1, 1, 3)), geoms(square(2.5, 2.5, 10))]
    labels = [np.array(["A", "B"], dtype=object), None]
    whole = overlap_analysis(inputs, overlays, labels)
    parts = [inputs[start:start + chunk] for start in range(0, len(inputs), chunk)]
    seen = []

    def progress(fraction):
        seen.append(fraction)
        return True

    chunked = overlap_in_chunks(iter(parts), overlays, labels, AREA, progress=progress, size=len(inputs))
    _same_result(whole, chunked)
    assert seen == sorted(seen) and seen[-1] == 1.0
    # by hand: the first square lies wholly inside A (1.5 × 1.5) and touches B at (1, 1);
    # the flat triangle repairs to an empty polygon: of zero area, not missing
    assert chunked.layers[0].measure[0] == pytest.approx(1.0)
    assert chunked.layers[0].names[0] == "A; B"
    assert chunked.missing.tolist() == [1, 4] and chunked.repaired.tolist() == [3, 6]
    assert chunked.degenerate.tolist() == [6]


def test_chunks_without_any_geometry_are_measured_as_areas():
    from pvd_qgis_plugin.core.overlap import AREA, LENGTH, overlap_in_chunks

    result = overlap_in_chunks([geoms(None), geoms(None, "LINESTRING EMPTY")], [geoms(square(0, 0))], kind=LENGTH)
    _same_result(result, overlap_analysis(geoms(None, None, "LINESTRING EMPTY"), [geoms(square(0, 0))]))
    assert result.kind == AREA and np.isnan(result.layers[0].measure).all()


def test_chunks_of_lines_in_a_geographic_crs_are_measured_together():
    from pvd_qgis_plugin.core.overlap import LENGTH, overlap_in_chunks

    pytest.importorskip("pyproj")
    lines = geoms("LINESTRING (-0.9 49.3, -0.8 49.3)", "LINESTRING (-1.2 49.1, -1.1 49.2)")
    half = geoms("POLYGON ((-0.85 49.0, -0.5 49.0, -0.5 49.5, -0.85 49.5, -0.85 49.0))")
    whole = overlap_analysis(lines, [half], crs="EPSG:4326")
    _same_result(whole, overlap_in_chunks([lines[:1], lines[1:]], [half], kind=LENGTH, crs="EPSG:4326"))
