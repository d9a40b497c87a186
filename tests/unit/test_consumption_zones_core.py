"""consumption_by_zone on hand-made points (numbers checkable by hand)."""
import numpy as np
import pytest
import shapely

from pvd_qgis_plugin.core.consumption_zones import consumption_by_zone

ZONES = np.array([shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100), shapely.box(1000, 1000, 1100, 1100)])
# x, y, year, MWh, sites, INSEE
ROWS = [
    (10, 10, 2023, 50.0, 5, "14342"), (20, 50, 2023, 40.0, 4, "14342"), (80, 90, 2023, 30.0, 3, "14342"),
    (150, 50, 2023, 60.0, 6, "14342"), (160, 20, 2023, 90.0, 6, "14370"),
    (5000, 5000, 2023, 210.0, 20, "14370"),
    (10, 10, 2022, 100.0, 10, "14342"), (150, 50, 2022, 40.0, 5, "14342"),
]


def columns(rows=ROWS):
    xy = np.array([[r[0], r[1]] for r in rows], dtype=float)
    return (shapely.points(xy), np.array([r[2] for r in rows]), np.array([r[3] for r in rows]),
            np.array([r[4] for r in rows]), np.array([r[5] for r in rows], dtype=object))


def test_totals_per_site_and_share_of_commune():
    points, years, mwh, sites, insee = columns()
    result = consumption_by_zone(points, years, mwh, sites, 2023, zones=ZONES, insee=insee)
    assert result.conso_mwh[:2].tolist() == [120.0, 150.0]
    assert result.nb_sites[:2].tolist() == [12, 12]
    assert result.mwh_per_site[:2].tolist() == [10.0, 12.5]
    # commune totals 2023: 14342 = 120 + 60 = 180 MWh, 14370 = 90 + 210 = 300 MWh
    assert result.insee[:2].tolist() == ["14342", "14370"]
    assert result.part_commune_pct[0] == pytest.approx(100 * 120 / 180)
    assert result.part_commune_pct[1] == pytest.approx(100 * 150 / 480)  # zone B spans both communes


def test_empty_and_small_zones_are_masked():
    points, years, mwh, sites, insee = columns()
    result = consumption_by_zone(points, years, mwh, sites, 2023, zones=ZONES, insee=insee)
    assert result.masked.tolist() == [False, False, True]
    assert np.isnan([result.conso_mwh[2], result.nb_sites[2], result.mwh_per_site[2],
                     result.part_commune_pct[2]]).all()
    strict = consumption_by_zone(points, years, mwh, sites, 2023, zones=ZONES, insee=insee, min_sites=13)
    assert strict.masked.tolist() == [True, True, True]
    assert np.isnan(strict.conso_mwh).all() and not strict.above_percentile.any()


def test_percentile_flag_on_unmasked_zones():
    points, years, mwh, sites, insee = columns()
    result = consumption_by_zone(points, years, mwh, sites, 2023, zones=ZONES, percentile=90)
    # 90th percentile of [120, 150] with linear interpolation: 120 + 0.9 * 30 = 147
    assert result.threshold_mwh == pytest.approx(147.0)
    assert result.above_percentile.tolist() == [False, True, False]
    assert result.insee.tolist() == [None, None, None]  # no INSEE codes given
    assert np.isnan(result.part_commune_pct).all()


def test_change_against_a_reference_year():
    points, years, mwh, sites, insee = columns()
    result = consumption_by_zone(points, years, mwh, sites, 2023, zones=ZONES, compare_year=2022)
    assert result.ref_conso_mwh[0] == 100.0 and result.ref_nb_sites[0] == 10
    assert result.change_mwh[0] == pytest.approx(20.0)
    assert result.change_pct[0] == pytest.approx(20.0)
    # zone B had 5 sites in 2022: masked that year, so no change either
    assert result.ref_masked.tolist() == [False, True, True]
    assert np.isnan([result.ref_conso_mwh[1], result.change_mwh[1], result.change_pct[1]]).all()


def test_grid_cells_aligned_on_the_grid_size():
    rows = [(10, 10, 2023, 7.0, 4, "1"), (20, 30, 2023, 3.0, 6, "1"), (150, 50, 2023, 12.0, 11, "1"),
            (-10, -10, 2023, 5.0, 10, "1"), (60, 60, 2022, 1.0, 1, "1")]
    points, years, mwh, sites, insee = columns(rows)
    result = consumption_by_zone(points, years, mwh, sites, 2023, grid_size=100.0)
    cells = dict(zip(result.zone_ids, result.conso_mwh))
    # the 2022 point is outside the years asked: no cell for it only, not counted
    assert cells == {"E-100N-100": 5.0, "E0N0": 10.0, "E100N0": 12.0}
    index = result.zone_ids.index("E0N0")
    assert shapely.equals(result.geometries[index], shapely.box(0, 0, 100, 100))
    assert result.nb_sites[index] == 10


def test_missing_values_are_ignored_and_counted():
    rows = ROWS + [(50, 50, 2023, float("nan"), 3, "14342")]
    points, years, mwh, sites, insee = columns(rows)
    points = np.append(points, None)
    years, mwh, sites = np.append(years, 2023), np.append(mwh, 1000.0), np.append(sites, 100)
    insee = np.append(insee, None)
    result = consumption_by_zone(points, years, mwh, sites, 2023, zones=ZONES, insee=insee)
    assert result.ignored_points == 2
    assert result.conso_mwh[0] == 120.0


def test_bad_arguments():
    points, years, mwh, sites, _insee = columns()
    with pytest.raises(ValueError):
        consumption_by_zone(points, years, mwh, sites, 2023)
    with pytest.raises(ValueError):
        consumption_by_zone(points, years, mwh, sites, 2023, grid_size=-5)
    with pytest.raises(ValueError):
        consumption_by_zone(points, years, mwh, sites, 2023, grid_size=5, percentile=120)


def test_invalid_and_missing_zones():
    points, years, mwh, sites, _insee = columns()
    bow_tie = shapely.from_wkt("POLYGON ((0 0, 100 100, 100 0, 0 100, 0 0))")  # self-intersecting
    zones = np.array([bow_tie, None, ZONES[1]], dtype=object)
    result = consumption_by_zone(points, years, mwh, sites, 2023, zones=zones, min_sites=1)
    assert result.repaired_zones == 1
    # repaired into two triangles meeting at (50, 50): (20, 50) is inside the left one, (10, 10) on its
    # edge, (80, 90) outside both
    assert result.conso_mwh[0] == 50.0 + 40.0
    assert result.masked.tolist() == [False, True, False]
    assert result.conso_mwh[2] == 150.0
