"""Petites villes de demain: QGIS plugin entry point.

QGIS calls :func:`classFactory`; the plugin class is imported only then so that
loading the package stays cheap and free of side effects.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import PvdPlugin

    return PvdPlugin(iface)
