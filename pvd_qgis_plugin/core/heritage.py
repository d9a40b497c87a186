"""Abords of monuments historiques: the zones within a distance of each monument.

Code du patrimoine L621-30: without a *périmètre délimité des abords* (PDA), a
monument's protection covers what lies within 500 m of it. This module draws
those perimeters.
"""
from dataclasses import dataclass, field

import numpy as np
import shapely

from .crs import as_crs, metres_per_unit, to_crs, utm_epsg
from .progress import check

DEFAULT_DISTANCE_M = 500.0
#: Largest distance drawn around monuments held in a geographic CRS: geodesic circles and
#: UTM buffers stay right well beyond it, but a circle of thousands of kilometres would wrap
#: around a pole or across the antimeridian and come back as a wrong polygon.
GEOGRAPHIC_MAX_DISTANCE_M = 100_000.0


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
                        quad_segs=32, progress=None):
    """Perimeters at ``distance_m`` metres around monuments (points, lines or polygons).

    ``geometries`` is an array of shapely geometries (None for a missing one) in
    ``crs`` (WKT or authority string; None means a projected CRS in metres).
    Distances are metres on the ground: planar in a projected CRS (converted
    from its units), geodesic/UTM in a geographic CRS. Missing or empty
    geometries are skipped, invalid ones repaired with ``make_valid``; both are
    listed in the result. With ``dissolve`` the perimeters are merged into one
    (multi)polygon.
    """
    if not distance_m > 0:
        raise ValueError("distance must be positive, got {}".format(distance_m))
    geometries = np.asarray(geometries, dtype=object)
    missing = shapely.is_missing(geometries)
    missing[~missing] = shapely.is_empty(geometries[~missing])
    kept = np.flatnonzero(~missing)
    work = geometries[kept].copy()
    invalid = ~shapely.is_valid(work)
    if invalid.any():
        work[invalid] = shapely.make_valid(work[invalid])
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

    if dissolve:
        merged = shapely.union_all(buffers) if len(buffers) else None
        geometries_out = np.array([merged], dtype=object) if merged is not None else np.empty(0, dtype=object)
        members = [kept] if merged is not None else []
    else:
        geometries_out = buffers
        members = [np.array([index]) for index in kept]
    check(progress, 1.0)
    return HeritageResult(geometries_out, members, skipped=np.flatnonzero(missing), repaired=kept[invalid])
