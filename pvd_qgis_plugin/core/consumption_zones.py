"""Electricity consumption aggregated per zone (polygons or a square grid) and per year.

Input: consumption points (one per address, IRIS or site group, as in the
model layer ``consommation_electrique``) with a year, an annual consumption in
MWh and a number of sites (delivery points). Output per zone: total MWh,
number of sites, MWh per site, share of the commune total, a flag for zones
above a percentile of the zones' totals, and the change against a reference
year. Zones with fewer sites than a threshold are masked (all values NULL),
because Enedis publishes aggregates only, so that no household can be
re-identified.

All coordinates are in one projected CRS in metres (the caller reprojects).
"""
from dataclasses import dataclass, field

import numpy as np
import shapely

from .geometry import repair
from .defaults import CONSUMPTION_MIN_SITES as DEFAULT_MIN_SITES
from .defaults import CONSUMPTION_PERCENTILE as DEFAULT_PERCENTILE
from .progress import check


@dataclass
class ZoneConsumption:
    """Per-zone results, arrays of one value per zone (NaN = NULL).

    For a zone layer, zone ``i`` is input zone ``i``; for a grid, ``geometries``
    holds the cells (squares) and ``zone_ids`` their names ``E<xmin>N<ymin>``.
    ``insee``: the commune holding most of the zone's MWh in the year (None
    when unknown). ``part_commune_pct``: the zone's MWh over the total MWh of
    the communes present in the zone (all their points, inside zones or not),
    in percent. ``threshold_mwh``: the percentile of the unmasked zones' MWh;
    ``above_percentile``: MWh strictly above it. ``ref_*`` and ``change_*``
    are filled only with a reference (comparison) year: change = year -
    reference, in MWh and in percent of the reference.
    """

    nb_sites: np.ndarray
    conso_mwh: np.ndarray
    mwh_per_site: np.ndarray
    insee: np.ndarray
    part_commune_pct: np.ndarray
    above_percentile: np.ndarray
    masked: np.ndarray
    threshold_mwh: float
    geometries: np.ndarray = None
    zone_ids: list = None
    ref_nb_sites: np.ndarray = None
    ref_conso_mwh: np.ndarray = None
    ref_masked: np.ndarray = None
    change_mwh: np.ndarray = None
    change_pct: np.ndarray = None
    ignored_points: int = 0
    repaired_zones: int = 0
    repaired_zone_indices: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=int))


def _grid_assignment(points, grid_size):
    """Cell of each point on a grid aligned on multiples of ``grid_size`` metres."""
    x, y = shapely.get_x(points), shapely.get_y(points)
    col = np.floor(x / grid_size).astype(np.int64)
    row = np.floor(y / grid_size).astype(np.int64)
    cells, cell_of_point = np.unique(np.stack([col, row], axis=1), axis=0, return_inverse=True)
    cell_of_point = cell_of_point.reshape(-1)
    geometries = shapely.box(cells[:, 0] * grid_size, cells[:, 1] * grid_size,
                             (cells[:, 0] + 1) * grid_size, (cells[:, 1] + 1) * grid_size)
    names = ["E{:.0f}N{:.0f}".format(c * grid_size, r * grid_size) for c, r in cells]
    return cell_of_point, np.arange(len(points)), geometries, names


def _sums(zone_of_pair, point_of_pair, selected, values, n_zones):
    keep = selected[point_of_pair]
    return np.bincount(zone_of_pair[keep], weights=values[point_of_pair[keep]], minlength=n_zones)


def _commune_share(zone_of_pair, point_of_pair, in_year, mwh, insee, n_zones):
    """(main commune per zone, zone MWh / total MWh of the communes present) for one year."""
    codes, commune_of_point = np.unique(insee.astype(str), return_inverse=True)
    codes = codes.astype(object)
    n_communes = len(codes)
    commune_total = np.bincount(commune_of_point[in_year], weights=mwh[in_year], minlength=n_communes)
    keep = in_year[point_of_pair]
    zones, points = zone_of_pair[keep], point_of_pair[keep]
    main = np.full(n_zones, None, dtype=object)
    denominator = np.zeros(n_zones)
    if len(zones):
        keys, key_of_pair = np.unique(zones * n_communes + commune_of_point[points], return_inverse=True)
        key_mwh = np.bincount(key_of_pair.reshape(-1), weights=mwh[points], minlength=len(keys))
        key_zone, key_commune = keys // n_communes, keys % n_communes
        denominator = np.bincount(key_zone, weights=commune_total[key_commune], minlength=n_zones)
        order = np.lexsort((-key_mwh, key_zone))
        first = order[np.r_[True, key_zone[order][1:] != key_zone[order][:-1]]]
        main[key_zone[first]] = codes[key_commune[first]]
        main[main == ""] = None
    return main, denominator


def consumption_by_zone(points, years, mwh, sites, year, zones=None, grid_size=None, insee=None,
                        compare_year=None, percentile=DEFAULT_PERCENTILE, min_sites=DEFAULT_MIN_SITES,
                        progress=None):
    """Aggregate consumption points into zones for ``year`` (and ``compare_year``).

    ``points``: shapely points (projected CRS, metres); ``years``, ``mwh``
    (annual consumption, MWh), ``sites`` (number of delivery points) and
    ``insee`` (commune codes, optional): one value per point; NaN/None values
    and missing geometries are ignored and counted in ``ignored_points``.
    Either ``zones`` (shapely polygons, same CRS; a point in several zones, or
    on their shared edge, counts in each) or ``grid_size`` (metres: square
    cells aligned on multiples of it, only cells holding a point of either
    year are returned). Invalid zones are repaired (:func:`.geometry.repair`) for the
    point-in-zone test, counted in ``repaired_zones`` and listed in
    ``repaired_zone_indices``; zones without
    geometry hold nothing. Zones with fewer than ``min_sites`` sites in a year
    are masked: their values for that year are NaN.
    """
    if (zones is None) == (grid_size is None):
        raise ValueError("give either zones or grid_size")
    if grid_size is not None and not grid_size > 0:
        raise ValueError("grid_size must be positive, got {}".format(grid_size))
    if not 0 <= percentile <= 100:
        raise ValueError("percentile must be between 0 and 100, got {}".format(percentile))
    points = np.asarray(points, dtype=object)
    years = np.asarray(years, dtype=float)
    mwh = np.asarray(mwh, dtype=float)
    sites = np.asarray(sites, dtype=float)
    usable = ~shapely.is_missing(points)
    usable[usable] = ~shapely.is_empty(points[usable])
    usable &= np.isfinite(years) & np.isfinite(mwh) & np.isfinite(sites)
    if insee is not None:
        # points without a commune code count in the zones, in a commune of their own ("")
        insee = np.array(["" if code is None else str(code) for code in insee], dtype=object)
    wanted = years == year
    if compare_year is not None:
        wanted |= years == compare_year
    kept = np.flatnonzero(usable & wanted)
    ignored = int(np.count_nonzero(~usable))
    points, years, mwh, sites = points[kept], years[kept], mwh[kept], sites[kept]
    insee = insee[kept] if insee is not None else None
    check(progress, 0.1)

    repaired = np.empty(0, dtype=int)
    if zones is not None:
        # only for the point-in-zone test: a repaired copy, the caller keeps its geometries
        fixed = repair(zones)
        zones, repaired = fixed.geometries, fixed.repaired
        # a tree of the zones queried by the points (faster than the reverse): pairs come by point; a stable
        # sort groups them by zone, each zone's points in input order (the order of the sums)
        point_of_pair, zone_of_pair = shapely.STRtree(zones).query(points, predicate="intersects")
        by_zone = np.argsort(zone_of_pair, kind="stable")
        zone_of_pair, point_of_pair = zone_of_pair[by_zone], point_of_pair[by_zone]
        geometries, names, n_zones = None, None, len(zones)
    else:
        zone_of_pair, point_of_pair, geometries, names = _grid_assignment(points, grid_size)
        n_zones = len(geometries)
    check(progress, 0.6)

    def one_year(value):
        in_year = years == value
        nb = _sums(zone_of_pair, point_of_pair, in_year, sites, n_zones)
        total = _sums(zone_of_pair, point_of_pair, in_year, mwh, n_zones)
        masked = nb < min_sites
        return in_year, np.where(masked, np.nan, nb), np.where(masked, np.nan, total), masked

    in_year, nb, total, masked = one_year(year)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_site = np.where(nb > 0, total / nb, np.nan)
    main = np.full(n_zones, None, dtype=object)
    share = np.full(n_zones, np.nan)
    if insee is not None:
        main, denominator = _commune_share(zone_of_pair, point_of_pair, in_year, mwh, insee, n_zones)
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(~masked & (denominator > 0), 100.0 * total / denominator, np.nan)
    visible = total[~masked]
    threshold = float(np.percentile(visible, percentile)) if len(visible) else float("nan")
    above = ~masked & (total > threshold)
    result = ZoneConsumption(nb, total, per_site, main, share, above, masked, threshold,
                             geometries=geometries, zone_ids=names, ignored_points=ignored,
                             repaired_zones=len(repaired), repaired_zone_indices=repaired)
    if compare_year is not None:
        _in_ref, ref_nb, ref_total, ref_masked = one_year(compare_year)
        change = np.where(masked | ref_masked, np.nan, total - ref_total)
        with np.errstate(divide="ignore", invalid="ignore"):
            change_pct = np.where(np.isfinite(change) & (ref_total > 0), 100.0 * change / ref_total, np.nan)
        result.ref_nb_sites, result.ref_conso_mwh, result.ref_masked = ref_nb, ref_total, ref_masked
        result.change_mwh, result.change_pct = change, change_pct
    check(progress, 1.0)
    return result
