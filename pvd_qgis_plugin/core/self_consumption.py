"""Geographic eligibility of an extended collective self-consumption operation.

*Autoconsommation collective étendue* (code de l'énergie L315-2): producers and
consumers linked in one legal person share locally produced electricity. The
arrêté of 21 November 2019 (JO 24/11/2019) sets the proximity criterion: "la
distance séparant les deux participants les plus éloignés n'excède pas deux
kilomètres", measured between delivery points (consumers) and injection points
(producers). Derogations granted by the minister on a reasoned request: the
arrêté of 14 October 2020 allowed up to 20 km for isolated, sparsely populated
places; the arrêté of 19 September 2023 grants 10 km when every participant is
in a rural or peri-urban commune (INSEE density grid: "bourgs ruraux", "rural
à habitat dispersé / très dispersé", "petites villes", "ceintures urbaines")
and 20 km when every participant is in a rural commune.

So the rule bears on the farthest pair (the diameter of the set of
participants), not on the radius of a circle: the smallest enclosing circle
(radius r) is drawn to show the perimeter, and its diameter 2r lies between
the farthest-pair distance d and 2d/sqrt(3).

Distances are metres on a projected CRS; points in a geographic CRS are
projected to the UTM zone of their mean position first (scale error < 0.1 %
over a few km).
"""
from dataclasses import dataclass

import numpy as np
import shapely

from .crs import as_crs, metres_per_unit, to_crs, utm_epsg
from .progress import check

DEFAULT_MAX_DISTANCE_M = 2000.0
#: Derogations of the arrêté of 21 November 2019 as amended on 19 September 2023 (metres).
DEROGATION_PERIURBAN_RURAL_M = 10000.0
DEROGATION_RURAL_M = 20000.0


@dataclass
class PerimeterResult:
    """Eligibility of one operation; per-participant arrays follow the input order.

    ``centre``/``radius_m``: smallest enclosing circle, in metres (``centre``
    in the metric frame, ``centre_in_crs`` in the input CRS); ``circle`` and
    ``farthest_line`` are geometries in the input CRS (``circle`` None for a
    single participant). ``farthest_pair``: indices of the two participants
    farthest apart, ``farthest_distance_m`` their distance. ``compliant``: that
    distance is at most ``limit_m``. Per participant: ``max_distance_m`` to the
    farthest other participant, ``nb_too_far`` = number of participants farther
    than ``limit_m`` from it, ``breaks_rule`` = ``nb_too_far > 0``.
    Substations (if given): ``nearest_substation`` index per participant and
    ``substation_distance_m``; per substation ``in_circle`` and
    ``nb_participants`` (participants for which it is the nearest).
    """

    centre: tuple
    radius_m: float
    circle: object
    farthest_pair: tuple
    farthest_distance_m: float
    farthest_line: object
    limit_m: float
    compliant: bool
    max_distance_m: np.ndarray
    nb_too_far: np.ndarray
    breaks_rule: np.ndarray
    nearest_substation: np.ndarray = None
    substation_distance_m: np.ndarray = None
    in_circle: np.ndarray = None
    nb_participants: np.ndarray = None
    centre_in_crs: tuple = None


def _circle_two(a, b):
    centre = (a + b) / 2.0
    return centre, float(np.hypot(*(a - centre)))


def _circle_three(a, b, c):
    """Circumcircle of a triangle; for (nearly) collinear points, the circle of the farthest two."""
    bx, by = b - a
    cx, cy = c - a
    d = 2.0 * (bx * cy - by * cx)
    if abs(d) < 1e-12 * max(1.0, bx * bx + by * by + cx * cx + cy * cy):
        pairs = [(a, b), (a, c), (b, c)]
        return max((_circle_two(p, q) for p, q in pairs), key=lambda circle: circle[1])
    ux = (cy * (bx * bx + by * by) - by * (cx * cx + cy * cy)) / d
    uy = (bx * (cx * cx + cy * cy) - cx * (bx * bx + by * by)) / d
    return a + np.array([ux, uy]), float(np.hypot(ux, uy))


def smallest_enclosing_circle(xy, seed=0):
    """Exact smallest circle holding all points ``xy`` (n x 2 array): (centre, radius).

    Welzl's randomised incremental algorithm (expected linear time) run on the
    convex hull vertices only, since the circle of a set is that of its hull.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if len(xy) == 0:
        raise ValueError("no point")
    hull = shapely.get_coordinates(shapely.convex_hull(shapely.multipoints(xy)))
    points = np.unique(hull, axis=0)
    points = points[np.random.default_rng(seed).permutation(len(points))]
    scale = max(1.0, float(np.abs(points).max()))
    tolerance = 1e-9 * scale

    def inside(circle, p):
        return float(np.hypot(*(p - circle[0]))) <= circle[1] + tolerance

    circle = (points[0], 0.0)
    for i in range(1, len(points)):
        p = points[i]
        if inside(circle, p):
            continue
        circle = (p, 0.0)
        for j in range(i):
            q = points[j]
            if inside(circle, q):
                continue
            circle = _circle_two(p, q)
            for k in range(j):
                if not inside(circle, points[k]):
                    circle = _circle_three(p, q, points[k])
    return (float(circle[0][0]), float(circle[0][1])), float(circle[1])


def _row_chunks(n, columns, budget=4_000_000):
    step = max(1, budget // max(1, columns))
    return [np.arange(start, min(n, start + step)) for start in range(0, n, step)]


def farthest_pair(xy):
    """(i, j, distance) of the two points farthest apart (ties: the first pair found)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if len(xy) < 2:
        return 0, 0, 0.0
    hull = shapely.get_coordinates(shapely.convex_hull(shapely.multipoints(xy)))
    on_hull = np.unique(np.flatnonzero((xy[:, None, :] == np.unique(hull, axis=0)[None, :, :]).all(axis=2).any(axis=1)))
    candidates = xy[on_hull]
    best = (0, 0, -1.0)
    for rows in _row_chunks(len(candidates), len(candidates)):
        d = np.hypot(candidates[rows, None, 0] - candidates[None, :, 0], candidates[rows, None, 1] - candidates[None, :, 1])
        flat = int(np.argmax(d))
        row, col = divmod(flat, d.shape[1])
        if d[row, col] > best[2]:
            best = (int(on_hull[rows[row]]), int(on_hull[col]), float(d[row, col]))
    i, j, distance = best
    return min(i, j), max(i, j), distance


def _metric(geometries, crs):
    """Coordinates in metres and the functions bringing geometries back to the input CRS."""
    crs = as_crs(crs)
    xy = shapely.get_coordinates(geometries)
    if crs is not None and crs.is_geographic:
        lon, lat = xy[:, 0].mean(), xy[:, 1].mean()
        utm = "EPSG:{}".format(int(utm_epsg(lon, lat)))
        return utm, lambda g: to_crs(g, crs, utm), lambda g: to_crs(g, utm, crs)
    factor = metres_per_unit(crs)
    return None, lambda g: shapely.transform(g, lambda c: c * factor), lambda g: shapely.transform(g, lambda c: c / factor)


def self_consumption_perimeter(participants, max_distance_m=DEFAULT_MAX_DISTANCE_M, substations=None, crs=None,
                               progress=None):
    """Check that all participants lie within ``max_distance_m`` metres of each other.

    ``participants`` and ``substations`` (optional): arrays of shapely points
    in ``crs`` (WKT/authority string; None = projected, metres). Returns a
    :class:`PerimeterResult`; distances in metres. The substations involved are
    the nearest one to each participant and those inside the circle.
    """
    participants = np.asarray(participants, dtype=object)
    if len(participants) == 0:
        raise ValueError("no participant")
    if not max_distance_m > 0:
        raise ValueError("max_distance_m must be positive, got {}".format(max_distance_m))
    _utm, forward, backward = _metric(participants, crs)
    metric = forward(participants)
    xy = shapely.get_coordinates(metric)
    n = len(xy)
    max_distance = np.zeros(n)
    nb_too_far = np.zeros(n, dtype=np.int64)
    chunks = _row_chunks(n, n)
    for number, rows in enumerate(chunks):
        d = np.hypot(xy[rows, None, 0] - xy[None, :, 0], xy[rows, None, 1] - xy[None, :, 1])
        max_distance[rows] = d.max(axis=1)
        nb_too_far[rows] = (d > max_distance_m).sum(axis=1)
        check(progress, 0.7 * (number + 1) / len(chunks))
    i, j, distance = farthest_pair(xy)
    centre, radius = smallest_enclosing_circle(xy)
    check(progress, 0.8)
    circle = shapely.buffer(shapely.Point(centre), radius, quad_segs=64) if radius > 0 else None
    line = shapely.linestrings([xy[i], xy[j]]) if n > 1 else None
    result = PerimeterResult(
        centre, radius, None if circle is None else backward(circle), (i, j), distance,
        None if line is None else backward(line), float(max_distance_m), bool(distance <= max_distance_m),
        max_distance, nb_too_far, nb_too_far > 0)
    back = shapely.get_coordinates(backward(shapely.points([centre])))[0]
    result.centre_in_crs = (float(back[0]), float(back[1]))
    if substations is not None and len(substations):
        stations = forward(np.asarray(substations, dtype=object))
        valid = ~shapely.is_missing(stations)
        valid[valid] = ~shapely.is_empty(stations[valid])
        index = np.flatnonzero(valid)
        tree = shapely.STRtree(stations[index])
        (source, target), gap = tree.query_nearest(metric, return_distance=True, all_matches=False)
        nearest = np.full(n, -1, dtype=np.int64)
        nearest[source] = index[target]
        distances = np.full(n, np.nan)
        distances[source] = gap
        station_xy = np.full((len(stations), 2), np.nan)
        station_xy[index] = shapely.get_coordinates(stations[index])
        with np.errstate(invalid="ignore"):
            inside = np.hypot(station_xy[:, 0] - centre[0], station_xy[:, 1] - centre[1]) <= radius + 1e-6
        result.nearest_substation = nearest
        result.substation_distance_m = distances
        result.in_circle = inside
        result.nb_participants = np.bincount(nearest[nearest >= 0], minlength=len(stations))
    check(progress, 1.0)
    return result
