"""Check a GeoPackage against the PVD data model (``core/model.py``).

One :class:`Problem` per finding: missing layers or fields, wrong field or geometry
types, a CRS other than EPSG:2154, empty or invalid geometries, missing required
values, values outside the allowed list, duplicate identifiers, start dates after
end dates, text stored in number or date fields and impossible dates. Reads the file
with fiona, and the raw stored values with sqlite3 (:func:`stored_value_problems`);
no QGIS.

Why raw values: SQLite stores any value in any column, so a REAL, INTEGER or DATE
field of a GeoPackage can hold ``abc``, ``12,5``, ``demain`` or ``31/02/2024``. GDAL, and
so QGIS and fiona, read text in a number field by its leading digits (``abc`` as 0,
``12,5`` as 12), a DATE that is not ``YYYY-MM-DD`` as NULL and ``2024-02-31`` as a date
of March: nothing tells the user, and sums are silently wrong. Only SQLite's
``typeof()`` shows what is stored.
"""
import os
import pathlib
import sqlite3
from collections import Counter, namedtuple

import numpy as np
import shapely
from shapely.geometry import shape

from . import model
from .messages import N_, Message
from .progress import check

Problem = namedtuple("Problem", "layer feature_id field problem detail")
Problem.__doc__ = """One finding: layer name, feature id (fid; None for a layer-level problem),
field name (or None), problem kind (one of PROBLEM_KINDS) and a readable detail."""

PROBLEM_KINDS = (
    "missing_layer", "missing_field", "field_type", "geometry_type", "crs", "empty_geometry",
    "invalid_geometry", "missing_value", "value_not_allowed", "duplicate_id", "dates_out_of_order",
    "not_a_number", "invalid_date",
)

# Field types of the model -> fiona schema types that hold them.
ACCEPTED_TYPES = {
    model.STRING: ("str",),
    model.INTEGER: ("int", "int32", "int64", "int16"),
    model.REAL: ("float", "int", "int32", "int64", "int16"),
    model.DATE: ("date", "datetime"),
}


def _base_type(fiona_type):
    return fiona_type.split(":")[0]


def _epsg(source):
    """EPSG code of a fiona collection's CRS, or None."""
    wkt = getattr(source, "crs_wkt", "") or ""
    if not wkt:
        return None
    import pyproj

    try:
        return pyproj.CRS.from_wkt(wkt).to_epsg(min_confidence=70)
    except pyproj.exceptions.CRSError:
        return None


def _read(source):
    """(fids, shapely geometries or None, list of property dicts) of a fiona collection."""
    fids, geometries, rows = [], [], []
    for feature in source:
        fids.append(int(feature["id"]))
        geometry = feature["geometry"]
        geometries.append(shape(geometry) if geometry is not None else None)
        rows.append(dict(feature["properties"]))
    return np.array(fids, dtype=np.int64), np.array(geometries, dtype=object), rows


def check_layer(definition, schema_geometry, schema_properties, epsg, fids, geometries, rows):
    """Problems of one layer already read: schema, CRS, geometries, values, ids, dates."""
    name = definition.name
    problems = []
    declared = (schema_geometry or "None").replace("3D ", "")
    layer_type_wrong = declared not in (definition.geometry, definition.geometry.replace("Multi", ""), "Unknown",
                                        "Geometry")
    if layer_type_wrong:
        problems.append(Problem(name, None, None, "geometry_type", Message(N_("layer geometry is {}, expected {}"), declared, definition.geometry)))
    if epsg != 2154:
        problems.append(Problem(name, None, None, "crs", Message(N_("CRS is {}, expected {}"), "EPSG:{}".format(epsg) if epsg else "unknown", model.CRS)))
    present = {}
    for column in definition.fields:
        if column.name not in schema_properties:
            problems.append(Problem(name, None, column.name, "missing_field", Message(N_("field '{}' ({}) is missing"), column.name, column.type)))
            continue
        found = _base_type(schema_properties[column.name])
        if found not in ACCEPTED_TYPES[column.type]:
            problems.append(Problem(name, None, column.name, "field_type", Message(N_("field '{}' is {}, expected {}"), column.name, found, column.type)))
            continue
        present[column.name] = column

    missing_geometry = np.array([geometry is None for geometry in geometries], dtype=bool)
    if len(geometries):
        filled = np.where(missing_geometry, shapely.Point(), geometries)
        empty = missing_geometry | shapely.is_empty(filled)
        invalid = ~empty & ~shapely.is_valid(filled)
        allowed_types = {definition.geometry, definition.geometry.replace("Multi", "")}
        kinds = shapely.get_type_id(filled)
        names = np.array(["Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString",
                          "MultiPolygon", "GeometryCollection"])[np.clip(kinds, 0, 7)]
        wrong = ~empty & ~np.isin(names, list(allowed_types)) & (not layer_type_wrong)
        for index in np.flatnonzero(empty):
            problems.append(Problem(name, int(fids[index]), None, "empty_geometry", Message(N_("no geometry or empty geometry"))))
        for index in np.flatnonzero(invalid):
            problems.append(Problem(name, int(fids[index]), None, "invalid_geometry",
                                    shapely.is_valid_reason(filled[index])))
        for index in np.flatnonzero(wrong):
            problems.append(Problem(name, int(fids[index]), None, "geometry_type", Message(N_("{} in a {} layer"), names[index], definition.geometry)))

    for column in present.values():
        values = [row.get(column.name) for row in rows]
        is_null = np.array([value is None or value == "" for value in values], dtype=bool)
        if column.required:
            for index in np.flatnonzero(is_null):
                problems.append(Problem(name, int(fids[index]), column.name, "missing_value",
                                        Message(N_("required value is empty"))))
        if column.allowed:
            outside = ~is_null & ~np.isin(np.array([str(value) for value in values], dtype=object),
                                          list(column.allowed))
            for index in np.flatnonzero(outside):
                problems.append(Problem(name, int(fids[index]), column.name, "value_not_allowed",
                                        Message(N_("'{}' is not one of: {}"), values[index], ", ".join(column.allowed))))

    if definition.id_field in present:
        ids = [row.get(definition.id_field) for row in rows]
        counts = Counter(value for value in ids if value not in (None, ""))
        for index, value in enumerate(ids):
            if value not in (None, "") and counts[value] > 1:
                problems.append(Problem(name, int(fids[index]), definition.id_field, "duplicate_id",
                                        Message(N_("'{}' is used by {} features"), value, counts[value])))

    for start, end in model.DATE_RANGES:
        if start in present and end in present:
            for index, row in enumerate(rows):
                first, last = row.get(start), row.get(end)
                if first and last and str(first)[:10] > str(last)[:10]:
                    problems.append(Problem(name, int(fids[index]), end, "dates_out_of_order",
                                            Message(N_("{} {} is after {} {}"), start, first, end, last)))
    return problems


StoredValue = namedtuple("StoredValue", "fid field value declared problem read_as")
StoredValue.__doc__ = """A value stored against its field's type: feature id, field, the raw stored value,
the field's declared SQLite type, ``not_a_number`` or ``invalid_date``, and what GDAL/QGIS read
instead (a number for number fields, None for a date read as NULL)."""

# Declared column types (upper case, without size) of GeoPackage number and date fields.
_INTEGER_TYPES = ("INTEGER", "INT", "MEDIUMINT", "SMALLINT", "TINYINT", "BOOLEAN")
_REAL_TYPES = ("REAL", "FLOAT", "DOUBLE")


def _sqlite_uri(path):
    """Read-only SQLite URI of a file (percent-encoded, so any character of the path is safe).

    A database in WAL mode that no program has open (no ``-wal`` file) is opened as immutable:
    a read-only connection would otherwise leave ``-wal`` and ``-shm`` files next to the input.
    """
    uri = pathlib.Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    with open(path, "rb") as handle:
        header = handle.read(20)
    if header[18:20] == b"\x02\x02" and not os.path.exists(str(path) + "-wal"):
        uri += "&immutable=1"
    return uri


def _quoted(name):
    return '"{}"'.format(str(name).replace('"', '""'))


def stored_value_problems(path, table, fields=None):
    """Values of a GeoPackage table stored against their field's type, read raw with sqlite3.

    Number fields (INTEGER, REAL…) holding text or a blob (``not_a_number``; an INTEGER field
    holding ``12.5`` too: GDAL reads 12); DATE fields holding anything but a real ``YYYY-MM-DD``
    date and DATETIME fields anything but a real ISO date and time (``invalid_date``: ``demain``,
    ``31/02/2024``, ``2024-02-31``). ``fields``: the field names to check (None: every field).
    Returns a list of :class:`StoredValue`, by field then feature id. The file is opened
    read-only.
    """
    connection = sqlite3.connect(_sqlite_uri(path), uri=True)
    try:
        info = connection.execute("PRAGMA table_info({})".format(_quoted(table))).fetchall()
        primary = next((row[1] for row in info if row[5]), "rowid")
        found = []
        for _cid, name, declared, _notnull, _default, is_key in info:
            if is_key or (fields is not None and name not in fields):
                continue
            kind = (declared or "").upper().split("(")[0].strip()
            column, key = _quoted(name), _quoted(primary)
            if kind in _INTEGER_TYPES + _REAL_TYPES:
                condition = "typeof({0}) IN ('text', 'blob')".format(column)
                if kind in _INTEGER_TYPES:
                    condition += " OR (typeof({0}) = 'real' AND {0} <> CAST({0} AS INTEGER))".format(column)
                cast = "CAST({} AS {})".format(column, "INTEGER" if kind in _INTEGER_TYPES else "REAL")
                query = "SELECT {0}, {1}, {2} FROM {3} WHERE {4} ORDER BY {0}".format(
                    key, column, cast, _quoted(table), condition)
                found += [StoredValue(fid, name, value, kind, "not_a_number", read_as)
                          for fid, value, read_as in connection.execute(query)]
            elif kind in ("DATE", "DATETIME"):
                if kind == "DATE":
                    # '+0 days' makes SQLite normalise the day: 2024-02-31 becomes 2024-03-02
                    condition = "typeof({0}) <> 'text' OR date({0}, '+0 days') IS NOT {0}".format(column)
                else:
                    condition = ("typeof({0}) <> 'text' OR datetime({0}) IS NULL OR "
                                 "date({0}, '+0 days') IS NOT substr({0}, 1, 10)").format(column)
                query = "SELECT {0}, {1} FROM {2} WHERE {1} IS NOT NULL AND ({3}) ORDER BY {0}".format(
                    key, column, _quoted(table), condition)
                found += [StoredValue(fid, name, value, kind, "invalid_date", None)
                          for fid, value in connection.execute(query)]
        return found
    finally:
        connection.close()


def _stored_value_problem(layer, stored):
    if stored.problem == "not_a_number":
        detail = Message(N_("'{0}' is stored as text in a number field ({1}): QGIS reads it as {2}"), stored.value,
                         stored.declared, stored.read_as)
        if isinstance(stored.value, float):
            detail = Message(N_("{0} is not a whole number in an integer field ({1}): QGIS reads it as {2}"), stored.value,
                             stored.declared, stored.read_as)
    else:
        detail = Message(N_("'{0}' is not a possible date in a date field ({1}; expected YYYY-MM-DD, a real day): "
                            "QGIS reads it as NULL or as another day"), stored.value, stored.declared)
    return Problem(layer, int(stored.fid), stored.field, stored.problem, detail)


def validate_geopackage(path, progress=None):
    """Every problem of the GeoPackage ``path`` with respect to the PVD model, layer by layer.

    Coordinates are expected in EPSG:2154 (metres); nothing is reprojected or repaired.
    Layers that are not in the model are ignored. ``progress(fraction) -> bool`` reports
    progress and may cancel (raises ``Cancelled``).
    """
    import fiona

    tables = set(fiona.listlayers(path))
    problems = []
    for number, definition in enumerate(model.LAYERS):
        check(progress, number / len(model.LAYERS))
        if definition.name not in tables:
            problems.append(Problem(definition.name, None, None, "missing_layer", Message(N_("layer '{}' ({}) is missing"), definition.name, definition.title)))
            continue
        with fiona.open(path, layer=definition.name) as source:
            schema = source.schema
            fids, geometries, rows = _read(source)
            problems += check_layer(definition, schema.get("geometry"), dict(schema["properties"]), _epsg(source),
                                    fids, geometries, rows)
        problems += [_stored_value_problem(definition.name, stored)
                     for stored in stored_value_problems(path, definition.name)]
    check(progress, 1.0)
    return problems


def summary(problems):
    """{problem kind: count} in the order of PROBLEM_KINDS (kinds without problem left out)."""
    counts = Counter(problem.problem for problem in problems)
    return {kind: counts[kind] for kind in PROBLEM_KINDS if counts[kind]}
