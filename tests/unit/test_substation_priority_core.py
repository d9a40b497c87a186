"""pvd_qgis_plugin.core.substation_priority on hand-built substations (metres, no QGIS)."""
import math

import numpy as np
import pytest
import shapely

from pvd_qgis_plugin.core.substation_priority import competition_rank, substation_priority, type_visibility

ORT = np.array([shapely.box(0, 0, 200, 100)])
ABORDS = np.array([shapely.box(0, 0, 100, 100)])
SPR = np.array([shapely.box(150, 0, 200, 100)])
SQUARE = np.array([shapely.box(-1000, -1000, 50, 1000)])  # public space west of x = 50


def test_each_criterion_has_its_points_and_the_score_is_their_sum():
    points = shapely.points([[50, 50], [120, 50], [500, 50]])
    result = substation_priority(points, ["cabine_haute", "poste_au_sol", "poste_sur_poteau"], ort=ORT,
                                 heritage=[ABORDS, SPR], public_spaces=SQUARE)
    assert list(result.points["ort"]) == [2.0, 2.0, 0.0]
    assert list(result.points["patrimoine"]) == [2.0, 0.0, 0.0]
    # the first substation stands on the square's edge: half its 25 m disc is public space
    assert result.points["espaces_publics"] == pytest.approx([1.0, 0.0, 0.0])
    assert list(result.points["type"]) == [4.0, 2.0, 0.4]
    assert list(result.score) == [9.0, 4.0, 0.4]
    assert list(result.rank) == [1, 2, 3]


def test_any_heritage_layer_counts():
    points = shapely.points([[50, 50], [175, 50], [120, 50]])
    result = substation_priority(points, heritage=[ABORDS, SPR])
    assert list(result.criteria["patrimoine"]) == [1.0, 1.0, 0.0]


def test_public_space_share_of_the_visibility_disc():
    square = np.array([shapely.box(0, 0, 100, 100)])
    points = shapely.points([[50, 50], [0, 50], [0, 0], [200, 200]])
    result = substation_priority(points, public_spaces=square, visibility_m=25)
    assert result.criteria["espaces_publics"] == pytest.approx([1.0, 0.5, 0.25, 0.0], abs=1e-9)
    wide = substation_priority(points[:1], public_spaces=square, visibility_m=100)
    # a 100 m disc centred on the 100 m square: the square covers 10 000 m² of π·100²
    assert wide.criteria["espaces_publics"][0] == pytest.approx(10000 / (math.pi * 100 ** 2), rel=1e-2)


def test_weights_change_the_ranking():
    points = shapely.points([[50, 50], [175, 50]])  # inside / outside the ORT
    types = ["poste_sur_poteau", "cabine_haute"]
    ort_only = np.array([shapely.box(0, 0, 100, 100)])
    default = substation_priority(points, types, ort=ort_only)
    assert list(default.rank) == [2, 1]  # type 4 × (1 - 0.1) beats ORT 2
    favour_ort = substation_priority(points, types, ort=ort_only, weights={"ort": 5.0})
    assert list(favour_ort.rank) == [1, 2]  # 5 + 0.4 beats 4


def test_ties_share_a_rank_and_keep_input_order():
    rank, order = competition_rank(np.array([3.0, 5.0, 5.0, 1.0, 3.0]))
    assert list(rank) == [3, 1, 1, 5, 3]
    assert list(order) == [1, 2, 0, 4, 3]


def test_floating_sums_that_are_equal_tie():
    points = shapely.points([[50, 50], [60, 50]])
    result = substation_priority(points, ["poste_au_sol", "poste au sol"],
                                 weights={"type": 0.3})
    assert result.rank[0] == result.rank[1] == 1


def test_type_values_are_compared_loosely_and_unknown_ones_reported():
    values, unknown = type_visibility(["Cabine haute", "CABINE-HAUTE", "Poste au sol", "transfo", None, ""])
    assert list(values) == [1.0, 1.0, 0.5, 0.0, 0.0, 0.0]
    assert list(unknown) == [3, 4, 5]


def test_substations_without_geometry_are_left_out():
    points = np.array([shapely.Point(50, 50), None])
    result = substation_priority(points, ["cabine_haute", "cabine_haute"], ort=ORT)
    assert list(result.skipped) == [1]
    assert list(result.order) == [0]
    assert list(result.rank) == [1, 0]
    assert list(result.unknown_types) == []


def test_without_context_layers_only_the_type_counts():
    points = shapely.points([[0, 0], [10, 0]])
    result = substation_priority(points, ["poste_sur_poteau", "cabine_haute"])
    assert list(result.score) == [0.4, 4.0]
    assert list(result.order) == [1, 0]
