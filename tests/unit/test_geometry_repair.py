"""One repair of invalid geometries (core.geometry.repair) and the same repaired shape in every algorithm.

Each invalid input below is drawn in metres inside the square (0 0, 100 100), with its
area once repaired worked out by hand, the length of a horizontal line through it at
``chord_y`` that lies inside it, a point inside it and a point outside it (on the part
a repair drops, or in a hole a repair keeps).
"""
import os
from collections import namedtuple

import numpy as np
import pytest
import shapely

import pvd_qgis_plugin
from pvd_qgis_plugin.core import model
from pvd_qgis_plugin.core.commune import Layer, Prepared, write_commune
from pvd_qgis_plugin.core.consumption_zones import consumption_by_zone
from pvd_qgis_plugin.core.coordination import coordinate_works, l49_publicity
from pvd_qgis_plugin.core.energy_precarity import energy_precarity
from pvd_qgis_plugin.core.geometry import repair
from pvd_qgis_plugin.core.heritage import heritage_perimeters, pda_by_monument
from pvd_qgis_plugin.core.overlap import overlap_analysis, tabulate_intersection
from pvd_qgis_plugin.core.renovation_effect import works_zones
from pvd_qgis_plugin.core.substation_priority import substation_priority

Case = namedtuple("Case", "wkt repaired_wkt area chord_y chord inside outside")
CASES = {
    # two triangles (0 0, 0 100, 50 50) and (100 0, 50 50, 100 100) of 100 × 50 / 2 = 2 500 m² each
    "bow_tie": Case("POLYGON ((0 0, 100 100, 100 0, 0 100, 0 0))",
                    "MULTIPOLYGON (((0 0, 0 100, 50 50, 0 0)), ((100 0, 50 50, 100 100, 100 0)))",
                    5000.0, 25.0, 25.0 + 25.0, (20, 50), (50, 20)),
    # the ring touches itself at (20 40): the loop it encloses, a triangle of 20 × 20 / 2, is a hole
    "self_touching": Case("POLYGON ((0 0, 40 0, 40 40, 20 40, 30 20, 10 20, 20 40, 0 40, 0 0))",
                          "POLYGON ((0 0, 40 0, 40 40, 0 40, 0 0), (20 40, 10 20, 30 20, 20 40))",
                          1600.0 - 200.0, 30.0, 40.0 - 10.0, (5, 5), (20, 30)),
    # a 20 m square with a spike of no width up to (20 50): the spike is dropped
    "spike": Case("POLYGON ((0 0, 20 0, 20 20, 20 50, 20 20, 0 20, 0 0))",
                  "POLYGON ((0 0, 20 0, 20 20, 0 20, 0 0))", 400.0, 10.0, 20.0, (10, 10), (20, 40)),
    # a second part whose repeated point leaves a ring of two points (collapsed): dropped
    "collapsed_part": Case("MULTIPOLYGON (((0 0, 20 0, 20 20, 0 20, 0 0)), ((50 50, 60 60, 60 60, 50 50)))",
                           "POLYGON ((0 0, 20 0, 20 20, 0 20, 0 0))", 400.0, 10.0, 20.0, (10, 10), (55, 55)),
    # two 20 × 20 squares overlapping on 10 × 20: counted once, 30 × 20
    "overlapping_parts": Case("MULTIPOLYGON (((0 0, 20 0, 20 20, 0 20, 0 0)), ((10 0, 30 0, 30 20, 10 20, 10 0)))",
                              "POLYGON ((0 0, 30 0, 30 20, 0 20, 0 0))", 600.0, 10.0, 30.0, (15, 10), (35, 10)),
    # repeated vertices alone do not make a polygon invalid: left as it is
    "duplicate_points": Case("POLYGON ((0 0, 20 0, 20 0, 20 20, 0 20, 0 20, 0 0))",
                             "POLYGON ((0 0, 20 0, 20 20, 0 20, 0 0))", 400.0, 10.0, 20.0, (10, 10), (25, 10)),
}
INVALID = [name for name in CASES if name != "duplicate_points"]
SQUARE = shapely.box(0, 0, 100, 100)
AROUND = shapely.box(-10, -10, 110, 110)


def one(geometry):
    return np.array([geometry], dtype=object)


def shape(name):
    return shapely.from_wkt(CASES[name].wkt)


def expected_repaired(name):
    return [0] if name in INVALID else []


# ---------------------------------------------------------------- the function itself

@pytest.mark.parametrize("name", sorted(CASES))
def test_repair_gives_the_hand_drawn_shape(name):
    case = CASES[name]
    fixed = repair(one(shape(name)))
    geometry = fixed.geometries[0]
    assert shapely.is_valid(geometry)
    assert shapely.get_type_id(geometry) in (3, 6)  # still a polygon or multipolygon
    assert shapely.area(geometry) == pytest.approx(case.area)
    assert shapely.equals(geometry, shapely.from_wkt(case.repaired_wkt))
    assert fixed.repaired.tolist() == expected_repaired(name)
    assert fixed.missing.tolist() == []


def test_bow_tie_becomes_its_two_triangles():
    parts = shapely.get_parts(repair(one(shape("bow_tie"))).geometries[0])
    assert sorted(shapely.area(parts).tolist()) == [2500.0, 2500.0]
    assert sorted(tuple(map(float, shapely.bounds(part))) for part in parts) == [(0, 0, 50, 100), (50, 0, 100, 100)]


def test_only_invalid_geometries_are_replaced_and_the_input_is_kept():
    square, bow_tie = shapely.box(0, 0, 1, 1), shape("bow_tie")
    geometries = np.array([square, bow_tie, None, shapely.Point(3, 4)], dtype=object)
    fixed = repair(geometries)
    assert fixed.repaired.tolist() == [1]
    assert fixed.missing.tolist() == [2]
    assert fixed.geometries[0] is square and fixed.geometries[3] is geometries[3]
    assert fixed.geometries[2] is None
    assert geometries[1] is bow_tie and not shapely.is_valid(geometries[1])  # the caller's array is untouched


def test_a_polygon_with_nothing_left_is_an_empty_polygon_or_none():
    flat = shapely.from_wkt("POLYGON ((0 0, 10 0, 20 0, 0 0))")  # all on one line: no area
    empty = shapely.from_wkt("POLYGON EMPTY")
    fixed = repair(np.array([flat, empty, shapely.box(0, 0, 2, 2)], dtype=object))
    assert fixed.repaired.tolist() == [0] and fixed.missing.tolist() == [0, 1]
    assert fixed.geometries[0].geom_type == "Polygon" and fixed.geometries[0].is_empty
    assert fixed.geometries[1] is empty
    dropped = repair(np.array([flat, empty, shapely.box(0, 0, 2, 2)], dtype=object), empty_as_none=True)
    assert dropped.geometries[:2].tolist() == [None, None] and dropped.geometries[2].area == 4.0
    assert dropped.missing.tolist() == [0, 1]


def test_lines_stay_lines_and_points_are_untouched():
    geometries = np.array([
        shapely.from_wkt("LINESTRING (1 1, 1 1)"),                          # one point: nothing left
        shapely.from_wkt("MULTILINESTRING ((0 0, 10 0), (5 5, 5 5))"),      # the 10 m line stays
        shapely.from_wkt("LINESTRING (0 0, 10 10, 10 0, 0 10)"),            # crossing itself: valid, kept
        shapely.from_wkt("MULTIPOINT (0 0, 0 0)"),
        shapely.from_wkt("POINT EMPTY"),
    ], dtype=object)
    fixed = repair(geometries)
    assert fixed.repaired.tolist() == [0, 1]
    assert fixed.missing.tolist() == [0, 4]
    assert fixed.geometries[0].geom_type == "LineString" and fixed.geometries[0].is_empty
    assert not shapely.has_z(fixed.geometries[0])
    assert fixed.geometries[1].geom_type in ("LineString", "MultiLineString")
    assert fixed.geometries[1].length == 10.0
    for index in (2, 3, 4):
        assert fixed.geometries[index] is geometries[index]


def test_heights_are_kept():
    bow_tie = shapely.from_wkt("POLYGON Z ((0 0 5, 2 2 5, 2 0 5, 0 2 5, 0 0 5))")
    geometry = repair(one(bow_tie)).geometries[0]
    assert shapely.has_z(geometry) and geometry.area == 2.0
    assert set(shapely.get_coordinates(geometry, include_z=True)[:, 2]) == {5.0}


def test_an_empty_array():
    fixed = repair(np.empty(0, dtype=object))
    assert len(fixed.geometries) == 0 and fixed.repaired.tolist() == [] and fixed.missing.tolist() == []


def test_no_other_repair_in_the_plugin():
    """Every module goes through core.geometry.repair: no make_valid or buffer(0) of its own."""
    root = os.path.dirname(pvd_qgis_plugin.__file__)
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith(".py") and path != os.path.join(root, "core", "geometry.py"):
                with open(path, encoding="utf-8") as source:
                    text = source.read()
                found += [os.path.relpath(path, root) for token in ("make_valid(", "makeValid(", "buffer(0)")
                          if token in text]
    assert found == []


# ---------------------------------------------------------------- the same shape in every algorithm

@pytest.mark.parametrize("name", sorted(CASES))
def test_overlap_analysis_measures_the_repaired_area(name):
    result = overlap_analysis(one(shape(name)), [one(AROUND)])
    assert result.totals[0] == pytest.approx(CASES[name].area)
    assert result.layers[0].measure[0] == pytest.approx(CASES[name].area)
    assert result.repaired.tolist() == expected_repaired(name)
    as_overlay = overlap_analysis(one(SQUARE), [one(shape(name))]).layers[0]
    assert as_overlay.measure[0] == pytest.approx(CASES[name].area)
    assert as_overlay.repaired.tolist() == expected_repaired(name)


@pytest.mark.parametrize("name", sorted(CASES))
def test_tabulate_intersection_measures_the_repaired_area(name):
    result = tabulate_intersection(one(AROUND), ["Z"], one(shape(name)), ["C"])
    assert result.measure.tolist() == pytest.approx([CASES[name].area])
    assert result.repaired_classes.tolist() == expected_repaired(name)
    result = tabulate_intersection(one(shape(name)), ["Z"], one(AROUND), ["C"])
    assert result.measure.tolist() == pytest.approx([CASES[name].area])
    assert result.percent.tolist() == pytest.approx([100.0])


@pytest.mark.parametrize("name", sorted(CASES))
def test_consumption_zones_hold_the_points_of_the_repaired_shape(name):
    case = CASES[name]
    points = shapely.points([case.inside, case.outside])
    result = consumption_by_zone(points, np.array([2023.0, 2023.0]), np.array([1.0, 10.0]), np.array([1.0, 1.0]),
                                 2023, zones=one(shape(name)), min_sites=1)
    assert result.conso_mwh.tolist() == [1.0]  # the point inside, not the one outside
    assert result.repaired_zones == len(expected_repaired(name))
    assert result.repaired_zone_indices.tolist() == expected_repaired(name)


@pytest.mark.parametrize("name", sorted(CASES))
def test_heritage_perimeters_buffer_the_repaired_shape(name):
    result = heritage_perimeters(one(shape(name)), 5.0)
    expected = shapely.buffer(shapely.from_wkt(CASES[name].repaired_wkt), 5.0, quad_segs=32)
    assert shapely.area(result.geometries[0]) == pytest.approx(shapely.area(expected), rel=1e-9)
    assert shapely.area(shapely.symmetric_difference(result.geometries[0], expected)) < 1e-6
    assert result.repaired.tolist() == expected_repaired(name)


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_pda_is_the_repaired_shape(name):
    matched, unused = pda_by_monument(["Halle"], one(shape(name)), ["Halle"])
    assert unused == []
    result = heritage_perimeters(shapely.points([[50, 50]]), 500.0, pda=matched)
    assert shapely.area(result.geometries[0]) == pytest.approx(CASES[name].area)
    assert result.modes == ["pda"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_coordination_shares_the_stretch_inside_the_repaired_project(name):
    case = CASES[name]
    work = shapely.LineString([(-50, case.chord_y), (150, case.chord_y)])
    days = [np.array([text], dtype="datetime64[D]") for text in ("2027-09-01", "2027-09-30", "2027-03-01",
                                                                 "2027-06-30")]
    result = coordinate_works(one(work), days[0], days[1], one(shape(name)), days[2], days[3], np.array([False]),
                              distance_m=0.0)
    assert list(result.relation) == ["mutualisable"]
    assert result.shared_length_m[0] == pytest.approx(case.chord)


@pytest.mark.parametrize("name", sorted(CASES))
def test_l49_agglomeration_is_the_repaired_shape(name):
    case = CASES[name]
    works = np.array([shapely.LineString([case.inside, (case.inside[0] + 0.1, case.inside[1])]),
                      shapely.LineString([case.outside, (case.outside[0] + 0.1, case.outside[1])])], dtype=object)
    assert l49_publicity(works, one(shape(name))).agglomeration.tolist() == [True, False]


@pytest.mark.parametrize("name", sorted(CASES))
def test_substation_priority_measures_the_repaired_shape(name):
    case = CASES[name]
    centre = shapely.points([[50, 50]])  # its 200 m disc holds the whole square (0 0, 100 100)
    share = substation_priority(centre, public_spaces=one(shape(name)), visibility_m=200.0).criteria
    square_share = substation_priority(centre, public_spaces=one(SQUARE), visibility_m=200.0).criteria
    assert share["espaces_publics"][0] / square_share["espaces_publics"][0] == pytest.approx(case.area / 10000.0)
    probes = shapely.points([case.inside, case.outside])
    assert substation_priority(probes, ort=one(shape(name))).criteria["ort"].tolist() == [1.0, 0.0]


@pytest.mark.parametrize("name", sorted(CASES))
def test_energy_precarity_weights_cells_by_the_repaired_zone(name):
    # one 100 m cell of 10 000 households, one household per m²: a zone gets its area in households
    result = energy_precarity(one(SQUARE), {"men": np.array([10000.0])}, zones=one(shape(name)))
    assert result.figures["men"][0] == pytest.approx(CASES[name].area)


@pytest.mark.parametrize("name", sorted(CASES))
def test_renovation_works_zone_is_the_repaired_shape(name):
    assert shapely.area(works_zones(one(shape(name)), 10.0)[0]) == pytest.approx(CASES[name].area)


def test_commune_geopackage_stores_the_repaired_shapes(tmp_path):
    from osgeo import ogr

    layers = {name: Layer(name) for name in model.LAYERS_BY_NAME}
    names = sorted(CASES) + ["flat"]
    for name in names:
        layers["espaces_publics"].rows.append({"id_ep": name})
        layers["espaces_publics"].geometries.append(
            shapely.from_wkt("POLYGON ((0 0, 10 0, 20 0, 0 0))") if name == "flat" else shape(name))
    path = str(tmp_path / "commune.gpkg")
    write_commune(Prepared(layers, [], [], [], None, []), path)
    dataset = ogr.Open(path)
    stored = {feature.GetField("id_ep"): shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))
              for feature in dataset.GetLayerByName("espaces_publics")}
    dataset = None
    assert sorted(stored) == sorted(CASES)  # the flat one has nothing left: not written
    for name, geometry in stored.items():
        assert geometry.geom_type == "MultiPolygon" and shapely.is_valid(geometry)
        assert geometry.area == pytest.approx(CASES[name].area), name


def test_a_shape_with_nothing_left_is_listed_as_repaired():
    flat = shapely.from_wkt("POLYGON ((0 0, 10 0, 20 0, 0 0))")
    geometries = np.array([flat, shapely.box(0, 0, 10, 10)], dtype=object)
    heritage = heritage_perimeters(geometries, 5.0)  # no perimeter around nothing
    assert heritage.skipped.tolist() == [0] and heritage.repaired.tolist() == [0]
    assert [m.tolist() for m in heritage.members] == [[1]]
    # overlap: of zero area, like a line of zero length (NULL share), not a feature without geometry
    overlap = overlap_analysis(geometries, [one(AROUND)])
    assert overlap.repaired.tolist() == [0] and overlap.degenerate.tolist() == [0] and overlap.missing.tolist() == []
    assert overlap.totals.tolist() == [0.0, 100.0]
    assert np.isnan(overlap.layers[0].percent[0]) and overlap.layers[0].percent[1] == 100.0
    lines = overlap_analysis(np.array([shapely.from_wkt("LINESTRING (5 5, 5 5)"),
                                       shapely.from_wkt("LINESTRING (0 5, 200 5)")], dtype=object), [one(AROUND)])
    assert lines.repaired.tolist() == [0] and lines.degenerate.tolist() == [0] and lines.missing.tolist() == []
    assert lines.layers[0].measure[1] == 110.0 and np.isnan(lines.layers[0].measure[0])
    # a flat PDA delimits nothing: the monument keeps its circle
    assert pda_by_monument(["Halle"], one(flat), ["Halle"]) == ({}, [])
