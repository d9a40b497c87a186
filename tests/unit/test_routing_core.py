"""pvd_qgis_plugin.core.routing on plain numpy/shapely data (no QGIS involved)."""
import heapq
import math

import numpy as np
import pytest
import shapely

from pvd_qgis_plugin.core import routing
from pvd_qgis_plugin.core.progress import Cancelled

SQRT2 = math.sqrt(2.0)


def grid_of(costs, cell_size=1.0):
    """A CostGrid from a 2-D list/array of €/m (inf = impassable), top-left corner at (0, rows)."""
    costs = np.asarray(costs, dtype=np.float32)
    rows, cols = costs.shape
    padded = np.full((rows + 2, cols + 2), np.inf, dtype=np.float32)
    padded[1:-1, 1:-1] = costs
    return routing.CostGrid(padded, 0.0, rows * cell_size, cell_size)


def cell(grid, row, col):
    return (row + 1) * (grid.cols + 2) + col + 1


def brute_force(costs, sources, cell_size=1.0):
    """Textbook Dijkstra with a binary heap on the 8-neighbour grid, written independently."""
    rows, cols = costs.shape
    best = {}
    heap = [(0.0, s) for s in sources]
    while heap:
        d, (r, c) = heapq.heappop(heap)
        if (r, c) in best:
            continue
        best[(r, c)] = d
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr == dc == 0:
                    continue
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and np.isfinite(costs[nr, nc]) and (nr, nc) not in best:
                    length = cell_size * (SQRT2 if dr and dc else 1.0)
                    heapq.heappush(heap, (d + length * (float(costs[r, c]) + float(costs[nr, nc])) / 2, (nr, nc)))
    return best


def route(grid, sources, targets, **options):
    """Route targets [(row, col)] to sources [(row, col)], one source per entry."""
    source_cells = np.array([cell(grid, r, c) for r, c in sources])
    target_cells = np.array([cell(grid, r, c) for r, c in targets])
    return routing.route_connections(grid, source_cells, np.arange(len(sources)), target_cells, **options)


@pytest.mark.parametrize("seed", range(6))
def test_costs_equal_a_brute_force_dijkstra_on_random_grids(seed):
    rng = np.random.default_rng(seed)
    rows, cols = rng.integers(5, 25, size=2)
    costs = rng.uniform(30, 500, size=(rows, cols)).astype(np.float32)
    costs[rng.random((rows, cols)) < 0.15] = np.inf
    cells = [(int(r), int(c)) for r, c in zip(rng.integers(0, rows, 12), rng.integers(0, cols, 12))]
    sources, targets = cells[:3], cells[3:]
    for r, c in cells:
        costs[r, c] = 100.0
    expected = brute_force(costs.astype(np.float64), sources, cell_size=2.0)
    result = route(grid_of(costs, 2.0), sources, targets)
    for (r, c), found in zip(targets, result.routes):
        if (r, c) in expected:
            assert found.status == "ok"
            assert found.cost_eur == pytest.approx(expected[(r, c)], rel=1e-9, abs=1e-9)
            # the traced route costs what the search says
            assert routing.path_measures(grid_of(costs, 2.0), found.cells)[1] == pytest.approx(found.cost_eur, rel=1e-9)
        else:
            assert found.status == "unreachable"


@pytest.mark.parametrize("chunk", [routing.CHUNK, 7])
def test_whole_grid_costs_equal_brute_force_for_any_bucket_width(chunk, monkeypatch):
    # chunk 7: every round of more than 7 cells is relaxed in pieces, then put together again
    monkeypatch.setattr(routing, "CHUNK", chunk)
    rng = np.random.default_rng(42)
    costs = rng.uniform(1, 50, size=(30, 40)).astype(np.float32)
    costs[rng.random(costs.shape) < 0.1] = np.inf
    costs[0, 0] = costs[29, 39] = 5.0
    expected = brute_force(costs.astype(np.float64), [(0, 0), (29, 39)])
    for delta in (0.5, 3.0, 1000.0):
        grid = grid_of(costs)
        state = routing.start_search(grid, [cell(grid, 0, 0), cell(grid, 29, 39)], delta=delta)
        routing.run_search(state)
        for (r, c), value in expected.items():
            assert state.dist[cell(grid, r, c)] == pytest.approx(value, rel=1e-9, abs=1e-12)
        assert np.count_nonzero(np.isfinite(state.dist)) == len(expected)


def test_straight_corridor():
    # 1 row of 11 cells of 2 m at 100 €/m: 10 steps of 2 m = 20 m, 2000 €
    result = route(grid_of([[100.0] * 11], cell_size=2.0), [(0, 0)], [(0, 10)])
    found = result.routes[0]
    assert (found.status, found.length_m, found.cost_eur) == ("ok", 20.0, 2000.0)
    line = routing.path_line(grid_of([[100.0] * 11], cell_size=2.0), found.cells)
    # collinear steps merged: from the source's cell centre to the target's
    assert shapely.get_coordinates(line).tolist() == [[1.0, 1.0], [21.0, 1.0]]


def test_detour_around_a_barrier():
    # a wall in column 2 rows 0-3 of a 5 × 5 grid at 1 €/m, open only in row 4
    costs = np.ones((5, 5))
    costs[0:4, 2] = np.inf
    found = route(grid_of(costs), [(0, 0)], [(0, 4)]).routes[0]
    # down to the opening (4, 2) and back up: twice 2 diagonals + 2 straight steps, 1 €/m
    assert found.cost_eur == pytest.approx(4 * SQRT2 + 4, rel=1e-12)
    assert cell(grid_of(costs), 4, 2) in found.cells
    assert found.length_m == pytest.approx(found.cost_eur)  # 1 €/m everywhere: cost = length


def test_costly_square_is_avoided_and_penalty_zone_crossed_when_cheaper():
    # 3 rows × 7 columns at 100 €/m; the middle row's cells 1..5 are heritage paving at 1000 €/m.
    costs = np.full((3, 7), 100.0)
    costs[1, 1:6] = 1000.0
    found = route(grid_of(costs), [(1, 0)], [(1, 6)]).routes[0]
    # around through row 0 (or 2): 2 diagonals + 4 straight steps, all at 100 €/m
    assert found.cost_eur == pytest.approx(100 * (2 * SQRT2 + 4))
    assert not np.isin(found.cells, [cell(grid_of(costs), 1, c) for c in range(1, 6)]).any()
    # a mere 1.1 penalty on the middle row: straight through is cheaper (600 × 1.1 < 682.8)
    costs[1, 1:6] = 110.0
    grid = grid_of(costs)
    grid.penalty = np.zeros(grid.cost.shape, dtype=bool)
    grid.penalty[2, 2:7] = True
    found = route(grid, [(1, 0)], [(1, 6)]).routes[0]
    assert found.cost_eur == pytest.approx(2 * (100 + 110) / 2 + 4 * 110)
    assert found.length_m == 6.0
    assert found.penalty_m == pytest.approx(5.0)  # half of the two end steps + 4 whole steps


def test_line_source_routes_end_anywhere_on_the_line():
    grid = grid_of(np.full((10, 10), 50.0))
    # a BT line along row 0 from x=0.2 to x=9.8 (y = 9.5 is the centre of row 0)
    line = shapely.linestrings([[0.2, 9.5], [9.8, 9.5]])
    cells, owner = routing.geometry_cells(grid, [line])
    assert sorted(cells.tolist()) == [cell(grid, 0, c) for c in range(10)]
    target = np.array([cell(grid, 6, 7)])
    result = routing.route_connections(grid, cells, owner, target)
    # straight up 6 cells to the line, 1 m each at 50 €/m
    assert result.routes[0].cost_eur == pytest.approx(300.0)
    assert result.routes[0].length_m == 6.0
    assert result.routes[0].cells[-1] == cell(grid, 0, 7)


def test_two_targets_share_a_trench():
    # targets side by side 10 cells from the source: sharing the common 9-cell stretch saves.
    costs = np.full((5, 12), 100.0)
    grid_independent = grid_of(costs)
    independent = route(grid_independent, [(2, 0)], [(1, 11), (3, 11)])
    shared = route(grid_of(costs), [(2, 0)], [(1, 11), (3, 11)], shared=True, reuse_factor=0.2)
    assert shared.independent_total == pytest.approx(independent.independent_total)
    assert shared.shared_total < shared.independent_total
    first, second = shared.routes  # equal independent costs: the first in input order goes first
    assert first.cost_eur == pytest.approx(100 * (10 + SQRT2))
    # the second reuses the first's trench at 20 €/m up to where they part
    assert second.cost_eur < 0.5 * first.cost_eur
    served = {connections for _line, connections, _length, _cost in shared.network}
    assert served == {1, 2}
    twice = sum(length for _line, connections, length, _cost in shared.network if connections == 2)
    assert twice >= 8.0


def test_shared_trenches_do_not_depend_on_how_rounds_are_chunked(monkeypatch):
    rng = np.random.default_rng(7)
    costs = rng.uniform(30, 300, size=(40, 40)).astype(np.float32)
    costs[rng.random(costs.shape) < 0.05] = np.inf
    points = [(int(r), int(c)) for r, c in zip(rng.integers(0, 40, 15), rng.integers(0, 40, 15))]
    for r, c in points:
        costs[r, c] = 100.0
    whole = route(grid_of(costs), points[:3], points[3:], shared=True)
    monkeypatch.setattr(routing, "CHUNK", 7)  # the Voronoi labels follow their cells across pieces
    pieces = route(grid_of(costs), points[:3], points[3:], shared=True)
    assert pieces.shared_total == pytest.approx(whole.shared_total, rel=1e-12)
    assert [r.cost_eur for r in pieces.routes] == pytest.approx([r.cost_eur for r in whole.routes], rel=1e-12)
    assert [r.source for r in pieces.routes] == [r.source for r in whole.routes]


@pytest.mark.parametrize("seed", range(4))
def test_shared_total_never_exceeds_independent_total(seed):
    rng = np.random.default_rng(100 + seed)
    costs = rng.uniform(30, 300, size=(40, 40)).astype(np.float32)
    costs[rng.random(costs.shape) < 0.05] = np.inf
    points = [(int(r), int(c)) for r, c in zip(rng.integers(0, 40, 15), rng.integers(0, 40, 15))]
    for r, c in points:
        costs[r, c] = 100.0
    independent = route(grid_of(costs), points[:2], points[2:])
    shared = route(grid_of(costs), points[:2], points[2:], shared=True)
    assert shared.shared_total <= independent.independent_total * (1 + 1e-12)
    for alone, together in zip(independent.routes, shared.routes):
        assert together.status == alone.status
        if alone.status == "ok":
            assert together.cost_eur <= alone.cost_eur * (1 + 1e-12)
            # the shared cost is the route's real price: reused cells at 20 %
            assert together.cells[0] == alone.cells[0]


def test_network_counts_every_route_through_each_trench():
    rng = np.random.default_rng(7)
    costs = rng.uniform(30, 300, size=(30, 30)).astype(np.float32)
    points = [(int(r), int(c)) for r, c in zip(rng.integers(0, 30, 9), rng.integers(0, 30, 9))]
    shared = route(grid_of(costs), points[:1], points[1:], shared=True)
    # summed over trenches, length × connections served = the summed route lengths
    served = sum(length * connections for _line, connections, length, _cost in shared.network)
    assert served == pytest.approx(sum(r.length_m for r in shared.routes))
    # each shared route is a real path from its target to a source
    for found, (r, c) in zip(shared.routes, points[1:]):
        assert found.cells[0] == cell(grid_of(costs), r, c)
        assert found.cells[-1] == cell(grid_of(costs), *points[0])


def test_unreachable_target_inside_a_barrier_and_too_long():
    costs = np.full((5, 40), 10.0)
    costs[0:3, 30:33] = np.inf  # a building
    result = route(grid_of(costs), [(4, 0)], [(1, 31), (4, 20), (4, 35)], max_length=30.0)
    assert [r.status for r in result.routes] == ["unreachable", "ok", "too_long"]
    assert result.routes[1].length_m == 20.0
    assert math.isinf(result.routes[0].cost_eur)


def test_grid_over_the_cell_budget_fails_fast():
    with pytest.raises(routing.GridTooLarge, match="CELL_SIZE"):
        routing.empty_grid(0, 0, 5000, 5000, 1.0, 100.0, max_cells=1_000_000)


def test_polygons_are_burnt_into_the_grid():
    x0, y0, rows, cols = routing.window((0.0, 0.0, 10.0, 10.0), 0.0, 1.0)
    grid = routing.empty_grid(x0, y0, rows, cols, 1.0, default_cost=100.0)
    sidewalk = shapely.box(0, 0, 10, 5)
    paving = shapely.box(0, 0, 4, 4)
    routing.burn_polygons(grid, [sidewalk, paving], np.array([80.0, 400.0]), mode="set")
    routing.burn_polygons(grid, [shapely.box(8, 8, 10, 10)], mode="barrier")
    routing.burn_polygons(grid, [shapely.box(0, 0, 2, 10)], np.array([1.5]), mode="penalty")
    inner = grid.cost[1:-1, 1:-1]
    assert inner[9, 5] == 80.0  # bottom row, sidewalk (row 9 is y 0..1)
    assert inner[9, 3] == 400.0  # overlapping surfaces: the dearer applies
    assert inner[9, 0] == 600.0  # heritage paving × 1.5 in the abords
    assert inner[0, 5] == 100.0  # nothing: default cost
    assert np.isinf(inner[0, 9]) and np.isinf(inner[1, 8])
    assert grid.penalty[1:-1, 1:-1].sum() == 20


def test_big_windows_are_cut_into_bands_without_changing_the_cells():
    x0, y0, rows, cols = routing.window((0.0, 0.0, 50.0, 40.0), 0.0, 1.0)
    grid = routing.empty_grid(x0, y0, rows, cols, 1.0, default_cost=1.0)
    polygons = np.array([shapely.Point(25, 20).buffer(18), shapely.box(3, 3, 7, 9), shapely.box(60, 60, 70, 70)])
    def cells(budget):
        found = list(routing._cells_inside(grid, polygons, budget=budget))
        return sorted(zip(np.concatenate([c for c, _ in found]).tolist(), np.concatenate([o for _, o in found]).tolist()))
    small = cells(7)
    assert small == cells(10 ** 6)
    assert sum(1 for _cell, owner in small if owner == 1) == 4 * 6  # the box: 4 × 6 cell centres
    assert not any(owner == 2 for _cell, owner in small)  # outside the grid


def test_window_clips_to_an_existing_raster():
    x0, y0, rows, cols = routing.window((5.2, 5.2, 6.0, 6.0), 2.0, 1.0, clip=(0.0, 0.0, 7.0, 100.0))
    # 3.2..8.0 × 3.2..8.0 snapped outwards to whole cells, then cut at the raster edge x = 7
    assert (x0, y0, rows, cols) == (3.0, 8.0, 5, 4)


def test_cancellation_stops_the_search():
    grid = grid_of(np.full((60, 60), 10.0))
    with pytest.raises(Cancelled):
        routing.route_connections(grid, np.array([cell(grid, 0, 0)]), np.array([0]),
                                  np.array([cell(grid, 59, 59)]), progress=lambda fraction: False)


# ---------------------------------------------------------------- search areas around the targets

def raster_model(costs, cell_size=1.0):
    """A CostModel reading €/m from a numpy 'raster' (inf = impassable) whose lattice the areas use."""
    def read(area, out):
        out[:] = costs[area.first_row:area.first_row + area.rows, area.first_col:area.first_col + area.cols]
    return routing.CostModel(raster=read)


def test_windows_that_overlap_or_touch_are_grouped():
    # MARGIN 5 m, 1 m cells: the window of x = 0.5 spans columns -5..5, of x = 11.5 columns 6..16
    x = np.array([0.5, 11.5, 30.5, 43.5, 0.5])
    y = np.array([0.5, 0.5, 0.5, 0.5, 100.5])
    areas, outside = routing.plan_areas(x, y, 5.0, 1.0)
    assert outside.size == 0
    # 0 and 1 touch (shared edge); 30.5 spans 25..35 and 43.5 spans 38..48: a gap; 100.5 is far north
    assert [a.targets.tolist() for a in areas] == [[0, 1], [2], [3], [4]]
    first = areas[0]
    assert (first.x0, first.y0, first.rows, first.cols) == (-5.0, 6.0, 11, 22)
    assert first.boxes.tolist() == [[0, 11, 0, 11], [0, 11, 11, 22]]
    assert routing.area_mask(first).all()  # two windows side by side fill their grid
    # a chain: each window overlaps the next, so all three are one group
    areas, _ = routing.plan_areas(np.array([0.5, 8.5, 16.5]), np.array([0.5, 4.5, 8.5]), 5.0, 1.0)
    assert [a.targets.tolist() for a in areas] == [[0, 1, 2]]
    mask = routing.area_mask(areas[0])
    assert mask.sum() == 3 * 11 * 11 - 2 * (3 * 7)  # three 11 × 11 windows, two overlaps of 3 × 7
    assert not mask[0, 0] and mask[0, -1] and mask[-1, 0]


def test_far_apart_groups_route_on_small_grids_with_the_costs_of_one_big_grid():
    rng = np.random.default_rng(5)
    height, width = 60, 400
    costs = rng.uniform(30, 300, size=(height, width)).astype(np.float32)
    costs[rng.random(costs.shape) < 0.1] = np.inf
    # lattice origin at the raster's top-left corner (0, 60): cell (row, col) centre (col + .5, 59.5 - row)
    west = [(20, 15), (40, 20), (45, 40)]  # an L-shaped group of three windows
    east = [(30, 370), (35, 380)]
    sources = [(10, 5), (50, 30), (25, 390)]
    for r, c in west + east + sources:
        costs[r, c] = 100.0
    extent = (0.0, 0.0, float(width), float(height))
    x = np.array([c + 0.5 for _r, c in west + east])
    y = np.array([height - r - 0.5 for r, _c in west + east])
    margin = 12.0
    areas, _ = routing.plan_areas(x, y, margin, 1.0, extent)
    assert [a.targets.tolist() for a in areas] == [[0, 1, 2], [3, 4]]
    points = shapely.points([c + 0.5 for _r, c in sources], [height - r - 0.5 for r, _c in sources])
    result = routing.route_areas(areas, raster_model(costs), 1.0, points, x, y)
    assert len(result.grids) == 2
    assert sum(r * c for r, c in result.grids) < 0.2 * costs.size
    # brute force on the whole raster, restricted to the union of the windows (the search area)
    inside = np.zeros(costs.shape, dtype=bool)
    for row, end_row, col, end_col in routing.target_boxes(x, y, margin, 1.0, extent):
        inside[row:end_row, col:end_col] = True
    expected = brute_force(np.where(inside, costs, np.inf).astype(np.float64), sources)
    for (r, c), found in zip(west + east, result.routes):
        assert found.status == "ok"
        assert found.cost_eur == pytest.approx(expected[(r, c)], rel=1e-9)
        # the route line runs through cell centres of the raster, inside the search area
        xy = shapely.get_coordinates(found.line)
        assert np.allclose(xy % 1.0, 0.5)
        assert inside[(height - 0.5 - xy[:, 1]).astype(int), xy[:, 0].astype(int)].all()
    assert [found.source for found in result.routes] == [0, 1, 1, 2, 2]
    assert result.independent_total == pytest.approx(sum(expected[t] for t in west + east), rel=1e-9)
    # shared trenches per group: the totals are the sums over the groups
    together = routing.route_areas(areas, raster_model(costs), 1.0, points, x, y, shared=True)
    alone = [routing.route_areas([a], raster_model(costs), 1.0, points, x, y, shared=True) for a in areas]
    assert together.shared_total == pytest.approx(sum(a.shared_total for a in alone), rel=1e-12)
    assert together.shared_total <= together.independent_total


def test_a_request_without_network_within_the_margin_is_unreachable():
    # uniform 100 €/m, no raster: requests at x = 5 and x = 205, the only substation at x = 25
    x, y = np.array([5.5, 205.5]), np.array([5.5, 5.5])
    areas, _ = routing.plan_areas(x, y, 30.0, 1.0)
    result = routing.route_areas(areas, routing.CostModel(default_cost=100.0), 1.0,
                                 shapely.points([25.5], [5.5]), x, y)
    near, far = result.routes
    assert (near.status, near.length_m, near.cost_eur) == ("ok", 20.0, 2000.0)
    assert far.status == "unreachable" and far.line is None
    assert result.no_source == [1]
    assert len(result.grids) == 1  # the far request's group has no source: no grid built
    # a larger margin takes the substation in: 180 m
    areas, _ = routing.plan_areas(x, y, 200.0, 1.0)
    far = routing.route_areas(areas, routing.CostModel(default_cost=100.0), 1.0,
                              shapely.points([25.5], [5.5]), x, y).routes[1]
    assert (far.status, far.length_m) == ("ok", 180.0)


def test_line_sources_are_used_where_they_cross_the_window():
    # a 10 km BT line along y = 0.5; a request 15 m north of it, MARGIN 20 m
    line = shapely.linestrings([[-5000.0, 0.5], [5000.0, 0.5]])
    x, y = np.array([100.5]), np.array([15.5])
    areas, _ = routing.plan_areas(x, y, 20.0, 1.0)
    result = routing.route_areas(areas, routing.CostModel(default_cost=50.0), 1.0, np.array([line]), x, y)
    assert result.grids == [(41, 41)]
    found = result.routes[0]
    assert (found.length_m, found.cost_eur) == (15.0, 750.0)
    assert shapely.get_coordinates(found.line).tolist() == [[100.5, 0.5], [100.5, 15.5]]


def test_cost_raster_cells_define_the_grid_of_every_group():
    # a raster of 2 m cells whose corner is at (1000.3, 2000.7): windows are snapped to its cells
    cell_size, origin_x, top = 2.0, 1000.3, 2000.7
    costs = np.full((30, 200), 40.0, dtype=np.float32)
    extent = (origin_x, top - 30 * cell_size, origin_x + 200 * cell_size, top)
    x = np.array([origin_x + 10.0, origin_x + 390.0])
    y = np.array([top - 31.0, top - 31.0])
    areas, _ = routing.plan_areas(x, y, 9.0, cell_size, extent)
    assert len(areas) == 2
    for area in areas:
        assert area.x0 == pytest.approx(origin_x + area.first_col * cell_size)
        assert area.y0 == pytest.approx(top - area.first_row * cell_size)
    sources = shapely.points(x + 6.0, y)  # 3 cells east of each request
    result = routing.route_areas(areas, raster_model(costs, cell_size), cell_size, sources, x, y)
    for found, target_x in zip(result.routes, x):
        assert (found.length_m, found.cost_eur) == (6.0, 240.0)
        xy = shapely.get_coordinates(found.line)
        # through the raster's cell centres
        assert np.allclose(((xy[:, 0] - origin_x) / cell_size) % 1.0, 0.5)
        assert np.allclose(((top - xy[:, 1]) / cell_size) % 1.0, 0.5)
    # a request whose window misses the raster
    _, outside = routing.plan_areas(np.array([origin_x - 100.0]), np.array([top - 31.0]), 9.0, cell_size, extent)
    assert outside.tolist() == [0]


def test_group_over_the_cell_budget_fails_before_any_work():
    with pytest.raises(routing.GridTooLarge, match="MARGIN"):
        routing.plan_areas(np.array([0.0, 5000.0]), np.array([0.0, 0.0]), 3000.0, 1.0, max_cells=10_000_000)


def test_groups_do_not_depend_on_how_the_overlap_query_is_chunked():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 1500, 200), rng.uniform(0, 1500, 200)
    boxes = routing.target_boxes(x, y, 40.0, 1.0)
    shapes = shapely.box(boxes[:, 2], -boxes[:, 1], boxes[:, 3], -boxes[:, 0])
    # independent reference: union-find over every pair of windows sharing at least a corner
    parent = list(range(len(boxes)))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i
    for i in range(len(boxes)):
        for j in range(i):
            if (boxes[i, 0] <= boxes[j, 1] and boxes[j, 0] <= boxes[i, 1]
                    and boxes[i, 2] <= boxes[j, 3] and boxes[j, 2] <= boxes[i, 3]):
                parent[root(i)] = root(j)
    expected = np.array([root(i) for i in range(len(boxes))])
    for budget in (1, 50, 10 ** 6):
        found = routing._overlap_components(shapes, pairs_budget=budget)
        pairs = set(zip(expected.tolist(), found.tolist()))
        assert len(pairs) == len(set(expected.tolist())) == len(set(found.tolist())) > 1
