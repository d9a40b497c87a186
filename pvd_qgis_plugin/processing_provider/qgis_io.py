"""Bridges between QGIS features and the core's arrays.

Reading turns a feature source into numpy/shapely arrays (geometries travel as
WKB); writing turns core results back into features of a sink.
"""
import os
from dataclasses import dataclass

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
)
from qgis.PyQt.QtCore import QVariant

from ..core import model
from ..i18n import tr

#: The QGIS type of each field type of core.model.
QVARIANT_TYPES = {model.STRING: QVariant.String, model.INTEGER: QVariant.Int, model.BIG_INTEGER: QVariant.LongLong,
                  model.REAL: QVariant.Double, model.DATE: QVariant.Date, model.BOOLEAN: QVariant.Bool}


@dataclass
class FeatureTable:
    """The features of one source as columns: ids, shapely geometries, attribute rows."""

    fids: object  # numpy int64 array
    geometries: object  # numpy array of shapely geometries
    attributes: list
    fields: QgsFields
    crs: object

    def __len__(self):
        return len(self.fids)

    def column(self, name):
        index = self.fields.lookupField(name)
        if index < 0:
            raise KeyError(name)
        return [row[index] for row in self.attributes]


def read_features(source, context, feedback=None, crs=None, attributes=True, progress_span=(0.0, 10.0)):
    """Read every feature of a Processing source, geometries as a shapely array.

    Geometry validity checks are skipped on purpose: algorithms repair and
    report invalid geometries themselves. With ``crs`` the geometries are
    reprojected. Null geometries become None.
    """
    import numpy as np
    import shapely

    if source is None:
        raise QgsProcessingException(tr("An input layer could not be read."))
    request = QgsFeatureRequest()
    if not attributes:
        request.setNoAttributes()
    target_crs = source.sourceCrs()
    if crs is not None and crs.isValid() and crs != source.sourceCrs():
        request.setDestinationCrs(crs, context.transformContext())
        target_crs = crs
    total = max(1, source.featureCount())
    fids, wkbs, rows = [], [], []
    flags = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    for number, feature in enumerate(source.getFeatures(request, flags)):
        fids.append(feature.id())
        geometry = feature.geometry()
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
        if attributes:
            rows.append(feature.attributes())
        if feedback is not None and number % 5000 == 0:
            if feedback.isCanceled():
                break
            start, end = progress_span
            feedback.setProgress(start + (end - start) * number / total)
    geometries = shapely.from_wkb(np.array(wkbs, dtype=object), on_invalid="warn") if wkbs else np.empty(0, dtype=object)
    return FeatureTable(np.array(fids, dtype=np.int64), geometries, rows, source.fields(), target_crs)


def qgs_fields(outputs, fields=None):
    """``fields`` (QgsFields, or none) followed by the output fields declared in core.model."""
    out = QgsFields(fields) if fields is not None else QgsFields()
    for output in outputs:
        out.append(QgsField(output.name, QVARIANT_TYPES[output.type]))
    return out


def replacing_fields(input_fields, outputs, feedback):
    """(the input's fields but those the declared ``outputs`` replace, each said in a warning, then the
    outputs; the indices of the input fields kept)."""
    replaced = set(model.names(outputs))
    fields, kept = QgsFields(), []
    for index, field in enumerate(input_fields):
        if field.name() in replaced:
            feedback.pushWarning(tr("The input field '{0}' is replaced by the computed one.").format(field.name()))
            continue
        fields.append(field)
        kept.append(index)
    return qgs_fields(outputs, fields), kept


def to_qgs_geometry(geometry, multi=False):
    import shapely

    if geometry is None or shapely.is_empty(geometry):
        return QgsGeometry()
    qgs = QgsGeometry()
    qgs.fromWkb(shapely.to_wkb(geometry))
    if multi:
        qgs.convertToMultiType()
    return qgs


def write_features(sink, fields, geometries, rows, feedback=None, multi=False, batch=5000):
    """Add one feature per (geometry, attribute row) to ``sink``; geometries may be None."""
    batch_features = []
    total = max(1, len(rows))
    for number, (geometry, row) in enumerate(zip(geometries, rows)):
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        if geometry is not None:
            feature.setGeometry(to_qgs_geometry(geometry, multi))
        batch_features.append(feature)
        if len(batch_features) >= batch:
            _flush(sink, batch_features)
            batch_features = []
            if feedback is not None:
                feedback.setProgress(90 + 10 * number / total)
    _flush(sink, batch_features)


def _flush(sink, features):
    if features and not sink.addFeatures(features, QgsFeatureSink.FastInsert):
        raise QgsProcessingException(tr("Could not write features to the output: {}").format(
            getattr(sink, "lastError", lambda: "")()))


def python_value(value):
    """An attribute as plain Python: NULL -> None, QDate/QDateTime/QTime -> date/datetime/time."""
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    if is_missing(value, only_null=True):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


def python_column(table, name):
    """The values of one field of a :class:`FeatureTable` as plain Python (see :func:`python_value`)."""
    return [python_value(value) for value in table.column(name)]


def crs_is_unknown(crs):
    """True for no CRS at all, and for the placeholders a GeoPackage stores when its writer knew
    none ("Undefined geographic SRS", srs_id 0, and "Undefined cartesian SRS", srs_id -1)."""
    if crs is None or not crs.isValid():
        return True
    if crs.authid():
        return False
    name = (crs.description() or "").lower()
    return name.startswith("undefined") or name in ("unknown", "")


def crs_arguments(crs):
    """CRS keywords for the core: a projected CRS in metres goes as such (no PROJ lookup,
    no pyproj import); any other (feet, degrees) as WKT, read by pyproj, which knows
    US survey feet from international ones and measures on the ellipsoid."""
    from qgis.core import QgsUnitTypes

    from .. import deps
    from .base import share_proj_data_with_pyproj

    if not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters:
        return {"metres_per_unit": 1.0}
    if deps.installed_version("pyproj") is None:
        raise QgsProcessingException(tr("Measuring in metres in the CRS {0} needs the Python package "
                                        "'pyproj'. Install it with: {1}").format(crs.authid(),
                                                                                 deps.install_hint("pyproj")))
    share_proj_data_with_pyproj()
    return {"crs": crs.toWkt()}


def metres_per_map_unit(crs, layer_name):
    """Metres in one map unit of a projected CRS; a clear error for a geographic one."""
    if not crs.isValid() or crs.isGeographic():
        raise QgsProcessingException(tr(
            "Layer '{0}' is not in a projected CRS: distances in metres need one "
            "(reproject it, e.g. to EPSG:2154 Lambert-93).").format(layer_name))
    return metres_per_unit_exact(crs)


def metres_per_unit_exact(crs):
    """Metres in one unit of a projected CRS, from its definition (a US survey foot is
    1200/3937 m, an international foot 0.3048 m); QGIS's factor when pyproj is missing."""
    from qgis.core import QgsUnitTypes

    if crs.mapUnits() == QgsUnitTypes.DistanceMeters and _proj_says_metre(crs.toProj()):
        return 1.0  # the metre itself: no need to load pyproj (a twentieth of a second in a fresh process)
    try:
        from ..core.crs import metres_per_unit

        factor = metres_per_unit(crs.toWkt())
        if factor > 0:
            return factor
    except Exception:  # pyproj missing or the WKT unreadable: QGIS knows the unit too
        pass
    return QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters)


def _proj_says_metre(definition):
    """True when a PROJ string has the unit ``m`` and no other factor to metres."""
    terms = definition.split()
    return "+units=m" in terms and not any(term.startswith(("+to_meter", "+vunits")) for term in terms)


def optional_column(source, table, field, feedback, consequence, label):
    """Python values of an optional field of ``table`` (read from ``source``).

    None when no field is chosen, or when the layer lacks it: then a warning
    names the layer (``label``, see :func:`layer_label`), the field and
    ``consequence`` (what the algorithm does instead).
    """
    if not field:
        return None
    if source.fields().lookupField(field) < 0:
        feedback.pushWarning(tr("Layer '{0}' has no field '{1}': {2}.").format(label, field, consequence))
        return None
    return python_column(table, field)


# --- The glue's one way to test NULL, read numbers, name layers and list ids in messages ---------
# NULL tests and numbers are core.numbers' (imported when called: the algorithms load without numpy).


def is_missing(value, only_null=False):
    """:func:`core.numbers.is_missing`: None, a QGIS NULL, NaN or a blank string (``only_null``: the
    first two only, for ids, labels and grouping keys)."""
    from ..core.numbers import is_missing as missing

    return missing(value, only_null)


def number_column(values):
    """Attribute values as a float array (:func:`core.numbers.parse_numbers`: ``12,5`` is 12.5), NaN
    where missing or not a number."""
    from ..core.numbers import parse_numbers

    return parse_numbers(values).values


MAX_IDS_IN_LOG = 50


def id_list(fids):
    """'1, 5, 9' — at most MAX_IDS_IN_LOG ids, then the number left out."""
    shown = ", ".join(str(fid) for fid in list(fids)[:MAX_IDS_IN_LOG])
    rest = len(fids) - MAX_IDS_IN_LOG
    return shown if rest <= 0 else "{} … (+{})".format(shown, rest)


def layer_label(algorithm, parameters, name, context, source=None):
    """How messages name the layer of parameter ``name``: its table (not its GeoPackage's file
    name, see :func:`layer_title`) or the name given to it in the project; the file too when
    another input has a table of the same name. ``source``: the parameter's feature source,
    named when the parameter gives no layer."""
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None:
        return source.sourceName() if source is not None else name
    title, location = layer_title(layer), layer_location(layer)
    if location is None:
        return title
    for definition in given_inputs(algorithm, parameters):
        for other in parameter_layers(algorithm, definition, parameters, context):
            other_location = layer_location(other) if other is not None else None
            if other_location and layer_title(other) == title and other_location[0] != location[0]:
                # two inputs share a table name: the file tells them apart
                return "{} ({})".format(title, os.path.basename(location[0]))
    return title


# --- Files behind inputs and outputs (the output-over-input guard) ---------------------------

#: Files that hold several tables: an output may add a table to them (``ogr:dbname=… table=…``).
CONTAINER_EXTENSIONS = (".gpkg", ".sqlite", ".db", ".spatialite")
#: A data file's companions: SQLite journals, shapefile sidecars.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
SHAPEFILE_COMPANIONS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qpj")


@dataclass
class DataFile:
    """One file an algorithm reads or writes.

    ``parameter``: the parameter's name; ``path``: the file (``|layername=`` stripped);
    ``table``: the layer inside it when known (a GeoPackage table); ``label``: how messages
    name the layer; ``new_table``: for an output, True when it is written as a table added
    to an existing file (``ogr:dbname='…' table="…"``), which keeps the file's other tables.
    """

    parameter: str
    path: str
    table: object = None
    label: str = ""
    new_table: bool = False
    whole_file: bool = False  # an input read as a file (a file parameter), or an output written as one

    @property
    def is_container(self):
        return self.path.lower().endswith(CONTAINER_EXTENSIONS)


def file_family(path):
    """Normalised names of a file and of the files that go with it (whether they exist or not)."""
    import os

    real = os.path.normcase(os.path.realpath(path))
    stem, ext = os.path.splitext(real)
    if ext.lower() == ".shp" or (ext.lower() in SHAPEFILE_COMPANIONS and ext.lower() != ".prj"):
        return {stem + suffix for suffix in SHAPEFILE_COMPANIONS}
    return {real} | {real + suffix for suffix in SQLITE_COMPANIONS}


def same_data_file(first, second):
    """True when two paths name one data file, its journals or its sidecars (or hard links of it)."""
    import os

    if file_family(first) & file_family(second):
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def layer_location(layer):
    """(path, table) of a layer read from a file; None for memory, database or web layers."""
    import os

    from qgis.core import QgsProviderRegistry

    if layer is None:
        return None
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:  # a provider without URI decoding: not a file
        return None
    path = parts.get("path") or ""
    if not path or not os.path.exists(path):
        return None
    table = parts.get("layerName") or None
    if table is None and layer.providerType() == "ogr" and path.lower().endswith(CONTAINER_EXTENSIONS):
        table = _ogr_layer_name(path, parts.get("layerId"))
    return path, table


def _ogr_layer_name(path, layer_id):
    try:
        from osgeo import ogr

        dataset = ogr.Open(path, 0)
        if dataset is None:
            return None
        layer = dataset.GetLayer(int(layer_id or 0))
        return layer.GetName() if layer is not None else None
    except Exception:  # unreadable: the guard then compares whole files
        return None


def layer_title(layer):
    """How messages name a layer: its table when QGIS named it after its file, else its name.

    A layer given as 'data.gpkg|layername=spr' is named 'data' by QGIS; 'spr' says
    more and keeps several layers of one file apart.
    """
    import os

    location = layer_location(layer)
    if location is None or not location[1]:
        return layer.name()
    stem = os.path.splitext(os.path.basename(location[0]))[0]
    return location[1] if layer.name() in (stem, "", location[1]) else layer.name()


def given_inputs(algorithm, parameters, leave_out=()):
    """The definitions of the input parameters given a value (not None, '' or []), but ``leave_out``."""
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if not definition.isDestination() and name not in leave_out and parameters.get(name) not in (None, "", []):
            yield definition


def parameter_layers(algorithm, definition, parameters, context):
    """The layers a layer parameter (source, vector, raster, map layer, multiple layers) gives."""
    from qgis.core import (
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterMapLayer,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterVectorLayer,
    )

    name = definition.name()
    if isinstance(definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
        return [algorithm.parameterAsVectorLayer(parameters, name, context)]
    if isinstance(definition, QgsProcessingParameterRasterLayer):
        return [algorithm.parameterAsRasterLayer(parameters, name, context)]
    if isinstance(definition, QgsProcessingParameterMapLayer):
        return [algorithm.parameterAsLayer(parameters, name, context)]
    if isinstance(definition, QgsProcessingParameterMultipleLayers):
        return algorithm.parameterAsLayerList(parameters, name, context) or []
    return []


def input_files(algorithm, parameters, context):
    """Every file the algorithm reads: layer parameters (their layers' files) and file parameters."""
    import os

    from qgis.core import QgsProcessing, QgsProcessingParameterFile, QgsProcessingParameterMultipleLayers

    files = []
    for definition in given_inputs(algorithm, parameters):
        name = definition.name()
        if isinstance(definition, QgsProcessingParameterFile):
            path = algorithm.parameterAsFile(parameters, name, context)
            if definition.behavior() == QgsProcessingParameterFile.File:
                paths = [path] if path else []
            else:  # a folder of input files (pvd:preparecommune's FOLDER)
                paths = [os.path.join(root, item) for root, _dirs, items in os.walk(path) for item in items] \
                    if path and os.path.isdir(path) else []
            files += [DataFile(name, item, None, _file_label(item), whole_file=True) for item in paths]
            continue
        if isinstance(definition, QgsProcessingParameterMultipleLayers) and \
                definition.layerType() == QgsProcessing.TypeFile:
            files += [DataFile(name, item, None, _file_label(item), whole_file=True)
                      for item in algorithm.parameterAsFileList(parameters, name, context)]
            continue
        for layer in parameter_layers(algorithm, definition, parameters, context):
            location = layer_location(layer)
            if location is not None:
                files.append(DataFile(name, location[0], location[1], layer_title(layer)))
    return files


def _file_label(path):
    import os

    return os.path.basename(path)


def destination_files(algorithm, parameters, context):
    """Every file an algorithm is asked to write (memory and database outputs are left out)."""
    from qgis.core import (
        QgsProcessingParameterFeatureSink,
        QgsProcessingParameterFileDestination,
        QgsProcessingParameterRasterDestination,
        QgsProcessingParameterVectorDestination,
    )

    files = []
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        if parameters.get(name) in (None, ""):
            continue
        whole_file = isinstance(definition, QgsProcessingParameterFileDestination)
        if whole_file:
            text = algorithm.parameterAsFileOutput(parameters, name, context)
        elif isinstance(definition, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination,
                                     QgsProcessingParameterRasterDestination)):
            text = output_destination(parameters, name, context)  # registers no phantom layer
        else:
            continue
        for item in _destination(name, text, definition):
            item.whole_file = whole_file
            files.append(item)
    return files


def _destination(name, text, definition):
    """DataFile(s) of one destination string: a path (with the default extension QGIS would add
    when it has none) or the ``ogr:dbname='…' table="…"`` form."""
    import os

    from qgis.core import QgsDataSourceUri

    text = (text or "").strip()
    if not text or text == "TEMPORARY_OUTPUT" or text.startswith("memory:"):
        return []
    for prefix in ("ogr:", "spatialite:"):
        if text.startswith(prefix):
            uri = QgsDataSourceUri(text[len(prefix):])
            if not uri.database():
                return []
            return [DataFile(name, uri.database(), uri.table() or None, new_table=True)]
    if ":" in text.split("/")[0] and not os.path.splitdrive(text)[0]:
        return []  # postgres:, mssql:… : not a file
    files = [DataFile(name, text)]
    if not os.path.splitext(text)[1]:
        extension = getattr(definition, "defaultFileExtension", lambda: "")()
        if extension:
            files.append(DataFile(name, "{}.{}".format(text, extension)))
    return files


def conflicts(inputs, outputs):
    """(output, input, "input") where writing the output would destroy the input's data, and
    (output, other output, "output") where two outputs would overwrite each other."""
    found = []
    for output in outputs:
        for data in inputs:
            if not same_data_file(output.path, data.path):
                continue
            if output.new_table and output.is_container and output.table:
                read = {data.table.lower()} if data.table else container_tables(data.path)
                if output.table.lower() not in read:
                    continue  # a new table next to the input's: the other tables are kept
            found.append((output, data, "input"))
    for position, first in enumerate(outputs):
        for second in outputs[position + 1:]:
            if first.parameter == second.parameter or not same_data_file(first.path, second.path):
                continue
            if first.new_table and second.new_table and first.table and second.table \
                    and first.table.lower() != second.table.lower():
                continue
            found.append((second, first, "output"))
    return found


def container_tables(path):
    """Lower-case names of the tables of a GeoPackage or SQLite file (empty when unreadable)."""
    try:
        from osgeo import ogr

        dataset = ogr.Open(path, 0)
        if dataset is None:
            return set()
        return {dataset.GetLayer(i).GetName().lower() for i in range(dataset.GetLayerCount())}
    except Exception:  # unreadable: no table is known
        return set()


def unwritable_folder(output):
    """The folder an output file cannot be written into (missing, not a folder, read-only), or None."""
    import os

    path = os.path.abspath(output.path)
    if output.new_table and os.path.exists(path):
        return None if os.access(path, os.W_OK) else path
    folder = os.path.dirname(path)
    if os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK):
        return None
    return folder


def remove_output_file(path, table=None):
    """Remove an output a failed run created: a table added to a file, or the file and its companions."""
    import os

    if table:
        try:
            from osgeo import ogr

            dataset = ogr.Open(path, 1)
            if dataset is not None:
                for index in range(dataset.GetLayerCount()):
                    if dataset.GetLayer(index).GetName().lower() == table.lower():
                        dataset.DeleteLayer(index)
                        break
            dataset = None
        except Exception:  # nothing more can be done: the caller reports the failure anyway
            pass
        return
    for member in file_family(path):
        if os.path.lexists(member) and not os.path.isdir(member):
            try:
                os.remove(member)
            except OSError:
                pass


class OutputLock:
    """An exclusive lock on an output path, shared by every process of this machine.

    The lock file lives in the temporary folder (named after a hash of the path), never next
    to the user's files. Without ``fcntl`` (Windows) ``msvcrt`` locks it; without either, no lock.
    """

    WAIT_S = 0.2

    def __init__(self, path):
        import hashlib
        import tempfile

        digest = hashlib.sha1(path.encode("utf-8", "surrogateescape")).hexdigest()[:20]
        self.path = path
        self.lock_path = "{}/pvd-output-{}.lock".format(tempfile.gettempdir(), digest)
        self.handle = None

    def _try(self):
        try:
            import fcntl

            fcntl.flock(self.handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except ImportError:
            pass
        except OSError:
            return False
        try:
            import msvcrt

            msvcrt.locking(self.handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except ImportError:
            return True
        except OSError:
            return False

    def acquire(self, feedback=None):
        """Wait for the lock (False when the user cancels while waiting)."""
        import time

        self.handle = open(self.lock_path, "a+")
        told = False
        while not self._try():
            if feedback is not None:
                if feedback.isCanceled():
                    self.release()
                    return False
                if not told:
                    feedback.pushInfo(tr("Another run is writing '{}': waiting for it to finish.").format(
                        self.path))
                    told = True
            time.sleep(self.WAIT_S)
        return True

    def release(self):
        if self.handle is None:
            return
        try:
            try:
                import fcntl

                fcntl.flock(self.handle.fileno(), fcntl.LOCK_UN)
            except ImportError:
                pass
            self.handle.close()
        except OSError:
            pass
        self.handle = None


def misstored_values(layer, fields):
    """{field: {fid: stored value}} of values a GeoPackage layer stores against their field's type.

    SQLite lets ``abc`` or ``12,5`` sit in a REAL field, which QGIS then reads as 0 or 12 (see
    ``core.validation.stored_value_problems``): an algorithm that reads numbers from ``fields``
    calls this to read the stored text itself instead. {} for layers that are not GeoPackage tables.
    """
    from qgis.core import QgsProviderRegistry

    from ..core.validation import stored_value_problems

    if layer is None or layer.providerType() != "ogr":
        return {}
    from .gpkg_bulk import gpkg_table

    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, table = parts.get("path") or "", parts.get("layerName")
    if not table:
        path, table = gpkg_table(layer) or ("", None)
    if not path.lower().endswith(".gpkg") or not table or not os.path.isfile(path):
        return {}
    found = {}
    for stored in stored_value_problems(path, table, fields):
        found.setdefault(stored.field, {})[stored.fid] = stored.value
    return found


def use_stored_values(table, layer, fields):
    """Put back into ``table`` (a :class:`FeatureTable` read from ``layer``) the raw values a
    GeoPackage stores against the type of ``fields`` (``abc`` in a REAL field, ``31/02/2024`` in
    a DATE field), in place of what QGIS made of them (0, NULL): the algorithm's own checks then
    see, report or read them (``12,5`` as 12.5). Returns the number of values put back.
    """
    stored = misstored_values(layer, [field for field in fields if field])
    if not stored:
        return 0
    position = {int(fid): index for index, fid in enumerate(table.fids)}
    count = 0
    for field, values in stored.items():
        column = table.fields.lookupField(field)
        for fid, value in values.items():
            if column >= 0 and fid in position:
                row = table.attributes[position[fid]]
                row[column] = value if isinstance(value, str) else str(value)
                count += 1
    return count


def output_destination(parameters, name, context):
    """The destination given for output ``name`` as text ('' when none), registering nothing.

    ``parameterAsOutputLayer`` would also register a layer to load on completion: for a
    destination later created by ``parameterAsSink`` (which registers its own layer) that
    layer never exists, and the dialog reports it as "not correctly generated".
    """
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsProperty

    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext())[0]
    return "" if value is None else str(value)


def read_columns(algorithm, parameters, name, context, fields, crs=None, feedback=None, floats=(),
                 progress_span=(0.0, 10.0)):
    """(fids, shapely geometries in ``crs``, {field: values}) of the source of parameter ``name``.

    An unfiltered file layer is read in bulk (:mod:`gpkg_bulk`), any other source through
    QGIS; both give the same features and values. The integer and real fields named in
    ``floats`` come as float arrays (NaN for NULL) in both cases. ``progress_span``: the part of
    the progress bar the reading moves (in percent).
    """
    from . import gpkg_bulk

    source = algorithm.parameterAsSource(parameters, name, context)
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    bulk = gpkg_bulk.read_source(parameters.get(name), layer, source, list(fields), floats=floats, crs=crs)
    if bulk is not None:
        fids, geometries, columns = bulk
        if feedback is not None:
            feedback.setProgress(progress_span[1])
    else:
        table = read_features(source, context, feedback, crs=crs, attributes=bool(fields),
                              progress_span=progress_span)
        fids, geometries = table.fids, table.geometries
        columns = {field: python_column(table, field) for field in fields}
    from ..core.numbers import parse_numbers

    for field in floats:
        parsed = parse_numbers(columns[field])
        if parsed.unreadable.size and feedback is not None:
            feedback.pushWarning(tr(
                "Layer '{0}', field '{1}': {2} value(s) are not numbers and are read as NULL (features {3}).").format(
                    layer_label(algorithm, parameters, name, context), field, parsed.unreadable.size,
                    ", ".join(str(fids[i]) for i in parsed.unreadable[:20])))
        columns[field] = parsed.values
    return fids, geometries, columns


CONSUMPTION_FIELDS = ("annee", "conso_mwh", "nb_sites")


def read_consumption(algorithm, parameters, name, context, crs, feedback=None, progress_span=(0.0, 10.0)):
    """(points in ``crs``, {field: values}, layer label) of a consumption layer (``consommation_electrique``).

    ``annee``, ``conso_mwh`` and ``nb_sites`` come as float arrays (a clear error names the layer
    when one is missing); ``insee`` and ``secteur`` as lists when the layer has them, and
    ``residentiel``: True for the points of the residential sector (all points without ``secteur``).
    """
    import numpy as np

    source = algorithm.parameterAsSource(parameters, name, context)
    label = layer_label(algorithm, parameters, name, context)
    names = source.fields().names()
    for field in CONSUMPTION_FIELDS:
        if field not in names:
            raise QgsProcessingException(tr(
                "Layer '{0}' has no field '{1}': the CONSUMPTION layer must have the fields of "
                "consommation_electrique (annee, conso_mwh, nb_sites).").format(label, field))
    wanted = list(CONSUMPTION_FIELDS) + [field for field in ("insee", "secteur") if field in names]
    _fids, points, columns = read_columns(algorithm, parameters, name, context, wanted, crs=crs, feedback=feedback,
                                          floats=CONSUMPTION_FIELDS, progress_span=progress_span)
    if "secteur" in columns:
        columns["residentiel"] = np.array([str(value or "").strip().lower() == "residentiel"
                                           for value in columns["secteur"]], dtype=bool)
    else:
        columns["residentiel"] = np.ones(len(points), dtype=bool)
    return points, columns, label
