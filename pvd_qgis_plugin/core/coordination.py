"""Coordination of connection works with public-space works ("dig once").

A connection work (*travaux de raccordement*: a trench for a cable) near a
public-space project (*projet d'espace public*: repaving a street or a square)
is in one of three situations:

- ``mutualisable``: both are planned within ``window_months`` of each other, so
  one trench can serve both and the work's trench is saved;
- ``conflit_moratoire``: the work digs into a surface renovated less than
  ``moratorium_months`` before the work starts (the renovation is a project
  already done, or a public space's renovation date);
- ``sequence_a_revoir``: the project is planned to finish before the work,
  too early to pool them, and the work would reopen the new surface inside the
  moratorium: the order of the two should be reviewed.

Geometries are shapely arrays in one projected CRS; ``unit_m`` is the length of
one CRS unit in metres (1 for Lambert-93). Dates are ``datetime64[D]`` arrays
(see :mod:`.dates`); a NaT date, a missing or empty geometry leaves a feature out.
"""
from dataclasses import dataclass

import numpy as np
import shapely

from .dates import add_months
from .defaults import (  # noqa: F401  (the relation names belong to this module's API)
    CONFLIT_MORATOIRE,
    MUTUALISABLE,
    RELATIONS,
    SEQUENCE_A_REVOIR,
)
from .defaults import COORDINATION_DISTANCE_M as DEFAULT_DISTANCE_M
from .defaults import L49_AGGLOMERATION_M, L49_OUTSIDE_M
from .defaults import COORDINATION_MORATORIUM_MONTHS as DEFAULT_MORATORIUM_MONTHS
from .defaults import COORDINATION_UNIT_COST as DEFAULT_UNIT_COST
from .defaults import COORDINATION_WINDOW_MONTHS as DEFAULT_WINDOW_MONTHS
from .geometry import repair
from .labels import normalise_label
from .progress import check

# Status values meaning "already carried out" (compared without case or accents).
DONE_STATUSES = frozenset({"realise", "realisee", "realises", "realisees", "termine", "terminee"})


@dataclass
class CoordinationSummary:
    """Totals per (commune, project): ``project`` is -1 for public-space renovations."""

    commune: np.ndarray
    project: np.ndarray
    counts: dict  # relation -> int array
    shared_length_m: np.ndarray  # length of the mutualisable stretches, metres
    saving_eur: np.ndarray


@dataclass
class CoordinationResult:
    """One row per (work, project) pair with a relation, or (work, surface) conflict.

    ``work`` indexes the works; ``project`` the projects (-1 for a conflict with a
    public space's renovation date); ``surface`` the surfaces (-1 for a project).
    ``shared_length_m``: metres of the work within ``distance_m`` of the project
    (inside the surface for a surface conflict). ``gap_days``: days between the two
    periods, 0 when they overlap (for a surface: from its renovation to the work's
    start). ``saving_eur``: trench cost saved by pooling (mutualisable rows only),
    ``unit_cost_eur_m`` the mean €/m used for it. ``geometries``: the shared stretch.
    """

    work: np.ndarray
    project: np.ndarray
    surface: np.ndarray
    relation: np.ndarray
    shared_length_m: np.ndarray
    gap_days: np.ndarray
    saving_eur: np.ndarray
    unit_cost_eur_m: np.ndarray
    geometries: np.ndarray
    summary: CoordinationSummary


def _usable(geometries, *dates):
    """Mask of rows with a non-empty geometry and every date known."""
    geometries = np.asarray(geometries, dtype=object)
    ok = ~shapely.is_missing(geometries)
    ok[ok] = ~shapely.is_empty(geometries[ok])
    for days in dates:
        ok &= ~np.isnat(days)
    return ok


def _subset_tree_query(geometries, keep_tree, queried, keep_query, predicate, distance=None):
    """(query index, tree index) pairs in original numbering, on the kept rows only."""
    tree_rows = np.flatnonzero(keep_tree)
    query_rows = np.flatnonzero(keep_query)
    if not len(tree_rows) or not len(query_rows):
        return np.empty(0, dtype=int), np.empty(0, dtype=int)
    tree = shapely.STRtree(geometries[tree_rows])
    kwargs = {"distance": distance} if distance is not None else {}
    pairs = tree.query(queried[query_rows], predicate=predicate, **kwargs)
    return query_rows[pairs[0]], tree_rows[pairs[1]]


def _is_linear(geometries):
    return np.isin(shapely.get_type_id(geometries), [1, 2, 5])  # line, ring, multiline


def _clip(geometries, zones):
    """``intersection(geometries, zones)``; for lines, only the linear part of the result.

    A line crossing a zone and touching it elsewhere gives a collection (line + point): the
    stretch is a (multi)line, which a line layer can store.
    """
    out = shapely.intersection(geometries, zones)
    collections = np.flatnonzero(_is_linear(geometries) & (shapely.get_type_id(out) == 7))
    if not len(collections):
        return out
    parts, owner = shapely.get_parts(out[collections], return_index=True)
    parts, sub_owner = shapely.get_parts(parts, return_index=True)  # a collection may hold multilines
    owner = owner[sub_owner]
    lines = np.isin(shapely.get_type_id(parts), [1, 2])
    owners, compact = np.unique(owner[lines], return_inverse=True)
    out[collections] = shapely.from_wkt("MULTILINESTRING EMPTY")
    if len(owners):
        out[collections[owners]] = shapely.multilinestrings(parts[lines], indices=compact)
    return out


def trench_costs(stretches, unit_cost, surfaces=None, surface_cost=None, unit_m=1.0):
    """Cost in euros of digging each stretch (shapely array, CRS units).

    A stretch's length inside a surface with a known €/m (``surface_cost``, NaN
    where unknown) is priced at that surface's cost, the rest at ``unit_cost``
    (€/m). Where surfaces overlap, their lengths are scaled to the stretch's.
    """
    lengths = shapely.length(stretches) * unit_m
    if surfaces is None or surface_cost is None or not len(stretches):
        return lengths * unit_cost
    surface_cost = np.asarray(surface_cost, dtype=float)
    surfaces = np.asarray(surfaces, dtype=object)
    costed_surfaces = _usable(surfaces) & np.isfinite(surface_cost)
    stretch_rows, surface_rows = _subset_tree_query(
        surfaces, costed_surfaces, stretches, lengths > 0, "intersects")
    part = shapely.length(shapely.intersection(stretches[stretch_rows], surfaces[surface_rows])) * unit_m
    covered = np.bincount(stretch_rows, part, minlength=len(stretches))
    costed = np.bincount(stretch_rows, part * surface_cost[surface_rows], minlength=len(stretches))
    scale = np.where(covered > lengths, lengths / np.where(covered > 0, covered, 1.0), 1.0)
    return costed * scale + np.maximum(lengths - covered, 0.0) * unit_cost


def is_done(statuses):
    """Bool array: True where a status says the work or project is carried out ('réalisé')."""
    return np.array([normalise_label(value) in DONE_STATUSES for value in statuses], dtype=bool)


def start_after_end(start, end):
    """Indices where a start date is later than its end date (both known)."""
    start = np.asarray(start, dtype="datetime64[D]")
    end = np.asarray(end, dtype="datetime64[D]")
    known = ~np.isnat(start) & ~np.isnat(end)
    return np.flatnonzero(known & (start > end))


def _days(delta):
    return delta.astype("timedelta64[D]").astype(np.int64)


def coordinate_works(works, work_start, work_end, projects, project_start, project_end, project_done,
                     distance_m=DEFAULT_DISTANCE_M, window_months=DEFAULT_WINDOW_MONTHS,
                     moratorium_months=DEFAULT_MORATORIUM_MONTHS, unit_cost=DEFAULT_UNIT_COST,
                     work_done=None, surfaces=None, surface_cost=None, surface_renovated=None,
                     commune=None, unit_m=1.0, progress=None):
    """Find the (work, project) pairs that can be pooled or conflict.

    ``works``: lines (or points) of connection works; ``projects``: polygons or
    lines of public-space projects; both shapely arrays in one projected CRS with
    ``unit_m`` metres per unit. Dates: ``datetime64[D]`` arrays. ``project_done``:
    bool array, True for a project already carried out (its end date is then the
    surface's renovation date). ``work_done`` (optional bool array): a work already
    carried out is only checked for moratorium conflicts.

    A pair is found when the work passes within ``distance_m`` metres of the
    project; its relation (first that applies):

    - ``conflit_moratoire``: project done, and the work starts on or after the
      project's end and less than ``moratorium_months`` after it;
    - ``mutualisable``: project and work planned, the later one starting at most
      ``window_months`` after the earlier one ends (edges included);
    - ``sequence_a_revoir``: project and work planned, the project ends before the
      work starts, outside the window but inside the moratorium.

    Other pairs are dropped, as are line works sharing no length with the project
    (a tangent at exactly ``distance_m``). ``surfaces`` (polygons) with
    ``surface_renovated`` dates add ``conflit_moratoire`` rows for works crossing
    a surface renovated inside the moratorium, for works with no conflict found
    against a done project. ``surface_cost`` (€/m, NaN where unknown) prices the
    saved trench where it crosses a surface; elsewhere ``unit_cost`` (€/m).
    ``commune``: one code per work, for the summary. Invalid projects and surfaces
    are repaired (:func:`.geometry.repair`) before measuring.
    """
    works = np.asarray(works, dtype=object)
    projects = repair(projects).geometries
    surfaces = repair(surfaces).geometries if surfaces is not None else None
    project_done = np.asarray(project_done, dtype=bool)
    work_done = np.zeros(len(works), dtype=bool) if work_done is None else np.asarray(work_done, dtype=bool)
    commune = np.full(len(works), None, dtype=object) if commune is None else np.asarray(commune, dtype=object)
    distance = distance_m / unit_m

    usable_works = _usable(works, work_start, work_end)
    usable_projects = _usable(projects, project_start, project_end)
    check(progress, 0.05)
    wi, pj = _subset_tree_query(projects, usable_projects, works, usable_works, "dwithin", distance)
    check(progress, 0.3)

    ws, we = work_start[wi], work_end[wi]
    ps, pe = project_start[pj], project_end[pj]
    after = ws > pe
    before = we < ps
    gap = np.where(after, _days(ws - pe), np.where(before, _days(ps - we), 0))
    in_window = (ws <= add_months(pe, window_months)) & (ps <= add_months(we, window_months))
    in_moratorium = (ws >= pe) & (ws < add_months(pe, moratorium_months))
    planned = ~project_done[pj] & ~work_done[wi]
    relation = np.full(len(wi), None, dtype=object)
    relation[planned & after & ~in_window & in_moratorium] = SEQUENCE_A_REVOIR
    relation[planned & in_window] = MUTUALISABLE
    relation[project_done[pj] & in_moratorium] = CONFLIT_MORATOIRE
    found = relation != None  # noqa: E711  (element-wise comparison)
    wi, pj, relation, gap = wi[found], pj[found], relation[found], gap[found]

    zones = np.empty(len(projects), dtype=object)
    paired = np.unique(pj)
    zones[paired] = shapely.buffer(projects[paired], distance)  # once per project, not per pair
    stretches = _clip(works[wi], zones[pj])
    lengths = shapely.length(stretches) * unit_m
    keep = ~(_is_linear(works[wi]) & (lengths <= 0))
    wi, pj, relation, gap, stretches = wi[keep], pj[keep], relation[keep], gap[keep], stretches[keep]
    check(progress, 0.6)

    sj = np.full(len(wi), -1, dtype=int)
    if surfaces is not None and surface_renovated is not None:
        surface_rows = _surface_conflicts(
            works, work_start, usable_works, surfaces, surface_renovated, moratorium_months,
            np.unique(wi[relation == CONFLIT_MORATOIRE]), unit_m)
        wi = np.concatenate([wi, surface_rows[0]])
        pj = np.concatenate([pj, np.full(len(surface_rows[0]), -1, dtype=int)])
        sj = np.concatenate([sj, surface_rows[1]])
        relation = np.concatenate([relation, np.full(len(surface_rows[0]), CONFLIT_MORATOIRE, dtype=object)])
        gap = np.concatenate([gap, surface_rows[2]])
        stretches = np.concatenate([stretches, surface_rows[3]])
    check(progress, 0.8)

    order = np.lexsort((sj, pj, wi))
    wi, pj, sj, relation, gap, stretches = wi[order], pj[order], sj[order], relation[order], gap[order], stretches[order]
    lengths = shapely.length(stretches) * unit_m
    pooled = relation == MUTUALISABLE
    saving = np.zeros(len(wi))
    saving[pooled] = trench_costs(stretches[pooled], unit_cost, surfaces, surface_cost, unit_m)
    unit_costs = np.where(lengths > 0, saving / np.where(lengths > 0, lengths, 1.0), 0.0)
    unit_costs[~pooled] = 0.0
    summary = _summarise(commune[wi], pj, relation, np.where(pooled, lengths, 0.0), saving)
    check(progress, 1.0)
    return CoordinationResult(wi, pj, sj, relation, lengths, gap, saving, unit_costs, stretches, summary)


def _surface_conflicts(works, work_start, usable_works, surfaces, renovated, moratorium_months,
                       already_in_conflict, unit_m):
    """(work, surface, gap days, stretch) of works crossing a surface inside its moratorium."""
    surfaces = np.asarray(surfaces, dtype=object)
    renovated = np.asarray(renovated, dtype="datetime64[D]")
    candidates = usable_works.copy()
    candidates[already_in_conflict] = False
    wi, sj = _subset_tree_query(surfaces, _usable(surfaces, renovated), works, candidates, "intersects")
    ws, rs = work_start[wi], renovated[sj]
    inside = (ws >= rs) & (ws < add_months(rs, moratorium_months))
    wi, sj = wi[inside], sj[inside]
    stretches = _clip(works[wi], surfaces[sj])
    keep = ~(_is_linear(works[wi]) & (shapely.length(stretches) * unit_m <= 0))
    wi, sj, stretches = wi[keep], sj[keep], stretches[keep]
    return wi, sj, _days(work_start[wi] - renovated[sj]), stretches


@dataclass
class PublicityResult:
    """CPCE L49 per work: its length (m), whether it lies in agglomeration, whether it must be published."""

    length_m: np.ndarray
    agglomeration: np.ndarray
    publish: np.ndarray


def l49_publicity(works, agglomeration=None, unit_m=1.0, agglomeration_m=L49_AGGLOMERATION_M,
                  outside_m=L49_OUTSIDE_M):
    """Which works must be published so that other networks can join them (CPCE L49, décret 2010-726).

    A work of at least ``agglomeration_m`` metres (150) in agglomeration, or
    ``outside_m`` metres (1 000) outside, is announced to the other network
    operators. ``works``: shapely lines (points have no length: never); ``agglomeration``:
    polygons in the same CRS, or None when every work counts as in agglomeration (the
    prudent answer: the lower threshold). A work touching the agglomeration counts as in
    it, with its whole length. Missing or empty works: length 0, not published.
    """
    works = np.asarray(works, dtype=object)
    usable = _usable(works)
    length = np.zeros(len(works))
    length[usable] = shapely.length(works[usable]) * unit_m
    inside = np.ones(len(works), dtype=bool)
    if agglomeration is not None:
        zones = repair(agglomeration).geometries
        inside[:] = False
        rows, _zones = _subset_tree_query(zones, _usable(zones), works, usable, "intersects")
        inside[rows] = True
    publish = usable & (length >= np.where(inside, agglomeration_m, outside_m))
    return PublicityResult(length, inside & usable, publish)


def _summarise(commune, project, relation, pooled_length, saving):
    """Counts and totals per (commune, project), in first-appearance order of the pairs."""
    _codes, commune_index = np.unique(commune.astype(str), return_inverse=True)
    key = commune_index.astype(np.int64) * (int(project.max(initial=-1)) + 2) + (project + 1)
    keys, first, group = np.unique(key, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    group = rank[group]
    n = len(keys)
    counts = {name: np.bincount(group, relation == name, minlength=n).astype(np.int64) for name in RELATIONS}
    return CoordinationSummary(
        commune=commune[first[order]], project=project[first[order]], counts=counts,
        shared_length_m=np.bincount(group, pooled_length, minlength=n),
        saving_eur=np.bincount(group, saving, minlength=n))
