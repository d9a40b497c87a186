"""Run by QGIS (--code) for the screenshot: load the sample through the installed plugin."""
import os
import traceback

from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

LOG = os.environ["PVD_SCREENSHOT_LOG"]


def write(line):
    with open(LOG, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def zoom_to_town(ort_layer):
    """Zoom on one town centre (its ORT perimeter), once the window has its size."""
    canvas = iface.mapCanvas()
    wanted = os.environ.get("PVD_SCREENSHOT_INSEE", "14035")
    for feature in ort_layer.getFeatures() if ort_layer is not None else []:
        if str(feature["insee"]) == wanted:
            extent = feature.geometry().boundingBox()
            extent.scale(1.4)
            canvas.setExtent(extent)
    canvas.refresh()
    write("zoomed on " + canvas.extent().toString(0))


def grab_route_dialog(path):
    """Save the route dialog as the user first sees it (sample loaded, layers preselected)."""
    import processing
    from qgis.PyQt.QtWidgets import QApplication

    dialog = processing.createAlgorithmDialog("pvd:connectionroutes")
    dialog.resize(1000, 860)
    dialog.show()
    for _ in range(20):
        QApplication.processEvents()
    dialog.grab().save(path)
    dialog.close()
    write("dialog saved to " + os.path.basename(path))


def load():
    try:
        plugin = plugins["pvd_qgis_plugin"]
        from pvd_qgis_plugin.gui.loader import load_pvd_geopackage
        from pvd_qgis_plugin.resources_path import sample_path

        layers = load_pvd_geopackage(sample_path("pvd_isigny_omaha.gpkg"))
        write("loaded {} layers with plugin {}".format(len(layers), type(plugin).__name__))
        window = iface.mainWindow()
        window.move(0, 0)
        window.resize(1600, 1000)  # no window manager on Xvfb to maximise it
        ort = [layer for layer in layers if layer.source().endswith("layername=ort_perimetres")]
        QTimer.singleShot(1500, lambda: zoom_to_town(ort[0] if ort else None))
        menu = [a.text() for a in iface.mainWindow().menuBar().actions()]
        write("menus: " + ", ".join(menu))
        dialog_shot = os.environ.get("PVD_DIALOG_SCREENSHOT")
        if dialog_shot:
            QTimer.singleShot(3000, lambda: grab_route_dialog(dialog_shot))
        QTimer.singleShot(4000, lambda: write("done"))
    except Exception:  # reported to the calling script, which fails
        write("error\n" + traceback.format_exc())


QTimer.singleShot(2000, load)
