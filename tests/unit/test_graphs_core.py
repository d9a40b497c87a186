"""Shared graph helpers: components and minimum spanning trees checked by hand."""
import numpy as np

from pvd_qgis_plugin.core.graphs import components, minimum_spanning_tree


def test_components_label_each_group_once():
    # 0-1-2 a chain, 3-4 a pair, 5 alone (no edge at all), 6 with a self-loop only.
    labels = components(7, [0, 1, 3, 6], [1, 2, 4, 6])
    assert labels.tolist() == [0, 0, 0, 1, 1, 2, 3]


def test_spanning_tree_keeps_the_lightest_edges_zero_weight_included():
    # Square 0-1-2-3 with a diagonal: weights 0-1: 0 (a free link), 1-2: 5, 2-3: 1, 3-0: 2, 0-2: 9.
    # Kruskal: 0-1 (0), 2-3 (1), 3-0 (2) → total 3; 1-2 and 0-2 would close cycles.
    first, second = [0, 1, 2, 3, 0], [1, 2, 3, 0, 2]
    weight = [0.0, 5.0, 1.0, 2.0, 9.0]
    assert minimum_spanning_tree(4, first, second, weight).tolist() == [0, 2, 3]


def test_spanning_tree_takes_the_lightest_of_parallel_edges_and_spans_forests():
    # Two edges join 0 and 1 (7 then 4): the second is kept; 2-3 is a separate tree; 4 is alone.
    kept = minimum_spanning_tree(5, [0, 1, 2], [1, 0, 3], [7.0, 4.0, 1.0])
    assert sorted(kept.tolist()) == [1, 2]
    assert minimum_spanning_tree(3, [], [], []).tolist() == []
    assert minimum_spanning_tree(2, [1], [1], [3.0]).tolist() == []
    assert np.asarray(minimum_spanning_tree(2, [0], [1], [0.0])).tolist() == [0]


def test_components_agree_with_scipy_on_a_random_graph():
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    rng = np.random.default_rng(7)
    first, second = rng.integers(0, 2000, 1500), rng.integers(0, 2000, 1500)
    ours = components(2000, first, second)
    _k, theirs = connected_components(coo_matrix((np.ones(1500), (first, second)), shape=(2000, 2000)), directed=False)
    # the same partition: a one-to-one map between the two labellings
    pairs = set(zip(ours.tolist(), theirs.tolist()))
    assert len(pairs) == len(set(ours.tolist())) == len(set(theirs.tolist()))
