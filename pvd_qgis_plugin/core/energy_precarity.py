"""An energy precarity index per 200 m cell (or per zone): where to look first.

The index points at *places* where households are likely to struggle to heat their home; it
says nothing about any person. It adds up to six criteria, each a value between 0 and 1
multiplied by its weight (its *points*):

- ``pauvrete`` (poverty): the share of poor households, ``men_pauv / men`` (INSEE Filosofi: a
  standard of living under 60 % of the national median);
- ``niveau_vie`` (income): 0 at or above the national median standard of living
  ``median_income`` (€ per person and year), 1 at or under the poverty line (60 % of it),
  linear in between, on the cell's mean standard of living ``ind_snv / ind`` (Filosofi);
- ``logements_anciens`` (old dwellings): the share of dwellings built before 1970 (before the
  first thermal regulation of 1974), ``(log_av45 + log_45_70) / (log_av45 + log_45_70 +
  log_70_90 + log_ap90)`` (Filosofi);
- ``passoires`` (energy sieves): the share of DPE labelled F or G (ADEME DPE inside the unit);
- ``chauffage_electrique`` (electric heating): the share of DPE whose main heating is electric
  (the bill follows the price of electricity and the cold);
- ``consommation`` (consumption): the electricity used per dwelling (Enedis), MWh per site,
  divided by ``high_consumption_mwh`` and capped at 1.

Small groups are masked, as the publishers do: Filosofi figures on fewer than 11 households
(INSEE's threshold; its cells below it are already merged before publication), DPE shares on
fewer than 5 DPE, consumption on fewer than 10 sites (Enedis's threshold). A masked or unknown
criterion is left out and the index is the weighted mean of the known ones, on the scale of
the sum of all weights: ``indice = sum(points) × sum(all weights) / sum(weights of the known
criteria)``.

Per zone (``zones``), the Filosofi counts of a cell are shared out by the area of the cell
inside the zone (households spread evenly in their cell); DPE and consumption points count in
every zone they fall in. Per cell, a point on an edge shared by two cells counts once (the
first cell). All geometries in one projected CRS; no QGIS.
"""
from dataclasses import dataclass

import numpy as np
import shapely

from .defaults import PRECARITY_CRITERIA as CRITERIA
from .defaults import (
    PRECARITY_HIGH_CONSUMPTION_MWH,
    PRECARITY_MEDIAN_INCOME_EUR,
    PRECARITY_MIN_DPE,
    PRECARITY_MIN_HOUSEHOLDS,
    PRECARITY_MIN_SITES,
    PRECARITY_WEIGHTS,
)
from .geometry import repair
from .labels import normalise_label
from .model import PRECARITY_FIELDS, PRECARITY_FIGURES, PRECARITY_POINTS, names
from .progress import check
from .substation_priority import competition_rank

FILOSOFI_COUNTS = ("men", "men_pauv", "ind", "ind_snv", "log_av45", "log_45_70", "log_70_90", "log_ap90")
# Output columns, in order (the figures, the points, then the index): see model.PRECARITY_FIELDS.
POINTS_COLUMNS = dict(zip(CRITERIA, names(PRECARITY_POINTS)))
FIGURES = tuple(names(PRECARITY_FIGURES))
OUTPUT_COLUMNS = tuple(names(PRECARITY_FIELDS))
MASKS = ("filosofi", "dpe", "conso")
DECIMALS = 6


@dataclass
class PrecarityResult:
    """Per unit (cell or zone, input order): ``figures[name]`` (NaN = NULL), ``criteria`` (values
    in [0, 1], NaN when unknown or masked), ``points`` (weight × value), ``indice``, ``rang`` (1
    for the highest index, ties share a rank; 0 without index), ``order`` (units by rank, ties in
    input order, those without index last) and ``masque`` (None, or the masked groups of figures
    among ``filosofi``, ``dpe``, ``conso`` joined by commas). ``ignored_points``: DPE and consumption
    points without geometry; ``invalid_labels``: DPE whose label is not A to G (case and spaces
    ignored), left out of every DPE figure."""

    figures: dict
    criteria: dict
    points: dict
    indice: np.ndarray
    rang: np.ndarray
    order: np.ndarray
    masque: list
    ignored_points: int = 0
    invalid_labels: int = 0


def is_electric(energy):
    """True for the DPE names of electricity ('Électricité', 'electricite', 'Électricité d'origine renouvelable …')."""
    return normalise_label(energy).startswith("electri")


def _per_value(values, test):
    """``test`` of each value as a boolean array, computed once per distinct value (labels repeat)."""
    codes = {}
    index = np.fromiter((codes.setdefault(value, len(codes)) for value in values), dtype=np.int64)
    return np.array([bool(test(value)) for value in codes], dtype=bool)[index] if len(index) else \
        np.zeros(0, dtype=bool)


def _points_in_units(units, points, once):
    """(point index, unit index) pairs of points inside units; ``once``: one unit per point (the first)."""
    points = np.asarray(points, dtype=object)
    usable = ~shapely.is_missing(points)
    usable[usable] = ~shapely.is_empty(points[usable])
    rows = np.flatnonzero(usable)
    if not len(rows) or not len(units):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), int(len(points) - len(rows))
    point_of_pair, unit_of_pair = shapely.STRtree(units).query(points[rows], predicate="intersects")
    if once and len(point_of_pair):
        order = np.lexsort((unit_of_pair, point_of_pair))
        point_of_pair, unit_of_pair = point_of_pair[order], unit_of_pair[order]
        first = np.r_[True, point_of_pair[1:] != point_of_pair[:-1]]
        point_of_pair, unit_of_pair = point_of_pair[first], unit_of_pair[first]
    return rows[point_of_pair], unit_of_pair, int(len(points) - len(rows))


def _count(unit_of_pair, weights, n_units):
    return np.bincount(unit_of_pair, weights=weights, minlength=n_units).astype(float)


def _share(numerator, denominator, masked):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(~masked & (denominator > 0), numerator / denominator, np.nan)


def energy_precarity(cells, filosofi, zones=None, dpe=None, dpe_labels=None, dpe_heating=None,
                     consumption=None, consumption_mwh=None, consumption_sites=None, weights=None,
                     median_income=PRECARITY_MEDIAN_INCOME_EUR, high_consumption_mwh=PRECARITY_HIGH_CONSUMPTION_MWH,
                     min_households=PRECARITY_MIN_HOUSEHOLDS, min_dpe=PRECARITY_MIN_DPE,
                     min_sites=PRECARITY_MIN_SITES, progress=None):
    """The index of every cell (``zones`` None) or zone (see the module docstring).

    ``cells``: shapely polygons; ``filosofi``: {count: array per cell} for :data:`FILOSOFI_COUNTS`
    (NaN when unknown); ``zones``: polygons or None; ``dpe``: points with ``dpe_labels`` (A–G)
    and ``dpe_heating`` (energy of the main heating, may be None); ``consumption``: points (one
    year, the sectors wanted) with ``consumption_mwh`` and ``consumption_sites``. Any of the point
    layers may be None: its criteria are then unknown. ``weights``: criterion -> weight (missing
    ones take the defaults). One projected CRS for all; invalid polygons are repaired first.
    """
    weights = dict(PRECARITY_WEIGHTS, **(weights or {}))
    cells = repair(cells).geometries
    values = {name: np.nan_to_num(np.asarray(filosofi.get(name, np.full(len(cells), np.nan)), dtype=float))
              for name in FILOSOFI_COUNTS}
    known = {name: np.isfinite(np.asarray(filosofi.get(name, np.full(len(cells), np.nan)), dtype=float))
             for name in FILOSOFI_COUNTS}
    if zones is None:
        units, n_units = cells, len(cells)
        sums = values
        present = {name: known[name].astype(float) for name in FILOSOFI_COUNTS}
    else:
        units = repair(zones).geometries
        n_units = len(units)
        usable = np.flatnonzero(~shapely.is_missing(cells))
        zone_of_pair, cell_of_pair = shapely.STRtree(cells[usable]).query(units, predicate="intersects")
        cell_of_pair = usable[cell_of_pair]
        with np.errstate(divide="ignore", invalid="ignore"):
            part = shapely.area(shapely.intersection(units[zone_of_pair], cells[cell_of_pair])) / \
                shapely.area(cells[cell_of_pair])
        part = np.nan_to_num(part)
        sums = {name: _count(zone_of_pair, part * values[name][cell_of_pair], n_units) for name in FILOSOFI_COUNTS}
        present = {name: _count(zone_of_pair, part * known[name][cell_of_pair], n_units) for name in FILOSOFI_COUNTS}
    check(progress, 0.3)

    figures, criteria = {}, {}
    men = np.where(present["men"] > 0, sums["men"], np.nan)
    filosofi_masked = ~(men >= min_households)
    figures["men"] = men
    poor = _share(sums["men_pauv"], sums["men"], filosofi_masked | ~(present["men_pauv"] > 0))
    figures["part_men_pauvres_pc"] = 100.0 * poor
    criteria["pauvrete"] = poor
    income = _share(sums["ind_snv"], sums["ind"], filosofi_masked | ~(present["ind_snv"] > 0))
    figures["niveau_vie_eur"] = income
    criteria["niveau_vie"] = np.clip((median_income - income) / (0.4 * median_income), 0.0, 1.0)
    old = sums["log_av45"] + sums["log_45_70"]
    dated = old + sums["log_70_90"] + sums["log_ap90"]
    old_share = _share(old, dated, filosofi_masked | ~(present["log_av45"] > 0))
    figures["part_logements_avant_1970_pc"] = 100.0 * old_share
    criteria["logements_anciens"] = old_share

    ignored = invalid_labels = 0
    dpe_masked = np.zeros(n_units, dtype=bool)
    if dpe is not None:
        labelled = _per_value(dpe_labels, lambda label: str(label or "").strip().upper() in tuple("ABCDEFG"))
        invalid_labels = int(np.count_nonzero(~labelled))
        point_rows, unit_of_pair, ignored_dpe = _points_in_units(
            units, np.where(labelled, np.asarray(dpe, dtype=object), None), once=zones is None)
        ignored += ignored_dpe - invalid_labels
        sieve = _per_value(dpe_labels, lambda label: str(label or "").strip().upper() in ("F", "G"))
        count = _count(unit_of_pair, None, n_units)
        sieves = _count(unit_of_pair, sieve[point_rows].astype(float), n_units)
        dpe_masked = count < min_dpe
        figures["nb_dpe"] = count
        criteria["passoires"] = _share(sieves, count, dpe_masked)
        if dpe_heating is not None:
            stated = _count(unit_of_pair, _per_value(dpe_heating, lambda value: bool(str(value or "").strip()))[
                point_rows].astype(float), n_units)
            electric = _count(unit_of_pair, _per_value(dpe_heating, is_electric)[point_rows].astype(float), n_units)
            criteria["chauffage_electrique"] = _share(electric, stated, stated < min_dpe)
            dpe_masked |= (stated < min_dpe) & (count > 0)
        else:
            criteria["chauffage_electrique"] = np.full(n_units, np.nan)
    else:
        figures["nb_dpe"] = np.full(n_units, np.nan)
        criteria["passoires"] = criteria["chauffage_electrique"] = np.full(n_units, np.nan)
    figures["part_dpe_fg_pc"] = 100.0 * criteria["passoires"]
    figures["part_chauffage_electrique_pc"] = 100.0 * criteria["chauffage_electrique"]
    check(progress, 0.6)

    conso_masked = np.zeros(n_units, dtype=bool)
    if consumption is not None:
        mwh = np.asarray(consumption_mwh, dtype=float)
        sites = np.asarray(consumption_sites, dtype=float)
        valid = np.isfinite(mwh) & np.isfinite(sites)
        point_rows, unit_of_pair, ignored_conso = _points_in_units(units, np.where(valid, consumption, None),
                                                                   once=zones is None)
        ignored += ignored_conso
        total = _count(unit_of_pair, mwh[point_rows], n_units)
        count = _count(unit_of_pair, sites[point_rows], n_units)
        conso_masked = (count < min_sites) & (count > 0)
        per_dwelling = _share(total, count, count < min_sites)
        figures["conso_mwh_par_logement"] = per_dwelling
        criteria["consommation"] = np.clip(per_dwelling / high_consumption_mwh, 0.0, 1.0)
    else:
        figures["conso_mwh_par_logement"] = criteria["consommation"] = np.full(n_units, np.nan)
    check(progress, 0.8)

    points = {name: np.round(weights[name] * criteria[name], DECIMALS) for name in CRITERIA}
    stacked = np.array([points[name] for name in CRITERIA]).reshape(len(CRITERIA), n_units)
    known_weight = np.array([np.where(np.isfinite(criteria[name]), weights[name], 0.0) for name in CRITERIA]
                            ).reshape(len(CRITERIA), n_units).sum(axis=0)
    total_weight = sum(weights[name] for name in CRITERIA)
    with np.errstate(divide="ignore", invalid="ignore"):
        indice = np.where(known_weight > 0, np.nansum(stacked, axis=0) * total_weight / known_weight, np.nan)
    indice = np.round(indice, DECIMALS)
    ranked = np.flatnonzero(np.isfinite(indice))
    rang = np.zeros(n_units, dtype=np.int64)
    ranks, order = competition_rank(indice[ranked])
    rang[ranked] = ranks
    order = np.concatenate([ranked[order], np.flatnonzero(~np.isfinite(indice))])
    flags = np.array([filosofi_masked & (present["men"] > 0), dpe_masked & (figures["nb_dpe"] > 0), conso_masked])
    masque = [",".join(name for name, flag in zip(MASKS, flags[:, unit]) if flag) or None for unit in range(n_units)]
    check(progress, 1.0)
    return PrecarityResult(figures, criteria, points, indice, rang, order, masque, ignored, invalid_labels)
