"""Graph helpers shared by the analyses (routing, overlap).

Nodes are the integers ``0 … count − 1``; edges are given as parallel arrays.
"""
import numpy as np


def components(count, first, second):
    """Connected components of ``count`` nodes joined by the edges ``(first[i], second[i])``.

    Edges are undirected; self-loops and repeated edges are allowed. Returns a label
    ``0 … k − 1`` per node (int64), the same label for the nodes of one component.

    Minimum-label propagation with pointer jumping, in numpy. Not
    ``scipy.sparse.csgraph.connected_components``: importing ``scipy.sparse`` costs about
    0.1 s in a fresh process, a fifth of a 40 000-parcel overlap analysis run by
    ``qgis_process`` (``benchmarks/bench_overlap.py``, cold), and both give the same labels.
    """
    first = np.asarray(first, dtype=np.int64)
    second = np.asarray(second, dtype=np.int64)
    label = np.arange(count)
    while True:
        low = np.minimum(label[first], label[second])
        new = label.copy()
        np.minimum.at(new, first, low)
        np.minimum.at(new, second, low)
        new = new[new]
        if np.array_equal(new, label):
            return np.unique(label, return_inverse=True)[1].astype(np.int64)
        label = new


def minimum_spanning_tree(count, first, second, weight):
    """Edges of a minimum spanning forest of ``count`` nodes, as positions in the edge arrays.

    ``weight`` ≥ 0 (euros, metres…). Where several edges join the same two nodes, the lightest
    (then the first given) is the candidate. Weights of 0 are edges too: every weight is
    shifted by the same positive amount before ``scipy.sparse.csgraph.minimum_spanning_tree``,
    which treats stored zeros as missing edges (a spanning tree of a connected graph has
    ``count − 1`` edges whatever the shift, so the shift changes no tree's rank). Returns the
    kept positions, sorted by (weight, position).
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import minimum_spanning_tree as scipy_mst

    first = np.asarray(first, dtype=np.int64)
    second = np.asarray(second, dtype=np.int64)
    weight = np.asarray(weight, dtype=np.float64)
    if not weight.size:
        return np.zeros(0, dtype=np.int64)
    low, high = np.minimum(first, second), np.maximum(first, second)
    keep = low != high
    order = np.lexsort((np.arange(weight.size), weight, high, low))
    order = order[keep[order]]
    pair = low[order] * count + high[order]
    candidates = order[np.concatenate([[True], pair[1:] != pair[:-1]])] if order.size else order
    if not candidates.size:
        return candidates
    shift = max(1.0, float(weight[candidates].max()))
    graph = coo_matrix((weight[candidates] + shift, (low[candidates], high[candidates])),
                       shape=(count, count)).tocsr()
    tree = scipy_mst(graph).tocoo()
    position = {(int(a), int(b)): int(c) for a, b, c in zip(low[candidates], high[candidates], candidates)}
    kept = np.array([position[(min(int(a), int(b)), max(int(a), int(b)))] for a, b in zip(tree.row, tree.col)],
                    dtype=np.int64)
    return kept[np.lexsort((kept, weight[kept]))]
