"""Bulk I/O: the fast path for file inputs (GeoPackage, shapefile…) and GeoPackage outputs.

QGIS's feature-by-feature reading and writing costs more than the whole overlap
computation on large layers (about 6 s to write 400 000 polygons). When the input is
a plain file layer read by OGR (no selection, filter or subset) and the output a
GeoPackage file, algorithms that keep every input feature with its geometry and
attributes can instead:

- read the input in bulk through GDAL's Arrow stream (``GetArrowStreamAsNumPy``,
  GDAL ≥ 3.6): geometries as WKB arrays, attributes as columns;
- let QGIS create the output (so its schema, layer name, CRS and "open output
  layer" handling are exactly QGIS's), then fill it in one SQLite transaction:
  from a GeoPackage input, one SQL statement copies the input rows (geometry blobs
  and attributes byte for byte) joined with the computed columns; from another
  format, the rows are inserted from the Arrow columns with GeoPackage geometry
  blobs built from the WKB. The R-tree spatial index is written as a packed tree.

Every other source or sink (memory layers, PostGIS, temporary outputs, fields of
types other than text, integer, real and date) goes through the generic path of
:mod:`qgis_io`.
"""
import os
import pathlib
import sqlite3
from contextlib import contextmanager

from qgis.core import QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProviderRegistry

from ..core.progress import Cancelled
from ..i18n import tr


def bulk_reading_available():
    """GDAL's Python bindings with the Arrow stream reader (GDAL ≥ 3.6)."""
    try:
        from osgeo import ogr
    except ImportError:
        return False
    return hasattr(ogr.Layer, "GetArrowStreamAsNumPy")


def gpkg_table(layer):
    """(path, table) of an unfiltered GeoPackage layer read by OGR, else None.

    None too when GDAL cannot read in bulk (before 3.6): callers use QGIS's API.
    """
    if layer is None or layer.providerType() != "ogr" or layer.subsetString() or not bulk_reading_available():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return None
    table = parts.get("layerName")
    if not table:
        if parts.get("layerId") not in (None, "", 0):
            return None
        tables = _feature_tables(path)
        if len(tables) != 1:
            return None
        table = tables[0]
    return path, table


def ogr_file_layer(layer):
    """(path, layer name) of an unfiltered non-GeoPackage file layer read by OGR, else None."""
    if layer is None or layer.providerType() != "ogr" or layer.subsetString() or not bulk_reading_available():
        return None
    from osgeo import ogr

    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return None
    dataset = ogr.Open(path)
    if dataset is None:
        return None
    name = parts.get("layerName")
    if not name:
        if dataset.GetLayerCount() != 1 or parts.get("layerId") not in (None, "", 0):
            return None
        name = dataset.GetLayer(0).GetName()
    return (path, name) if dataset.GetLayerByName(name) is not None else None


def ogr_field_types(path, name):
    """{field name: OGR type} of a layer; None when one type cannot be copied in bulk."""
    from osgeo import ogr

    supported = (ogr.OFTString, ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal, ogr.OFTDate)
    dataset = ogr.Open(path)  # kept referenced: its layers die with it
    definition = dataset.GetLayerByName(name).GetLayerDefn()
    types = {}
    for number in range(definition.GetFieldCount()):
        field = definition.GetFieldDefn(number)
        if field.GetType() not in supported:
            return None
        types[field.GetName()] = field.GetType()
    return types


def whole_layer(parameter_value):
    """False when the parameter asks for selected features or a feature limit only."""
    if isinstance(parameter_value, QgsProcessingFeatureSourceDefinition):
        if parameter_value.selectedFeaturesOnly or parameter_value.featureLimit not in (-1, None):
            return False
    return True


def source_location(parameter_value, layer, source):
    """(path, layer name, text codec) when a Processing source is a whole file layer read in bulk.

    ``parameter_value``: the parameter as given (a selection or feature limit
    excludes the bulk path); ``layer``: its vector layer; ``source``: its
    feature source. The layer must be an unfiltered file layer read by OGR
    (:func:`gpkg_table` or :func:`ogr_file_layer`), else None.
    """
    if layer is None or not whole_layer(parameter_value) or layer.featureCount() != source.featureCount():
        return None
    location = gpkg_table(layer)
    if location is not None:
        return location + ("utf-8",)
    location = ogr_file_layer(layer)
    codec = text_codec(layer.dataProvider().encoding())
    return location + (codec,) if location is not None and codec is not None else None


def copy_location(parameter_value, layer, source, destination):
    """('gpkg', path, table) or ('ogr', path, layer name, text codec) when an algorithm that keeps
    every input feature can fill its output in bulk: the input allowed by
    :func:`source_location`, every one of its fields a column the bulk writer copies, and the
    output a new GeoPackage file other than the input's (QGIS recreates the output file:
    the rows could not be copied from it). None otherwise.
    """
    if not gpkg_destination(destination):
        return None
    location = source_location(parameter_value, layer, source)
    if location is None:
        return None
    path, table, codec = location
    names = source.fields().names()
    if path.lower().endswith(".gpkg"):
        if same_file(path, gpkg_output_path(destination)):
            return None
        return ("gpkg", path, table) if all(name in table_columns(path, table)[0] for name in names) else None
    types = ogr_field_types(path, table)
    return ("ogr", path, table, codec) if types is not None and all(name in types for name in names) else None


def read_source(parameter_value, layer, source, fields=None, floats=(), crs=None):
    """(fids, shapely geometries, {field: values}) of a Processing source read in bulk, or None.

    The bulk counterpart of ``qgis_io.read_features`` (same features, order and
    values), for a source allowed by :func:`source_location` whose fields read
    (``fields``, QGIS names; None: all) are text, integer or real. None as well
    when ``crs`` is given and differs from the source's (QGIS reprojects): the
    caller then reads through QGIS. Values are lists of Python values (None for
    NULL); the integer and real fields named in ``floats`` come as float arrays
    (NaN for NULL). A GeoPackage's primary key, a field for QGIS, gets the ids.
    """
    from qgis.PyQt.QtCore import QVariant

    location = source_location(parameter_value, layer, source)
    if location is None or (crs is not None and crs.isValid() and crs != source.sourceCrs()):
        return None
    qgs_fields = source.fields()
    names = qgs_fields.names() if fields is None else list(fields)
    numeric = (QVariant.Int, QVariant.LongLong, QVariant.Double)
    for name in names:
        index = qgs_fields.lookupField(name)
        if index < 0 or qgs_fields.at(index).type() not in numeric + (QVariant.String,):
            return None
    floats = [name for name in floats if qgs_fields.at(qgs_fields.lookupField(name)).type() in numeric]
    path, table, codec = location
    fids, geometries, columns = read_table(path, table, names, codec, as_geometries=True, floats=floats)
    for name in names:
        if name not in columns:
            if path.lower().endswith(".gpkg") and name == table_columns(path, table)[1]:
                columns[name] = fids.astype(float) if name in floats else fids.tolist()
            else:
                return None
    return fids, geometries, {name: columns[name] for name in names}


def gpkg_destination(destination):
    """True for an output written to a new GeoPackage file (not memory, not a database URI)."""
    text = str(destination or "")
    return text.lower().endswith(".gpkg") and "|" not in text and not text.startswith(("memory:", "ogr:"))


def gpkg_output_path(destination):
    """The file of an output destination such as ``/x/out.gpkg|layername=out``."""
    return str(destination).split("|")[0]


def same_file(first, second):
    """True when two paths name the same file (the second may not exist yet)."""
    return os.path.normcase(os.path.realpath(first)) == os.path.normcase(os.path.realpath(second))


def _feature_tables(path):
    with _connect(path, read_only=True) as connection:
        return [row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")]


def _uri(path, read_only=False):
    """SQLite URI of a file (percent-encoded, so any character of the path is safe)."""
    return pathlib.Path(os.path.abspath(path)).as_uri() + ("?mode=ro" if read_only else "")


def _connect(path, read_only=False):
    if read_only:
        return sqlite3.connect(_uri(path, read_only=True), uri=True)
    return sqlite3.connect(_uri(path), uri=True, isolation_level=None)


def _quote(name):
    return '"{}"'.format(str(name).replace('"', '""'))


def table_columns(path, table):
    """(column names, primary key column, geometry column) of a GeoPackage table."""
    with _connect(path, read_only=True) as connection:
        info = connection.execute("PRAGMA table_info({})".format(_quote(table))).fetchall()
        row = connection.execute(
            "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchone()
    columns = [item[1] for item in info]
    primary = next((item[1] for item in info if item[5]), None)
    return columns, primary, row[0] if row else None


def read_geometries(path, table, column=None):
    """(fids, shapely geometries, values of ``column`` or None) of a layer, in bulk.

    Geometries come unchanged (never validated or repaired); null or unreadable
    ones are None. Column values are Python values, None for NULL.
    """
    fids, geometries, columns = read_table(path, table, [column] if column else [], as_geometries=True)
    return fids, geometries, (columns[column] if column else None)


def geometries_from_wkb(wkb):
    """Shapely geometries of WKB blobs; empty blobs (null geometries) and unreadable ones become None."""
    import shapely

    return shapely.from_wkb(wkb, on_invalid="ignore")


def text_codec(qgis_encoding):
    """Python codec name for a QGIS provider encoding ('System' = the locale's), or None."""
    import codecs
    import locale

    name = locale.getpreferredencoding(False) if qgis_encoding in ("", "System") else qgis_encoding
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def read_table(path, table, fields=None, encoding="utf-8", as_geometries=False, floats=()):
    """(fids, WKB object array, {field: list of Python values}) of a layer read by OGR.

    With ``as_geometries``, shapely geometries instead of WKB (converted batch by
    batch, so that the WKB of the whole layer is never held at once).
    ``floats``: integer or real fields returned as float numpy arrays (NULL as
    NaN) instead of lists, without a Python object per value.

    ``fields``: the attribute fields to read (None: all). Values are Python values:
    dates as 'YYYY-MM-DD' (as GeoPackage stores them), booleans as 0/1, NULL as
    None, text decoded as QGIS does: UTF-8 where OGR recodes (most formats), else
    ``encoding`` (the QGIS layer's, e.g. for a shapefile read without recoding).
    """
    import numpy as np

    fids, wkbs, columns = [], [], None
    for batch_fids, wkb, batch_columns in read_batches(path, table, fields, encoding, floats):
        fids.append(batch_fids)
        wkbs.append(geometries_from_wkb(wkb) if as_geometries else wkb)
        columns = {name: [] for name in batch_columns} if columns is None else columns
        for name, values in batch_columns.items():
            columns[name].append(values)
    if columns is None:  # no feature: the fields still
        return (np.empty(0, dtype=np.int64), np.empty(0, dtype=object),
                {name: np.empty(0) if name in floats else [] for name in _wanted_fields(path, table, fields)})
    for name, parts in columns.items():
        columns[name] = np.concatenate(parts) if name in floats else [value for part in parts for value in part]
    return np.concatenate(fids), np.concatenate(wkbs), columns


def _open_fields(path, table, fields):
    """(dataset, layer, names of ``fields`` it has, in its order); other fields are ignored."""
    from osgeo import ogr

    dataset = ogr.Open(path)
    if dataset is None:
        raise QgsProcessingException(tr("Could not open '{}'.").format(path))
    layer = dataset.GetLayerByName(table)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    wanted = names if fields is None else [name for name in names if name in fields]
    layer.SetIgnoredFields([name for name in names if name not in wanted])
    return dataset, layer, wanted


def _wanted_fields(path, table, fields):
    return _open_fields(path, table, fields)[2]


def read_batches(path, table, fields=None, encoding="utf-8", floats=(), batch_size=100000):
    """Yield (fids, WKB object array, {field: values}) of a layer, ``batch_size`` features at a
    time, in the layer's order (see :func:`read_table` for the values)."""
    import numpy as np
    from osgeo import ogr

    dataset, layer, wanted = _open_fields(path, table, fields)
    fid_name = layer.GetFIDColumn() or "OGC_FID"
    geometry_name = layer.GetGeometryColumn() or "wkb_geometry"
    codec = "utf-8" if layer.TestCapability(ogr.OLCStringsAsUTF8) else encoding
    for batch in layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES",
                                                       "MAX_FEATURES_IN_BATCH={}".format(int(batch_size))]):
        columns = {name: _float_column(batch[name]) if name in floats else _python_column(batch[name], codec)
                   for name in wanted}
        yield np.asarray(batch[fid_name], dtype=np.int64), _wkb_objects(batch[geometry_name]), columns


def _float_column(column):
    """A float array of an Arrow integer or real column, NULL as NaN."""
    import numpy as np

    data = np.ma.getdata(column).astype(float)
    if np.ma.isMaskedArray(column):
        data[np.ma.getmaskarray(column)] = np.nan
    return data


def _python_column(column, codec="utf-8"):
    """Python values of an Arrow attribute column (see :func:`read_table`)."""
    import numpy as np

    mask = np.ma.getmaskarray(column) if np.ma.isMaskedArray(column) else np.zeros(len(column), dtype=bool)
    data = np.ma.getdata(column)
    if data.dtype.kind == "M":
        data = np.datetime_as_string(data.astype("datetime64[D]"))
    elif data.dtype.kind == "b":
        data = data.astype(np.int64)
    values = data.tolist()
    return [None if missing else (value.decode(codec, "replace") if isinstance(value, bytes) else value)
            for value, missing in zip(values, mask)]


def _wkb_objects(column):
    """An object array of WKB bytes (None for null) from an Arrow binary column."""
    import numpy as np

    mask = np.ma.getmaskarray(column) if np.ma.isMaskedArray(column) else None
    data = np.ma.getdata(column)
    if data.dtype != object:
        data = data.astype(object)
    if mask is not None and mask.any():
        data = data.copy()
        data[mask] = None
    return data


def output_table(output_path):
    """(table, columns, primary key, geometry column) of the one feature table QGIS created."""
    tables = _feature_tables(output_path)
    if len(tables) != 1:
        raise QgsProcessingException(tr("Unexpected GeoPackage layout in '{}'.").format(output_path))
    return (tables[0],) + table_columns(output_path, tables[0])


@contextmanager
def _filling(output_path, table, attach=None):
    """A connection inside one transaction on the output, the table's triggers set aside.

    The triggers (R-tree upkeep, feature count) call GDAL's SQL functions, unknown
    to Python's sqlite3; they are dropped, and created again before the commit. The
    file is new and the caller deletes it on failure: no sync to disk mid-way, and
    the rollback journal and the temporary table are kept in memory.
    """
    connection = _connect(output_path)
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA journal_mode = MEMORY")
    connection.execute("PRAGMA temp_store = FILE")  # the computed columns wait on disk, not in memory
    connection.execute("PRAGMA cache_size = -16384")  # 16 MiB of page cache
    if attach:
        connection.execute("ATTACH DATABASE ? AS src", (_uri(attach, read_only=True),))
    try:
        connection.execute("BEGIN")
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)).fetchall()
        for name, _sql in triggers:
            connection.execute("DROP TRIGGER {}".format(_quote(name)))
        yield connection
        for _name, sql in triggers:
            connection.execute(sql)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    finally:
        connection.close()


def fill_copy_of_input(output_path, source_path, source_table, fids, bounds, columns, progress=None,
                       defaults=None):
    """Fill the (empty) GeoPackage table QGIS created at ``output_path`` with the input rows.

    Every output column that the input table has is copied from it (geometry blob
    and primary key included, so ids and geometries stay identical); the other
    output columns come from ``columns`` ({name: numpy array aligned on ``fids``};
    NaN is stored as NULL). ``defaults`` ({name: value}, optional): rows whose
    computed values all equal these (most features, far from every zone) are not
    sent through Python, the SQL join fills them in. ``bounds`` (n × 4, minx miny
    maxx maxy, NaN for a null geometry) fill the R-tree. One transaction: all rows
    or none (``progress`` returning False cancels it).
    """
    import numpy as np

    out_table, out_columns, out_primary, out_geometry = output_table(output_path)
    in_columns, in_primary, in_geometry = table_columns(source_path, source_table)
    defaults = defaults or {}
    selected, parameters = [], []
    for column in out_columns:
        if column == out_primary:
            selected.append("s.{}".format(_quote(in_primary)))
        elif column == out_geometry:
            selected.append("s.{}".format(_quote(in_geometry)))
        elif column in columns and column in defaults:
            selected.append("CASE WHEN r.fid IS NULL THEN ? ELSE r.{} END".format(_quote(column)))
            parameters.append(defaults[column])
        elif column in columns:
            selected.append("r.{}".format(_quote(column)))
        elif column in in_columns:
            selected.append("s.{}".format(_quote(column)))
        else:
            raise QgsProcessingException(tr("Output column '{}' has no source.").format(column))
    names = list(columns)
    fids = np.asarray(fids)
    needed = np.zeros(len(fids), dtype=bool)
    for name in names:
        values = np.asarray(columns[name])
        needed |= ~(values == defaults[name]) if name in defaults else True
    computed = [np.asarray(columns[name])[needed] for name in names]
    rtree = _rtree_name(output_path, out_table, out_geometry)
    rows = _chunked_rows([fids[needed]] + computed)
    with _filling(output_path, out_table, attach=source_path) as connection:
        connection.execute("CREATE TEMP TABLE computed (fid INTEGER PRIMARY KEY, {})".format(
            ", ".join(_quote(name) for name in names)))
        connection.executemany("INSERT INTO temp.computed VALUES ({})".format(
            ", ".join("?" * (len(names) + 1))), rows)
        if progress is not None and progress(0.5) is False:
            raise Cancelled()
        connection.execute("INSERT INTO main.{} ({}) SELECT {} FROM src.{} AS s LEFT JOIN temp.computed AS r "
                           "ON r.fid = s.{} ORDER BY s.{}".format(
                               _quote(out_table), ", ".join(_quote(c) for c in out_columns), ", ".join(selected),
                               _quote(source_table), _quote(in_primary), _quote(in_primary)), parameters)
        if rtree is not None:
            _fill_rtree(connection, rtree, fids, bounds)
        _update_contents(connection, out_table, len(fids), bounds)
        connection.execute("DROP TABLE temp.computed")


def fill_from_columns(output_path, wkb, bounds, attributes, columns, progress=None):
    """Fill the (empty) GeoPackage table QGIS created at ``output_path`` from columns.

    Row i gets feature id i + 1, the geometry ``wkb[i]`` (None: NULL) as a
    GeoPackage blob, ``attributes`` ({field: list of Python values}) and the
    computed ``columns`` ({name: numpy array}; NaN stored as NULL). One
    transaction: all rows or none (``progress`` returning False cancels it).
    """
    import numpy as np

    out_table, out_columns, out_primary, out_geometry = output_table(output_path)
    ids = np.arange(1, len(wkb) + 1, dtype=np.int64)
    with _connect(output_path, read_only=True) as connection:
        srs_id = connection.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                                    (out_table,)).fetchone()[0]
    sources, names = [], []
    for column in out_columns:
        if column == out_primary:
            sources.append(ids)
        elif column == out_geometry:
            sources.append(GeometryBlobs(wkb, bounds, srs_id))
        elif column in columns:
            sources.append(np.asarray(columns[column]))
        elif column in attributes:
            sources.append(np.array(attributes[column], dtype=object))
        else:
            raise QgsProcessingException(tr("Output column '{}' has no source.").format(column))
        names.append(column)
    rtree = _rtree_name(output_path, out_table, out_geometry)
    with _filling(output_path, out_table) as connection:
        connection.executemany("INSERT INTO main.{} ({}) VALUES ({})".format(
            _quote(out_table), ", ".join(_quote(name) for name in names), ", ".join("?" * len(names))),
            _chunked_rows(sources))
        if progress is not None and progress(0.5) is False:
            raise Cancelled()
        if rtree is not None:
            _fill_rtree(connection, rtree, ids, bounds)
        _update_contents(connection, out_table, len(ids), bounds)


def promote_to_multi(wkb):
    """WKB of single points, lines and polygons wrapped as one-part multi geometries.

    QGIS declares a shapefile's polygon layer as MultiPolygon and its writer makes
    every geometry multi; the bulk writer does the same on the WKB bytes: a
    multi header (little-endian, type + 3, one part) before the single geometry.
    """
    import struct

    import numpy as np

    out = []
    for blob in wkb.tolist():
        if blob is not None and len(blob) >= 5:
            kind = struct.unpack("<I" if blob[0] == 1 else ">I", blob[1:5])[0]
            if kind % 1000 in (1, 2, 3):
                blob = struct.pack("<BII", 1, kind + 3, 1) + blob
        out.append(blob)
    result = np.empty(len(out), dtype=object)
    result[:] = out
    return result


class GeometryBlobs:
    """GeoPackage geometry blobs of WKB geometries, built a slice at a time.

    Blob = 'GP', version 0, flags (little-endian, with an x/y envelope; empty
    geometries flagged, without envelope), srs_id, envelope (minx, maxx, miny,
    maxy), then the WKB (GeoPackage 1.3, clause 2.1.3).
    """

    def __init__(self, wkb, bounds, srs_id):
        self.wkb, self.bounds, self.srs_id = wkb, bounds, srs_id

    def __len__(self):
        return len(self.wkb)

    def __getitem__(self, rows):
        import numpy as np

        wkb, bounds = self.wkb[rows], self.bounds[rows]
        header = np.zeros(len(wkb), dtype=[("magic", "S2"), ("version", "u1"), ("flags", "u1"),
                                           ("srs_id", "<i4"), ("envelope", "<f8", (4,))])
        header["magic"], header["flags"], header["srs_id"] = b"GP", 0b00000011, self.srs_id
        empty = np.isnan(bounds).any(axis=1)
        header["flags"][empty] = 0b00010001
        header["envelope"] = np.nan_to_num(bounds[:, [0, 2, 1, 3]])
        raw = header.tobytes()
        size = header.dtype.itemsize
        return np.array([None if blob is None else raw[i * size:i * size + (8 if gone else size)] + blob
                         for i, (blob, gone) in enumerate(zip(wkb.tolist(), empty.tolist()))], dtype=object)


def _chunked_rows(columns, chunk=50000):
    """Rows of Python values from numpy columns, converted a chunk at a time (bounded memory)."""
    for start in range(0, len(columns[0]), chunk):
        yield from zip(*[python_values(values[start:start + chunk]) for values in columns])


def python_values(values):
    """A list of plain Python values (NaN → None, numpy scalars → Python), for sqlite or QGIS."""
    import numpy as np

    values = np.asarray(values)
    if values.dtype.kind == "f":
        values = values.astype(object)
        values[np.isnan(values.astype(float))] = None
    return values.tolist()


def _rtree_name(path, table, geometry):
    """Name of the GeoPackage R-tree of a table's geometry column, or None without one."""
    name = "rtree_{}_{}".format(table, geometry)
    with _connect(path, read_only=True) as connection:
        exists = connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return name if exists else None


def _fill_rtree(connection, rtree, fids, bounds):
    """Write a packed R-tree of the features' ``bounds`` into the rtree module's tables.

    Inserting 400 000 boxes one by one into SQLite's R*-tree takes seconds; a packed
    tree (:func:`packed_rtree`) written straight into its node, rowid and parent
    tables takes a fraction of that and is a valid R-tree (``rtreecheck()`` passes).
    """
    import numpy as np

    nodes, leaf, parents = packed_rtree(np.asarray(fids, dtype=np.int64), bounds[:, [0, 2, 1, 3]])
    for suffix in ("node", "rowid", "parent"):
        connection.execute("DELETE FROM {}".format(_quote("{}_{}".format(rtree, suffix))))
    connection.executemany("INSERT INTO {} VALUES (?, ?)".format(_quote(rtree + "_node")), nodes)
    present = np.flatnonzero(leaf >= 0)
    fids = np.asarray(fids)
    for start in range(0, len(present), 50000):  # a chunk of Python ints at a time
        rows = present[start:start + 50000]
        connection.executemany("INSERT INTO {} VALUES (?, ?)".format(_quote(rtree + "_rowid")),
                               zip(fids[rows].tolist(), leaf[rows].tolist()))
    connection.executemany("INSERT INTO {} VALUES (?, ?)".format(_quote(rtree + "_parent")), parents)


RTREE_MAX_CELLS = 51  # SQLite's RTREE_MAXCELLS: a 2-D node holds 4 + 24 × 51 bytes


def packed_rtree(all_ids, all_boxes, max_cells=RTREE_MAX_CELLS):
    """Nodes of a packed 2-D SQLite R-tree over ``boxes`` (n × 4: minx, maxx, miny, maxy).

    Returns ([(node number, blob)], leaf node number of each id (-1 where its box
    is NaN: no geometry), [(node, parent)]).
    Layout of SQLite's rtree module: node 1 is the root, whose first two bytes hold
    the tree depth; bytes 2–3 hold the cell count; cells are a big-endian int64 id
    (a row id in leaves, a child node number above) and four big-endian float32
    coordinates, minima rounded down and maxima up.
    """
    import numpy as np

    cell = np.dtype([("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"), ("maxy", ">f4")])
    present = ~np.isnan(all_boxes).any(axis=1)
    leaf_of_all = np.full(len(all_ids), -1, dtype=np.int64)
    ids, boxes = all_ids[present], all_boxes[present]
    count = len(ids)
    if count == 0:
        empty_root = np.zeros(4 + cell.itemsize * max_cells, dtype=np.uint8).tobytes()
        return [(1, empty_root)], leaf_of_all, []
    slices = max(1, int(np.ceil(np.sqrt(count / float(max_cells)))))
    centre_x = boxes[:, 0] + boxes[:, 1]
    centre_y = boxes[:, 2] + boxes[:, 3]
    by_x = np.argsort(centre_x, kind="stable")
    slice_of = np.empty(count, dtype=np.int64)
    slice_of[by_x] = np.arange(count) // (slices * max_cells)
    order = np.lexsort((centre_y, slice_of))
    levels = []  # bottom-up: (entry ids, entry boxes) per level
    level_ids, level_boxes = ids[order], boxes[order]
    while True:
        levels.append((level_ids, level_boxes))
        if len(level_ids) <= max_cells:
            break
        groups = np.arange(len(level_ids)) // max_cells
        starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
        level_boxes = np.column_stack([np.minimum.reduceat(level_boxes[:, 0], starts),
                                       np.maximum.reduceat(level_boxes[:, 1], starts),
                                       np.minimum.reduceat(level_boxes[:, 2], starts),
                                       np.maximum.reduceat(level_boxes[:, 3], starts)])
        level_ids = np.zeros(len(starts), dtype=np.int64)  # node numbers, set below
    depth = len(levels) - 1
    # Node numbers top-down: the root (single node of the top level) is 1.
    node_counts = [int(np.ceil(len(entries) / float(max_cells))) for entries, _ in levels]
    first_number = {}
    number = 1
    for level in range(depth, -1, -1):
        first_number[level] = number
        number += node_counts[level]
    nodes, parents = [], []
    leaf_of = np.empty(count, dtype=np.int64)
    size = 4 + cell.itemsize * max_cells
    for level, (entries, entry_boxes) in enumerate(levels):
        if level > 0:
            entries = first_number[level - 1] + np.arange(len(entries), dtype=np.int64)
        node_numbers = first_number[level] + np.arange(node_counts[level], dtype=np.int64)
        owner = np.arange(len(entries)) // max_cells
        for first_node in range(0, node_counts[level], NODES_PER_BLOCK):  # bounded memory
            block = slice(first_node * max_cells, (first_node + NODES_PER_BLOCK) * max_cells)
            block_nodes = node_numbers[first_node:first_node + NODES_PER_BLOCK]
            nodes.extend(zip(block_nodes.tolist(), _node_blobs(entries[block], entry_boxes[block],
                                                               len(block_nodes), cell, size, max_cells)))
        if level == depth:
            root = bytearray(nodes[-1][1])
            root[0:2] = np.array([depth], dtype=">u2").tobytes()
            nodes[-1] = (nodes[-1][0], bytes(root))
        if level == 0:
            leaf_of[order] = node_numbers[owner]
        else:
            children = first_number[level - 1] + np.arange(len(entries))
            parents.extend(zip(children.tolist(), node_numbers[owner].tolist()))
    leaf_of_all[present] = leaf_of
    return nodes, leaf_of_all, parents


NODES_PER_BLOCK = 1000  # nodes of one level built at a time


def _node_blobs(entries, boxes, node_count, cell, size, max_cells):
    """The blobs of ``node_count`` consecutive nodes holding ``entries`` (``max_cells`` each)."""
    import numpy as np

    cells = np.zeros(node_count * max_cells, dtype=cell)
    cells["id"][:len(entries)] = entries
    low = boxes[:, [0, 2]].astype(np.float32)
    low = np.where(low > boxes[:, [0, 2]], np.nextafter(low, np.float32(-np.inf)), low)
    high = boxes[:, [1, 3]].astype(np.float32)
    high = np.where(high < boxes[:, [1, 3]], np.nextafter(high, np.float32(np.inf)), high)
    cells["minx"][:len(entries)], cells["miny"][:len(entries)] = low[:, 0], low[:, 1]
    cells["maxx"][:len(entries)], cells["maxy"][:len(entries)] = high[:, 0], high[:, 1]
    blobs = np.zeros((node_count, size), dtype=np.uint8)
    blobs[:, 4:] = cells.view(np.uint8).reshape(node_count, -1)
    counts = np.bincount(np.arange(len(entries)) // max_cells, minlength=node_count).astype(">u2")
    blobs[:, 2:4] = counts.view(np.uint8).reshape(-1, 2)
    return [row.tobytes() for row in blobs]


def _update_contents(connection, table, count, bounds):
    import numpy as np

    has_counts = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone()
    if has_counts:
        connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?", (count, table))
    keep = ~np.isnan(bounds).any(axis=1)
    if keep.any():
        minx, miny = bounds[keep, 0].min(), bounds[keep, 1].min()
        maxx, maxy = bounds[keep, 2].max(), bounds[keep, 3].max()
        connection.execute(
            "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
            "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?",
            (float(minx), float(miny), float(maxx), float(maxy), table))
