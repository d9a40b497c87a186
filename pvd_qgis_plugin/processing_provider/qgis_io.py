"""Bridges between QGIS features and the core's arrays.

Reading turns a feature source into numpy/shapely arrays (geometries travel as
WKB); writing turns core results back into features of a sink.
"""
from dataclasses import dataclass

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
)

from ..i18n import tr


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
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

    if value is None or (isinstance(value, QVariant) and value.isNull()):
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


def metres_per_map_unit(crs, layer_name):
    """Metres in one map unit of a projected CRS; a clear error for a geographic one."""
    from qgis.core import QgsUnitTypes

    if not crs.isValid() or crs.isGeographic():
        raise QgsProcessingException(tr(
            "Layer '{0}' is not in a projected CRS: distances in metres need one "
            "(reproject it, e.g. to EPSG:2154 Lambert-93).").format(layer_name))
    return QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters)


def optional_column(source, table, field, feedback, consequence, label=None):
    """Python values of an optional field of ``table`` (read from ``source``).

    None when no field is chosen, or when the layer lacks it: then a warning
    names the layer (``label``, default its source name), the field and
    ``consequence`` (what the algorithm does instead).
    """
    if not field:
        return None
    if source.fields().lookupField(field) < 0:
        feedback.pushWarning(tr("Layer '{0}' has no field '{1}': {2}.").format(
            label or source.sourceName(), field, consequence))
        return None
    return python_column(table, field)


def layer_label(algorithm, parameters, name, context):
    """How messages name the layer of parameter ``name``: its name, plus its table when they differ.

    A layer given as ``file.gpkg|layername=postes`` is named after the file;
    its table name tells which layer of the file is meant.
    """
    from qgis.core import QgsProviderRegistry

    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None:
        return name
    table = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("layerName")
    return "{} ({})".format(layer.name(), table) if table and table != layer.name() else layer.name()


def numbers(values):
    """Attribute values as a float array, NaN where missing (None, NULL) or not numeric."""
    import numpy as np

    out = np.full(len(values), np.nan)
    for position, value in enumerate(values):
        try:
            out[position] = np.nan if python_value(value) is None else float(value)
        except (TypeError, ValueError):
            pass
    return out
