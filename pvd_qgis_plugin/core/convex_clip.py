"""Areas of polygon × convex polygon intersections, many pairs at once (numpy).

GEOS's general overlay costs about 13 µs per small pair, whatever the shapes; most
pairs in an overlap analysis are a small parcel against a convex piece (a public
space, a grid tile of a circle) or a convex parcel against anything. For those, the
Sutherland–Hodgman algorithm (clip a simple polygon by each edge of a convex
polygon) gives the exact intersection, and the shoelace formula its area. Here it
runs on all pairs at once: one numpy pass per clipping edge. Coordinates are shifted
to a local origin per pair first, so the areas keep full precision at Lambert-93
magnitudes. Units: those of the coordinates (squared).
"""
from dataclasses import dataclass

import numpy as np
import shapely

MAX_CLIP_EDGES = 16
MAX_SUBJECT_VERTICES = 256
CHUNK_PAIRS = 16384


@dataclass
class Rings:
    """Exterior rings of the geometries that are one polygon without holes.

    ``eligible[i]``: geometry i is such a polygon (a one-part MultiPolygon counts)
    with at most MAX_SUBJECT_VERTICES vertices; its ring (closing point dropped) is
    ``coords[start[i]:start[i] + count[i]]``. ``convex[i]``: it is also convex with
    at most MAX_CLIP_EDGES edges, so it can clip others.
    """

    eligible: np.ndarray
    coords: np.ndarray
    start: np.ndarray
    count: np.ndarray
    convex: np.ndarray

    def padded(self, rows):
        """(len(rows) × width × 2) ring coordinates, padding repeats the last vertex."""
        count = self.count[rows]
        width = max(int(count.max()) if len(count) else 1, 1)
        index = self.start[rows, None] + np.minimum(np.arange(width)[None, :], np.maximum(count[:, None] - 1, 0))
        return self.coords[index], count


def rings_of(geometries):
    """:class:`Rings` of an array of geometries (any types; only polygons can be eligible).

    Reads the coordinates of (one-part Multi)Polygons directly, without copying any
    geometry: a polygon has no hole when its first vertex comes back only at its
    very last coordinate (a valid shell is a simple ring; a hole would follow it).
    """
    geometries = np.asarray(geometries, dtype=object)
    size = len(geometries)
    eligible = np.zeros(size, dtype=bool)
    start = np.zeros(size, dtype=np.int64)
    count = np.zeros(size, dtype=np.int64)
    types = shapely.get_type_id(geometries)
    candidates = np.flatnonzero(((types == shapely.GeometryType.POLYGON)
                                 | (types == shapely.GeometryType.MULTIPOLYGON)) & ~shapely.is_empty(geometries))
    candidates = candidates[shapely.get_num_geometries(geometries[candidates]) == 1]
    coords, owner = shapely.get_coordinates(geometries[candidates], return_index=True)
    if len(candidates):
        per_polygon = np.bincount(owner, minlength=len(candidates))
        first = np.cumsum(per_polygon) - per_polygon
        position = np.arange(len(coords)) - first[owner]
        back_to_start = (coords == coords[first[owner]]).all(axis=1) & (position > 0)
        closing = np.full(len(candidates), np.iinfo(np.int64).max)
        np.minimum.at(closing, owner[back_to_start], position[back_to_start])
        one_ring = closing == per_polygon - 1
        start[candidates] = first
        count[candidates] = per_polygon - 1  # without the closing point
        eligible[candidates] = one_ring & (per_polygon - 1 >= 3) & (per_polygon - 1 <= MAX_SUBJECT_VERTICES)
    convex = np.zeros(size, dtype=bool)
    small = np.flatnonzero(eligible & (count <= MAX_CLIP_EDGES))
    if len(small):
        convex[small] = _turns_one_way(coords, start[small], count[small])
    return Rings(eligible, coords, start, count, convex)


def _turns_one_way(coords, start, count):
    """True for rings whose consecutive edges all turn the same way (collinear allowed)."""
    owner = np.repeat(np.arange(len(start)), count)
    position = np.arange(len(owner)) - np.repeat(np.cumsum(count) - count, count)
    base = start[owner]
    a = coords[base + position]
    b = coords[base + (position + 1) % count[owner]]
    c = coords[base + (position + 2) % count[owner]]
    cross = (b[:, 0] - a[:, 0]) * (c[:, 1] - b[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - b[:, 0])
    positive = np.bincount(owner, weights=cross > 0, minlength=len(start)) > 0
    negative = np.bincount(owner, weights=cross < 0, minlength=len(start)) > 0
    return ~(positive & negative)


def clipped_areas(subject, n, clipper, k):
    """Area of subject_i ∩ clipper_i for padded rings (m × width × 2) and vertex counts.

    Subjects: simple polygons; clippers: convex polygons (either orientation).
    """
    count = len(n)
    if count == 0:
        return np.empty(0)
    rows = np.arange(count)
    origin = clipper[:, 0, :].copy()
    subject = subject - origin[:, None, :]
    clipper = clipper - origin[:, None, :]
    index = np.arange(clipper.shape[1])
    following = np.where(index[None, :] + 1 < k[:, None], index[None, :] + 1, 0)
    cx, cy = clipper[..., 0], clipper[..., 1]
    terms = cx * cy[rows[:, None], following] - cx[rows[:, None], following] * cy
    signed = np.where(index[None, :] < k[:, None], terms, 0.0).sum(axis=1)
    orientation = np.where(signed < 0, -1.0, 1.0)  # inside = left of counter-clockwise edges
    for edge in range(clipper.shape[1]):
        active = edge < k
        a = clipper[rows, np.minimum(edge, k - 1)]
        b = clipper[rows, np.where(edge + 1 < k, edge + 1, 0)]
        width = subject.shape[1]
        vertex = np.arange(width)
        valid = vertex[None, :] < n[:, None]
        previous_index = np.where(vertex[None, :] == 0, np.maximum(n[:, None] - 1, 0), vertex[None, :] - 1)
        previous = subject[rows[:, None], previous_index]
        side = orientation[:, None] * ((b[:, None, 0] - a[:, None, 0]) * (subject[..., 1] - a[:, None, 1])
                                       - (b[:, None, 1] - a[:, None, 1]) * (subject[..., 0] - a[:, None, 0]))
        side[~active] = 1.0
        side_previous = side[rows[:, None], previous_index]
        inside = side >= 0
        crossing = (inside != (side_previous >= 0)) & valid
        keep = inside & valid
        emitted = crossing.astype(np.int64) + keep
        new_n = emitted.sum(axis=1)
        start = np.cumsum(emitted, axis=1) - emitted
        out = np.zeros((count, max(int(new_n.max()), 1), 2))
        pair, vert = np.nonzero(crossing)
        s0, s1 = side_previous[pair, vert], side[pair, vert]
        p0, p1 = previous[pair, vert], subject[pair, vert]
        out[pair, start[pair, vert]] = p0 + (s0 / (s0 - s1))[:, None] * (p1 - p0)
        pair, vert = np.nonzero(keep)
        out[pair, start[pair, vert] + crossing[pair, vert]] = subject[pair, vert]
        subject, n = out, new_n
    vertex = np.arange(subject.shape[1])
    nxt = np.where(vertex[None, :] + 1 < n[:, None], vertex[None, :] + 1, 0)
    x, y = subject[..., 0], subject[..., 1]
    terms = x * y[rows[:, None], nxt] - x[rows[:, None], nxt] * y
    terms[~(vertex[None, :] < n[:, None])] = 0.0
    return np.abs(terms.sum(axis=1)) / 2.0


def pair_areas(feature_rings, tile_rings, feature_index, tile_index, geos_area):
    """Area of feature ∩ tile for each pair, by clipping wherever one side is convex.

    ``feature_rings`` / ``tile_rings``: :func:`rings_of` the features and the tiles.
    Pairs where neither side can clip go to ``geos_area(feature_rows, tile_rows)``
    (GEOS overlay). Subjects are grouped by vertex count to keep the padded arrays small.
    """
    areas = np.empty(len(feature_index))
    by_tile = tile_rings.convex[tile_index] & feature_rings.eligible[feature_index]
    by_feature = ~by_tile & feature_rings.convex[feature_index] & tile_rings.eligible[tile_index]
    for mask, subjects, subject_index, clippers, clipper_index in (
            (by_tile, feature_rings, feature_index, tile_rings, tile_index),
            (by_feature, tile_rings, tile_index, feature_rings, feature_index)):
        rows = np.flatnonzero(mask)
        sizes = subjects.count[subject_index[rows]]
        for low, high in ((0, 9), (9, 33), (33, MAX_SUBJECT_VERTICES + 1)):
            group = rows[(sizes >= low) & (sizes < high)]
            # Chunks bound the size of the padded temporary arrays (and stay in cache).
            for chunk in np.array_split(group, max(1, int(np.ceil(len(group) / CHUNK_PAIRS)))):
                if len(chunk):
                    subject, n = subjects.padded(subject_index[chunk])
                    clipper, k = clippers.padded(clipper_index[chunk])
                    areas[chunk] = clipped_areas(subject, n, clipper, k)
    rest = np.flatnonzero(~by_tile & ~by_feature)
    if len(rest):
        areas[rest] = geos_area(feature_index[rest], tile_index[rest])
    return areas
