"""Run by QGIS (--code) for the screenshot: load the sample through the installed plugin."""
import os
import traceback

from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

LOG = os.environ["PVD_SCREENSHOT_LOG"]


def write(line):
    with open(LOG, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def load():
    try:
        plugin = plugins["pvd_qgis_plugin"]
        from pvd_qgis_plugin.gui.loader import load_pvd_geopackage
        from pvd_qgis_plugin.resources_path import sample_path

        layers = load_pvd_geopackage(sample_path("pvd_isigny_omaha.gpkg"))
        write("loaded {} layers with plugin {}".format(len(layers), type(plugin).__name__))
        iface.mainWindow().showMaximized()
        ort = [layer for layer in layers if layer.name() and "ORT" in layer.name()]
        canvas = iface.mapCanvas()
        if ort:
            extent = ort[0].extent()
            extent.scale(1.6)
            canvas.setExtent(extent)
        canvas.refresh()
        menu = [a.text() for a in iface.mainWindow().menuBar().actions()]
        write("menus: " + ", ".join(menu))
        QTimer.singleShot(4000, lambda: write("done"))
    except Exception:  # reported to the calling script, which fails
        write("error\n" + traceback.format_exc())


QTimer.singleShot(2000, load)
