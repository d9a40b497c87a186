"""Tables and key figures of the communal report, as plain text rows.

No QGIS here: rows are dicts of attribute values; the layout code only places
the strings this module returns.
"""
import math

import numpy as np
import shapely

from .numbers import format_number  # noqa: F401 (the report's formatter)


def rows_in_zone(geometries, zone):
    """Indices of the geometries that intersect ``zone`` (all of them when zone is None)."""
    geometries = np.asarray(geometries, dtype=object)
    if zone is None:
        return np.arange(len(geometries))
    present = ~shapely.is_missing(geometries)
    hits = np.zeros(len(geometries), dtype=bool)
    hits[present] = shapely.intersects(geometries[present], zone)
    return np.flatnonzero(hits)


def table(rows, columns, sort_by=None, descending=True, limit=15, lang="fr"):
    """Headers and formatted rows for a report table.

    ``columns`` is a list of (field, header, decimals or None for text, unit);
    fields absent from the rows are dropped. Returns (headers, text_rows,
    number_of_rows_left_out).
    """
    present = [c for c in columns if rows and c[0] in rows[0]]
    if sort_by and rows and sort_by in rows[0]:
        def key(row):
            value = row[sort_by]
            return (value is None, -value if descending and isinstance(value, (int, float)) else value)
        rows = sorted(rows, key=key)
    shown = rows[:limit] if limit else rows
    text_rows = []
    for row in shown:
        cells = []
        for field, _header, decimals, unit in present:
            value = row[field]
            cells.append(format_number(value, decimals, lang, unit) if decimals is not None else
                         ("–" if value is None else str(value)))
        text_rows.append(cells)
    return [c[1] for c in present], text_rows, len(rows) - len(shown)


def total(rows, field):
    """Sum of a numeric field over rows, ignoring missing values (None when the field is absent)."""
    if not rows or field not in rows[0]:
        return None
    values = [row[field] for row in rows if isinstance(row[field], (int, float))]
    return float(sum(values))
