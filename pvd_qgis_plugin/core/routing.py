"""Least-cost routing of connection works (raccordement: linking a new consumer to the network).

Grid conventions (those of GRASS r.cost without knight's move and of scikit-image
``MCP_Geometric``): square cells of ``cell_size`` metres in a projected CRS, a cost in €/m per
cell, and moving between two 8-neighbour cells costs ``distance × (c1 + c2) / 2`` euros, where
``distance`` is the cell size or the cell size × √2 on diagonals. Impassable cells (barriers,
no-data) have an infinite cost and are never entered.

The search is a multi-source label-correcting shortest-path search processed in cost buckets
(Dial's algorithm generalised, as in delta-stepping): each round takes every cell waiting in the
lowest bucket (costs within one ``delta`` wide band) and relaxes their 8 neighbours at once with
numpy (one 8 × n gather of costs per chunk of cells); a cell improved after it was expanded is
simply put in a bucket again, so the result is exact for any ``delta``; the bucket width only
trades the number of rounds against repeated work. The search stops as soon as every target's
cost is final (no waiting cell is cheaper), which is exact too.

Memory: the cost grid (float32, 4 bytes per cell; float64, 8, for a raster that float32 cannot
hold exactly), the costs (float64, 8) and the predecessor direction (int8, 1) — about 13 bytes
per cell plus the buckets; shared trenches add a Voronoi label (int16, 2) and a waiting flag (1).

The search area is ``margin`` metres around each target (:func:`plan_areas`): targets whose
windows overlap or touch form a group routed on its own grid, the cells outside their windows
impassable (:func:`route_areas`), so scattered targets cost a few small grids.

Arrays are padded with one ring of impassable cells so that neighbours never leave the grid;
a cell (row, col) of the unpadded grid has the flat index ``(row + 1) * (cols + 2) + col + 1``.
"""
import math
import os
from dataclasses import dataclass, field

import numpy as np

from .defaults import REUSE_FACTOR, ROUTING_MAX_LENGTH_M
from .graphs import components, minimum_spanning_tree
from .pricing import BRANCHEMENT_MAX_M  # noqa: F401  (kept in this module's API)
from .progress import check, scaled

#: Default largest number of cells a routing grid may have (override with
#: ``PVD_ROUTING_MAX_CELLS`` or the ``max_cells`` arguments).
MAX_CELLS = int(os.environ.get("PVD_ROUTING_MAX_CELLS", 60_000_000))
#: Bucket width of the search, in cheapest orthogonal steps (only a speed setting).
DELTA_STEPS = float(os.environ.get("PVD_ROUTING_DELTA_STEPS", 8))

SOURCE = 8  # predecessor code of a source cell
UNSET = 9  # predecessor code of a cell never reached
# Row and column steps of the 8 directions; direction k and 7 - k are opposite.
_DROWS = np.array([-1, -1, -1, 0, 0, 1, 1, 1])
_DCOLS = np.array([-1, 0, 1, -1, 1, -1, 0, 1])
_STEP = np.where((_DROWS != 0) & (_DCOLS != 0), math.sqrt(2.0), 1.0)
_HALF_STEP = _STEP * 0.5


class GridTooLarge(ValueError):
    """The routing grid would exceed the cell budget (``rows``, ``cols``, ``budget``)."""

    def __init__(self, rows, cols, budget):
        super().__init__("The routing grid would have {:,} cells ({} × {}), more than the budget of {:,}: "
                         "use a larger CELL_SIZE or a smaller MARGIN.".format(rows * cols, rows, cols, budget))
        self.rows, self.cols, self.budget = rows, cols, budget


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
        raise GridTooLarge(rows, cols, budget)


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
    """A padded :class:`CostGrid` filled with ``default_cost`` €/m (≤ 0: impassable; the ring
    is impassable)."""
    check_budget(rows, cols, max_cells)
    cost = np.full((rows + 2, cols + 2), np.inf, dtype=np.float32)
    cost[1:-1, 1:-1] = default_cost if default_cost > 0 else np.inf
    return CostGrid(cost, float(x0), float(y0), float(cell_size))


def _cells_inside(grid, polygons, budget=2_000_000, progress=None):
    """Yield (flat padded cells, polygon positions) of the cell centres inside ``polygons``.

    Every polygon's bounding window of cells is tested at once with a vectorised
    point-in-polygon test, by chunks of about ``budget`` cell centres (a window larger than
    that is cut into bands of rows).
    """
    import shapely

    cs = grid.cell_size
    bounds = shapely.bounds(polygons)
    first_col = np.clip(np.floor((bounds[:, 0] - grid.x0) / cs - 0.5) + 1, 0, grid.cols).astype(np.int64)
    end_col = np.clip(np.ceil((bounds[:, 2] - grid.x0) / cs - 0.5) + 1, 0, grid.cols).astype(np.int64)
    first_row = np.clip(np.floor((grid.y0 - bounds[:, 3]) / cs - 0.5) + 1, 0, grid.rows).astype(np.int64)
    end_row = np.clip(np.ceil((grid.y0 - bounds[:, 1]) / cs - 0.5) + 1, 0, grid.rows).astype(np.int64)
    widths = np.maximum(end_col - first_col, 0)
    heights = np.maximum(end_row - first_row, 0)
    # cut big windows into bands of rows of at most `budget` cells
    bands = np.where(widths * heights > 0, -(-(widths * heights) // budget), 0)
    owner = np.repeat(np.arange(len(polygons)), bands)
    band_rows = -(-heights // np.maximum(bands, 1))
    band = np.arange(owner.size) - np.repeat(np.cumsum(bands) - bands, bands)
    top = first_row[owner] + band * band_rows[owner]
    height = np.clip(end_row[owner] - top, 0, band_rows[owner])
    width = widths[owner]
    sizes = height * width
    chunk_of = np.cumsum(sizes) // budget
    width_cells = grid.cost.shape[1]
    for number, chunk in enumerate(np.unique(chunk_of)):
        pieces = np.flatnonzero(chunk_of == chunk)
        counts = sizes[pieces]
        piece = np.repeat(pieces, counts)
        k = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        rows = top[piece] + k // width[piece]
        cols = first_col[owner[piece]] + k % width[piece]
        inside = shapely.contains_xy(polygons[owner[piece]], grid.x0 + (cols + 0.5) * cs,
                                     grid.y0 - (rows + 0.5) * cs)
        yield (rows[inside] + 1) * width_cells + cols[inside] + 1, owner[piece][inside]
        check(progress, (number + 1) / max(1, chunk_of[-1] + 1))


def burn_polygons(grid, polygons, values=None, mode="set", progress=None, keep_impassable=True):
    """Burn polygons into ``grid`` (cells whose centre is inside; polygons in the grid's CRS).

    ``mode``: ``"set"`` writes the polygon's value (€/m) (overlapping surfaces: the dearer
    applies; impassable cells stay so unless ``keep_impassable`` is false), ``"barrier"`` makes
    cells impassable, ``"penalty"`` multiplies the cost by the polygon's factor (overlapping
    zones: the largest factor applies, once) and marks ``grid.penalty``.
    """
    import shapely

    polygons = np.asarray(polygons, dtype=object)
    keep = np.flatnonzero(~(shapely.is_missing(polygons) | shapely.is_empty(polygons))) if len(polygons) else []
    polygons = polygons[keep]
    values = None if values is None else np.asarray(values, dtype=np.float32)[keep]
    cost = grid.cost.ravel()
    if mode == "penalty":
        if grid.penalty is None:
            grid.penalty = np.zeros(grid.cost.shape, dtype=bool)
        factor = np.ones(cost.size, dtype=np.float32)
    elif mode == "set":
        burnt = np.full(cost.size, -np.inf, dtype=np.float32)
    shapely.prepare(polygons)
    for cells, owner in _cells_inside(grid, polygons, progress=progress):
        if mode == "barrier":
            cost[cells] = np.inf
        elif mode == "set":
            np.maximum.at(burnt, cells, values[owner])
        else:
            np.maximum.at(factor, cells, values[owner])
            grid.penalty.ravel()[cells] = True
    shapely.destroy_prepared(polygons)
    if mode == "set":
        placed = np.isfinite(burnt)
        placed = np.flatnonzero(placed & np.isfinite(cost) if keep_impassable else placed)
        cost[placed] = burnt[placed]
    elif mode == "penalty":
        cost *= factor
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


@dataclass
class SearchState:
    """Costs (€), predecessor directions, optional Voronoi labels and the buckets of a search.

    ``buckets`` maps a bucket number ``floor(cost / delta)`` to a list of arrays of the cells
    put in it, each when its cost entered that bucket; an entry whose cell's cost has since
    dropped to a lower bucket is stale and skipped. A fresh search needs no flag to know whether
    an improved cell still waits in its bucket (only cells of the current bucket can have been
    expanded); a search continued with new seeds keeps one, ``waiting`` (bool per cell).
    """

    grid: CostGrid
    dist: np.ndarray
    pred: np.ndarray
    buckets: dict
    delta: float
    label: object = None
    rounds: int = 0
    expanded: int = 0
    waiting: object = None
    work: dict = field(default_factory=dict)


def start_search(grid, source_cells, delta=None, labels=None):
    """A search seeded at ``source_cells`` (cost 0). ``delta``: bucket width in € (default: the
    cheapest orthogonal step of the grid times DELTA_STEPS). With ``labels`` (one int per seed
    cell, the first wins where cells repeat) every reached cell gets the label of its seed:
    the Voronoi regions of the seeds."""
    size = grid.cost.size
    dist = np.full(size, np.inf)
    pred = np.full(size, UNSET, dtype=np.int8)
    seeds, first = np.unique(np.asarray(source_cells, dtype=np.int64), return_index=True)
    if delta is None:
        delta = DELTA_STEPS * grid.cell_size * _typical_low_cost(grid.cost)
    state = SearchState(grid, dist, pred, {}, float(delta))
    add_seeds(state, seeds)
    if labels is not None:
        state.label = np.full(size, -1, dtype=np.int32 if len(labels) > 32000 else np.int16)
        state.label[seeds] = np.asarray(labels)[first]
    return state


def add_seeds(state, cells):
    """Make ``cells`` (unique flat indices) sources of the search: cost 0, to expand (again).

    After a run, the cells still waiting in a bucket are flagged first (``state.waiting``)."""
    cells = np.asarray(cells, dtype=np.int64)
    if state.rounds and state.waiting is None:
        state.waiting = np.zeros(state.dist.size, dtype=bool)
        scale = 1.0 / state.delta
        for number, parts in state.buckets.items():
            for part in parts:
                state.waiting[part[(state.dist[part] * scale).astype(np.int64) == number]] = True
    state.dist[cells] = 0.0
    state.pred[cells] = SOURCE
    if state.waiting is not None:
        state.waiting[cells] = True
    state.buckets.setdefault(0, []).append(cells)


def _typical_low_cost(cost):
    """The cheapest €/m of the grid, but not below 5 % of its median (a few nearly free cells
    would otherwise make the buckets, hence the rounds, needlessly many)."""
    cheapest = float(cost.min())  # impassable cells are +inf, never the minimum
    if not math.isfinite(cheapest):
        return 1.0
    sample = cost.ravel()[::max(1, cost.size // 100_000)]
    sample = sample[np.isfinite(sample)]
    median = float(np.median(sample)) if sample.size else cheapest
    return max(cheapest, 0.05 * median, 1e-9)


#: Cells whose 8 neighbours are gathered at once (work arrays of about 30 bytes × 8 per cell, 2 MiB):
#: larger chunks mean fewer rounds split in pieces to concatenate again.
CHUNK = 8192


def _buffers(state):
    """Work arrays (8 × :data:`CHUNK`) kept during a search, and the offsets and half steps
    (8 × 1) of their rows (row j: direction 7 - j)."""
    work = state.work
    if not work:
        size = 8 * min(CHUNK, state.dist.size)
        work.update(neighbours=np.empty(size, dtype=np.int64), before=np.empty(size),
                    cost=np.empty(size, dtype=state.grid.cost.dtype), candidate=np.empty(size),
                    better=np.empty(size, dtype=bool),
                    rows=(state.grid.offsets()[::-1, None], (_HALF_STEP * state.grid.cell_size)[::-1, None]))
    return work


def _improvements(state, cells, base):
    """The neighbours of ``cells`` (costs ``base``) that they improve: flat cells, new costs,
    old costs, direction codes (back to the cell) and positions in ``cells`` of the cells
    improving them; a neighbour improved by several cells comes once per cell."""
    work = _buffers(state)
    cost = state.grid.cost.ravel()
    count = cells.size
    neighbours, before, near, candidate, better = (
        work[name][:8 * count].reshape(8, count) for name in ("neighbours", "before", "cost", "candidate", "better"))
    offsets, half_steps = work["rows"]
    # row j holds the neighbours in direction 7 - j, whose way back to the cell is direction j
    np.add(offsets, cells, out=neighbours)
    np.take(state.dist, neighbours, out=before, mode="clip")
    np.take(cost, neighbours, out=near, mode="clip")
    np.add(near, cost[cells], out=candidate, dtype=np.float64)
    np.multiply(candidate, half_steps, out=candidate)
    np.add(candidate, base, out=candidate)
    hits = np.flatnonzero(np.less(candidate, before, out=better))
    code = hits // count  # the row of each hit: its direction code
    parent = None if state.label is None else hits - code * count
    return neighbours.ravel()[hits], candidate.ravel()[hits], before.ravel()[hits], code, parent


def _relax(state, cells, base, current):
    """Relax the 8 out-edges of ``cells`` (costs ``base``) and put the improved cells in their
    buckets (``current``: the bucket being expanded, the lowest)."""
    found = [_improvements(state, cells[start:start + CHUNK], base[start:start + CHUNK])
             for start in range(0, cells.size, CHUNK)]
    if len(found) == 1:
        where, value, old, code, parent = found[0]
    else:
        where, value, old, code = (np.concatenate(column) for column in list(zip(*found))[:4])
        parent = None if state.label is None else np.concatenate(
            [part[4] + start for part, start in zip(found, range(0, cells.size, CHUNK))])
    if not where.size:
        return
    dist = state.dist
    # a cell reached from several cells: assignment keeps the last value, so write again the
    # values that beat it until none does (each pass settles at least one writer per cell)
    dist[where] = value
    final = dist[where]
    again = np.flatnonzero(value < final)
    if again.size:
        while again.size:
            dist[where[again]] = value[again]
            again = again[value[again] < dist[where[again]]]
        final = dist[where]
    keep = np.flatnonzero(value == final)
    if keep.size < where.size:
        where, value, old, code = where[keep], value[keep], old[keep], code[keep]
        parent = None if parent is None else parent[keep]
    state.pred[where] = code
    # equal values from two cells: the last write wins (the lowest direction, as when relaxing
    # one direction after the other) and the other is dropped: a cell is never twice in a bucket
    keep = state.pred[where] == code
    if not keep.all():
        keep = np.flatnonzero(keep)
        where, value, old = where[keep], value[keep], old[keep]
        parent = None if parent is None else parent[keep]
    if parent is not None:
        state.label[where] = state.label[cells[parent]]
    # a cell goes in its new bucket unless it is already waiting in it; in a fresh search only
    # cells of the current bucket can have been expanded
    scale = 1.0 / state.delta
    bucket = (value * scale).astype(np.int64)
    old *= scale
    push = old >= bucket + 1
    if state.waiting is None:
        push |= bucket == current
    else:
        push |= ~state.waiting[where]
        state.waiting[where] = True
    if not push.all():
        push = np.flatnonzero(push)
        where, bucket = where[push], bucket[push]
        if not where.size:
            return
    low, high = int(bucket.min()), int(bucket.max())
    buckets = state.buckets
    if low == high:
        buckets.setdefault(low, []).append(where)
        return
    bucket -= low
    # a stable radix sort on one or two bytes splits the cells by bucket
    order = np.argsort(bucket.astype(np.int8 if high - low < 128 else np.int16 if high - low < 32768 else np.int64),
                       kind="stable")
    ends = np.cumsum(np.bincount(bucket)).tolist()
    where = where[order]
    start = 0
    for number, end in enumerate(ends):
        if end > start:
            buckets.setdefault(low + number, []).append(where[start:end])
        start = end


def run_search(state, targets=None, progress=None):
    """Run the search until every target's cost is final (or nothing is open).

    ``targets``: flat cell indices whose cost must be final; None = settle the whole grid.
    A cost is final once no open cell is cheaper. Progress is reported as the share of
    targets settled.
    """
    targets = None if targets is None else np.asarray(targets, dtype=np.int64)
    dist, buckets, scale = state.dist, state.buckets, 1.0 / state.delta
    while buckets:
        current = min(buckets)
        parts = buckets.pop(current)
        cells = parts[0] if len(parts) == 1 else np.concatenate(parts)
        base = dist[cells]
        live = (base * scale).astype(np.int64) == current  # else its cost dropped to a lower bucket
        if not live.all():
            cells, base = cells[live], base[live]
            if not cells.size:
                continue
        if state.waiting is not None:
            state.waiting[cells] = False
        if targets is not None:
            pending = dist[targets] > base.min()
            if not pending.any():
                buckets[current] = [cells]
                if state.waiting is not None:
                    state.waiting[cells] = True
                break
            if state.rounds % 64 == 0:
                check(progress, 1.0 - pending.mean())
        elif state.rounds % 64 == 0:
            check(progress, state.expanded / state.dist.size)
        _relax(state, cells, base, current)
        state.rounds += 1
        state.expanded += cells.size
    state.work.clear()
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


def path_measures(grid, path, values=None):
    """(length m, cost €, length inside penalty zones m) of a cell path on ``grid``; ``values``:
    the €/m of the path's cells when not those of the grid."""
    if len(path) < 2:
        return 0.0, 0.0, 0.0
    row, col = np.divmod(path, grid.cost.shape[1])
    diagonal = (np.diff(row) != 0) & (np.diff(col) != 0)
    steps = np.where(diagonal, math.sqrt(2.0), 1.0) * grid.cell_size
    values = (grid.cost.ravel()[path] if values is None else values).astype(np.float64)
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
    line: object = None  # the route as a shapely LineString (set by route_areas)


@dataclass
class RoutingResult:
    """Routes (one per target, input order) and, with shared trenches, the trench network."""

    routes: list
    independent_total: float
    shared_total: float = None
    network: list = field(default_factory=list)  # (LineString, connections, length m, cost €)
    rounds: int = 0
    expanded: int = 0
    # set by route_areas: unreachable targets with no source within their window, the sources
    # used, source cells in impassable cells, (rows, cols) of every grid routed
    no_source: list = field(default_factory=list)
    used_sources: object = None
    blocked: int = 0
    grids: list = field(default_factory=list)


def route_connections(grid, source_cells, source_owner, target_cells, max_length=ROUTING_MAX_LENGTH_M,
                      shared=False, reuse_factor=REUSE_FACTOR, progress=None):
    """Cheapest routes from every target cell to its cheapest source, on ``grid`` (€/m per cell).

    ``source_cells``/``source_owner``: flat padded cell indices of the sources and the source
    each cell belongs to (see :func:`geometry_cells`); ``target_cells``: one cell per target
    (-1 = outside the grid: unreachable). ``max_length`` (m, 0 = none): longer routes get the
    status ``too_long``. Costs are in euros, lengths in metres.

    With ``shared``, the targets are joined by one trench network (see :func:`_share_trenches`):
    a cell already trenched for another connection costs ``reuse_factor`` times its price.
    Every target's shared cost is at most its independent cost, so the shared total never
    exceeds the independent one. Progress: a callable ``progress(fraction) -> bool``.
    """
    target_cells = np.asarray(target_cells, dtype=np.int64)
    inside = target_cells >= 0
    state = start_search(grid, source_cells)
    run_search(state, target_cells[inside], progress=scaled(progress, 0.0, 0.5 if shared else 0.9))
    sorted_order = np.argsort(source_cells, kind="stable")
    sorted_cells = np.asarray(source_cells)[sorted_order]
    owners = np.asarray(source_owner)[sorted_order]
    routes = [Route(i, np.zeros(0, np.int64)) for i in range(len(target_cells))]
    _fill_routes(grid, state, routes, np.flatnonzero(inside), target_cells, sorted_cells, owners, max_length)
    independent = float(sum(r.cost_eur for r in routes if r.status == "ok"))
    result = RoutingResult(routes, independent)
    if shared:
        _share_trenches(state, result, target_cells, sorted_cells, owners, reuse_factor,
                        scaled(progress, 0.5, 0.9))
    result.rounds, result.expanded = state.rounds, state.expanded
    check(progress, 1.0)
    return result


def _fill_routes(grid, state, routes, which, target_cells, sorted_cells, owners, max_length):
    paths = trace_paths(state, target_cells[which])
    for position, path in zip(which, paths):
        route = routes[position]
        if len(path) == 0:
            route.cells, route.status, route.cost_eur = path, "unreachable", math.inf
            continue
        route.cells = path
        route.source = int(owners[np.searchsorted(sorted_cells, path[-1])])
        route.length_m, _, route.penalty_m = path_measures(grid, path)
        route.cost_eur = float(state.dist[path[0]])
        route.status = "too_long" if max_length and route.length_m > max_length else "ok"


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


def _terminal_edges(state, terminals):
    """Cheapest link between every pair of touching Voronoi regions of the terminals.

    Compares the labels of neighbouring cells by blocks of rows (array slices, no gathers);
    a link between regions i and j through the grid edge (a, b) costs
    dist[a] + w(a, b) + dist[b]. Returns arrays (i, j, cost, a, b).
    """
    grid = state.grid
    dist, cost = state.dist, grid.cost.ravel()
    height, width = grid.cost.shape
    labels = state.label.reshape(height, width)
    block = max(1, 1_000_000 // width)
    found = []
    for drow, dcol in ((0, 1), (1, -1), (1, 0), (1, 1)):
        step = grid.cell_size * (math.sqrt(2.0) if drow and dcol else 1.0)
        first_col = max(0, -dcol)
        cols = width - abs(dcol)
        for top in range(0, height - drow, block):
            bottom = min(top + block, height - drow)
            here = labels[top:bottom, first_col:first_col + cols]
            there = labels[top + drow:bottom + drow, first_col + dcol:first_col + dcol + cols]
            rows, columns = np.nonzero((here != there) & (here >= 0) & (there >= 0))
            if not rows.size:
                continue
            a = (rows + top).astype(np.int64) * width + columns + first_col
            b = a + drow * width + dcol
            link = (cost[a].astype(np.float64) + cost[b]) * step
            link *= 0.5
            link += dist[a]
            link += dist[b]
            la, lb = state.label[a], state.label[b]
            found.append(_cheapest_per_pair(np.minimum(la, lb), np.maximum(la, lb), link, a, b, terminals))
    if not found:
        return tuple(np.zeros(0, dtype) for dtype in (np.int64, np.int64, float, np.int64, np.int64))
    return _cheapest_per_pair(*[np.concatenate(column) for column in zip(*found)], terminals)


def _cheapest_per_pair(low, high, link, a, b, terminals):
    key = low.astype(np.int64) * terminals + high
    order = np.lexsort((link, key))
    key = key[order]
    first = order[np.concatenate([[True], key[1:] != key[:-1]])]
    return low[first].astype(np.int64), high[first].astype(np.int64), link[first], a[first], b[first]


def _share_trenches(state, result, target_cells, sorted_cells, owners, reuse_factor, progress):
    """Shared trenches by Mehlhorn's Steiner-tree heuristic, priced connection by connection.

    The Voronoi regions of the terminals (the sources together, and every routed target) come
    from continuing the independent search ``state`` with the targets as new seeds: only cells
    nearer to a target than to the network are searched again. The cheapest links between
    touching regions, plus each target's own independent route, form a terminal graph whose
    minimum spanning tree, expanded into grid paths, is the trench network. Connections are
    then priced from the sources outwards: a cell already trenched costs ``reuse_factor`` times
    its price; a target whose route through the tree would cost more than its own independent
    route (so priced) takes the latter.
    """
    grid = state.grid
    routes = result.routes
    members = np.array([r.target for r in routes if r.status == "ok"], dtype=np.int64)
    if not members.size:
        result.shared_total, result.network = 0.0, []
        return
    terminals = members.size + 1
    state.label = np.full(state.pred.size, -1, dtype=np.int32 if terminals > 32000 else np.int16)
    state.label[state.pred != UNSET] = 0
    seeds, first = np.unique(target_cells[members], return_index=True)
    fresh = state.dist[seeds] > 0  # a target on a network cell stays in the network's region
    seeds, first = seeds[fresh], first[fresh]
    state.label[seeds] = first + 1
    add_seeds(state, seeds)
    run_search(state, progress=scaled(progress, 0.0, 0.8))
    low, high, link, a, b = _terminal_edges(state, terminals)
    edges = [(float(w), int(i), int(j), ("link", int(x), int(y))) for i, j, w, x, y in zip(low, high, link, a, b)]
    edges += [(routes[m].cost_eur, 0, n + 1, ("own",)) for n, m in enumerate(members)]
    kept = minimum_spanning_tree(terminals, [e[1] for e in edges], [e[2] for e in edges], [e[0] for e in edges])
    tree = [edges[k] for k in kept]
    check(progress, 0.85)

    neighbours = {node: [] for node in range(terminals)}
    for edge in tree:
        neighbours[edge[1]].append((edge[2], edge))
        neighbours[edge[2]].append((edge[1], edge))
    order, via, seen = [], {}, {0}
    frontier = [0]
    while frontier:
        node = frontier.pop(0)
        for other, edge in neighbours[node]:
            if other not in seen:
                seen.add(other)
                via[other] = (node, edge)
                order.append(other)
                frontier.append(other)
    links = [via[node][1][3] for node in order if via[node][1][3][0] == "link"]
    ends = np.array([end for link_ in links for end in link_[1:]], dtype=np.int64)
    traced = dict(zip(ends.tolist(), trace_paths(state, ends))) if ends.size else {}
    label = state.label
    del state

    cost = grid.cost.ravel()
    trenched = np.zeros(cost.size, dtype=bool)
    chosen = {0: None}
    laid = []
    for node in order:
        parent, edge = via[node]
        route = routes[members[node - 1]]
        own = route.cells
        through = own
        if edge[3][0] == "link":
            x, y = edge[3][1:]
            if label[x] != node:
                x, y = y, x
            through = np.concatenate([traced[x][::-1], traced[y]])
            if parent:
                through = np.concatenate([through, chosen[parent][1:]])
        price_own = _priced(grid, own, cost, trenched, reuse_factor)
        price_through = _priced(grid, through, cost, trenched, reuse_factor)
        path, price = (through, price_through) if price_through < price_own else (own, price_own)
        chosen[node] = path
        trenched[path] = True
        laid.append(path)
        route.cells = path
        route.cost_eur = min(price, route.cost_eur)
        route.source = int(owners[np.searchsorted(sorted_cells, path[-1])])
        route.length_m, _, route.penalty_m = path_measures(grid, path)
    result.shared_total = float(sum(r.cost_eur for r in routes if r.status == "ok"))
    result.network = network_segments(grid, laid, cost)


def _priced(grid, path, cost, trenched, reuse_factor):
    """Cost (€) of a cell path where trenched cells cost ``reuse_factor`` times their price."""
    values = cost[path] * np.where(trenched[path], reuse_factor, 1.0)
    return path_measures(grid, path, values)[1]


# ---------------------------------------------------------------- routing areas around the targets

@dataclass
class Area:
    """Targets routed together on one grid, and that grid's window.

    ``targets``: positions of the targets in the caller's arrays. ``first_row``/``first_col``:
    lattice indices of the grid's top-left cell (see :func:`plan_areas`); ``x0``/``y0``: its
    top-left corner (metres); ``rows``/``cols``: its size. ``boxes``: one row per target,
    (first_row, end_row, first_col, end_col) of the target's window in this grid's unpadded
    cells (end excluded): the search area is the union of these boxes.
    """

    targets: np.ndarray
    first_row: int
    first_col: int
    x0: float
    y0: float
    rows: int
    cols: int
    boxes: np.ndarray

    @property
    def cells(self):
        return self.rows * self.cols


def target_boxes(x, y, margin, cell_size, extent=None):
    """Windows of cells around target points (x, y in metres): each point grown by ``margin``
    metres, snapped outwards to whole cells.

    The cell lattice has its origin at (0, 0) (cell (row, col) spans x from col × cell_size and
    y down from -row × cell_size), or, with ``extent`` = (xmin, ymin, xmax, ymax) of a raster of
    ``cell_size`` cells, at the raster's top-left corner, the windows being clipped to the raster.
    Returns an int64 array (n, 4): first_row, end_row, first_col, end_col (end excluded); a
    window missing the raster has end ≤ first.
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    xmin, xmax, ymin, ymax = x - margin, x + margin, y - margin, y + margin
    if extent is None:
        first_col, end_col = np.floor(xmin / cell_size), np.ceil(xmax / cell_size)
        first_row, end_row = np.floor(-ymax / cell_size), np.ceil(-ymin / cell_size)
        end_col, end_row = np.maximum(end_col, first_col + 1), np.maximum(end_row, first_row + 1)
    else:
        cxmin, cymin, cxmax, cymax = extent
        total_cols, total_rows = round((cxmax - cxmin) / cell_size), round((cymax - cymin) / cell_size)
        first_col = np.maximum(0, np.floor((xmin - cxmin) / cell_size))
        end_col = np.minimum(total_cols, np.ceil((xmax - cxmin) / cell_size))
        first_row = np.maximum(0, np.floor((cymax - ymax) / cell_size))
        end_row = np.minimum(total_rows, np.ceil((cymax - ymin) / cell_size))
    return np.column_stack([first_row, end_row, first_col, end_col]).astype(np.int64)


def _overlap_components(shapes, pairs_budget=2_000_000):
    """Connected components of the graph of intersecting shapes (a label per shape).

    The STRtree is queried by chunks of shapes so that at most about ``pairs_budget`` pairs are
    held at once (many overlapping windows would otherwise give n² pairs); each chunk's pairs
    are reduced to links from every shape to the smallest shape of its component in the chunk,
    which keeps the connectivity.
    """
    import shapely

    count = len(shapes)
    tree = shapely.STRtree(shapes)
    chunk = max(1, pairs_budget // max(1, count))
    links = []
    for start in range(0, count, chunk):
        first, second = tree.query(shapes[start:start + chunk], predicate="intersects")
        nodes, inverse = np.unique(np.concatenate([first + start, second]), return_inverse=True)
        local = components(nodes.size, inverse[:first.size], inverse[first.size:])
        smallest = np.full(local.max() + 1, count)
        np.minimum.at(smallest, local, nodes)
        links.append(np.stack([nodes, smallest[local]]))
    links = np.concatenate(links, axis=1)
    return components(count, links[0], links[1])


def plan_areas(x, y, margin, cell_size, extent=None, max_cells=None):
    """Group targets whose windows overlap or touch, each group with its own grid window.

    ``x``/``y``: target points (metres, projected CRS); ``margin``: metres around each target
    (the search never leaves the union of the targets' windows); ``cell_size``: metres;
    ``extent``: the cost raster's (xmin, ymin, xmax, ymax) when its cells are the grid (the
    windows are then snapped to its cells and clipped to it). Windows sharing an edge or a corner
    are grouped (connected components of the window overlap graph, found with an STRtree).

    Returns (areas, outside): a list of :class:`Area` (by first target) and the positions of the
    targets whose window misses the raster. Raises :class:`GridTooLarge` before any work when a
    group's grid exceeds the cell budget (``max_cells``, default :data:`MAX_CELLS`).
    """
    import shapely

    boxes = target_boxes(x, y, margin, cell_size, extent)
    valid = (boxes[:, 1] > boxes[:, 0]) & (boxes[:, 3] > boxes[:, 2])
    outside = np.flatnonzero(~valid)
    keep = np.flatnonzero(valid)
    if not keep.size:
        return [], outside
    boxes = boxes[keep]
    # integer lattice coordinates: exact touching tests; closed boxes, so sharing an edge counts
    shapes = shapely.box(boxes[:, 2], -boxes[:, 1], boxes[:, 3], -boxes[:, 0])
    label = _overlap_components(shapes)
    order = np.argsort(label, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(label[order]) != 0])
    ox, oy = (0.0, 0.0) if extent is None else (extent[0], extent[3])
    areas = []
    for members in np.split(order, starts[1:]):
        own = boxes[members]
        top, left = int(own[:, 0].min()), int(own[:, 2].min())
        rows, cols = int(own[:, 1].max()) - top, int(own[:, 3].max()) - left
        check_budget(rows, cols, max_cells)
        areas.append(Area(keep[members], top, left, ox + left * cell_size, oy - top * cell_size, rows, cols,
                          own - np.array([top, top, left, left])))
    return areas, outside


def area_mask(area):
    """Boolean (rows, cols) array of the cells inside the union of the area's target windows,
    or None when one window covers the whole grid (a 2-D difference array, summed)."""
    boxes = area.boxes
    if ((boxes[:, 0] == 0) & (boxes[:, 1] == area.rows) & (boxes[:, 2] == 0) & (boxes[:, 3] == area.cols)).any():
        return None
    diff = np.zeros((area.rows + 1, area.cols + 1), dtype=np.int32)
    for rows, cols, sign in ((0, 2, 1), (0, 3, -1), (1, 2, -1), (1, 3, 1)):
        np.add.at(diff, (boxes[:, rows], boxes[:, cols]), sign)
    np.cumsum(diff, axis=0, out=diff)
    np.cumsum(diff, axis=1, out=diff)
    return diff[:-1, :-1] > 0


@dataclass
class CostModel:
    """How the cells of a routing grid are priced (all geometries in the grid's CRS, metres).

    ``default_cost``: €/m where nothing else applies (≤ 0: impassable); ``surfaces``:
    (polygons, €/m) burnt over it (the dearer applies where they overlap); ``penalties``: a list
    of (polygons, factors) multiplying the cost; ``barriers``: a list of impassable polygon
    arrays; ``raster``: when given, a callable ``raster(area, out)`` that fills ``out`` (float32,
    rows × cols) with the €/m of the area's cells, ``inf`` where impassable — it replaces
    ``default_cost``, and surfaces never open its impassable cells.
    """

    default_cost: float = 100.0
    surfaces: tuple = None
    penalties: list = field(default_factory=list)
    barriers: list = field(default_factory=list)
    raster: object = None


def _near(polygons, values, bbox):
    """The polygons (and their values) whose bounding box meets ``bbox`` (xmin, ymin, xmax, ymax)."""
    import shapely

    polygons = np.asarray(polygons, dtype=object)
    bounds = shapely.bounds(polygons)
    near = np.flatnonzero((bounds[:, 0] <= bbox[2]) & (bounds[:, 2] >= bbox[0])
                          & (bounds[:, 1] <= bbox[3]) & (bounds[:, 3] >= bbox[1]))
    return polygons[near], None if values is None else np.asarray(values)[near]


def build_grid(model, area, cell_size, max_cells=None, progress=None):
    """The priced grid of ``area`` (see :class:`CostModel`); cells outside the union of the
    targets' windows are impassable. Returns (grid, mask) where ``mask`` is :func:`area_mask`."""
    bbox = (area.x0, area.y0 - area.rows * cell_size, area.x0 + area.cols * cell_size, area.y0)
    grid = empty_grid(area.x0, area.y0, area.rows, area.cols, cell_size,
                      model.default_cost if model.raster is None else math.inf, max_cells)
    if model.raster is not None:
        model.raster(area, grid.cost[1:-1, 1:-1])
    layers = [("set", model.surfaces)] if model.surfaces is not None else []
    layers += [("penalty", zones) for zones in model.penalties]
    layers += [("barrier", (polygons, None)) for polygons in model.barriers]
    for number, (mode, (polygons, values)) in enumerate(layers):
        polygons, values = _near(polygons, values, bbox)
        burn_polygons(grid, polygons, values, mode=mode, keep_impassable=model.raster is not None,
                      progress=scaled(progress, number / len(layers), (number + 1) / len(layers)))
    mask = area_mask(area)
    if mask is not None:
        grid.cost[1:-1, 1:-1][~mask] = np.inf
    return grid, mask


def route_areas(areas, model, cell_size, sources, x, y, max_length=ROUTING_MAX_LENGTH_M, shared=False,
                reuse_factor=REUSE_FACTOR, network=False, max_cells=None, progress=None):
    """Route every target of ``areas`` (see :func:`plan_areas`) to its cheapest source, one grid
    per area, with :func:`route_connections`.

    ``sources``: point and line geometries (metres, the grid's CRS); a line is used where it
    crosses the area's windows. ``x``/``y``: all target points. ``network``: also give the
    trench network in independent mode. Returns a :class:`RoutingResult` whose routes (one per
    target, input order; targets in no area stay ``unreachable``) carry their ``line`` (a
    shapely LineString through cell centres) and whose totals (euros) and network are summed
    over the areas. Its ``no_source`` lists unreachable targets with no source in their window,
    ``used_sources`` flags the sources used, ``blocked`` counts source cells in impassable
    cells, ``grids`` holds (rows, cols) per area. Progress spans the areas by their cells.
    """
    import shapely

    sources = np.asarray(sources, dtype=object)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    routes = [Route(i, np.zeros(0, np.int64)) for i in range(len(x))]
    result = RoutingResult(routes, 0.0, 0.0 if shared else None, used_sources=np.zeros(len(sources), dtype=bool))
    tree = shapely.STRtree(sources)
    weights = np.cumsum([0] + [area.cells for area in areas]) / max(1, sum(area.cells for area in areas))
    for number, area in enumerate(areas):
        span = scaled(progress, weights[number], weights[number + 1])
        b = area.boxes
        windows = shapely.box(area.x0 + b[:, 2] * cell_size, area.y0 - b[:, 1] * cell_size,
                              area.x0 + b[:, 3] * cell_size, area.y0 - b[:, 0] * cell_size)
        window_of, candidates = tree.query(windows, predicate="intersects")
        lonely = area.targets[np.setdiff1d(np.arange(len(area.targets)), window_of)]
        candidates = np.unique(candidates)
        if not candidates.size:
            result.no_source.extend(lonely.tolist())
            continue
        grid, mask = build_grid(model, area, cell_size, max_cells, scaled(span, 0.0, 0.3))
        result.grids.append((grid.rows, grid.cols))
        bbox = (area.x0 - cell_size, area.y0 - (area.rows + 1) * cell_size,
                area.x0 + (area.cols + 1) * cell_size, area.y0 + cell_size)
        cells, owner = geometry_cells(grid, shapely.clip_by_rect(sources[candidates], *bbox), index=candidates)
        if mask is not None:
            row, col = np.divmod(cells, grid.cost.shape[1])
            inside = mask[row - 1, col - 1]
            cells, owner = cells[inside], owner[inside]
        del mask
        result.used_sources[owner] = True
        result.blocked += int(np.count_nonzero(~np.isfinite(grid.cost.ravel()[cells])))
        target_cells = grid.cell_index(x[area.targets], y[area.targets])
        if cells.size:
            found = route_connections(grid, cells, owner, target_cells, max_length=max_length, shared=shared,
                                      reuse_factor=reuse_factor, progress=scaled(span, 0.3, 1.0))
        else:
            found = RoutingResult([Route(i, np.zeros(0, np.int64)) for i in range(len(area.targets))], 0.0, 0.0)
        for route in found.routes:
            route.target = int(area.targets[route.target])
            if route.status != "unreachable":
                route.line = path_line(grid, route.cells)
            routes[route.target] = route
        result.independent_total += found.independent_total
        if shared:
            result.shared_total += found.shared_total
            result.network.extend(found.network)
        elif network:
            result.network.extend(network_segments(
                grid, [r.cells for r in found.routes if r.status == "ok"], grid.cost.ravel()))
        result.rounds += found.rounds
        result.expanded += found.expanded
        unreached = {r.target for r in found.routes if r.status == "unreachable"}
        result.no_source.extend(t for t in lonely.tolist() if t in unreached)
        del grid
    check(progress, 1.0)
    return result
