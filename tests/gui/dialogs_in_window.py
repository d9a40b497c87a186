"""Run by the real QGIS (``--code``): the user's first hour, recorded as JSON.

Loads the sample through the installed plugin's loader, opens the dialog of every
``pvd`` algorithm as the toolbox does (``processing.createAlgorithmDialog``) and records
what it preselects, runs overlap analysis and shared-trench routing with those values the
way the dialog does (``processing.runAndLoadResults``) and records every error line and
log line. Screenshots of some dialogs go to ``PVD_GUI_SHOTS`` when set.
"""
import json
import os
import traceback

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterNumber,
    QgsProject,
)
from qgis.PyQt.QtCore import QTimer
from qgis.utils import plugins
from qgis.PyQt.QtWidgets import QApplication

RESULT = os.environ["PVD_GUI_RESULT"]
SHOTS = os.environ.get("PVD_GUI_SHOTS", "")
SHOT_DIALOGS = {"pvd:connectionroutes": "dialog_connectionroutes.png"}


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors, self.infos, self.warnings = [], [], []

    def reportError(self, error, fatalError=False):  # noqa: N802 (QGIS API name)
        self.errors.append(error)

    def pushInfo(self, info):  # noqa: N802 (QGIS API name)
        self.infos.append(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API name)
        self.warnings.append(warning)


def layer_name(value):
    """A parameter value as the user sees it: layer names for layers, the value otherwise."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, QgsMapLayer):
        return value.name()
    if isinstance(value, (list, tuple)):
        return [layer_name(item) for item in value]
    if isinstance(value, str):
        for layer in QgsProject.instance().mapLayers().values():
            if value in (layer.id(), layer.source()):
                return layer.name()
        return value
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return "<output>"
    return value if value is None or isinstance(value, (int, float, bool)) else str(value)


def dialog_record(algorithm_id):
    import processing

    from processing.gui.AlgorithmDialogBase import AlgorithmDialogBase

    dialog = processing.createAlgorithmDialog(algorithm_id)
    try:
        invalid = None
        try:
            values = dialog.createProcessingParameters()
        except AlgorithmDialogBase.InvalidParameterValue as error:  # a mandatory input left empty
            invalid = error.parameter.name()
            values = {name: wrapper.parameterValue() for name, wrapper in dialog.mainWidget().wrappers.items()}
        algorithm = dialog.algorithm()
        record = {"invalid": invalid, "values": {name: layer_name(value) for name, value in values.items()},
                  "raw": {name: value for name, value in values.items()
                          if not isinstance(value, QgsProcessingOutputLayerDefinition)},
                  "parameters": [], "title": dialog.windowTitle(), "help": algorithm.shortHelpString()}
        for definition in algorithm.parameterDefinitions():
            item = {"name": definition.name(), "description": definition.description(),
                    "advanced": bool(definition.flags() & definition.FlagAdvanced),
                    "type": definition.type()}
            if isinstance(definition, QgsProcessingParameterNumber):
                item["integer"] = definition.dataType() == QgsProcessingParameterNumber.Integer
                item["decimals"] = (definition.metadata().get("widget_wrapper") or {}).get("decimals")
            record["parameters"].append(item)
        record["outputs"] = {output.name(): output.description() for output in algorithm.outputDefinitions()}
        communes = dialog.mainWidget().wrappers.get("COMMUNES")
        if communes is not None and hasattr(communes, "widget") and hasattr(communes.widget, "count"):
            record["commune_choices"] = [communes.widget.itemText(i) for i in range(communes.widget.count())]
        if SHOTS and algorithm_id in SHOT_DIALOGS:
            dialog.resize(900, 860)
            dialog.show()
            for _ in range(20):
                QApplication.processEvents()
            dialog.grab().save(os.path.join(SHOTS, SHOT_DIALOGS[algorithm_id]))
        return record, values
    finally:
        dialog.close()
        dialog.deleteLater()


def run_like_the_dialog(algorithm_id, values, changes):
    import processing

    parameters = dict(values)
    parameters.update(changes)
    feedback = RecordingFeedback()
    before = set(QgsProject.instance().mapLayers())
    result = processing.runAndLoadResults(algorithm_id, parameters, feedback=feedback)
    added = [layer for key, layer in QgsProject.instance().mapLayers().items() if key not in before]
    aliases = {layer.name(): {field.name(): field.alias() for field in layer.fields()} for layer in added}
    return {"ok": result is not None, "errors": feedback.errors, "warnings": feedback.warnings,
            "infos": feedback.infos, "loaded": sorted(layer.name() for layer in added), "aliases": aliases}


def load_with_the_menu(iface, path):
    """Trigger the menu's "Load PVD layers" answering ``path``; return the message bar's text."""
    from qgis.PyQt.QtWidgets import QFileDialog

    original = QFileDialog.getOpenFileName
    QFileDialog.getOpenFileName = staticmethod(lambda *args: (path, "GeoPackage (*.gpkg)"))
    try:
        iface.messageBar().clearWidgets()
        action = next(action for action in plugins["pvd_qgis_plugin"].actions
                      if action.objectName() == "pvd_action_load_layers")
        action.trigger()
    finally:
        QFileDialog.getOpenFileName = original
    return [item.text() for item in iface.messageBar().items()]


def zoom_record(iface):
    """The menu's "Zoom to a commune", answering Trévières in its list."""
    from qgis.PyQt.QtWidgets import QInputDialog

    offered = []

    def choose(parent, title, label, items, current, editable):
        offered.extend(items)
        return next(item for item in items if item.startswith("Trévières")), True

    original = QInputDialog.getItem
    QInputDialog.getItem = staticmethod(choose)
    try:
        action = next(action for action in plugins["pvd_qgis_plugin"].actions
                      if action.objectName() == "pvd_action_zoom_commune")
        action.trigger()
    finally:
        QInputDialog.getItem = original
    extent = iface.mapCanvas().extent()
    return {"text": action.text(), "offered": offered,
            "extent": [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]}


def run_report_like_the_dialog(sample):
    """The report of Trévières with the routes just computed; the PDF "opened" is recorded."""
    import processing
    from qgis.PyQt.QtGui import QDesktopServices

    routes = QgsProject.instance().mapLayersByName("Tracés de raccordement (mutualisés)")
    output = os.path.join(os.path.dirname(RESULT), "rapport_trevieres.pdf")
    opened = []
    original = QDesktopServices.openUrl
    QDesktopServices.openUrl = staticmethod(lambda url: opened.append(url.toLocalFile()) or True)
    try:
        feedback = RecordingFeedback()
        result = processing.runAndLoadResults("pvd:report", {
            "GEOPACKAGE": sample, "COMMUNES": "Trevieres", "ROUTES": routes[0].id() if routes else None,
            "OUTPUT": output}, feedback=feedback)
    finally:
        QDesktopServices.openUrl = original
    return {"ok": result is not None, "errors": feedback.errors, "infos": feedback.infos, "opened": opened,
            "output": output, "written": os.path.exists(output)}


def grab_model(path):
    """The shipped model in the Graphical Modeler, as a user opens it."""
    from processing.modeler.ModelerDialog import ModelerDialog

    model = QgsApplication.processingRegistry().createAlgorithmById("pvd:chainepvd")
    dialog = ModelerDialog.create(model)
    dialog.resize(1500, 900)
    dialog.show()
    for _ in range(30):
        QApplication.processEvents()
    dialog.view().centerOn(dialog.view().scene().itemsBoundingRect().center())
    dialog.zoomFull() if hasattr(dialog, "zoomFull") else None
    for _ in range(10):
        QApplication.processEvents()
    dialog.grab().save(path)
    dialog.setDirty(False) if hasattr(dialog, "setDirty") else None
    dialog.close()


def main():
    from qgis.utils import iface

    report = {}
    try:
        from pvd_qgis_plugin.gui.loader import load_pvd_geopackage
        from pvd_qgis_plugin.resources_path import sample_path

        report["plugin"] = type(plugins["pvd_qgis_plugin"]).__name__
        iface.mainWindow().resize(1600, 1000)
        report["load_messages"] = [load_with_the_menu(iface, sample_path("pvd_isigny_omaha.gpkg"))
                                   for _time in range(2)]  # loading, then reloading the same file
        layers = load_pvd_geopackage(sample_path("pvd_isigny_omaha.gpkg"))
        report["loaded"] = [layer.name() for layer in layers]
        report["crs"] = QgsProject.instance().crs().authid()
        load = next(action for action in plugins["pvd_qgis_plugin"].actions
                    if action.objectName() == "pvd_action_load_layers")
        report["load_tooltip"] = load.toolTip()
        provider = QgsApplication.processingRegistry().providerById("pvd")
        report["dialogs"], values = {}, {}
        for algorithm in sorted(provider.algorithms(), key=lambda alg: alg.id()):
            report["dialogs"][algorithm.id()], values[algorithm.id()] = dialog_record(algorithm.id())
        report["zoom"] = zoom_record(iface)
        report["runs"] = {
            "pvd:overlapanalysis": run_like_the_dialog("pvd:overlapanalysis", values["pvd:overlapanalysis"],
                                                       {"OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"}),
            "pvd:connectionroutes": run_like_the_dialog("pvd:connectionroutes", values["pvd:connectionroutes"],
                                                        {"SHARED_TRENCHES": True, "CELL_SIZE": 2.0,
                                                         "OUTPUT_NETWORK": QgsProcessingOutputLayerDefinition(
                                                             "TEMPORARY_OUTPUT", QgsProject.instance())}),
        }
        report["runs"]["pvd:report"] = run_report_like_the_dialog(sample_path("pvd_isigny_omaha.gpkg"))
        if SHOTS:
            grab_model(os.path.join(SHOTS, "model_chainepvd.png"))
    except Exception:  # the test reads the traceback
        report["error"] = traceback.format_exc()
    finally:
        temporary = RESULT + ".part"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=1, default=str)
        os.replace(temporary, RESULT)


QTimer.singleShot(1000, main)
