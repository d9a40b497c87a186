"""Numbers read one way everywhere, and written for people in their language.

Reading: numbers from attribute values and text cells.

French files write decimals with a comma (``12,5``) and group thousands with a
space, a no-break space or a narrow no-break space (``1 026,95``); English ones
use a point (``1026.95``) and sometimes a comma for thousands (``1,026.95``).
The rules, in order:

- None, an empty or blank string, NaN and a QGIS NULL (an object whose
  ``isNull()`` is true) are *missing*: not an error.
- ``int`` and ``float`` values are taken as they are (infinite ones are unreadable);
  ``bool`` is unreadable (a yes/no is not a quantity).
- In text, spaces between digits are dropped; when both ``,`` and ``.`` appear,
  the last one is the decimal separator and the other groups thousands; a lone
  ``,`` is the decimal separator (``12,5`` = 12.5, ``1,234`` = 1.234: French usage).
- ``inf``, ``nan``, ``1e400`` and anything else that is not a finite number is
  *unreadable*, and is reported as such, never taken as 0 or as NULL silently.

Writing (:func:`format_number`, the one formatter of logs, help and reports): French
groups thousands with a narrow no-break space and uses a decimal comma ("7 140 572
cellules", "107 220 €", "50,8 %"); English uses "7,140,572" and "50.8". The glue passes
the language (``i18n.number`` uses the QGIS locale).

Pure Python and numpy; no QGIS.
"""
import math
import re
from dataclasses import dataclass

import numpy as np

_SPACES = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009']+(?=\d)")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


class Unreadable(ValueError):
    """A value that is neither missing nor a finite number."""


def is_missing(value, only_null=False):
    """True for None, a blank string, NaN, or a QGIS NULL value (the one NULL test of the plugin).

    ``only_null=True``: only None and a QGIS NULL count, a blank string and NaN are values; for
    ids, labels and grouping keys, where an empty text is what the layer holds.
    """
    if value is None:
        return True
    if isinstance(value, float):
        return not only_null and math.isnan(value)
    if isinstance(value, str):
        return not only_null and not value.strip()
    is_null = getattr(value, "isNull", None)
    if callable(is_null):
        try:
            return bool(is_null())
        except TypeError:
            return False
    return False


def parse_number(value, finite=True):
    """A finite float from a number or a text in French or English notation; None when missing.

    Raises :class:`Unreadable` (a ``ValueError``) for anything else (see the module docstring).
    ``finite=False`` lets ``inf``/``nan`` through, for a caller that rejects them itself with a
    more precise message (coordinates).
    """
    if is_missing(value):
        return None
    if isinstance(value, bool):
        raise Unreadable(str(value))
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value)
        if finite and not math.isfinite(number):
            raise Unreadable(str(value))
        return number
    text = _SPACES.sub("", str(value).strip())
    if not finite and text.lower().lstrip("+-") in ("inf", "infinity", "nan"):
        return float(text)
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if decimal == "," else ","
        text = text.replace(grouping, "").replace(decimal, ".")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    if not _NUMBER.match(text):
        raise Unreadable(str(value))
    number = float(text)
    if finite and not math.isfinite(number):
        raise Unreadable(str(value))
    return number


def number_or_none(value):
    """:func:`parse_number`, None for an unreadable value (when the caller reports it otherwise)."""
    try:
        return parse_number(value)
    except Unreadable:
        return None


@dataclass
class ParsedNumbers:
    """A column read as numbers: ``values`` (float array, NaN where missing or unreadable),
    ``unreadable`` (indices of values that are not numbers) and ``missing`` (indices of empty ones)."""

    values: np.ndarray
    unreadable: np.ndarray
    missing: np.ndarray


def parse_numbers(values):
    """Read a column of values with :func:`parse_number`; see :class:`ParsedNumbers`.

    A float array is returned as is (NaN = missing), so a column read in bulk costs nothing.
    """
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        return ParsedNumbers(values, np.empty(0, dtype=int), np.flatnonzero(np.isnan(values)))
    values = list(values)
    out = np.full(len(values), np.nan)
    unreadable, missing = [], []
    for index, value in enumerate(values):
        try:
            number = parse_number(value)
        except Unreadable:
            unreadable.append(index)
            continue
        if number is None:
            missing.append(index)
        else:
            out[index] = number
    return ParsedNumbers(out, np.array(unreadable, dtype=int), np.array(missing, dtype=int))

GROUP_SEPARATORS = {"fr": "\u202f"}
DECIMAL_SEPARATORS = {"fr": ","}


def format_number(value, decimals=0, lang="fr", unit=""):
    """``1234.5`` → ``"1 234,5"`` in French, ``"1,234.5"`` in English; None/NaN → ``"–"``.

    ``decimals=None``: as many decimals as the value needs, at most 2 (300.0 → "300",
    2.5 → "2,5"), for sizes and distances a user typed. ``unit`` follows after a space.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, str):
        return value
    if decimals is None:
        text = "{:,.2f}".format(float(value)).rstrip("0").rstrip(".")
    else:
        text = "{:,.{}f}".format(float(value), decimals)
    if text in ("-0", "-0.0", "-0.00"):
        text = text[1:]
    group = GROUP_SEPARATORS.get(lang, ",")
    decimal = DECIMAL_SEPARATORS.get(lang, ".")
    text = text.replace(",", "\0").replace(".", decimal).replace("\0", group)
    return text + (" " + unit if unit else "")
