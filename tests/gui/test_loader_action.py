"""The "Load PVD layers" action: first in the menu, loads the chosen GeoPackage."""
import pvd_qgis_plugin
from pvd_qgis_plugin.core import model


def test_load_action_comes_first_and_loads_the_chosen_file(qgis_iface, qgis_processing, sample_gpkg, monkeypatch):
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QFileDialog

    from pvd_qgis_plugin.gui import loader

    plugin = pvd_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        actions = [action for action in plugin.menu.actions() if not action.isSeparator()]
        assert actions[0].objectName() == "pvd_action_load_layers"
        assert actions[0].text() == "Load PVD layers"
        assert any(action.objectName() == "pvd_action_load_layers" for action in plugin.toolbar.actions())

        offered = []

        def fake_dialog(parent, caption, directory, file_filter):
            offered.append(directory)
            return sample_gpkg, file_filter

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
        QgsProject.instance().clear()
        actions[0].trigger()
        assert offered and offered[0].endswith("pvd_isigny_omaha.gpkg")
        assert offered[0] == loader.default_geopackage()
        root = QgsProject.instance().layerTreeRoot()
        group = root.findGroup("Petites villes de demain")
        assert group is not None and len(group.findLayers()) == len(model.LAYERS)
    finally:
        QgsProject.instance().clear()
        plugin.unload()


def test_load_action_on_a_non_pvd_file_warns_in_the_message_bar(qgis_iface, qgis_processing, tmp_path,
                                                                 monkeypatch):
    from osgeo import ogr
    from qgis.core import Qgis, QgsProject
    from qgis.PyQt.QtWidgets import QFileDialog

    from tests.fixtures import write_gpkg

    other = tmp_path / "cadastre.gpkg"
    write_gpkg(other, "lots_fonciers", 2154, ogr.wkbPolygon, [("POLYGON ((0 0, 1 0, 1 1, 0 0))", {"id": "A1"})])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args: (str(other), "GeoPackage (*.gpkg)")))
    messages = []

    class Bar:
        def pushMessage(self, title, text, level=Qgis.Info, duration=0):  # noqa: N802 (QGIS API name)
            messages.append((title, text, level))

    monkeypatch.setattr(qgis_iface, "messageBar", lambda: Bar())
    plugin = pvd_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        QgsProject.instance().clear()
        plugin.actions[0].trigger()
        assert QgsProject.instance().mapLayers() == {}
        assert len(messages) == 1
        title, text, level = messages[0]
        assert level == Qgis.Warning and "cadastre.gpkg" in text and "not a PVD GeoPackage" in text
    finally:
        plugin.unload()
