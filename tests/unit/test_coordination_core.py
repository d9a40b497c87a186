"""pvd_qgis_plugin.core.coordination on hand-built works and projects (metres, no QGIS)."""
import numpy as np
import pytest
import shapely

from pvd_qgis_plugin.core.coordination import coordinate_works, is_done, start_after_end, trench_costs

SQUARE = shapely.box(0, 0, 100, 20)  # a place of 100 m × 20 m
WORK = shapely.from_wkt("LINESTRING (-50 10, 150 10)")  # crosses it: 100 m + 10 m on each side


def day(text):
    return np.array([text], dtype="datetime64[D]")


def one_pair(work_start, work_end, project_start, project_end, done=False, work_done=None, **options):
    return coordinate_works(
        np.array([WORK]), day(work_start), day(work_end), np.array([SQUARE]), day(project_start),
        day(project_end), np.array([done]), work_done=work_done, **options)


def test_planned_together_is_mutualisable_with_the_saving():
    result = one_pair("2027-09-01", "2027-10-31", "2027-03-01", "2027-06-30")
    assert list(result.relation) == ["mutualisable"]
    assert result.shared_length_m[0] == pytest.approx(120.0)
    assert result.saving_eur[0] == pytest.approx(120.0 * 150.0)
    assert result.gap_days[0] == 63  # 1 July → 1 September
    assert shapely.equals(result.geometries[0], shapely.from_wkt("LINESTRING (-10 10, 110 10)"))


def test_overlapping_periods_have_no_gap():
    result = one_pair("2027-04-01", "2027-04-30", "2027-03-01", "2027-06-30", unit_cost=100.0)
    assert list(result.relation) == ["mutualisable"]
    assert result.gap_days[0] == 0
    assert result.saving_eur[0] == pytest.approx(12000.0)


@pytest.mark.parametrize("work_start, relation", [
    ("2028-06-30", "mutualisable"),       # exactly 12 months after the project's end
    ("2028-07-01", "sequence_a_revoir"),  # one day later: too late to pool, inside the moratorium
])
def test_window_edge_is_included(work_start, relation):
    result = one_pair(work_start, "2028-07-31", "2027-03-01", "2027-06-30")
    assert list(result.relation) == [relation]


def test_window_also_counts_when_the_project_comes_after_the_work():
    inside = one_pair("2026-01-01", "2026-02-28", "2027-02-28", "2027-06-30")
    outside = one_pair("2026-01-01", "2026-02-28", "2027-03-01", "2027-06-30")
    assert list(inside.relation) == ["mutualisable"]
    assert inside.gap_days[0] == 365
    assert len(outside.relation) == 0  # the work comes first: the right order, nothing to report


@pytest.mark.parametrize("work_start, found", [
    ("2025-06-30", True),    # the day the renovation ends
    ("2028-06-29", True),    # last day of the 36 months
    ("2028-06-30", False),   # 36 months after: the moratorium is over
    ("2025-03-01", False),   # during the renovation itself: not a reopening
])
def test_moratorium_edges_after_a_done_project(work_start, found):
    result = one_pair(work_start, "2028-12-31", "2025-01-01", "2025-06-30", done=True)
    assert list(result.relation) == (["conflit_moratoire"] if found else [])
    if found:
        assert result.saving_eur[0] == 0.0


def test_sequence_ends_with_the_moratorium():
    assert list(one_pair("2030-03-30", "2030-04-30", "2027-01-01", "2027-03-31").relation) == ["sequence_a_revoir"]
    assert len(one_pair("2030-03-31", "2030-04-30", "2027-01-01", "2027-03-31").relation) == 0


def test_a_done_work_is_only_checked_for_the_moratorium():
    pooled = one_pair("2027-09-01", "2027-10-31", "2027-03-01", "2027-06-30", work_done=np.array([True]))
    assert len(pooled.relation) == 0
    conflict = one_pair("2026-09-01", "2026-09-30", "2025-01-01", "2025-06-30", done=True,
                        work_done=np.array([True]))
    assert list(conflict.relation) == ["conflit_moratoire"]


def test_distance_decides_the_pair():
    far_work = np.array([shapely.from_wkt("LINESTRING (-50 35, 150 35)")])  # 15 m from the place
    args = (far_work, day("2027-09-01"), day("2027-09-30"), np.array([SQUARE]), day("2027-03-01"),
            day("2027-06-30"), np.array([False]))
    assert len(coordinate_works(*args, distance_m=10).relation) == 0
    result = coordinate_works(*args, distance_m=20)
    assert list(result.relation) == ["mutualisable"]
    # 100 m along the place, then the rounded corners of the 20 m buffer, 15 m away: √(20² − 15²) each side
    # (the buffer's arcs are polygons, hence the tolerance)
    assert result.shared_length_m[0] == pytest.approx(100 + 2 * (20 ** 2 - 15 ** 2) ** 0.5, rel=5e-3)


def test_centimetre_crs_units_give_metres():
    scale = 100.0  # coordinates in centimetres
    result = coordinate_works(
        np.array([shapely.transform(WORK, lambda c: c * scale)]),
        day("2027-09-01"), day("2027-09-30"), np.array([shapely.transform(SQUARE, lambda c: c * scale)]),
        day("2027-03-01"), day("2027-06-30"), np.array([False]), unit_m=0.01)
    assert result.shared_length_m[0] == pytest.approx(120.0)


def test_undated_or_empty_features_are_left_out():
    works = np.array([WORK, WORK, None])
    result = coordinate_works(
        works, np.array(["2027-09-01", "NaT", "2027-09-01"], dtype="datetime64[D]"),
        np.array(["2027-09-30"] * 3, dtype="datetime64[D]"), np.array([SQUARE]), day("2027-03-01"),
        day("2027-06-30"), np.array([False]))
    assert list(result.work) == [0]


def test_surfaces_price_the_saved_trench():
    roadway = shapely.box(-100, 5, 50, 15)    # 60 m of the shared stretch at 200 €/m (x -10..50)
    sidewalk = shapely.box(50, 5, 200, 15)    # 60 m at 100 €/m (x 50..110)
    result = one_pair("2027-09-01", "2027-10-31", "2027-03-01", "2027-06-30",
                      surfaces=np.array([roadway, sidewalk]), surface_cost=np.array([200.0, 100.0]))
    assert result.saving_eur[0] == pytest.approx(60 * 200 + 60 * 100)
    assert result.unit_cost_eur_m[0] == pytest.approx(150.0)


def test_trench_costs_use_the_unit_cost_outside_surfaces_and_for_unknown_costs():
    stretch = np.array([shapely.from_wkt("LINESTRING (0 0, 100 0)")])
    surfaces = np.array([shapely.box(0, -1, 30, 1), shapely.box(30, -1, 60, 1)])
    costs = trench_costs(stretch, 50.0, surfaces, np.array([300.0, np.nan]))
    assert costs[0] == pytest.approx(30 * 300 + 70 * 50)


def test_recently_renovated_surface_is_a_conflict_without_project():
    far_square = shapely.box(1000, 0, 1100, 20)  # the only project is far away
    surface = shapely.box(0, 0, 60, 20)
    result = coordinate_works(
        np.array([WORK]), day("2026-09-01"), day("2026-09-30"), np.array([far_square]), day("2027-01-01"),
        day("2027-02-01"), np.array([False]), surfaces=np.array([surface]),
        surface_renovated=day("2025-09-01"))
    assert list(result.relation) == ["conflit_moratoire"]
    assert list(result.project) == [-1] and list(result.surface) == [0]
    assert result.shared_length_m[0] == pytest.approx(60.0)
    assert result.gap_days[0] == 365


def test_summary_counts_per_commune_and_project():
    works = shapely.from_wkt(["LINESTRING (-50 10, 150 10)", "LINESTRING (-50 12, 150 12)",
                              "LINESTRING (-50 210, 150 210)"])
    projects = np.array([SQUARE, shapely.box(0, 200, 100, 220)])
    result = coordinate_works(
        works, np.array(["2027-09-01"] * 3, dtype="datetime64[D]"), np.array(["2027-09-30"] * 3, dtype="datetime64[D]"),
        projects, np.array(["2027-03-01", "2025-01-01"], dtype="datetime64[D]"),
        np.array(["2027-06-30", "2025-06-30"], dtype="datetime64[D]"), np.array([False, True]),
        commune=np.array(["14342", "14035", "14342"], dtype=object))
    summary = result.summary
    assert list(zip(summary.commune, summary.project)) == [("14342", 0), ("14035", 0), ("14342", 1)]
    assert list(summary.counts["mutualisable"]) == [1, 1, 0]
    assert list(summary.counts["conflit_moratoire"]) == [0, 0, 1]
    assert summary.saving_eur == pytest.approx([18000.0, 18000.0, 0.0])


def test_status_and_date_order_helpers():
    assert list(is_done(["Réalisé", "realise", "prévu", None, "TERMINÉE"])) == [True, True, False, False, True]
    start = np.array(["2027-05-01", "2027-01-01", "NaT"], dtype="datetime64[D]")
    end = np.array(["2027-03-01", "2027-01-01", "2027-01-01"], dtype="datetime64[D]")
    assert list(start_after_end(start, end)) == [0]


def test_stretch_is_a_line_even_where_the_work_also_touches_the_zone():
    # a two-part project: the work runs 60 m through the first part (plus 10 m before it) and
    # ends exactly on the buffer of the second one, which it only touches
    work = shapely.from_wkt("LINESTRING (-20 0, 100 0, 100 40)")
    project = shapely.from_wkt("MULTIPOLYGON (((0 -5, 50 -5, 50 5, 0 5, 0 -5)), ((95 50, 105 50, 105 60, 95 60, 95 50)))")
    result = coordinate_works(np.array([work]), day("2027-09-01"), day("2027-09-30"), np.array([project]),
                              day("2027-03-01"), day("2027-06-30"), np.array([False]))
    assert shapely.get_type_id(result.geometries[0]) in (1, 5)  # line or multiline, no point
    assert result.shared_length_m[0] == pytest.approx(70.0)  # x from -10 to 60


def test_invalid_project_polygon_is_repaired():
    bowtie = shapely.from_wkt("POLYGON ((0 -10, 100 10, 100 -10, 0 10, 0 -10))")  # self-intersecting
    result = coordinate_works(np.array([WORK]), day("2027-09-01"), day("2027-09-30"), np.array([bowtie]),
                              day("2027-03-01"), day("2027-06-30"), np.array([False]))
    assert list(result.relation) == ["mutualisable"]
    assert result.shared_length_m[0] == pytest.approx(120.0)


def test_l49_publicity_thresholds_in_and_out_of_agglomeration():
    from pvd_qgis_plugin.core.coordination import l49_publicity

    town = shapely.box(0, 0, 500, 500)
    works = np.array([
        shapely.LineString([(10, 10), (160, 10)]),      # 150 m inside: the threshold itself, published
        shapely.LineString([(10, 20), (159, 20)]),      # 149 m inside: not
        shapely.LineString([(400, 30), (1300, 30)]),    # 900 m, of which 100 m inside: in agglomeration, published
        shapely.LineString([(600, 0), (1599, 0)]),      # 999 m outside: not
        shapely.LineString([(600, 100), (1600, 100)]),  # 1 000 m outside: published
        shapely.Point(10, 10),                          # a point has no length
        None,
    ], dtype=object)
    result = l49_publicity(works, np.array([town], dtype=object))
    assert result.length_m.tolist() == [150.0, 149.0, 900.0, 999.0, 1000.0, 0.0, 0.0]
    assert result.agglomeration.tolist() == [True, True, True, False, False, True, False]
    assert result.publish.tolist() == [True, False, True, False, True, False, False]
    # without agglomeration polygons every work takes the lower (prudent) threshold: 999 m is published
    assert l49_publicity(works).publish.tolist() == [True, False, True, True, True, False, False]
    # thresholds as parameters, in CRS units of 0.5 m: 150 units = 75 m < 100 m
    assert l49_publicity(works[:2], None, unit_m=0.5, agglomeration_m=100.0).publish.tolist() == [False, False]
