"""Summarise a PVD GeoPackage and render it with the plugin's styles to PNG files.

Usage (QGIS environment, plugin built): ``scripts/with_qgis_env.sh .venv/bin/python
scripts/render_sample.py <gpkg> <output folder> [--towns]``. Prints the layers, their
feature counts and the extent; writes ``overview.png`` (the five communes) and with
``--towns`` one close-up per ORT perimeter (``town_<insee>.png``).
"""
import os
import sys

from qgis.core import (
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def render(layers, extent, path, width=1800):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    ratio = extent.height() / extent.width()
    settings.setOutputSize(QSize(width, int(width * ratio)))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("#f7f5ef"))
    settings.setOutputDpi(110)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(path, "png")
    return path


def main(argv):
    gpkg, out = argv[1], argv[2]
    towns = "--towns" in argv
    app = QgsApplication([], False)
    app.initQgis()
    # the built plugin (``make plugin``), as QGIS would load it
    sys.path.insert(0, os.environ.get("QGIS_PLUGINPATH") or os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build"))
    from pvd_qgis_plugin.gui.loader import load_pvd_geopackage

    os.makedirs(out, exist_ok=True)
    project = QgsProject.instance()
    layers = load_pvd_geopackage(gpkg, project)
    extent = QgsRectangle()
    print("{:<34} {:>8}  {}".format("layer", "features", "title"))
    for layer in layers:
        print("{:<34} {:>8}  {}".format(layer.customProperty("pvd/model_layer"), layer.featureCount(), layer.name()))
        extent.combineExtentWith(layer.extent())
    print("extent (EPSG:2154): {:.0f} {:.0f} — {:.0f} {:.0f} ({:.1f} km × {:.1f} km)".format(
        extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(),
        extent.width() / 1000, extent.height() / 1000))
    communes = next(layer for layer in layers if layer.customProperty("pvd/model_layer") == "communes")
    overview = communes.extent()
    overview.scale(1.05)
    print(render(layers, overview, os.path.join(out, "overview.png")))
    if towns:
        ort = next(layer for layer in layers if layer.customProperty("pvd/model_layer") == "ort_perimetres")
        for feature in ort.getFeatures():
            box = feature.geometry().boundingBox()
            box.scale(1.6)
            print(render(layers, box, os.path.join(out, "town_{}.png".format(feature["insee"])), 1400))
    project.clear()
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv)
