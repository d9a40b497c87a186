"""Check a GeoPackage against the PVD data model (``core/model.py``).

One :class:`Problem` per finding: missing layers or fields, wrong field or geometry
types, a CRS other than EPSG:2154, empty or invalid geometries, missing required
values, values outside the allowed list, duplicate identifiers, start dates after
end dates. Reads the file with fiona; no QGIS.
"""
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
    check(progress, 1.0)
    return problems


def summary(problems):
    """{problem kind: count} in the order of PROBLEM_KINDS (kinds without problem left out)."""
    counts = Counter(problem.problem for problem in problems)
    return {kind: counts[kind] for kind in PROBLEM_KINDS if counts[kind]}
