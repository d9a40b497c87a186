"""core.renovation_effect on hand cases: a renovated block against the rest of its commune."""
import numpy as np
import pytest
import shapely

from pvd_qgis_plugin.core.messages import UserError
from pvd_qgis_plugin.core.renovation_effect import renovation_effect, weather_factors


def layer():
    """Works zone 0..100 × 0..100 (3 points, 12 sites), the rest of commune 14342 outside (20 sites),
    and 50 sites of another commune, 14312, that must not enter the comparison."""
    rows = []
    for year, inside_mwh, outside_mwh, other_mwh in ((2020, (30.0, 20.0, 10.0), (60.0, 40.0), 500.0),
                                                     (2023, (24.0, 16.0, 8.0), (57.0, 38.0), 100.0)):
        for (x, y), value, count in zip(((10, 10), (50, 50), (90, 90)), inside_mwh, (6, 4, 2)):
            rows.append((shapely.Point(x, y), year, value, count, "14342"))
        for (x, y), value in zip(((500, 0), (600, 0)), outside_mwh):
            rows.append((shapely.Point(x, y), year, value, 10, "14342"))
        rows.append((shapely.Point(5000, 0), year, other_mwh, 50, "14312"))
    points, years, mwh, sites, insee = (list(column) for column in zip(*rows))
    return np.array(points, dtype=object), years, mwh, sites, insee


def test_effect_is_the_difference_of_the_two_changes():
    points, years, mwh, sites, insee = layer()
    works = np.array([shapely.box(0, 0, 100, 100)], dtype=object)
    result = renovation_effect(points, years, mwh, sites, works, 2020, 2023, insee=insee)
    values = {name: column[0] for name, column in result.values.items()}
    assert (values["sites_avant"], values["sites_apres"]) == (12, 12)
    assert (values["conso_avant_mwh"], values["conso_apres_mwh"]) == pytest.approx((60.0, 48.0))
    assert values["evolution_pc"] == pytest.approx(-20.0)  # 48/12 against 60/12
    # the rest of 14342: 100 -> 95 MWh on 20 sites; 14312 left out
    assert (values["temoin_sites_avant"], values["temoin_conso_avant_mwh"], values["temoin_conso_apres_mwh"]) == \
        pytest.approx((20, 100.0, 95.0))
    assert values["temoin_evolution_pc"] == pytest.approx(-5.0)
    assert values["effet_pts"] == pytest.approx(-15.0)
    assert result.masque == [None]


def test_weather_correction_on_the_heating_share():
    points, years, mwh, sites, insee = layer()
    works = np.array([shapely.box(0, 0, 100, 100)], dtype=object)
    dju = {2020: 2000.0, 2023: 2500.0}  # reference: their mean, 2 250
    result = renovation_effect(points, years, mwh, sites, works, 2020, 2023, insee=insee, dju=dju, heating_share=0.5)
    # 2020: 0.5 + 0.5 × 2250/2000 = 1.0625; 2023 (colder): 0.5 + 0.5 × 2250/2500 = 0.95
    assert result.factors == pytest.approx({2020: 1.0625, 2023: 0.95})
    values = {name: column[0] for name, column in result.values.items()}
    assert (values["conso_avant_mwh"], values["conso_apres_mwh"]) == pytest.approx((63.75, 45.6))
    assert values["evolution_pc"] == pytest.approx(100 * (45.6 / 63.75 - 1))  # -28.47 %
    assert values["temoin_evolution_pc"] == pytest.approx(100 * (95 * 0.95 / (100 * 1.0625) - 1))  # -15.06 %
    assert values["effet_pts"] == pytest.approx(100 * (45.6 / 63.75 - 95 * 0.95 / 106.25))
    with pytest.raises(UserError, match="2023"):
        weather_factors({2020: 2000.0}, (2020, 2023), 0.5)


def test_per_site_change_and_masking_of_small_groups():
    points, years, mwh, sites, insee = layer()
    # a point of works: the 50 m disc around (50, 50) holds the 4 sites of (50, 50) only: masked (< 10)
    works = np.array([shapely.Point(50, 50), shapely.box(0, 0, 100, 100)], dtype=object)
    result = renovation_effect(points, years, mwh, sites, works, 2020, 2023, insee=insee, radius_m=50)
    assert result.zones[0].geom_type == "Polygon"
    assert result.values["sites_avant"][0] == 4
    assert np.isnan(result.values["conso_avant_mwh"][0]) and np.isnan(result.values["effet_pts"][0])
    assert result.masque[0] == "travaux"
    # a lower threshold shows it: 16/4 against 20/4 = -20 %
    shown = renovation_effect(points, years, mwh, sites, works, 2020, 2023, insee=insee, min_sites=4)
    assert shown.values["evolution_pc"][0] == pytest.approx(-20.0)


def test_new_dwellings_do_not_pass_for_savings():
    """The same MWh per site with twice the sites after: no change, though the total doubles."""
    points = np.array([shapely.Point(10, 10), shapely.Point(10, 10), shapely.Point(900, 0), shapely.Point(900, 0)])
    result = renovation_effect(points, [2020, 2023, 2020, 2023], [50.0, 100.0, 50.0, 50.0], [10, 20, 10, 10],
                               np.array([shapely.box(0, 0, 100, 100)]), 2020, 2023)
    assert result.values["evolution_pc"][0] == pytest.approx(0.0)
    assert result.values["conso_apres_mwh"][0] == pytest.approx(100.0)
    assert result.values["effet_pts"][0] == pytest.approx(0.0)


def test_years_in_order():
    with pytest.raises(UserError, match="after"):
        renovation_effect([], [], [], [], [], 2023, 2020)
