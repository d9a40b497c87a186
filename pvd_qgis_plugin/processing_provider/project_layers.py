"""The PVD model layers of a QGIS project, for the dialogs' preselected inputs.

A project layer is a model layer when the plugin's loader marked it (custom property
``pvd/model_layer``), when its source names a model table (``x.gpkg|layername=postes_hta_bt``,
any PVD GeoPackage dragged into QGIS), or when it is named after a model table or its
French title ("Postes HTA/BT").
"""
import unicodedata

from qgis.core import QgsMapLayerType, QgsProviderRegistry

from ..core import model

LAYER_PROPERTY = "pvd/model_layer"
# MODEL_INPUTS value of a file parameter that takes the project's PVD GeoPackage.
GEOPACKAGE_FILE = ".gpkg"


def _key(text):
    """Case- and accent-insensitive form of a layer name."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold().strip()


_NAMES = {}
for _layer in model.LAYERS:
    _NAMES[_key(_layer.name)] = _layer.name
    _NAMES[_key(_layer.title)] = _layer.name


def _uri_parts(layer):
    return QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())


def model_table(layer):
    """The model table (``postes_hta_bt``...) a project layer holds, or None."""
    if layer is None or layer.type() != QgsMapLayerType.VectorLayer:
        return None
    marked = layer.customProperty(LAYER_PROPERTY)
    if marked in model.LAYERS_BY_NAME:
        return marked
    table = _uri_parts(layer).get("layerName")
    if table in model.LAYERS_BY_NAME:
        return table
    return _NAMES.get(_key(layer.name()))


def project_layers_in_order(project):
    """The project's layers, in layer-tree order (top first), then those outside the tree."""
    ordered = [node.layer() for node in project.layerTreeRoot().findLayers() if node.layer() is not None]
    seen = {layer.id() for layer in ordered}
    return ordered + [layer for layer in project.mapLayers().values() if layer.id() not in seen]


def model_layers(project):
    """{model table: [project layers holding it, in layer-tree order]}; only valid layers."""
    found = {}
    for layer in project_layers_in_order(project):
        table = model_table(layer)
        if table is not None and layer.isValid():
            found.setdefault(table, []).append(layer)
    return found


def geopackage_path(layers):
    """The GeoPackage file of the first model layer read from one (``model_layers`` result), or None."""
    for candidates in layers.values():
        for layer in candidates:
            path = _uri_parts(layer).get("path") or ""
            if path.lower().endswith(".gpkg"):
                return path
    return None


def project_defaults(model_inputs, model_fields, project):
    """Defaults for a dialog: {parameter name: value} from the project's model layers.

    ``model_inputs``: {parameter: model table, tuple of tables (a multi-layer input) or
    GEOPACKAGE_FILE}; ``model_fields``: {field or text parameter: (parent parameter, field)}.
    A layer input gets the id of the first project layer holding its table, a
    multi-layer input the ids of every table found, a field the field name when a layer
    chosen for its parent has it. Inputs whose tables the project lacks get nothing.
    """
    layers = model_layers(project)
    if not layers:
        return {}
    defaults, chosen = {}, {}
    for name, tables in model_inputs.items():
        if tables == GEOPACKAGE_FILE:
            path = geopackage_path(layers)
            if path:
                defaults[name] = path
        elif isinstance(tables, tuple):
            picked = [layers[table][0] for table in tables if table in layers]
            if picked:
                defaults[name], chosen[name] = [layer.id() for layer in picked], picked
        elif tables in layers:
            defaults[name], chosen[name] = layers[tables][0].id(), [layers[tables][0]]
    for name, (parent, field_name) in model_fields.items():
        if any(layer.fields().lookupField(field_name) >= 0 for layer in chosen.get(parent, [])):
            defaults[name] = field_name
    return defaults
