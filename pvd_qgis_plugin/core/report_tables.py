"""Tables and key figures of the communal report, as plain text rows.

No QGIS here: rows are dicts of attribute values; the layout code only places
the strings this module returns.
"""

import numpy as np
import shapely

from .labels import normalise_label
from .messages import N_, UserError
from .model import PRIORITY_FIELDS
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


def route_request_points(geometries):
    """Where each route's request lies: the last point of the route.

    Routes run from the network to the request (core.routing.path_line); a route of 0 m
    (a request on the network: a branchement) is two equal points at the request. None
    where a route has no geometry (unreachable).
    """
    geometries = np.asarray(geometries, dtype=object)
    points = np.full(len(geometries), None, dtype=object)
    present = ~shapely.is_missing(geometries)
    present[present] = ~shapely.is_empty(geometries[present])
    if present.any():
        points[present] = shapely.get_point(geometries[present], -1)
    return points


def rank_within(rows, score=PRIORITY_FIELDS.score.name, rank=PRIORITY_FIELDS.rang.name):
    """The rows with ``rank`` recomputed among them: 1 for the highest ``score``."""
    ordered = sorted(rows, key=lambda row: (row.get(score) is None, -(row.get(score) or 0.0)))
    return [dict(row, **{rank: position}) for position, row in enumerate(ordered, 1)]


def _words(text):
    return normalise_label(text).split("_")


def match_communes(communes, text):
    """The communes named in ``text`` (INSEE codes or names, separated by commas), in order.

    ``communes``: sequence of tuples whose first two items are the INSEE code and the
    name. A name matches without case or accents ("Trevieres"), or by whole words when only
    one commune has them ("isigny" → Isigny-sur-Mer, "Molay-Littry" → Le Molay-Littry).
    Empty text: all communes. Raises UserError for an unknown or ambiguous name.
    """
    if not text or not text.strip():
        return list(communes)
    wanted = []
    for token in [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]:
        key = normalise_label(token)
        match = [c for c in communes if token == str(c[0]) or key == normalise_label(c[1])]
        if not match:
            words = _words(token)
            match = [c for c in communes if any(_words(c[1])[start:start + len(words)] == words
                                                for start in range(len(_words(c[1]))))]
        if len(match) > 1 and key != normalise_label(match[0][1]):
            raise UserError(N_("Commune '{0}' is ambiguous: {1}. Give its INSEE code."), token,
                            ", ".join("{} ({})".format(c[1], c[0]) for c in match))
        if not match:
            raise UserError(N_("Unknown commune '{0}'. Known: {1}."), token,
                            ", ".join("{} ({})".format(c[1], c[0]) for c in communes))
        wanted.extend(c for c in match if c not in wanted)
    return wanted
