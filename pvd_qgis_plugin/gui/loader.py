"""Load the layers of a PVD GeoPackage into a QGIS project, grouped and styled.

``load_pvd_geopackage`` needs no ``iface`` (usable from scripts, tests and the
Python console); ``choose_and_load`` is the menu action's file dialog.
"""
import os

from qgis.core import QgsProject, QgsVectorLayer

from ..core import model
from ..i18n import tr
from ..processing_provider.project_layers import LAYER_PROPERTY
from ..resources_path import resource_path, sample_path

SAMPLE_GPKG = "pvd_isigny_omaha.gpkg"
SOURCE_PROPERTY = "pvd/source"


class NotAPvdGeoPackage(Exception):
    """The file cannot be read or holds none of the PVD model's layers."""


def geopackage_tables(path):
    """Names of the vector tables of a GeoPackage (or any OGR file); raises NotAPvdGeoPackage."""
    from osgeo import gdal, ogr

    if not os.path.isfile(path):
        raise NotAPvdGeoPackage(tr("File not found: {}").format(path))
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.Open(path)
    finally:
        gdal.PopErrorHandler()
    if dataset is None:
        raise NotAPvdGeoPackage(tr("'{}' cannot be read as a GeoPackage.").format(path))
    return [dataset.GetLayer(index).GetName() for index in range(dataset.GetLayerCount())]


def _group(parent, name, position=None):
    group = parent.findGroup(name)
    if group is None:
        group = parent.addGroup(name) if position is None else parent.insertGroup(position, name)
    return group


def _existing_layer(group, source_key, layer_name):
    for node in group.findLayers():
        layer = node.layer()
        if layer is not None and layer.customProperty(SOURCE_PROPERTY) == source_key and \
                layer.customProperty(LAYER_PROPERTY) == layer_name:
            return layer
    return None


def load_pvd_geopackage(path, project=None):
    """Add the model layers of the GeoPackage ``path`` to ``project`` (default: the current one).

    Layers go into the group "Petites villes de demain" and its thematic sub-groups, in the
    model's drawing order, with French titles and the plugin's QML styles. A layer already
    loaded from the same file is reused, not added again. Returns the layers in drawing order
    (top first). Raises :class:`NotAPvdGeoPackage` when the file holds no model layer.
    """
    return load_and_count(path, project)[0]


def load_and_count(path, project=None):
    """:func:`load_pvd_geopackage`, and how many layers it added (0 when all were loaded already)."""
    project = project or QgsProject.instance()
    tables = geopackage_tables(path)
    if not model.is_pvd_table_set(tables):
        raise NotAPvdGeoPackage(tr(
            "'{0}' is not a PVD GeoPackage: it has none of the layers of the PVD data model "
            "(such as {1}). Its layers: {2}.").format(
                os.path.basename(path), ", ".join(model.drawing_order()[:4]), ", ".join(tables) or "-"))
    source_key = os.path.normcase(os.path.realpath(path))
    root = _group(project.layerTreeRoot(), model.ROOT_GROUP, 0)
    layers, added = [], 0
    for group_name in model.GROUPS:
        group = _group(root, group_name)
        for name in model.layers_in_group(group_name):
            if name not in tables:
                continue
            layer = _existing_layer(group, source_key, name)
            if layer is None:
                layer = QgsVectorLayer("{}|layername={}".format(path, name), model.layer(name).title, "ogr")
                if not layer.isValid():
                    continue
                style = resource_path("styles", model.style_file(name))
                if os.path.exists(style):
                    layer.loadNamedStyle(style)
                layer.setCustomProperty(SOURCE_PROPERTY, source_key)
                layer.setCustomProperty(LAYER_PROPERTY, name)
                project.addMapLayer(layer, False)
                group.addLayer(layer)
                added += 1
            layers.append(layer)
    return layers, added


def default_geopackage():
    """The sample shipped with the plugin."""
    return sample_path(SAMPLE_GPKG)


def choose_and_load(iface):
    """Ask for a GeoPackage (opening on the sample), load it, zoom to it; report problems."""
    from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform
    from qgis.PyQt.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getOpenFileName(
        iface.mainWindow(), tr("Load PVD layers"), default_geopackage(), tr("GeoPackage (*.gpkg)"))
    if not path:
        return []
    project = QgsProject.instance()
    if not project.mapLayers():
        project.setCrs(QgsCoordinateReferenceSystem(model.CRS))
    try:
        layers, added = load_and_count(path, project)
    except NotAPvdGeoPackage as error:
        iface.messageBar().pushMessage(tr("Load PVD layers"), str(error), Qgis.Warning, 10)
        return []
    extent_layer = next((layer for layer in layers if layer.customProperty(LAYER_PROPERTY) == "communes"),
                        layers[-1] if layers else None)
    if extent_layer is not None:
        transform = QgsCoordinateTransform(extent_layer.crs(), project.crs(), project)
        extent = transform.transformBoundingBox(extent_layer.extent())
        extent.scale(1.05)  # a margin, so that no commune touches the edge of the map
        iface.mapCanvas().setExtent(extent)
        iface.mapCanvas().refresh()
    if added:
        message = tr("{0} layer(s) added from {1}.").format(added, os.path.basename(path))
    else:
        message = tr("The layers of {} are already in the project: none added.").format(os.path.basename(path))
    iface.messageBar().pushMessage(tr("Load PVD layers"), message, Qgis.Info, 5)
    return layers
