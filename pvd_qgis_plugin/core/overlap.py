"""How much of each feature lies inside zones: overlap analysis and tabulate intersection.

Overlap analysis answers, for every input feature (a substation, a connection work, a
parcel, a project), which part of it lies inside each overlay layer (ORT perimeter,
abords of monuments, SPR, public spaces) and which zones those are. Tabulate
intersection crosses zones with classes (ArcGIS "Tabulate Intersection").

Method: each overlay layer is repaired, dissolved once, cluster by cluster
(overlapping overlay features count once) and cut into small tiles whose interiors are
disjoint; one STRtree query gives the (feature, tile) pairs; features lying entirely
inside a tile take their own measure, the others are clipped by their tiles in
vectorised calls (numpy Sutherland–Hodgman where one side is convex, see
:mod:`convex_clip`, GEOS otherwise); measures are summed per feature with numpy.
Because the tiles do not overlap, the sum is the measure of the feature inside the
union of the layer.

Units: areas in m², lengths in m. In a projected CRS measures are planar, converted
from the CRS unit to metres; in a geographic CRS (degrees) areas are taken in a
Lambert azimuthal equal-area projection centred on the data (equal-area on the
ellipsoid, so exact up to the shape of the edges between vertices) and lengths are
geodesic on the CRS's ellipsoid, segment by segment. Never degrees.
"""
import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import shapely

from .convex_clip import pair_areas, rings_of
from .geometry import Repaired, repair
from .graphs import components
from .memory import give_back_freed_memory
from .model import OVERLAP_SUFFIXES, overlap_field
from .progress import check, scaled

AREA, LENGTH, POINTS = "area", "length", "points"
PREFIX_MAX = 20
# Parts of a dissolved layer with more vertices than this are cut into grid tiles, so
# that each intersection works on a small polygon (GEOS cost grows with vertex count).
TILE_VERTICES = 256
SEPARATOR = "; "


def kind_of(geometries):
    """'area', 'length' or 'points' from the dimension of the non-empty geometries."""
    geometries = np.asarray(geometries, dtype=object)
    present = geometries[~(shapely.is_missing(geometries) | shapely.is_empty(geometries))]
    if len(present) == 0:
        return AREA
    dimension = int(shapely.get_dimensions(present).max())
    return {0: POINTS, 1: LENGTH}.get(dimension, AREA)


def field_prefix(name, taken=()):
    """Field prefix for a layer name: lower-case ASCII, only [a-z0-9_], at most 20 characters.

    Accents are removed, other characters become '_'. A prefix already in ``taken``
    gets ``_2``, ``_3``… (the base is shortened so that the result stays ≤ 20).
    """
    ascii_name = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9_]+", "_", ascii_name.lower()).strip("_") or "overlay"
    base = base[:PREFIX_MAX]
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        suffix = "_{}".format(number)
        candidate = base[:PREFIX_MAX - len(suffix)] + suffix
    return candidate


def field_prefixes(names, existing_fields=()):
    """Unique prefixes for layer names, also avoiding fields the input already has."""
    existing = set(existing_fields)
    taken, prefixes = set(), []
    for name in names:
        blocked = set(taken)
        while True:
            prefix = field_prefix(name, blocked)
            if not any(overlap_field(prefix, suffix) in existing for suffix in OVERLAP_SUFFIXES):
                break
            blocked.add(prefix)
        taken.add(prefix)
        prefixes.append(prefix)
    return prefixes


class Metric:
    """Measures in metres for one CRS.

    ``crs`` (WKT or authority string) is read with pyproj; without it the CRS is
    projected with ``metres_per_unit`` metres per unit (1 by default) and pyproj
    is not needed.
    """

    def __init__(self, crs, geometries, metres_per_unit=None):
        self.geographic = False
        self.factor = 1.0 if metres_per_unit is None else float(metres_per_unit)
        if crs is None or crs == "":
            return
        from .crs import as_crs, metres_per_unit as factor_of

        crs = as_crs(crs)
        self.geographic = crs.is_geographic
        self.factor = factor_of(crs)
        if self.geographic:
            import pyproj

            present = geometries[~shapely.is_missing(geometries)]
            minx, miny, maxx, maxy = shapely.total_bounds(present) if len(present) else (0, 0, 0, 0)
            centre_lon, centre_lat = (minx + maxx) / 2.0, (miny + maxy) / 2.0
            ellipsoid = crs.ellipsoid
            self.geod = crs.get_geod()
            laea = pyproj.CRS.from_proj4(
                "+proj=laea +lat_0={} +lon_0={} +a={} +rf={} +units=m +no_defs".format(
                    centre_lat, centre_lon, ellipsoid.semi_major_metre,
                    ellipsoid.inverse_flattening or 1e300))
            self.to_laea = pyproj.Transformer.from_crs(crs, laea, always_xy=True)

    def area(self, geometries):
        """Areas in m² (NaN for None)."""
        if self.geographic:
            def project(coords):
                x, y = self.to_laea.transform(coords[:, 0], coords[:, 1])
                return np.column_stack([x, y])

            return shapely.area(shapely.transform(geometries, project))
        return shapely.area(geometries) * self.factor ** 2

    def length(self, geometries):
        """Lengths in m (NaN for None); geodesic segment by segment in a geographic CRS."""
        if not self.geographic:
            return shapely.length(geometries) * self.factor
        out = np.where(shapely.is_missing(geometries), np.nan, 0.0)
        parts, owner = shapely.get_parts(geometries, return_index=True)
        if len(parts) == 0:
            return out
        coords, part = shapely.get_coordinates(parts, return_index=True)
        same = part[1:] == part[:-1]
        _, _, distance = self.geod.inv(coords[:-1, 0][same], coords[:-1, 1][same],
                                       coords[1:, 0][same], coords[1:, 1][same])
        per_part = np.bincount(part[:-1][same], weights=distance, minlength=len(parts))
        out += np.bincount(owner, weights=per_part, minlength=len(geometries))
        return out

    def measure(self, geometries, kind):
        if kind == AREA:
            return self.area(geometries)
        if kind == LENGTH:
            return self.length(geometries)
        counts = shapely.get_num_geometries(geometries).astype(float)
        counts[shapely.is_missing(geometries)] = np.nan
        return counts


def grouped_union(geometries, labels):
    """One union per label, vectorised: ``union_all`` along rows of a None-padded table.

    Clusters are bucketed by size (powers of two) so that padding stays small.
    Returns the unions (one per distinct label, any order).
    """
    values, group, sizes = np.unique(labels, return_inverse=True, return_counts=True)
    order = np.argsort(group, kind="stable")
    starts = np.cumsum(sizes) - sizes
    position = np.arange(len(geometries)) - starts[group[order]]
    result = np.empty(len(values), dtype=object)
    single = sizes == 1
    result[single] = geometries[order][starts[single]]
    bucket = np.ceil(np.log2(np.maximum(sizes, 1))).astype(int)
    for size_class in np.unique(bucket[~single]):
        chosen = np.flatnonzero((bucket == size_class) & ~single)
        row_of = np.full(len(values), -1)
        row_of[chosen] = np.arange(len(chosen))
        rows = row_of[group[order]]
        member = rows >= 0
        table = np.full((len(chosen), int(sizes[chosen].max())), None, dtype=object)
        table[rows[member], position[member]] = geometries[order][member]
        result[chosen] = shapely.union_all(table, axis=1)
    return result


def dissolve_into_tiles(polygons, progress=None, cut=True):
    """The union of ``polygons`` as disjoint polygon tiles (None entries ignored).

    Overlapping polygons count once: polygons are merged cluster by cluster (a
    single ``union_all`` of thousands of scattered public spaces costs several
    times more, merging far-apart pieces again and again). With ``cut``, parts with
    more than ``TILE_VERTICES`` vertices are cut along a square grid, so every tile
    is small; tiles then share edges, which is harmless for areas and points but
    would count twice a line lying on a cut: measures of lines use uncut parts
    (parts of a union touch at most at single points).
    """
    return dissolve_by_key(polygons, np.zeros(len(polygons), dtype=np.int64), progress, cut)[0]


def dissolve_by_key(polygons, keys, progress=None, cut=True):
    """(tiles, key of each tile): :func:`dissolve_into_tiles` of each key's polygons at once.

    ``keys`` are integers, one per polygon; only polygons of the same key merge.
    """
    keep = ~shapely.is_missing(polygons)
    polygons, keys = polygons[keep], np.asarray(keys)[keep]
    if len(polygons) == 0:
        return np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
    first, second = shapely.STRtree(polygons).query(polygons, predicate="intersects")
    same = keys[first] == keys[second]
    labels = components(len(polygons), first[same], second[same])
    union = grouped_union(polygons, labels)
    union_keys = keys[np.unique(labels, return_index=True)[1]]  # every member of a cluster has its key
    check(progress, 0.5)
    # Split only what is multi: get_parts copies every geometry it is given.
    simple = shapely.get_type_id(union) == shapely.GeometryType.POLYGON
    split, owner = shapely.get_parts(union[~simple], return_index=True)
    parts = np.concatenate([union[simple], split])
    part_keys = np.concatenate([union_keys[simple], union_keys[~simple][owner]])
    kept = (shapely.get_dimensions(parts) == 2) & ~shapely.is_empty(parts)
    parts, part_keys = parts[kept], part_keys[kept]
    vertices = shapely.get_num_coordinates(parts)
    big = vertices > TILE_VERTICES
    if not cut or not big.any():
        return parts, part_keys
    minx, miny, maxx, maxy = shapely.total_bounds(parts[big])
    cells = max(1.0, vertices[big].sum() / float(TILE_VERTICES))
    side = max(np.sqrt((maxx - minx) * (maxy - miny) / cells), 1e-9)
    xs = np.arange(minx, maxx + side, side)
    ys = np.arange(miny, maxy + side, side)
    gx, gy = np.meshgrid(xs[:-1], ys[:-1])
    boxes = shapely.box(gx.ravel(), gy.ravel(), gx.ravel() + side, gy.ravel() + side)
    part_index, box_index = shapely.STRtree(boxes).query(parts[big], predicate="intersects")
    pieces, owner = shapely.get_parts(shapely.intersection(parts[big][part_index], boxes[box_index]),
                                      return_index=True)
    piece_keys = part_keys[big][part_index][owner]
    kept = (shapely.get_dimensions(pieces) == 2) & ~shapely.is_empty(pieces)
    return np.concatenate([parts[~big], pieces[kept]]), np.concatenate([part_keys[~big], piece_keys[kept]])


def measure_inside(geometries, kind, tiles, metric, full=None, groups=None, tree=None):
    """(feature index, tile index, measure of the feature inside the tile) for every pair.

    ``geometries`` are valid (None allowed), ``tiles`` disjoint valid polygons.
    ``full`` are the features' own measures, reused when a feature lies entirely
    inside one tile (no intersection computed). Points: measure = number of points;
    a point on the border of two tiles of one group (``groups[tile]``, all one group
    by default) counts once. ``tree``: an STRtree of ``geometries`` to reuse.
    Polygon areas in a projected CRS are clipped with numpy wherever one side is
    convex (exact, see :mod:`convex_clip`), elsewhere intersected by GEOS.
    """
    if kind == POINTS:
        parts, owner = shapely.get_parts(geometries, return_index=True)
        tile_index, part_index = shapely.STRtree(parts).query(tiles, predicate="intersects")
        group = np.zeros(len(tiles), dtype=np.int64) if groups is None else np.asarray(groups, dtype=np.int64)
        _, first = np.unique(np.column_stack([part_index, group[tile_index]]), axis=0, return_index=True)
        return owner[part_index[first]], tile_index[first], np.ones(len(first))
    # Querying the features' tree with the tiles prepares each tile once: much faster
    # than testing every small feature against large tiles.
    tree = shapely.STRtree(geometries) if tree is None else tree
    tile_index, feature_index = _pairs(tree, tiles, geometries)
    values = np.empty(len(feature_index))
    with _prepared(tiles, tile_index):
        inside = shapely.contains_properly(tiles[tile_index], geometries[feature_index])
    if full is None:
        full = metric.measure(geometries, kind)
    values[inside] = full[feature_index[inside]]
    crossing = np.flatnonzero(~inside)
    if kind == AREA and not metric.geographic:
        # Ring tables only for the features that cross a tile edge (a fraction of all).
        needed, local = np.unique(feature_index[crossing], return_inverse=True)

        def geos_area(feature_rows, tile_rows):
            return shapely.area(shapely.intersection(geometries[needed[feature_rows]], tiles[tile_rows]))

        values[crossing] = metric.factor ** 2 * pair_areas(
            rings_of(geometries[needed]), rings_of(tiles), local, tile_index[crossing], geos_area)
    else:
        pieces = shapely.intersection(geometries[feature_index[crossing]], tiles[tile_index[crossing]])
        values[crossing] = metric.measure(pieces, kind)
    return feature_index, tile_index, values


@contextmanager
def _prepared(polygons, used):
    """``polygons[used]`` prepared for the duration of the block, then let go.

    A prepared polygon keeps the indexes GEOS builds on its first tests; kept on
    every zone polygon while the chunks of a large layer go by, they would add up
    to the memory of a whole layer. Polygons prepared by the caller stay prepared.
    """
    chosen = np.unique(used)
    chosen = chosen[~shapely.is_prepared(polygons[chosen])]
    shapely.prepare(polygons[chosen])
    try:
        yield
    finally:
        shapely.destroy_prepared(polygons[chosen])


def _pairs(tree, polygons, geometries):
    """(polygon index, geometry index) of the ``polygons`` and tree ``geometries`` that intersect."""
    polygon_index, geometry_index = tree.query(polygons)
    with _prepared(polygons, polygon_index):
        keep = shapely.intersects(polygons[polygon_index], geometries[geometry_index])
    return polygon_index[keep], geometry_index[keep]


def join_labels(feature_index, labels, size):
    """Per feature, the labels of its pairs sorted and '; '-joined ('' without any).

    ``labels`` are sortable values (strings or numbers), one per pair; numbers sort
    numerically. Vectorised: strings are concatenated by ``np.add.reduceat``.
    """
    out = np.full(size, "", dtype=object)
    if len(feature_index) == 0:
        return out
    unique, rank = np.unique(np.asarray(labels), return_inverse=True)
    text = np.array([str(value) for value in unique], dtype=object)
    order = np.lexsort((rank, feature_index))
    owners = feature_index[order]
    items = text[rank[order]]
    starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
    separators = np.full(len(items), SEPARATOR, dtype=object)
    separators[starts] = ""
    out[owners[starts]] = np.add.reduceat(separators + items, starts)
    return out


@dataclass
class LayerOverlap:
    """One overlay layer's result; arrays have one value per input feature.

    ``measure`` m² / m / points inside the union (NaN for a missing input),
    ``percent`` 0–100 of the feature's own measure (NaN for a missing input),
    ``count`` overlay features intersected, ``names`` their labels joined.
    """

    measure: np.ndarray
    percent: np.ndarray
    count: np.ndarray
    names: np.ndarray
    repaired: np.ndarray
    missing: np.ndarray

    @property
    def touched(self):
        return int((self.count > 0).sum())

    @property
    def total(self):
        return float(np.nansum(self.measure))


@dataclass
class OverlapResult:
    """``kind`` of the input, its own measures ``totals`` and, per overlay layer, a :class:`LayerOverlap`."""

    kind: str
    totals: np.ndarray
    missing: np.ndarray
    repaired: np.ndarray
    layers: list = field(default_factory=list)
    #: lines of zero length and polygons of zero area: no share can be computed (NULL, not 0 %)
    degenerate: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=int))
    #: number of inputs with a geometry
    present: int = 0

    def share(self, layer):
        """Percentage of the input's total measure inside ``layer`` (NaN when it is 0)."""
        total = float(np.nansum(self.totals))
        return 100.0 * layer.total / total if total > 0 else float("nan")


def overlap_analysis(inputs, overlays, labels=None, crs=None, progress=None, metres_per_unit=None):
    """How much of each input feature lies inside each overlay layer.

    ``inputs``: shapely array (points, lines or polygons; None for a missing one).
    ``overlays``: list of shapely polygon arrays, one per overlay layer, in the same
    CRS as the inputs. ``labels``: list (one per layer) of arrays naming the overlay
    features (None: their positions). ``crs``: WKT / authority string of that CRS,
    or None for a projected CRS of ``metres_per_unit`` metres per unit (default 1). Measures: m² for polygons, m for lines, number of
    points for points; see the module docstring for geographic CRSs. Invalid
    geometries are repaired (:func:`.geometry.repair`); missing or empty inputs, lines of
    zero length and polygons of zero area (among them those a repair leaves empty) get NaN
    measures (a share of nothing is unknown, not 0 %).
    """
    return overlap_in_chunks([inputs], overlays, labels, None, crs, progress, metres_per_unit)


@dataclass
class Zones:
    """One overlay layer made ready once for every chunk of inputs: its repaired
    ``polygons``, their disjoint ``tiles`` and the names of the polygons."""

    polygons: np.ndarray
    tiles: np.ndarray
    names_of: np.ndarray
    repaired: np.ndarray
    missing: np.ndarray

    def __post_init__(self):
        self._trees = {}

    def near(self, name, box):
        """Sorted indices of the ``tiles`` or ``polygons`` whose envelope meets ``box``: a
        chunk of inputs is only tested against the zones around it."""
        if name not in self._trees:
            self._trees[name] = shapely.STRtree(getattr(self, name))
        return np.sort(self._trees[name].query(box))


def prepare_zones(overlays, labels, kind, progress=None):
    """A :class:`Zones` per overlay layer (see :func:`overlap_analysis` for the arguments)."""
    zones = []
    for number, overlay in enumerate(overlays):
        step = scaled(progress, number / len(overlays), (number + 1) / len(overlays))
        fixed = repair(overlay, empty_as_none=True)
        polygons = fixed.geometries
        tiles = dissolve_into_tiles(polygons, step, cut=kind != LENGTH)
        names_of = np.arange(len(polygons)) if labels is None or labels[number] is None \
            else np.asarray(labels[number])
        zones.append(Zones(polygons, tiles, names_of, fixed.repaired, fixed.missing))
        check(step, 1.0)
    return zones


def overlap_in_chunks(chunks, overlays, labels=None, kind=None, crs=None, progress=None, metres_per_unit=None,
                      size=None):
    """:func:`overlap_analysis` of inputs given as consecutive chunks (an iterable of shapely
    arrays, read one at a time): the same result as for their concatenation, with the
    memory of one chunk instead of the whole layer.

    ``kind`` ('area', 'length' or 'points': the dimension of the input layer) is needed
    to measure a chunk before the next is read; None (or a geographic CRS, whose
    measures depend on the extent of all inputs) reads every chunk first. A layer
    whose geometries are all missing is of kind 'area', as in :func:`kind_of`.
    ``size``: the number of inputs, for progress (else progress moves per chunk).
    """
    check(progress, 0.0)
    metric = Metric(crs, np.empty(0, dtype=object), metres_per_unit)
    if kind is None or metric.geographic:
        parts = [np.asarray(chunk, dtype=object) for chunk in chunks]
        whole = _repair_inputs(np.concatenate(parts) if parts else np.empty(0, dtype=object))
        kind = kind_of(whole.geometries)
        metric = Metric(crs, whole.geometries, metres_per_unit)
        chunks = [whole]
    zones = prepare_zones(overlays, labels, kind, scaled(progress, 0.0, 0.1))
    results, done = [], 0
    for chunk in chunks:
        base = chunk if isinstance(chunk, Repaired) else _repair_inputs(chunk)
        count = len(base.geometries)
        start = 0.1 + 0.9 * (done / size if size else 0.0)
        end = 0.1 + 0.9 * ((done + count) / size if size else 1.0)
        results.append(_measure(base, zones, kind, metric, scaled(progress, start, min(end, 1.0))))
        done += count
        give_back_freed_memory()
    result = merge_results(results, zones, kind)
    check(progress, 1.0)
    return result


def _repair_inputs(inputs):
    """Inputs ready to measure (:func:`.geometry.repair`): None and empty inputs are missing
    (None); one that a repair leaves empty (a line of one point, a flat polygon) keeps its
    empty shape: of zero length or area, like a line of zero length."""
    base = repair(inputs)
    base.missing = np.setdiff1d(base.missing, base.repaired)
    base.geometries[base.missing] = None
    return base


def _measure(base, zones, kind, metric, progress=None):
    """The :class:`OverlapResult` of repaired inputs ``base`` against prepared ``zones``."""
    geometries = base.geometries
    totals = metric.measure(geometries, kind)
    totals[base.missing] = np.nan
    present = ~shapely.is_missing(geometries)
    degenerate = present & (totals == 0) if kind in (AREA, LENGTH) else np.zeros(len(geometries), dtype=bool)
    result = OverlapResult(kind, totals, base.missing, base.repaired, degenerate=np.flatnonzero(degenerate))
    result.present = int(present.sum())
    measurable = present & ~degenerate
    tree = shapely.STRtree(geometries)
    present_bounds = shapely.total_bounds(geometries[present]) if present.any() else None
    box = shapely.box(*present_bounds) if present_bounds is not None else None
    for number, zone in enumerate(zones):
        tiles = zone.tiles[zone.near("tiles", box)] if box is not None else zone.tiles[:0]
        feature_index, _, values = measure_inside(geometries, kind, tiles, metric, totals, tree=tree)
        measure = np.bincount(feature_index, weights=values, minlength=len(geometries))
        with np.errstate(invalid="ignore", divide="ignore"):
            percent = np.clip(np.where(totals > 0, 100.0 * measure / totals, 0.0), 0.0, 100.0)
        measure = np.where(measurable, np.minimum(measure, totals), np.nan)
        percent[~measurable] = np.nan
        near = zone.near("polygons", box) if box is not None else np.empty(0, dtype=np.int64)
        pair_overlay, pair_input = _pairs(tree, zone.polygons[near], geometries)
        pair_overlay = near[pair_overlay]
        count = np.bincount(pair_input, minlength=len(geometries))
        # The names are joined once for all chunks (see merge_results): strings made per
        # chunk would stay scattered among the chunk's freed objects and hold their memory.
        layer = LayerOverlap(measure, percent, count, None, zone.repaired, zone.missing)
        layer.pairs = (pair_input, pair_overlay)
        result.layers.append(layer)
        check(progress, (number + 1) / len(zones))
    return result


def merge_results(results, zones, kind):
    """One :class:`OverlapResult` of consecutive chunks' results (indices shifted to the whole);
    the names of the zones met are joined here, once."""
    def joined(arrays, dtype):
        return np.concatenate(arrays) if arrays else np.empty(0, dtype=dtype)

    offsets = np.cumsum([0] + [len(part.totals) for part in results])
    if not any(part.present for part in results):
        kind = AREA  # nothing to measure: as kind_of says of a layer without geometry

    def shifted(arrays):
        return joined([array + offset for array, offset in zip(arrays, offsets)], np.int64)

    merged = OverlapResult(kind, joined([part.totals for part in results], float),
                           shifted([part.missing for part in results]), shifted([part.repaired for part in results]),
                           degenerate=shifted([part.degenerate for part in results]))
    merged.present = sum(part.present for part in results)
    size = int(offsets[-1])
    for number, zone in enumerate(zones):
        layers = [part.layers[number] for part in results]
        pair_input = shifted([layer.pairs[0] for layer in layers])
        pair_overlay = joined([layer.pairs[1] for layer in layers], np.int64)
        names = join_labels(pair_input, zone.names_of[pair_overlay], size)
        names[merged.missing] = None
        merged.layers.append(LayerOverlap(
            joined([layer.measure for layer in layers], float), joined([layer.percent for layer in layers], float),
            joined([layer.count for layer in layers], np.int64), names, zone.repaired, zone.missing))
    return merged


@dataclass
class TabulateResult:
    """Rows of the cross table: zone key, class key, measure (m², m or points), percentage."""

    kind: str
    zones: np.ndarray
    classes: np.ndarray
    measure: np.ndarray
    percent: np.ndarray
    repaired_zones: np.ndarray
    repaired_classes: np.ndarray
    missing_zones: np.ndarray
    missing_classes: np.ndarray


def _tiles_by_key(geometries, keys, progress, cut=True):
    """Dissolve features per key: (tiles, key index of each tile, unique keys)."""
    unique, inverse = np.unique(keys, return_inverse=True)
    tiles, owners = dissolve_by_key(geometries, inverse, progress, cut)
    return tiles, owners, unique


def tabulate_intersection(zones, zone_keys, classes, class_keys, crs=None, progress=None, metres_per_unit=None):
    """Cross table of zones × classes (ArcGIS Tabulate Intersection).

    Zones (polygons) and classes (polygons, lines or points) are grouped by their
    keys; features of one key are dissolved, so overlaps count once. Per (zone,
    class) pair that meets: polygon classes give the area in m² and its percentage
    of the zone's area; line classes the length in m and its percentage of the
    length of all class lines inside the zone; point classes the number of points
    and its percentage of all class points inside the zone. A point on the border
    of two zones counts in both. Units and CRS as in :func:`overlap_analysis`.
    Features with a missing geometry are ignored (listed in ``missing_*``).
    """
    check(progress, 0.0)
    zone_fix, class_fix = repair(zones, empty_as_none=True), repair(classes, empty_as_none=True)
    zone_keep = ~shapely.is_missing(zone_fix.geometries)
    class_keep = ~shapely.is_missing(class_fix.geometries)
    zone_geoms, zone_keys = zone_fix.geometries[zone_keep], np.asarray(zone_keys, dtype=object)[zone_keep]
    class_geoms, class_keys = class_fix.geometries[class_keep], np.asarray(class_keys, dtype=object)[class_keep]
    kind = kind_of(class_geoms)
    metric = Metric(crs, np.concatenate([zone_geoms, class_geoms]), metres_per_unit)
    zone_tiles, zone_owner, zone_values = _tiles_by_key(zone_geoms, zone_keys, scaled(progress, 0.0, 0.3),
                                                        cut=kind != LENGTH)
    if kind == AREA:
        class_items, class_owner, class_values = _tiles_by_key(class_geoms, class_keys, scaled(progress, 0.3, 0.6))
    else:
        class_values, class_owner = np.unique(class_keys, return_inverse=True)
        class_items = class_geoms
        if kind == LENGTH:
            # Overlapping lines of one class count once: merge them per class.
            merged = grouped_union(class_geoms, class_owner) if len(class_geoms) else class_geoms
            class_items, part_owner = shapely.get_parts(merged, return_index=True)
            class_owner = np.unique(class_owner)[part_owner]
    check(progress, 0.6)
    item_index, tile_index, values = measure_inside(class_items, kind, zone_tiles, metric, groups=zone_owner)
    check(progress, 0.9)
    pair_keys = zone_owner[tile_index] * max(1, len(class_values)) + class_owner[item_index]
    keys, inverse = np.unique(pair_keys, return_inverse=True)
    measure = np.bincount(inverse, weights=values, minlength=len(keys))
    zone_of, class_of = keys // max(1, len(class_values)), keys % max(1, len(class_values))
    if kind == AREA:
        zone_area = np.bincount(zone_owner, weights=metric.area(zone_tiles), minlength=len(zone_values))
        denominator = zone_area[zone_of]
    else:
        denominator = np.bincount(zone_of, weights=measure, minlength=len(zone_values))[zone_of]
    with np.errstate(invalid="ignore", divide="ignore"):
        percent = np.where(denominator > 0, np.clip(100.0 * measure / denominator, 0.0, 100.0), 0.0)
    keep = measure > 0
    check(progress, 1.0)
    return TabulateResult(kind, zone_values[zone_of][keep], class_values[class_of][keep], measure[keep],
                          percent[keep], zone_fix.repaired, class_fix.repaired, zone_fix.missing,
                          class_fix.missing)
