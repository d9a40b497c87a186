"""Abords of monuments historiques: the zones within a distance of each monument.

Code du patrimoine L621-30: where a *périmètre délimité des abords* (PDA) has
been delimited it is the monument's perimeter; without one, the protection
covers what lies within 500 m of it (and is visible from it or together with
it: see :mod:`.visibility`). This module draws those perimeters.
"""
from dataclasses import dataclass, field

import numpy as np
import shapely

from .crs import as_crs, metres_per_unit, to_crs, utm_epsg
from .defaults import ABORDS_DISTANCE_M as DEFAULT_DISTANCE_M
from .defaults import AVIS_ACCORD, AVIS_SIMPLE, HERITAGE_MODE_PDA, HERITAGE_MODE_RAYON, HORS_ABORDS
from .geometry import repair
from .progress import check

#: Largest distance drawn around monuments held in a geographic CRS: geodesic circles and
#: UTM buffers stay right well beyond it, but a circle of thousands of kilometres would wrap
#: around a pole or across the antimeridian and come back as a wrong polygon.
GEOGRAPHIC_MAX_DISTANCE_M = 100_000.0
#: How a perimeter was drawn: a delimited PDA, or the circle of ``distance_m``.
MODE_PDA, MODE_RAYON = HERITAGE_MODE_PDA, HERITAGE_MODE_RAYON


@dataclass
class HeritageResult:
    """Perimeters in the input CRS.

    ``members[i]`` holds the indices of the input monuments that perimeter ``i``
    covers (one index each without dissolving, all kept monuments otherwise).
    """

    geometries: np.ndarray
    members: list
    skipped: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=int))
    repaired: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=int))
    modes: list = field(default_factory=list)  # per perimeter: 'pda', 'rayon' (dissolved: both, '; '-joined)


def pda_by_monument(names, pda_geometries, pda_ids):
    """Match PDA polygons to monuments: ({monument index: PDA geometry}, PDA ids matching no monument).

    A PDA belongs to the monuments whose name equals its id (compared as text,
    surrounding spaces ignored); several polygons of one id are merged. Missing
    PDA geometries are ignored; invalid ones repaired.
    """
    by_id = {}
    pda_geometries = repair(pda_geometries, empty_as_none=True).geometries
    for geometry, pda_id in zip(pda_geometries, pda_ids):
        if pda_id is None or geometry is None:
            continue
        by_id.setdefault(str(pda_id).strip(), []).append(geometry)
    matched, used = {}, set()
    for index, name in enumerate(names):
        key = None if name is None else str(name).strip()
        if key in by_id:
            matched[index] = shapely.union_all(by_id[key])
            used.add(key)
    return matched, sorted(set(by_id) - used)


def _geodesic_circles(points, distance_m, vertices, geod):
    """Exact geodesic circles around lon/lat points, as polygons in lon/lat."""
    lon = np.repeat(shapely.get_x(points), vertices)
    lat = np.repeat(shapely.get_y(points), vertices)
    azimuths = np.tile(np.linspace(0.0, 360.0, vertices, endpoint=False), len(points))
    ring_lon, ring_lat, _ = geod.fwd(lon, lat, azimuths, np.full(lon.shape, distance_m))
    rings = np.stack([ring_lon, ring_lat], axis=1).reshape(len(points), vertices, 2)
    rings = np.concatenate([rings, rings[:, :1, :]], axis=1)
    return shapely.polygons(rings)


def _buffer_geographic(geometries, distance_m, quad_segs, crs):
    """Buffers in metres of geometries held in a geographic CRS.

    Points get exact geodesic circles; other shapes are buffered in the UTM zone
    of their centroid (scale error below 0.1 %) and brought back.
    """
    out = np.empty(len(geometries), dtype=object)
    is_point = shapely.get_type_id(geometries) == shapely.GeometryType.POINT
    if is_point.any():
        out[is_point] = _geodesic_circles(geometries[is_point], distance_m, 4 * quad_segs, crs.get_geod())
    others = np.flatnonzero(~is_point)
    if len(others):
        centroids = shapely.centroid(geometries[others])
        zones = utm_epsg(shapely.get_x(centroids), shapely.get_y(centroids))
        for zone in np.unique(zones):
            rows = others[zones == zone]
            projected = to_crs(geometries[rows], crs, "EPSG:{}".format(zone))
            buffered = shapely.buffer(projected, distance_m, quad_segs=quad_segs)
            out[rows] = to_crs(buffered, "EPSG:{}".format(zone), crs)
    return out


def heritage_perimeters(geometries, distance_m=DEFAULT_DISTANCE_M, dissolve=False, crs=None,
                        quad_segs=32, progress=None, pda=None):
    """Perimeters at ``distance_m`` metres around monuments (points, lines or polygons).

    ``geometries`` is an array of shapely geometries (None for a missing one) in
    ``crs`` (WKT or authority string; None means a projected CRS in metres).
    Distances are metres on the ground: planar in a projected CRS (converted
    from its units), geodesic/UTM in a geographic CRS. Missing or empty
    geometries are skipped, invalid ones repaired (:func:`.geometry.repair`); both are
    listed in the result (an outline that repairs to nothing, a flat one, in both). With
    ``dissolve`` the perimeters are merged into one (multi)polygon. ``pda``: {monument
    index: PDA polygon in ``crs``} (see :func:`pda_by_monument`): those monuments get
    their PDA instead of the circle.
    """
    if not distance_m > 0:
        raise ValueError("distance must be positive, got {}".format(distance_m))
    fixed = repair(geometries)
    kept = np.setdiff1d(np.arange(len(fixed.geometries)), fixed.missing)
    work = fixed.geometries[kept]
    check(progress, 0.1)

    crs = as_crs(crs)
    chunks = np.array_split(np.arange(len(work)), max(1, min(20, len(work) // 500)))
    buffers = np.empty(len(work), dtype=object)
    for number, rows in enumerate(chunks):
        if crs is not None and crs.is_geographic:
            buffers[rows] = _buffer_geographic(work[rows], distance_m, quad_segs, crs)
        else:
            buffers[rows] = shapely.buffer(work[rows], distance_m / metres_per_unit(crs), quad_segs=quad_segs)
        check(progress, 0.1 + 0.8 * (number + 1) / len(chunks))

    modes = [MODE_RAYON] * len(kept)
    for position, index in enumerate(kept):
        if pda and index in pda:
            buffers[position] = pda[index]
            modes[position] = MODE_PDA
    if dissolve:
        merged = shapely.union_all(buffers) if len(buffers) else None
        geometries_out = np.array([merged], dtype=object) if merged is not None else np.empty(0, dtype=object)
        members = [kept] if merged is not None else []
        modes = ["; ".join(sorted(set(modes)))] if merged is not None else []
    else:
        geometries_out = buffers
        members = [np.array([index]) for index in kept]
    check(progress, 1.0)
    return HeritageResult(geometries_out, members, skipped=fixed.missing, repaired=fixed.repaired,
                          modes=modes)


@dataclass
class AbfOpinions:
    """Per input feature: ``avis`` (accord, avis_simple, hors_abords; None without geometry) and
    ``monuments`` (sorted names of the monuments whose abords it touches)."""

    avis: list
    monuments: list


def abf_opinions(features, perimeters, perimeter_names, perimeter_modes, fields_of_view=None, view_names=None):
    """What the Architecte des Bâtiments de France says about works on each feature.

    Code du patrimoine L621-30, L632-2: inside a PDA, or within the circle and
    visible from the monument (its field of view), works need the ABF's
    ``accord``; within the circle but out of sight, a simple avis
    (``avis_simple``); elsewhere ``hors_abords``. A feature touching several
    abords gets the strongest answer.

    ``features``, ``perimeters`` (polygons) and ``fields_of_view`` (polygons, optional)
    are shapely arrays in one CRS. ``perimeter_names``: per perimeter, the list of
    its monuments' names; ``perimeter_modes``: ``pda`` or anything else (a circle);
    ``view_names``: the monument of each field of view. Without ``fields_of_view``
    everything within a circle is ``accord``, the prudent answer: visibility unknown.
    """
    features = np.asarray(features, dtype=object)
    perimeters = np.asarray(perimeters, dtype=object)
    present = ~shapely.is_missing(features)
    present[present] = ~shapely.is_empty(features[present])
    usable = np.flatnonzero(~shapely.is_missing(perimeters))
    avis = [HORS_ABORDS if keep else None for keep in present]
    names = [set() for _ in range(len(features))]
    if not len(usable) or not present.any():
        return AbfOpinions(avis, ["; ".join(sorted(found)) for found in names])
    views = {}
    if fields_of_view is not None:
        for geometry, name in zip(fields_of_view, view_names):
            if geometry is not None and not shapely.is_empty(geometry):
                views.setdefault(str(name), []).append(geometry)
        views = {name: shapely.union_all(parts) for name, parts in views.items()}
    rows = np.flatnonzero(present)
    tree = shapely.STRtree(perimeters[usable])
    feature_rows, perimeter_rows = tree.query(features[rows], predicate="intersects")
    strength = {HORS_ABORDS: 0, AVIS_SIMPLE: 1, AVIS_ACCORD: 2}
    for feature, perimeter in zip(rows[feature_rows], usable[perimeter_rows]):
        monuments = [str(name) for name in perimeter_names[perimeter]]
        names[feature].update(monuments)
        if perimeter_modes[perimeter] == HERITAGE_MODE_PDA or fields_of_view is None:
            answer = AVIS_ACCORD
        else:
            seen = any(name in views and shapely.intersects(features[feature], views[name]) for name in monuments)
            answer = AVIS_ACCORD if seen else AVIS_SIMPLE
        if strength[answer] > strength[avis[feature]]:
            avis[feature] = answer
    return AbfOpinions(avis, ["; ".join(sorted(found)) for found in names])
