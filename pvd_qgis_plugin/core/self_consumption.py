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

Every distance is measured on the ground, geodesically on the CRS's ellipsoid
(pyproj ``Geod``), whatever the CRS: a projection's scale error (Lambert-93 is
up to 1e-3 off near 46.5° N, a UTM zone 4e-4 on its central meridian) would
otherwise turn a pair 2 000.3 m apart into a compliant one. The enclosing circle
is drawn in an azimuthal equidistant frame centred on the participants.

The power cap of the operation is 3 MW in the arrêté of 21 November 2019 (later
raised: 5 MW in 2022, up to 10 MW for some operations led by public bodies);
:func:`power_check` compares the producers' total with it.
"""
from dataclasses import dataclass

import numpy as np
import shapely

import pyproj

from .crs import as_crs, to_crs
from .defaults import SELF_CONSUMPTION_MAX_DISTANCE_M as DEFAULT_MAX_DISTANCE_M
from .defaults import SELF_CONSUMPTION_MAX_POWER_MW
from .labels import normalise_label
from .numbers import Unreadable, parse_number
from .progress import check

#: Derogations of the arrêté of 21 November 2019 as amended on 19 September 2023 (metres).
DEROGATION_PERIURBAN_RURAL_M = 10000.0
DEROGATION_RURAL_M = 20000.0
DEFAULT_MAX_POWER_MW = SELF_CONSUMPTION_MAX_POWER_MW

#: The INSEE communal density grid in 7 levels (grille communale de densité).
DENSITY_LEVELS = {
    "grands_centres_urbains": 1, "centres_urbains_intermediaires": 2, "ceintures_urbaines": 3,
    "petites_villes": 4, "bourgs_ruraux": 5, "rural_a_habitat_disperse": 6, "rural_a_habitat_tres_disperse": 7,
}


def density_level(value):
    """Level 1–7 of a density-grid value: a number ('4', 4.0) or a label ('Petites villes'); None if unknown."""
    if value is None:
        return None
    try:
        number = parse_number(value, finite=False)
    except Unreadable:
        number = None
    if number is None:
        return DENSITY_LEVELS.get(normalise_label(value))
    return int(number) if number.is_integer() and 1 <= number <= 7 else None


def limit_for_level(level, max_distance_m=DEFAULT_MAX_DISTANCE_M):
    """The distance a commune of this density level allows (arrêté of 19 September 2023).

    Rural communes (levels 5–7: bourgs ruraux, rural à habitat dispersé, très
    dispersé) 20 km; peri-urban ones (3 ceintures urbaines, 4 petites villes)
    10 km; urban ones (1–2) and unknown levels ``max_distance_m``.
    """
    if level is not None and level >= 5:
        return DEROGATION_RURAL_M
    if level is not None and level >= 3:
        return DEROGATION_PERIURBAN_RURAL_M
    return max_distance_m


def limit_for_levels(levels, max_distance_m=DEFAULT_MAX_DISTANCE_M):
    """The operation's limit: the smallest any participant's commune allows (all must qualify)."""
    return min((limit_for_level(level, max_distance_m) for level in levels), default=max_distance_m)


def levels_at(points, communes, commune_levels):
    """Density level of the commune holding each point (None outside every commune or unknown).

    ``points`` and ``communes`` (polygons): shapely arrays in one CRS;
    ``commune_levels``: one density-grid value per commune (see :func:`density_level`).
    Where communes overlap, the first in the layer's order applies.
    """
    levels = [density_level(value) for value in commune_levels]
    out = [None] * len(points)
    communes = np.asarray(communes, dtype=object)
    usable = np.flatnonzero(~shapely.is_missing(communes))
    if not len(usable) or not len(points):
        return out
    tree = shapely.STRtree(communes[usable])
    point_rows, commune_rows = tree.query(np.asarray(points, dtype=object), predicate="intersects")
    for point, commune in sorted(zip(point_rows.tolist(), usable[commune_rows].tolist()), reverse=True):
        out[point] = levels[commune]
    return out


def power_check(powers_kw, max_power_mw=DEFAULT_MAX_POWER_MW):
    """(total kW of the producers, within the cap): missing values (None, NaN) count 0."""
    total = float(np.nansum(np.array([np.nan if value is None else value for value in powers_kw], dtype=float)))
    return total, total <= max_power_mw * 1000.0


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


def smallest_enclosing_circle(xy):
    """Exact smallest circle holding all points ``xy`` (n x 2 array): (centre, radius).

    GEOS's minimum bounding circle (``shapely.minimum_bounding_radius`` for the radius; the
    centre is that of the circle GEOS draws, a regular polygon centred on it).
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if len(xy) == 0:
        raise ValueError("no point")
    points = shapely.multipoints(xy)
    radius = float(shapely.minimum_bounding_radius(points))
    if radius == 0.0:
        return (float(xy[0, 0]), float(xy[0, 1])), 0.0
    centre = shapely.centroid(shapely.minimum_bounding_circle(points))
    return (float(shapely.get_x(centre)), float(shapely.get_y(centre))), radius


def _row_chunks(n, columns, budget=4_000_000):
    step = max(1, budget // max(1, columns))
    return [np.arange(start, min(n, start + step)) for start in range(0, n, step)]


class _Ground:
    """Distances on the ground between points of one CRS, and a local metric frame to draw in.

    With a CRS: geodesic distances on its ellipsoid; the frame is an azimuthal
    equidistant projection centred on the points' mean position. Without one
    (None): the coordinates are taken as metres on a plane.
    """

    def __init__(self, geometries, crs):
        self.crs = as_crs(crs)
        self.geod = None
        if self.crs is None:
            return
        geographic = self.crs.geodetic_crs
        self.to_lonlat = pyproj.Transformer.from_crs(self.crs, geographic, always_xy=True)
        lon, lat = self.lonlat(geometries)
        self.geod = self.crs.get_geod()
        conversion = pyproj.crs.coordinate_operation.AzimuthalEquidistantConversion(
            float(np.mean(lat)), float(np.mean(lon)))
        self.frame = pyproj.crs.ProjectedCRS(conversion, geodetic_crs=geographic)

    def lonlat(self, geometries):
        xy = shapely.get_coordinates(geometries)
        return self.to_lonlat.transform(xy[:, 0], xy[:, 1])

    def forward(self, geometries):
        return geometries if self.crs is None else to_crs(geometries, self.crs, self.frame)

    def backward(self, geometries):
        return geometries if self.crs is None else to_crs(geometries, self.frame, self.crs)

    def paired(self, a, b):
        """Distances (metres) between the points of ``a`` and ``b`` taken pairwise: (x, y) arrays of
        one shape, lon/lat with a CRS, plane metres without."""
        (ax, ay), (bx, by) = a, b
        if self.geod is None:
            return np.hypot(ax - bx, ay - by)
        _az, _back, distance = self.geod.inv(np.ravel(ax), np.ravel(ay), np.ravel(bx), np.ravel(by))
        return np.asarray(distance, dtype=float).reshape(np.shape(ax))

    def tolerance(self, frame_xy):
        """Bound of the relative error of distances measured in the frame between the points ``frame_xy``.

        The azimuthal equidistant frame is exact along lines through its centre; across, its scale
        is (ρ/R) / sin(ρ/R) ≈ 1 + ρ²/(6R²) at ρ from the centre. Six times that, with the smallest
        radius of curvature of the ellipsoid for R: 1e-6 for points within 16 km. 0 on a plane.
        """
        if self.geod is None or not len(frame_xy):
            return 0.0
        rho = float(np.hypot(frame_xy[:, 0], frame_xy[:, 1]).max())
        radius = self.geod.a * (1.0 - self.geod.es)
        return (rho / radius) ** 2 + 1e-9

    def positions(self, geometries):
        """The (x, y) arrays :meth:`distances` takes."""
        if self.crs is None:
            xy = shapely.get_coordinates(geometries)
            return xy[:, 0], xy[:, 1]
        lon, lat = self.lonlat(geometries)
        return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)


def self_consumption_perimeter(participants, max_distance_m=DEFAULT_MAX_DISTANCE_M, substations=None, crs=None,
                               progress=None):
    """Check that all participants lie within ``max_distance_m`` metres of each other.

    ``participants`` and ``substations`` (optional): arrays of shapely points
    in ``crs`` (WKT/authority string; None = plane coordinates in metres).
    Returns a :class:`PerimeterResult`; distances in metres on the ground
    (geodesic on the CRS's ellipsoid). The substations involved are the nearest
    one to each participant and those inside the circle.
    """
    participants = np.asarray(participants, dtype=object)
    if len(participants) == 0:
        raise ValueError("no participant")
    if not max_distance_m > 0:
        raise ValueError("max_distance_m must be positive, got {}".format(max_distance_m))
    ground = _Ground(participants, crs)
    metric = ground.forward(participants)
    xy = shapely.get_coordinates(metric)
    px, py = ground.positions(participants)
    n = len(xy)
    max_distance = np.zeros(n)
    farthest = np.zeros(n, dtype=np.int64)
    nb_too_far = np.zeros(n, dtype=np.int64)
    tolerance = ground.tolerance(xy)
    chunks = _row_chunks(n, n)
    for number, rows in enumerate(chunks):
        d = np.hypot(xy[rows, None, 0] - xy[None, :, 0], xy[rows, None, 1] - xy[None, :, 1])
        if tolerance:
            # the frame's distances are within ``tolerance`` (relative) of the ground's: measure on the
            # ground the pairs whose side of the limit, or whose rank as a row's farthest, that could change
            near = np.abs(d - max_distance_m) <= tolerance * np.maximum(d, max_distance_m)
            near |= d >= d.max(axis=1, keepdims=True) * (1.0 - 3.0 * tolerance)
            r, c = np.nonzero(near)
            d[r, c] = ground.paired((px[rows][r], py[rows][r]), (px[c], py[c]))
        farthest[rows] = d.argmax(axis=1)
        max_distance[rows] = d[np.arange(len(rows)), farthest[rows]]
        nb_too_far[rows] = (d > max_distance_m).sum(axis=1)
        check(progress, 0.7 * (number + 1) / len(chunks))
    first = int(np.argmax(max_distance))
    i, j = sorted((first, int(farthest[first])))
    distance = float(max_distance[first])
    centre, radius = smallest_enclosing_circle(xy)
    check(progress, 0.8)
    circle = shapely.buffer(shapely.Point(centre), radius, quad_segs=64) if radius > 0 else None
    line = shapely.linestrings([xy[i], xy[j]]) if n > 1 else None
    backward = ground.backward
    result = PerimeterResult(
        centre, radius, None if circle is None else backward(circle), (i, j), distance,
        None if line is None else backward(line), float(max_distance_m), bool(distance <= max_distance_m),
        max_distance, nb_too_far, nb_too_far > 0)
    back = shapely.get_coordinates(backward(shapely.points([centre])))[0]
    result.centre_in_crs = (float(back[0]), float(back[1]))
    if substations is not None and len(substations):
        stations = ground.forward(np.asarray(substations, dtype=object))
        valid = ~shapely.is_missing(stations)
        valid[valid] = ~shapely.is_empty(stations[valid])
        index = np.flatnonzero(valid)
        tree = shapely.STRtree(stations[index])
        source, target = tree.query_nearest(metric, all_matches=False)
        nearest = np.full(n, -1, dtype=np.int64)
        nearest[source] = index[target]
        distances = np.full(n, np.nan)
        sx, sy = ground.positions(np.asarray(substations, dtype=object)[nearest[source]])
        distances[source] = ground.paired((px[source], py[source]), (sx, sy))
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
