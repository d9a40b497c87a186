"""Which HTA/BT substations (*postes de distribution*) to embellish first.

Enedis offers to paint and integrate transformer cabins; the commune chooses
the ones whose appearance matters most. Each substation gets one value per
criterion, between 0 and 1:

- ``ort``: 1 inside an ORT perimeter (*opération de revitalisation de territoire*,
  the town centre the programme revitalises), else 0;
- ``patrimoine``: 1 inside a heritage zone (abords of a monument historique, SPR
  *site patrimonial remarquable*), else 0;
- ``espaces_publics``: the share of the disc of radius ``visibility_m`` around the
  substation covered by public spaces (a cabin on a square scores near 1, one in
  a back yard near 0);
- ``type``: how visible the kind of substation is (:data:`TYPE_VISIBILITY`).

The score is the weighted sum of the criteria; the rank orders by score.
"""
from dataclasses import dataclass

import numpy as np
import shapely

from .defaults import PRIORITY_CRITERIA as CRITERIA
from .defaults import PRIORITY_VISIBILITY_M as DEFAULT_VISIBILITY_M
from .defaults import PRIORITY_WEIGHTS as DEFAULT_WEIGHTS
from .defaults import TYPE_VISIBILITY
from .geometry import repair
from .labels import normalise_label
from .progress import check

SCORE_DECIMALS = 6


@dataclass
class PriorityResult:
    """Per substation (input order): criteria values, points, score and rank.

    ``criteria[name]``: the criterion value in [0, 1]; ``points[name]``: weight ×
    value, so that ``score`` is the sum of the points. ``rank``: 1 for the highest
    score, equal scores share a rank (1, 2, 2, 4); ``order``: the input indices
    sorted by rank, then by input order. ``unknown_types``: indices whose type
    value is not in :data:`TYPE_VISIBILITY` (their type value is 0). Substations
    without a point geometry get NaN criteria, no score and rank 0.
    """

    criteria: dict
    points: dict
    score: np.ndarray
    rank: np.ndarray
    order: np.ndarray
    unknown_types: np.ndarray
    skipped: np.ndarray


def type_visibility(types):
    """(visibility in [0, 1] per substation, indices of unknown non-empty types)."""
    names = np.array([normalise_label(value) for value in types], dtype=object)
    uniques, inverse = np.unique(names.astype(str), return_inverse=True)
    table = np.array([TYPE_VISIBILITY.get(name, np.nan) for name in uniques])
    values = table[inverse] if len(names) else np.empty(0)
    unknown = np.isnan(values)
    return np.where(unknown, 0.0, values), np.flatnonzero(unknown)


def _inside_any(points, zones, rows):
    """1.0 where a point (of ``rows``) lies in or on one of the zones."""
    result = np.zeros(len(points))
    zones = repair(zones).geometries
    zones = zones[~shapely.is_missing(zones)]
    if len(zones) and len(rows):
        hits = shapely.STRtree(zones).query(points[rows], predicate="intersects")[0]
        result[rows[np.unique(hits)]] = 1.0
    return result


def _public_space_share(points, spaces, rows, radius):
    """Share of each disc of ``radius`` (CRS units) covered by public spaces.

    Overlapping public spaces count once: they are dissolved into disjoint tiles of
    their union before the areas inside each disc are summed.
    """
    from .overlap import dissolve_into_tiles

    result = np.zeros(len(points))
    spaces = repair(spaces).geometries
    spaces = spaces[~shapely.is_missing(spaces)]
    spaces = spaces[~shapely.is_empty(spaces)]
    if not len(spaces) or not len(rows) or radius <= 0:
        return result
    spaces = dissolve_into_tiles(spaces)
    discs = shapely.buffer(points[rows], radius, quad_segs=16)
    disc_rows, space_rows = shapely.STRtree(spaces).query(discs, predicate="intersects")
    areas = shapely.area(shapely.intersection(discs[disc_rows], spaces[space_rows]))
    covered = np.bincount(disc_rows, areas, minlength=len(rows))
    result[rows] = np.minimum(covered / shapely.area(discs), 1.0)
    return result


def competition_rank(score):
    """Rank 1 for the highest score, equal scores share the best rank (1, 2, 2, 4).

    Returns (rank, order) where ``order`` lists the indices by rank, ties in input order.
    """
    order = np.lexsort((np.arange(len(score)), -score))
    sorted_scores = score[order]
    new_value = np.ones(len(order), dtype=bool)
    new_value[1:] = sorted_scores[1:] != sorted_scores[:-1]
    first_position = np.maximum.accumulate(np.where(new_value, np.arange(len(order)), 0))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = first_position + 1
    return rank, order


def substation_priority(substations, types=None, ort=None, heritage=(), public_spaces=None,
                        visibility_m=DEFAULT_VISIBILITY_M, weights=None, unit_m=1.0, progress=None):
    """Score and rank substations for embellishment (see the module docstring).

    ``substations``: shapely points in a projected CRS with ``unit_m`` metres per
    unit; ``types``: one type value per substation (None: type criterion 0);
    ``ort``, ``public_spaces``: polygon arrays or None (criterion 0); ``heritage``:
    a list of polygon arrays (abords, SPR...), a point in any of them counts;
    ``visibility_m``: radius in metres of the public-space criterion; ``weights``:
    criterion -> weight (missing ones take :data:`DEFAULT_WEIGHTS`). Invalid
    polygons are repaired (:func:`.geometry.repair`) before measuring.
    """
    weights = dict(DEFAULT_WEIGHTS, **(weights or {}))
    points = np.asarray(substations, dtype=object)
    usable = ~shapely.is_missing(points)
    usable[usable] = ~shapely.is_empty(points[usable])
    rows = np.flatnonzero(usable)
    criteria = {}
    criteria["ort"] = _inside_any(points, ort, rows) if ort is not None else np.zeros(len(points))
    check(progress, 0.2)
    heritage_hits = [_inside_any(points, zones, rows) for zones in heritage]
    criteria["patrimoine"] = np.max(heritage_hits, axis=0) if heritage_hits else np.zeros(len(points))
    check(progress, 0.4)
    criteria["espaces_publics"] = (
        _public_space_share(points, public_spaces, rows, visibility_m / unit_m)
        if public_spaces is not None else np.zeros(len(points)))
    check(progress, 0.8)
    if types is None:
        criteria["type"], unknown = np.zeros(len(points)), np.empty(0, dtype=int)
    else:
        criteria["type"], unknown = type_visibility(types)
        unknown = unknown[usable[unknown]]
    for name in CRITERIA:
        criteria[name] = np.where(usable, criteria[name], np.nan)
    points_by_criterion = {name: np.round(weights[name] * criteria[name], SCORE_DECIMALS) for name in CRITERIA}
    score = np.round(sum(points_by_criterion[name] for name in CRITERIA), SCORE_DECIMALS)
    rank = np.zeros(len(points), dtype=np.int64)
    usable_rank, usable_order = competition_rank(score[rows])
    rank[rows] = usable_rank
    check(progress, 1.0)
    return PriorityResult(criteria, points_by_criterion, score, rank, rows[usable_order], unknown,
                          np.flatnonzero(~usable))
