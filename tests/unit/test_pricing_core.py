"""The money rules of a connection (core.pricing), by hand."""
import pytest

from pvd_qgis_plugin.core import pricing
from pvd_qgis_plugin.core.messages import UserError

BAREME = pricing.parse_bareme([36, 1000, 20, 2000, 50,
                               250, 4000, 60, 5000, 90])


def test_desservi_site_pays_the_branchement_only():
    band = pricing.band_for(BAREME, 12)
    result = pricing.contribution(20.0, band, 0.40)
    # 20 m ≤ 30 m: LB = 20, LE = 0; P = 0.6 × (1000 + 20 × 20) = 0.6 × 1400 = 840 €
    assert (result.lb_m, result.le_m) == (20.0, 0.0)
    assert result.branchement_eur == pytest.approx(840.0)
    assert result.extension_eur == 0.0
    assert result.total_eur == pytest.approx(840.0)


def test_beyond_30_m_the_rest_is_an_extension():
    result = pricing.contribution(75.0, pricing.band_for(BAREME, 36), 0.40)
    # LB = 30, LE = 45; P = 0.6 × (1000 + 20 × 30) = 960 €; C = 0.6 × (2000 + 50 × 45) = 0.6 × 4250 = 2550 €
    assert (result.lb_m, result.le_m) == (30.0, 45.0)
    assert result.branchement_eur == pytest.approx(960.0)
    assert result.extension_eur == pytest.approx(2550.0)
    assert result.total_eur == pytest.approx(3510.0)


def test_power_band_and_refaction():
    band = pricing.band_for(BAREME, 100)
    assert band.max_kva == 250
    result = pricing.contribution(40.0, band, 0.0)
    # no réfaction: P = 4000 + 60 × 30 = 5800 €; C = 5000 + 90 × 10 = 5900 €
    assert result.branchement_eur == pytest.approx(5800.0)
    assert result.extension_eur == pytest.approx(5900.0)
    assert pricing.band_for(BAREME, 250.0).max_kva == 250  # the upper bound belongs to its band
    assert pricing.band_for(BAREME, 250.1) is None


def test_exactly_30_m_is_still_desservi():
    result = pricing.contribution(30.0, BAREME[0], 0.40)
    assert result.le_m == 0.0 and result.extension_eur == 0.0
    assert pricing.nature(30.0) == "branchement" and pricing.nature(30.01) == "extension"


def test_default_bareme_near_the_published_price_points():
    # (2000 + 30 × 25) × 0.6 = 1650 €, published 1 658,88 € TTC for a full branchement ≤ 36 kVA
    assert pricing.contribution(30.0, pricing.DEFAULT_BAREME[0]).total_eur == pytest.approx(1650.0)
    assert pricing.parse_bareme(pricing.flatten(pricing.DEFAULT_BAREME)) == list(pricing.DEFAULT_BAREME)


def test_works_totals():
    # 2500 € of trench + 1000 € fixed = 3500 €; after 40 % réfaction 2100 €
    assert pricing.works_totals(2500.0, 1000.0, 0.40) == pytest.approx((3500.0, 2100.0))


@pytest.mark.parametrize("values, words", [
    ([36, 1000, 20, 2000], "rows of 5"),
    ([], "rows of 5"),
    ([36, 1000, "vingt", 2000, 50], "column cvb_eur_m"),
    ([36, 1000, -20, 2000, 50], "'-20'"),
    ([250, 1, 1, 1, 1, 36, 1, 1, 1, 1], "must increase"),
])
def test_bad_bareme_is_a_clear_error(values, words):
    with pytest.raises(UserError) as error:
        pricing.parse_bareme(values)
    assert words in str(error.value)


def test_decimal_comma_is_read():
    assert pricing.parse_bareme(["36", "1000,5", "20", "2000", "50"])[0].cfb_eur == 1000.5


def test_band_of_each_request_unknown_and_beyond():
    # 12 kVA → ≤ 36 band; 36 kVA → ≤ 36 (its upper bound); 100 → ≤ 250; NaN: unknown; 300 and −5: beyond
    bands, unknown, beyond = pricing.bands_for(BAREME, [12.0, 36.0, 100.0, float("nan"), 300.0, -5.0, None])
    assert [band.max_kva if band else None for band in bands] == [36, 36, 250, None, None, None, None]
    assert unknown == [3, 6] and beyond == [4, 5]


def test_totals_of_several_connections_and_saving():
    # 3 connections: 9000 € of trench + 3 × 1000 € fixed = 12 000 €; shared 7500 + 3000 = 10 500 €
    independent = pricing.works_total(9000.0, 1000.0, 3)
    shared = pricing.works_total(7500.0, 1000.0, 3)
    assert (independent, shared) == (12000.0, 10500.0)
    # saving 1500 €, 1500 / 12 000 = 12.5 %
    assert pricing.saving(independent, shared) == pytest.approx((1500.0, 12.5))
    assert pricing.saving(0.0, 0.0) == (0.0, 0.0)
