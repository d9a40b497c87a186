"""The one number formatter of logs, help and reports (core.numbers)."""
from pvd_qgis_plugin.core.numbers import format_number

NNBSP = "\u202f"  # French thousands separator (narrow no-break space)


def test_french_groups_thousands_and_uses_a_decimal_comma():
    assert format_number(7140572) == "7{0}140{0}572".format(NNBSP)
    assert format_number(107219.6, 0, "fr", "€") == "107{}220 €".format(NNBSP)  # rounded to the euro
    assert format_number(50.849, 1, "fr", "%") == "50,8 %"


def test_english_keeps_commas_and_points():
    assert format_number(7140572, 0, "en") == "7,140,572"
    assert format_number(50.849, 1, "en", "%") == "50.8 %"


def test_free_decimals_drop_trailing_zeros():
    # a margin of 300.0 m and a cell of 2.5 m as a user typed them
    assert format_number(300.0, None) == "300"
    assert format_number(2.5, None) == "2,5"
    assert format_number(1234.125, None, "en") == "1,234.12"


def test_missing_values_and_negative_zero():
    assert format_number(None) == "–"
    assert format_number(float("nan")) == "–"
    assert format_number(-0.2) == "0"
