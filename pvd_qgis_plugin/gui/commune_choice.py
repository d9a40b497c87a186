"""Choosing a commune: the report's list of communes and the menu's "Zoom to a commune".

Both read the ``communes`` layer of a PVD GeoPackage (INSEE code and name).
"""
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtWidgets import QComboBox, QInputDialog, QLineEdit

from ..i18n import tr

try:  # the Processing plugin's widget wrappers (absent in a QGIS without Processing)
    from processing.gui.wrappers import DIALOG_STANDARD, WidgetWrapper
except ImportError:  # pragma: no cover
    WidgetWrapper, DIALOG_STANDARD = object, "standard"


def communes_of(layer):
    """[(INSEE code, name)] of a communes layer, sorted by name; [] when it lacks the fields."""
    if layer is None or not layer.isValid():
        return []
    fields = layer.fields()
    if fields.lookupField("insee") < 0 or fields.lookupField("nom") < 0:
        return []
    return sorted(((str(f["insee"]), str(f["nom"])) for f in layer.getFeatures()), key=lambda item: item[1])


def geopackage_communes(path):
    """[(INSEE code, name)] of the ``communes`` layer of a GeoPackage, [] when it has none."""
    if not path:
        return []
    return communes_of(QgsVectorLayer("{}|layername=communes".format(path), "communes", "ogr"))


class CommuneWidgetWrapper(WidgetWrapper):
    """The report's communes: a list of the GeoPackage's communes, "all" first.

    The value stays the text parameter scripts give (empty = all, or an INSEE code); the
    list follows the GeoPackage chosen in the same dialog. Elsewhere (batch, modeler) it
    is a plain text field.
    """

    def createWidget(self):  # noqa: N802 (QGIS API name)
        if self.dialogType != DIALOG_STANDARD:
            return QLineEdit()
        combo = QComboBox()
        combo.setEditable(True)
        combo.setToolTip(tr("A commune of the GeoPackage, or INSEE codes or names separated by commas"))
        self.fill(combo, None)  # the GeoPackage's communes come in postInitialize
        return combo

    def fill(self, combo, path):
        text = combo.currentText() if combo.count() else ""
        combo.clear()
        combo.addItem(tr("All communes"), "")
        for insee, name in geopackage_communes(path):
            combo.addItem("{} ({})".format(name, insee), insee)
        position = combo.findText(text)
        combo.setCurrentIndex(max(position, 0))

    def postInitialize(self, wrappers):  # noqa: N802 (QGIS API name)
        if not isinstance(self.widget, QComboBox):
            return
        for wrapper in wrappers:
            definition = wrapper.parameterDefinition() if hasattr(wrapper, "parameterDefinition") else wrapper.param
            if definition.name() == "GEOPACKAGE":
                self.fill(self.widget, wrapper.parameterValue() or definition.defaultValue())
                if hasattr(wrapper, "widgetValueHasChanged"):
                    wrapper.widgetValueHasChanged.connect(
                        lambda changed: self.fill(self.widget, changed.parameterValue() or definition.defaultValue()))

    def setValue(self, value):  # noqa: N802 (QGIS API name)
        if isinstance(self.widget, QComboBox):
            position = self.widget.findData(value or "")
            if position >= 0:
                self.widget.setCurrentIndex(position)
            else:
                self.widget.setEditText(value or "")
        else:
            self.widget.setText(value or "")

    def value(self):
        if not isinstance(self.widget, QComboBox):
            return self.widget.text()
        text = self.widget.currentText()
        position = self.widget.findText(text)
        return self.widget.itemData(position) if position >= 0 else text.strip()


def zoom_to_commune(iface):
    """Ask for a commune of the project's PVD ``communes`` layer and zoom the map on it."""
    from qgis.core import Qgis, QgsCoordinateTransform, QgsFeatureRequest, QgsProject

    from ..processing_provider.project_layers import model_layers

    project = QgsProject.instance()
    layers = model_layers(project).get("communes", [])
    if not layers:
        iface.messageBar().pushMessage(tr("Zoom to a commune"), tr(
            "No PVD communes layer in the project: load the PVD layers first."), Qgis.Warning, 8)
        return None
    layer = layers[0]
    communes = communes_of(layer)
    labels = ["{} ({})".format(name, insee) for insee, name in communes]
    label, ok = QInputDialog.getItem(iface.mainWindow(), tr("Zoom to a commune"), tr("Commune:"), labels, 0, False)
    if not ok or label not in labels:
        return None
    insee = communes[labels.index(label)][0]
    request = QgsFeatureRequest().setFilterExpression("\"insee\" = '{}'".format(insee.replace("'", "''")))
    feature = next(layer.getFeatures(request), None)
    if feature is None or feature.geometry().isNull():
        return None
    extent = QgsCoordinateTransform(layer.crs(), project.crs(), project).transformBoundingBox(
        feature.geometry().boundingBox())
    extent.scale(1.1)  # a margin around the commune
    iface.mapCanvas().setExtent(extent)
    iface.mapCanvas().refresh()
    return insee
