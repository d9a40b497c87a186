"""Least-cost routing of connection works (raccordement: linking a new consumer to the network).

Grid conventions (those of GRASS r.cost without knight's move and of scikit-image
``MCP_Geometric``): square cells of ``cell_size`` metres in a projected CRS, a cost in €/m per
cell, and moving between two 8-neighbour cells costs ``distance × (c1 + c2) / 2`` euros, where
``distance`` is the cell size or the cell size × √2 on diagonals. Impassable cells (barriers,
no-data) have an infinite cost and are never entered.

The search is a multi-source label-correcting shortest-path search processed in cost buckets
(Dial's algorithm generalised): each round takes every open cell whose cost is within ``delta``
of the smallest open cost and relaxes its 8 neighbours with numpy, one direction at a time. A cell
improved after it was expanded is simply reopened, so the result is exact for any ``delta``;
the bucket width only trades the number of rounds against repeated work. The search stops as
soon as every target's cost is final (no open cell is cheaper), which is exact too.

Memory: the cost grid (float32, 4 bytes per cell), the costs (float64, 8), the predecessor
direction (int8, 1) and an open flag (1) — about 14 bytes per cell plus the open list.

Arrays are padded with one ring of impassable cells so that neighbours never leave the grid;
a cell (row, col) of the unpadded grid has the flat index ``(row + 1) * (cols + 2) + col + 1``.
"""
import math
import os
from dataclasses import dataclass, field

import numpy as np

from .progress import check, scaled

#: Default largest number of cells a routing grid may have (override with
#: ``PVD_ROUTING_MAX_CELLS`` or the ``max_cells`` arguments).
MAX_CELLS = int(os.environ.get("PVD_ROUTING_MAX_CELLS", 60_000_000))
#: A route of at most this length (metres) to the network is a *branchement* (served site).
BRANCHEMENT_MAX_M = 30.0
#: Bucket width of the search, in cheapest orthogonal steps (only a speed setting).
DELTA_STEPS = float(os.environ.get("PVD_ROUTING_DELTA_STEPS", 8))
#: Width of the near open list, in buckets (only a speed setting).
HORIZON_BUCKETS = float(os.environ.get("PVD_ROUTING_HORIZON_BUCKETS", 8))

SOURCE = 8  # predecessor code of a source cell
UNSET = 9  # predecessor code of a cell never reached
# Row and column steps of the 8 directions; direction k and 7 - k are opposite.
_DROWS = np.array([-1, -1, -1, 0, 0, 1, 1, 1])
_DCOLS = np.array([-1, 0, 1, -1, 1, -1, 0, 1])
_STEP = np.where((_DROWS != 0) & (_DCOLS != 0), math.sqrt(2.0), 1.0)


class GridTooLarge(ValueError):
    """The routing grid would exceed the cell budget."""


@dataclass
class CostGrid:
    """A north-up grid of costs in €/m, padded with one ring of impassable cells.

    ``cost`` is float32 of shape (rows + 2, cols + 2), ``inf`` where impassable. ``penalty``
    (bool, same shape, optional) marks cells inside penalty zones (abords, SPR). ``x0``/``y0``
    are the coordinates (metres, grid CRS) of the top-left corner of the unpadded grid.
    """

    cost: np.ndarray
    x0: float
    y0: float
    cell_size: float
    penalty: object = None

    @property
    def rows(self):
        return self.cost.shape[0] - 2

    @property
    def cols(self):
        return self.cost.shape[1] - 2

    @property
    def cells(self):
        return self.rows * self.cols

    def offsets(self):
        """Flat index offsets of the 8 directions."""
        return _DROWS * self.cost.shape[1] + _DCOLS

    def cell_index(self, x, y):
        """Flat padded indices of the cells containing points (x, y); -1 outside the grid."""
        col = np.floor((np.asarray(x, dtype=float) - self.x0) / self.cell_size).astype(np.int64)
        row = np.floor((self.y0 - np.asarray(y, dtype=float)) / self.cell_size).astype(np.int64)
        inside = (row >= 0) & (row < self.rows) & (col >= 0) & (col < self.cols)
        return np.where(inside, (row + 1) * self.cost.shape[1] + col + 1, -1)

    def centres(self, index):
        """x, y (metres) of the centres of cells given by flat padded indices."""
        row, col = np.divmod(np.asarray(index, dtype=np.int64), self.cost.shape[1])
        return (self.x0 + (col - 0.5) * self.cell_size, self.y0 - (row - 0.5) * self.cell_size)


def check_budget(rows, cols, max_cells=None):
    """Raise :class:`GridTooLarge` when a rows × cols grid exceeds the cell budget."""
    budget = MAX_CELLS if max_cells is None else max_cells
    if rows * cols > budget:
        raise GridTooLarge(
            "The routing grid would have {:,} cells ({} × {}), more than the budget of {:,}: "
            "use a larger CELL_SIZE or a smaller MARGIN.".format(rows * cols, rows, cols, budget))


def window(bounds, margin, cell_size, clip=None):
    """Grid window around ``bounds`` (xmin, ymin, xmax, ymax, metres) grown by ``margin`` metres.

    With ``clip`` = (xmin, ymin, xmax, ymax) of an existing grid whose corners are on multiples
    of ``cell_size`` from its origin, the window is snapped to that grid and clipped to it.
    Returns (x0, y0, rows, cols): top-left corner and size; rows or cols may be 0.
    """
    xmin, ymin, xmax, ymax = bounds
    xmin, ymin, xmax, ymax = xmin - margin, ymin - margin, xmax + margin, ymax + margin
    if clip is None:
        x0 = math.floor(xmin / cell_size) * cell_size
        y0 = math.ceil(ymax / cell_size) * cell_size
        cols = max(1, int(math.ceil((xmax - x0) / cell_size)))
        rows = max(1, int(math.ceil((y0 - ymin) / cell_size)))
        return x0, y0, rows, cols
    cxmin, cymin, cxmax, cymax = clip
    first_col = max(0, int(math.floor((xmin - cxmin) / cell_size)))
    last_col = min(int(round((cxmax - cxmin) / cell_size)), int(math.ceil((xmax - cxmin) / cell_size)))
    first_row = max(0, int(math.floor((cymax - ymax) / cell_size)))
    last_row = min(int(round((cymax - cymin) / cell_size)), int(math.ceil((cymax - ymin) / cell_size)))
    return (cxmin + first_col * cell_size, cymax - first_row * cell_size,
            max(0, last_row - first_row), max(0, last_col - first_col))


def empty_grid(x0, y0, rows, cols, cell_size, default_cost=math.inf, max_cells=None):
    """A padded :class:`CostGrid` filled with ``default_cost`` €/m (ring impassable)."""
    check_budget(rows, cols, max_cells)
    cost = np.full((rows + 2, cols + 2), np.inf, dtype=np.float32)
    cost[1:-1, 1:-1] = default_cost
    return CostGrid(cost, float(x0), float(y0), float(cell_size))


def _polygon_cells(grid, polygon):
    """(row slice, col slice, mask) of the padded cells whose centre lies in ``polygon``."""
    import shapely

    xmin, ymin, xmax, ymax = polygon.bounds
    cs = grid.cell_size
    c0 = max(0, int(math.floor((xmin - grid.x0) / cs - 0.5)) + 1)
    c1 = min(grid.cols, int(math.ceil((xmax - grid.x0) / cs - 0.5)) + 1)
    r0 = max(0, int(math.floor((grid.y0 - ymax) / cs - 0.5)) + 1)
    r1 = min(grid.rows, int(math.ceil((grid.y0 - ymin) / cs - 0.5)) + 1)
    if c0 >= c1 or r0 >= r1:
        return None
    xs = grid.x0 + (np.arange(c0, c1) + 0.5) * cs
    ys = grid.y0 - (np.arange(r0, r1) + 0.5) * cs
    mask = shapely.contains_xy(polygon, xs[None, :], ys[:, None])
    return slice(r0 + 1, r1 + 1), slice(c0 + 1, c1 + 1), mask


def burn_polygons(grid, polygons, values=None, mode="set", progress=None):
    """Burn polygons into ``grid`` (cells whose centre is inside; polygons in the grid's CRS).

    ``mode``: ``"set"`` writes the polygon's value (€/m) where it is larger than what is there
    already burnt by this call (overlapping surfaces: the dearer applies), ``"barrier"`` makes
    cells impassable, ``"penalty"`` multiplies the cost by the polygon's factor (overlapping zones:
    the largest factor applies, once) and marks ``grid.penalty``.
    One vectorised point-in-polygon test per polygon over its bounding window.
    """
    import shapely

    polygons = np.asarray(polygons, dtype=object)
    keep = ~(shapely.is_missing(polygons) | shapely.is_empty(polygons)) if len(polygons) else np.zeros(0, bool)
    if mode == "set":
        burnt = np.full(grid.cost.shape, -np.inf, dtype=np.float32)
    if mode == "penalty":
        factor = np.ones(grid.cost.shape, dtype=np.float32)
    total = max(1, len(polygons))
    shapely.prepare(polygons[keep])
    for number in np.flatnonzero(keep):
        cells = _polygon_cells(grid, polygons[number])
        if cells is not None:
            rows, cols, mask = cells
            if mode == "barrier":
                grid.cost[rows, cols][mask] = np.inf
            elif mode == "set":
                window_burnt = burnt[rows, cols]
                window_burnt[mask] = np.maximum(window_burnt[mask], values[number])
            else:
                window_factor = factor[rows, cols]
                window_factor[mask] = np.maximum(window_factor[mask], values[number])
        if number % 200 == 0:
            check(progress, number / total)
    if mode == "set":
        placed = np.isfinite(burnt)
        placed[[0, -1], :] = False
        placed[:, [0, -1]] = False
        grid.cost[placed] = np.where(np.isfinite(grid.cost[placed]), burnt[placed], np.inf)
    elif mode == "penalty":
        grid.cost *= factor
        marked = factor != 1
        grid.penalty = marked if grid.penalty is None else (grid.penalty | marked)
    shapely.destroy_prepared(polygons[keep])
    return grid


def geometry_cells(grid, geometries, index=None):
    """Cells touched by point and line geometries (grid CRS, metres).

    Points give their cell; lines give every cell they cross (sampled every quarter cell, plus
    their vertices). Returns (cells, owner): flat padded cell indices and the position in
    ``geometries`` (or ``index[position]``) of the geometry each comes from; cells outside the
    grid are dropped.
    """
    import shapely

    geometries = np.asarray(geometries, dtype=object)
    dense = shapely.segmentize(geometries, grid.cell_size / 4.0)
    coords, owner = shapely.get_coordinates(dense, return_index=True)
    cells = grid.cell_index(coords[:, 0], coords[:, 1]) if len(coords) else np.zeros(0, np.int64)
    inside = cells >= 0
    cells, owner = cells[inside], owner[inside]
    pairs = np.unique(np.stack([owner, cells]), axis=1) if len(cells) else np.zeros((2, 0), np.int64)
    owner, cells = pairs[0], pairs[1]
    if index is not None:
        owner = np.asarray(index)[owner]
    return cells.astype(np.int64), owner.astype(np.int64)


CLOSED, NEAR, FAR = 0, 1, 2  # where a cell waits: nowhere, in the near or the far open list


@dataclass
class SearchState:
    """Costs (€), predecessor directions and the open lists of a running search.

    Open cells cheaper than ``horizon`` are in ``near`` (scanned every round), the others in
    ``far`` (scanned only when ``near`` is empty), so a round costs what the wavefront costs,
    not what every open cell costs. ``where`` tells which list holds each cell.
    """

    grid: CostGrid
    dist: np.ndarray
    pred: np.ndarray
    where: np.ndarray
    near: np.ndarray
    far: np.ndarray
    delta: float
    horizon: float
    rounds: int = 0
    expanded: int = 0
    lowest: float = math.inf


def start_search(grid, source_cells, delta=None):
    """A search seeded at ``source_cells`` (cost 0). ``delta``: bucket width in € (default: the
    cheapest orthogonal step of the grid times DELTA_STEPS)."""
    size = grid.cost.size
    dist = np.full(size, np.inf)
    pred = np.full(size, UNSET, dtype=np.int8)
    where = np.zeros(size, dtype=np.int8)
    seeds = np.unique(np.asarray(source_cells, dtype=np.int64))
    dist[seeds] = 0.0
    pred[seeds] = SOURCE
    where[seeds] = NEAR
    if delta is None:
        cheapest = float(grid.cost.min())  # impassable cells are +inf, never the minimum
        cheapest = cheapest if math.isfinite(cheapest) else 1.0
        delta = DELTA_STEPS * grid.cell_size * max(cheapest, 1e-9)
    return SearchState(grid, dist, pred, where, seeds, np.zeros(0, np.int64), float(delta),
                       HORIZON_BUCKETS * float(delta))


def _reopen(state, cells):
    """Put improved cells in the open list their new cost belongs to."""
    where = state.where
    cells = cells[where[cells] != NEAR]
    soon = state.dist[cells] < state.horizon
    near = cells[soon]
    where[near] = NEAR
    far = cells[~soon]
    far = far[where[far] == CLOSED]
    where[far] = FAR
    return near, far


def _relax(state, cells):
    """Relax the 8 out-edges of ``cells``; returns the (near, far) lists of reopened cells."""
    cost = state.grid.cost.ravel()
    dist, pred = state.dist, state.pred
    base = dist[cells]
    own = cost[cells].astype(np.float64)
    near, far = [], []
    steps = _STEP * state.grid.cell_size
    for k, offset in enumerate(state.grid.offsets()):
        neighbours = cells + offset
        candidate = (own + cost[neighbours]) * steps[k]
        candidate *= 0.5
        candidate += base
        better = candidate < dist[neighbours]
        if not better.any():
            continue
        neighbours = neighbours[better]
        dist[neighbours] = candidate[better]
        pred[neighbours] = 7 - k
        soon, later = _reopen(state, neighbours)
        near.append(soon)
        far.append(later)
    return near, far


def _refill(state):
    """Move the far open cells below a new horizon into the near list (empty near list)."""
    far = state.far[state.where[state.far] == FAR]
    if not far.size:
        state.far = far
        return
    far_dist = state.dist[far]
    state.horizon = float(far_dist.min()) + HORIZON_BUCKETS * state.delta
    soon = far_dist < state.horizon
    state.near = np.unique(far[soon])
    state.where[state.near] = NEAR
    state.far = far[~soon]


def run_search(state, targets=None, need=None, progress=None):
    """Run the search until the costs of ``need`` targets (default: all) are final.

    ``targets``: flat cell indices; None = settle the whole grid. A cost is final once no open
    cell is cheaper (``state.lowest`` is the cheapest open cost when the search stops, ``inf``
    when nothing is open). Progress is reported as the share of targets settled.
    """
    targets = None if targets is None else np.asarray(targets, dtype=np.int64)
    need = None if targets is None else (targets.size if need is None else min(need, targets.size))
    dist = state.dist
    state.lowest = np.inf
    while True:
        if not state.near.size:
            _refill(state)
            if not state.near.size:
                break
        near_dist = dist[state.near]
        lowest = near_dist.min()
        if targets is not None:
            settled = np.count_nonzero(dist[targets] <= lowest)
            if settled >= need:
                state.lowest = lowest
                break
            if state.rounds % 64 == 0:
                check(progress, settled / max(1, need))
        take = near_dist <= lowest + state.delta
        batch = state.near[take]
        state.where[batch] = CLOSED
        near, far = _relax(state, batch)
        state.near = np.concatenate([state.near[~take]] + near)
        if far:
            state.far = np.concatenate([state.far] + far)
        state.rounds += 1
        state.expanded += batch.size
    return state


def lower_costs(state, cells, factor):
    """Multiply the cost of ``cells`` by ``factor`` (≤ 1) and reopen what may get cheaper.

    Every edge touching a changed cell is re-checked from both ends; improved cells are
    reopened, so continuing :func:`run_search` gives the exact costs on the new grid.
    """
    cost = state.grid.cost.ravel()
    cells = np.unique(np.asarray(cells, dtype=np.int64))
    cost[cells] *= np.float32(factor)
    offsets = state.grid.offsets()
    around = np.unique(np.concatenate([cells] + [cells + offset for offset in offsets]))
    around = around[np.isfinite(cost[around])]
    dist, pred = state.dist, state.pred
    own = cost[around].astype(np.float64)
    steps = _STEP * state.grid.cell_size
    changed = np.zeros(around.size, dtype=bool)
    for k, offset in enumerate(offsets):
        neighbours = around + offset
        candidate = (own + cost[neighbours]) * steps[k]
        candidate *= 0.5
        candidate += dist[neighbours]
        better = candidate < dist[around]
        dist[around[better]] = candidate[better]
        pred[around[better]] = k
        changed |= better
    near, far = _reopen(state, around[changed])
    state.near = np.concatenate([state.near, near])
    state.far = np.concatenate([state.far, far])
    return state


def trace_paths(state, cells):
    """Cell sequences from each cell of ``cells`` back to its source (inclusive, target first).

    Returns a list of int64 arrays; an empty array where the cell was not reached. All paths
    are walked together, one numpy step per cell of the longest path.
    """
    cells = np.asarray(cells, dtype=np.int64)
    offsets = np.append(state.grid.offsets(), [0, 0])
    reached = state.pred[cells] != UNSET
    current = cells.copy()
    steps = [current]
    active = reached & (state.pred[current] != SOURCE)
    while active.any():
        current = np.where(active, current + offsets[state.pred[current]], current)
        steps.append(current)
        active = active & (state.pred[current] != SOURCE)
    walked = np.stack(steps)
    lengths = np.argmax(walked == walked[-1][None, :], axis=0) + 1
    return [walked[:lengths[i], i] if reached[i] else np.zeros(0, np.int64) for i in range(len(cells))]


def path_measures(grid, path, cost=None):
    """(length m, cost €, length inside penalty zones m) of a cell path on ``grid``."""
    if len(path) < 2:
        return 0.0, 0.0, 0.0
    row, col = np.divmod(path, grid.cost.shape[1])
    diagonal = (np.diff(row) != 0) & (np.diff(col) != 0)
    steps = np.where(diagonal, math.sqrt(2.0), 1.0) * grid.cell_size
    values = (grid.cost.ravel() if cost is None else cost)[path].astype(np.float64)
    trench = float(np.sum((values[:-1] + values[1:]) * steps * 0.5))
    penalty = 0.0
    if grid.penalty is not None:
        inside = grid.penalty.ravel()[path].astype(np.float64)
        penalty = float(np.sum((inside[:-1] + inside[1:]) * 0.5 * steps))
    return float(steps.sum()), trench, penalty


def path_line(grid, path):
    """The route through cell centres from the source's cell to the target's cell, collinear
    steps merged (a shapely LineString; two equal points when source and target share a cell)."""
    import shapely

    ordered = path[::-1]
    if len(ordered) < 2:
        ordered = np.repeat(ordered, 2)
    move = np.diff(ordered)
    keep = np.ones(len(ordered), dtype=bool)
    if len(move) > 1:
        keep[1:-1] = move[1:] != move[:-1]
    x, y = grid.centres(ordered[keep])
    return shapely.linestrings(np.column_stack([x, y]))


@dataclass
class Route:
    """One target's route: cells (target first), source position, measures and status."""

    target: int
    cells: np.ndarray
    source: int = -1
    length_m: float = 0.0
    cost_eur: float = math.inf
    penalty_m: float = 0.0
    status: str = "unreachable"


@dataclass
class RoutingResult:
    """Routes (one per target, input order) and, with shared trenches, the trench network."""

    routes: list
    independent_total: float
    shared_total: float = None
    network: list = field(default_factory=list)  # (LineString, connections, length m, cost €)
    rounds: int = 0
    expanded: int = 0


def route_connections(grid, source_cells, source_owner, target_cells, max_length=0.0,
                      shared=False, reuse_factor=0.2, batch_share=0.25, progress=None):
    """Cheapest routes from every target cell to its cheapest source, on ``grid`` (€/m per cell).

    ``source_cells``/``source_owner``: flat padded cell indices of the sources and the source
    each cell belongs to (see :func:`geometry_cells`); ``target_cells``: one cell per target
    (-1 = outside the grid: unreachable). ``max_length`` (m, 0 = none): longer routes get the
    status ``too_long``. Costs are in euros, lengths in metres.

    With ``shared``, the trench network grows from the sources (Takahashi–Matsuyama, in
    batches of the cheapest ``batch_share`` of remaining targets): once a route is laid, its
    cells cost ``reuse_factor`` times their price for later connections. Every target's shared
    cost is at most its independent cost, so the shared total never exceeds the independent one.
    ``grid.cost`` is modified in shared mode (pass a copy to keep it).
    """
    target_cells = np.asarray(target_cells, dtype=np.int64)
    inside = target_cells >= 0
    state = start_search(grid, source_cells)
    run_search(state, target_cells[inside], progress=scaled(progress, 0.0, 0.5 if shared else 0.9))
    sorted_order = np.argsort(source_cells, kind="stable")
    sorted_cells = np.asarray(source_cells)[sorted_order]
    owners = np.asarray(source_owner)[sorted_order]
    original_cost = grid.cost.ravel().copy() if shared else None
    routes = [Route(i, np.zeros(0, np.int64)) for i in range(len(target_cells))]
    _fill_routes(grid, state, routes, np.flatnonzero(inside), target_cells, sorted_cells, owners, max_length)
    independent = float(sum(r.cost_eur for r in routes if r.status == "ok"))
    result = RoutingResult(routes, independent)
    if shared:
        _share_trenches(grid, state, result, target_cells, sorted_cells, owners, original_cost,
                        reuse_factor, batch_share, scaled(progress, 0.5, 0.9))
    result.rounds, result.expanded = state.rounds, state.expanded
    check(progress, 1.0)
    return result


def _fill_routes(grid, state, routes, which, target_cells, sorted_cells, owners, max_length, cost=None):
    paths = trace_paths(state, target_cells[which])
    for position, path in zip(which, paths):
        route = routes[position]
        if len(path) == 0:
            route.cells, route.status, route.cost_eur = path, "unreachable", math.inf
            continue
        route.cells = path
        route.source = int(owners[np.searchsorted(sorted_cells, path[-1])])
        route.length_m, _, route.penalty_m = path_measures(grid, path, cost)
        route.cost_eur = float(state.dist[path[0]])
        route.status = "too_long" if max_length and route.length_m > max_length else "ok"


def _share_trenches(grid, state, result, target_cells, sorted_cells, owners, original_cost,
                    reuse_factor, batch_share, progress):
    routes = result.routes
    remaining = np.array([r.target for r in routes if r.status == "ok"], dtype=np.int64)
    trenched = np.zeros(grid.cost.size, dtype=bool)
    total = max(1, remaining.size)
    laid = []
    while remaining.size:
        count = max(1, int(math.ceil(remaining.size * batch_share)))
        run_search(state, target_cells[remaining], need=count)
        costs = state.dist[target_cells[remaining]]
        final = costs <= state.lowest
        # Final costs are the cheapest ones: every other target will cost at least state.lowest.
        chosen = remaining[final][np.argsort(costs[final], kind="stable")[:count]]
        remaining = np.setdiff1d(remaining, chosen)
        before = {position: routes[position].cost_eur for position in chosen}
        _fill_routes(grid, state, routes, chosen, target_cells, sorted_cells, owners, 0.0, original_cost)
        for position in chosen:
            # The network only lowers costs; the float guard keeps the bound exact.
            routes[position].cost_eur = min(routes[position].cost_eur, before[position])
            laid.append(routes[position].cells)
        new_cells = np.unique(np.concatenate([routes[p].cells for p in chosen]))
        new_cells = new_cells[~trenched[new_cells]]
        trenched[new_cells] = True
        if remaining.size and new_cells.size and reuse_factor < 1:
            lower_costs(state, new_cells, reuse_factor)
        check(progress, 1.0 - remaining.size / total)
    result.shared_total = float(sum(r.cost_eur for r in routes if r.status == "ok"))
    result.network = network_segments(grid, laid, original_cost)


def network_segments(grid, paths, cost):
    """Trench network of cell paths: merged lines, each with the number of paths using it.

    Returns [(LineString, connections, length m, trench cost € at full price)].
    """
    import shapely

    if not paths:
        return []
    first = np.concatenate([p[:-1] for p in paths])
    second = np.concatenate([p[1:] for p in paths])
    low, high = np.minimum(first, second), np.maximum(first, second)
    keys, counts = np.unique(low * grid.cost.size + high, return_counts=True)
    low, high = np.divmod(keys, grid.cost.size)
    x1, y1 = grid.centres(low)
    x2, y2 = grid.centres(high)
    step = np.hypot(x2 - x1, y2 - y1)
    price = (cost[low].astype(np.float64) + cost[high]) * step * 0.5
    segments = []
    for connections in np.unique(counts):
        chosen = np.flatnonzero(counts == connections)
        coords = np.stack([np.column_stack([x1[chosen], y1[chosen]]),
                           np.column_stack([x2[chosen], y2[chosen]])], axis=1)
        parts = shapely.get_parts(shapely.line_merge(shapely.multilinestrings(shapely.linestrings(coords))))
        middles = shapely.points((x1[chosen] + x2[chosen]) / 2, (y1[chosen] + y2[chosen]) / 2)
        edge, part = shapely.STRtree(parts).query(middles, predicate="dwithin", distance=grid.cell_size * 1e-3)
        edge, first = np.unique(edge, return_index=True)
        part_cost = np.bincount(part[first], weights=price[chosen][edge], minlength=len(parts))
        for number, line in enumerate(parts):
            segments.append((line, int(connections), float(line.length), float(part_cost[number])))
    return segments
