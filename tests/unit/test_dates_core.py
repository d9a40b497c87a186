"""pvd_qgis_plugin.core.dates: reading dates people type, and calendar months."""
import datetime

import numpy as np

from pvd_qgis_plugin.core.dates import add_months, parse_dates


def days(*texts):
    return np.array(texts, dtype="datetime64[D]")


def test_iso_french_and_python_dates_agree():
    values = ["2026-03-01", "01/03/2026", "1/3/2026", datetime.date(2026, 3, 1),
              datetime.datetime(2026, 3, 1, 23, 59), "2026-03-01T08:30:00", " 2026-03-01 08:30 "]
    parsed = parse_dates(values)
    assert list(parsed.days) == list(days(*["2026-03-01"] * len(values)))
    assert len(parsed.invalid) == 0


def test_french_order_is_day_first():
    assert parse_dates(["02/03/2026"]).days[0] == np.datetime64("2026-03-02")


def test_empty_values_are_missing_not_errors():
    parsed = parse_dates([None, "", "  ", "2026-01-05"])
    assert list(np.isnat(parsed.days)) == [True, True, True, False]
    assert list(parsed.missing) == [0, 1, 2]
    assert len(parsed.invalid) == 0


def test_unreadable_values_are_reported_by_index():
    parsed = parse_dates(["2026-01-05", "bientôt", "31/02/2026", "2026-13-01", 20260105, "05/01/26"])
    assert list(parsed.invalid) == [1, 2, 3, 4, 5]
    assert list(parsed.missing) == []


def test_add_months_clips_to_the_end_of_the_month():
    assert list(add_months(days("2027-01-31", "2024-02-29", "2026-06-15"), 1)) == list(
        days("2027-02-28", "2024-03-29", "2026-07-15"))
    assert list(add_months(days("2024-02-29"), 12)) == list(days("2025-02-28"))
    assert list(add_months(days("2026-03-31"), 36)) == list(days("2029-03-31"))


def test_add_months_keeps_missing_dates_missing():
    assert np.isnat(add_months(days("NaT"), 12)[0])
