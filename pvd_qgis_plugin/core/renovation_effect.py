"""Before/after of renovation works: did consumption fall more where the works were?

For each works zone (a polygon: an OPAH perimeter, a renovated block; or a point, taken as the
disc of ``radius_m`` around it) the consumption points inside are summed for a year before the
works and a year after. The same is done for the comparison group (*groupe témoin*): the points of
the same communes outside every works zone, which saw the same winters, prices and sobriety
campaigns. The effect is the difference of the two changes, in percentage points: a zone at
−20 % while the rest of the commune is at −5 % shows an effect of −15 points.

- Changes are computed on the consumption **per site** (MWh / number of sites), so that new or
  demolished dwellings do not pass for savings or losses; totals are given too.
- Weather (optional): with heating degree days (*degrés-jours unifiés*, DJU) per year, the share
  ``heating_share`` of each year's consumption is brought to the reference winter:
  ``corrected = MWh × ((1 − heating_share) + heating_share × DJU_reference / DJU_year)``; the
  reference defaults to the mean of the table's years.
- Small groups are masked as Enedis does: figures on fewer than ``min_sites`` sites (10) in a year
  are not given (NaN), nor the change and the effect that need them.

Points and zones in one projected CRS (metres); a point in several zones counts in each.
No QGIS.
"""
from dataclasses import dataclass

import numpy as np
import shapely

from .defaults import RENOVATION_HEATING_SHARE, RENOVATION_MIN_SITES, RENOVATION_POINT_RADIUS_M
from .geometry import repair
from .messages import N_, UserError
from .model import RENOVATION_FIGURES, names
from .progress import check

COLUMNS = tuple(names(RENOVATION_FIGURES))  # see model.RENOVATION_FIELDS


@dataclass
class RenovationResult:
    """Per works zone (input order): ``values[column]`` for :data:`COLUMNS` (NaN = NULL),
    ``zones`` (the polygons used: points made discs), ``masque`` (None, ``travaux``, ``temoin`` or
    both joined by a comma), ``factors`` ({year: weather correction factor}) and the number of
    consumption points ``ignored`` (no geometry or a NULL year, MWh or number of sites)."""

    values: dict
    zones: np.ndarray
    masque: list
    factors: dict
    ignored: int = 0


def weather_factors(dju, years, heating_share, reference=None):
    """{year: factor} of the weather correction (1.0 for every year without a table).

    ``dju``: {year: heating degree days}; ``reference``: the DJU of the reference winter (None:
    the mean of the table). Raises :class:`UserError` when a year is missing from the table.
    """
    if not dju:
        return {year: 1.0 for year in years}
    missing = [year for year in years if year not in dju or not dju[year] > 0]
    if missing:
        raise UserError(N_("The heating degree days table has no positive value for year {}."),
                        ", ".join(str(year) for year in missing))
    if reference is None:
        reference = float(np.mean(list(dju.values())))
    return {year: (1.0 - heating_share) + heating_share * reference / dju[year] for year in years}


def works_zones(works, radius_m):
    """Polygons of the works: polygons as they are (repaired), points and lines as buffers of ``radius_m``."""
    works = repair(works).geometries
    zones = works.copy()
    present = ~shapely.is_missing(works)
    kinds = np.full(len(works), -1)
    kinds[present] = shapely.get_type_id(works[present])
    thin = present & ~np.isin(kinds, (3, 6))  # not a Polygon or MultiPolygon
    if thin.any():
        zones[thin] = shapely.buffer(works[thin], radius_m, quad_segs=16)
    return zones


def _change(before_mwh, before_sites, after_mwh, after_sites, masked):
    with np.errstate(divide="ignore", invalid="ignore"):
        change = (after_mwh / after_sites) / (before_mwh / before_sites) - 1.0
    return np.where(masked | ~np.isfinite(change), np.nan, 100.0 * change)


def renovation_effect(points, years, mwh, sites, works, year_before, year_after, insee=None,
                      radius_m=RENOVATION_POINT_RADIUS_M, dju=None, dju_reference=None,
                      heating_share=RENOVATION_HEATING_SHARE, min_sites=RENOVATION_MIN_SITES, progress=None):
    """Consumption before/after in each works zone and in its comparison group (module docstring).

    ``points``: consumption points (shapely); ``years``, ``mwh`` (annual MWh), ``sites`` and
    ``insee`` (commune codes, optional: without them the comparison group is every point outside
    the zones): one value per point. ``works``: polygons or points (same CRS, metres).
    """
    if year_after <= year_before:
        raise UserError(N_("The year after the works ({}) must come after the year before ({})."),
                        year_after, year_before)
    points = np.asarray(points, dtype=object)
    years, mwh, sites = (np.asarray(values, dtype=float) for values in (years, mwh, sites))
    usable = ~shapely.is_missing(points)
    usable[usable] = ~shapely.is_empty(points[usable])
    usable &= np.isfinite(years) & np.isfinite(mwh) & np.isfinite(sites)
    ignored = int(np.count_nonzero(~usable))
    factors = weather_factors(dju, (year_before, year_after), heating_share, dju_reference)
    codes = np.array(["" if code is None else str(code) for code in insee], dtype=object) if insee is not None \
        else np.full(len(points), "", dtype=object)
    zones = works_zones(works, radius_m)
    n_zones = len(zones)
    check(progress, 0.2)

    rows = np.flatnonzero(usable)
    present = np.flatnonzero(~shapely.is_missing(zones))
    point_of_pair, zone_of_pair = shapely.STRtree(zones[present]).query(points[rows], predicate="intersects") \
        if len(rows) and len(present) else (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64))
    point_of_pair, zone_of_pair = rows[point_of_pair], present[zone_of_pair]
    inside_any = np.zeros(len(points), dtype=bool)
    inside_any[point_of_pair] = True
    check(progress, 0.6)

    values = {}
    corrected = mwh * np.select([years == year_before, years == year_after],
                                [factors[year_before], factors[year_after]], 0.0)
    for suffix, year in (("avant", year_before), ("apres", year_after)):
        in_year = years[point_of_pair] == year
        values["sites_" + suffix] = np.bincount(zone_of_pair[in_year], sites[point_of_pair[in_year]], n_zones)
        values["conso_{}_mwh".format(suffix)] = np.bincount(zone_of_pair[in_year], corrected[point_of_pair[in_year]],
                                                            n_zones)

    # comparison group: outside every zone, in the communes of the zone's own points
    outside = usable & ~inside_any
    commune_sets = [frozenset(codes[point_of_pair[zone_of_pair == zone]]) for zone in range(n_zones)]
    for name in ("temoin_sites_avant", "temoin_sites_apres", "temoin_conso_avant_mwh", "temoin_conso_apres_mwh"):
        values[name] = np.zeros(n_zones)
    for communes in set(commune_sets):
        group = outside & (np.isin(codes, list(communes)) if communes and insee is not None else True)
        members = [zone for zone in range(n_zones) if commune_sets[zone] == communes]
        for suffix, year in (("avant", year_before), ("apres", year_after)):
            in_year = group & (years == year)
            values["temoin_sites_" + suffix][members] = sites[in_year].sum()
            values["temoin_conso_{}_mwh".format(suffix)][members] = corrected[in_year].sum()
    check(progress, 0.8)

    zone_masked = (values["sites_avant"] < min_sites) | (values["sites_apres"] < min_sites)
    witness_masked = (values["temoin_sites_avant"] < min_sites) | (values["temoin_sites_apres"] < min_sites)
    values["evolution_pc"] = _change(values["conso_avant_mwh"], values["sites_avant"], values["conso_apres_mwh"],
                                     values["sites_apres"], zone_masked)
    values["temoin_evolution_pc"] = _change(values["temoin_conso_avant_mwh"], values["temoin_sites_avant"],
                                            values["temoin_conso_apres_mwh"], values["temoin_sites_apres"],
                                            witness_masked)
    values["effet_pts"] = values["evolution_pc"] - values["temoin_evolution_pc"]
    for suffix in ("avant", "apres"):
        name = "conso_{}_mwh".format(suffix)
        values[name] = np.where(values["sites_" + suffix] < min_sites, np.nan, values[name])
        values["temoin_" + name] = np.where(values["temoin_sites_" + suffix] < min_sites, np.nan,
                                            values["temoin_" + name])
    masque = [",".join(name for name, flag in (("travaux", zone_masked[zone]), ("temoin", witness_masked[zone]))
                       if flag) or None for zone in range(n_zones)]
    check(progress, 1.0)
    return RenovationResult({name: values[name] for name in COLUMNS}, zones, masque, factors, ignored)
