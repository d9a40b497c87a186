"""Calendar dates from attribute values, and month arithmetic on day arrays.

Values come from layers of many origins: Python ``date``/``datetime`` (what
QGIS date fields become once converted), ISO strings ``YYYY-MM-DD`` with an
optional time (``2026-03-01T08:00:00``), and French strings ``JJ/MM/AAAA``
(day first, as ANCT files of 2026 write them). Every result is a numpy
``datetime64[D]`` array (a time of day is dropped); missing values are NaT.
"""
import datetime
import re
from dataclasses import dataclass

import numpy as np

_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_FRENCH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2})?)?$")


@dataclass
class ParsedDates:
    """Days (``datetime64[D]``, NaT where missing) and the indices of unreadable values."""

    days: np.ndarray
    invalid: np.ndarray

    @property
    def missing(self):
        """Indices of empty values (None, empty string): NaT but not an error."""
        return np.flatnonzero(np.isnat(self.days) & ~np.isin(np.arange(len(self.days)), self.invalid))


def _parse_one(value):
    """A ``datetime64[D]``, NaT for an empty value, or None when the value cannot be read."""
    if value is None:
        return np.datetime64("NaT", "D")
    if isinstance(value, datetime.datetime):
        return np.datetime64(value.date(), "D")
    if isinstance(value, datetime.date):
        return np.datetime64(value, "D")
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return np.datetime64("NaT", "D")
    iso = _ISO.match(text)
    french = None if iso else _FRENCH.match(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif french:
        day, month, year = (int(part) for part in french.groups())
    else:
        return None
    try:
        return np.datetime64(datetime.date(year, month, day), "D")
    except ValueError:  # 31/02/2026 and the like
        return None


def parse_dates(values):
    """Read a column of date values (see the module docstring for the accepted forms).

    Each distinct value is parsed once, so a column of a million rows holding a few
    hundred dates costs a few hundred parses. Returns :class:`ParsedDates`.
    """
    values = list(values)
    keys = np.array([_key(value) for value in values], dtype=object)
    if not len(keys):
        return ParsedDates(np.empty(0, dtype="datetime64[D]"), np.empty(0, dtype=int))
    _keys, first, inverse = np.unique(keys.astype(str), return_index=True, return_inverse=True)
    parsed = [_parse_one(values[index]) for index in first]
    bad = np.array([day is None for day in parsed])
    unique_days = np.array([np.datetime64("NaT", "D") if day is None else day for day in parsed],
                           dtype="datetime64[D]")
    return ParsedDates(unique_days[inverse], np.flatnonzero(bad[inverse]))


def _key(value):
    """A string identifying a value's date (types kept apart so that 1 and '1' differ)."""
    return "{}:{}".format(type(value).__name__, value)


def add_months(days, months):
    """``days`` (``datetime64[D]`` array) plus a whole number of calendar months.

    The day of the month is kept, or clipped to the month's last day
    (31 January + 1 month = 28 or 29 February). NaT stays NaT.
    """
    days = np.asarray(days, dtype="datetime64[D]")
    month_start = days.astype("datetime64[M]")
    day_of_month = (days - month_start.astype("datetime64[D]")).astype(np.int64)
    target = month_start + np.timedelta64(int(months), "M")
    month_length = ((target + np.timedelta64(1, "M")).astype("datetime64[D]")
                    - target.astype("datetime64[D]")).astype(np.int64)
    result = target.astype("datetime64[D]") + np.minimum(day_of_month, month_length - 1).astype("timedelta64[D]")
    return np.where(np.isnat(days), np.datetime64("NaT", "D"), result)
