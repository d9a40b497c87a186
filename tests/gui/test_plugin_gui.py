"""The plugin in a (test) QGIS interface: menu, toolbar, provider, unload."""
import os
import subprocess
import sys

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu, QToolBar

import pvd_qgis_plugin


def menu_titles(iface):
    return [action.text() for action in iface.mainWindow().menuBar().actions()]


def pvd_toolbars(iface):
    return [bar for bar in iface.mainWindow().findChildren(QToolBar) if bar.objectName() == "pvdToolbar"]


def test_init_gui_adds_menu_toolbar_and_provider_and_unload_removes_them(qgis_iface, qgis_processing):
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("pvd")
    if existing is not None:  # registered by another test module
        registry.removeProvider(existing)

    plugin = pvd_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    assert "Petites villes de demain" in menu_titles(qgis_iface)
    assert registry.providerById("pvd") is not None
    assert registry.algorithmById("pvd:heritageperimeters") is not None
    menu = plugin.menu
    names = [action.objectName() for action in menu.actions()]
    assert "pvd_action_heritageperimeters" in names
    toolbars = pvd_toolbars(qgis_iface)
    assert len(toolbars) == 1 and toolbars[0].actions()

    plugin.unload()
    assert "Petites villes de demain" not in menu_titles(qgis_iface)
    assert registry.providerById("pvd") is None
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert pvd_toolbars(qgis_iface) == []
    assert qgis_iface.mainWindow().findChildren(QMenu, "pvdMenu") == []

    # reloading gives exactly one provider and one menu again
    plugin = pvd_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    plugin.initProcessing()
    assert menu_titles(qgis_iface).count("Petites villes de demain") == 1
    assert [p.id() for p in registry.providers()].count("pvd") == 1
    plugin.unload()


def test_plugin_loads_without_shapely_and_algorithms_explain_why_they_cannot_run():
    """With shapely absent, the provider still loads; the algorithm names the package."""
    build = os.path.dirname(os.path.dirname(pvd_qgis_plugin.__file__))
    code = "\n".join([
        "import sys",
        "sys.modules['shapely'] = None",
        "sys.path.insert(0, {!r})".format(build),
        "from qgis.core import QgsApplication",
        "app = QgsApplication([], False); app.initQgis()",
        "import pvd_qgis_plugin",
        "plugin = pvd_qgis_plugin.classFactory(None)",
        "plugin.initProcessing()",
        "alg = QgsApplication.processingRegistry().algorithmById('pvd:heritageperimeters')",
        "print(alg.missing_dependencies_message())",
        "plugin.unload()",
    ])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert "shapely" in completed.stdout
    assert "pip install" in completed.stdout
