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


def test_one_null_test_with_blank_text_and_nan_as_values_for_ids():
    from pvd_qgis_plugin.core.numbers import is_missing

    class Null:  # what a QGIS NULL variant answers
        def isNull(self):
            return True

    assert [is_missing(value) for value in (None, Null(), float("nan"), "", "  ", "0", 0, 0.0)] == \
        [True, True, True, True, True, False, False, False]
    # ids and labels: an empty text or NaN is what the layer holds, only None and NULL are missing
    assert [is_missing(value, only_null=True) for value in (None, Null(), float("nan"), "", "  ", "0")] == \
        [True, True, False, False, False, False]
