"""The plugin object QGIS creates: Processing provider, menu and toolbar."""
from qgis.core import QgsApplication

from .i18n import install_translator
from .resources_path import PLUGIN_DIR


class PvdPlugin:
    """Registers the ``pvd`` provider; with a GUI, adds a menu and a toolbar.

    ``iface`` is None under ``qgis_process``: only :meth:`initGui` touches it.
    """

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.actions = []
        install_translator(PLUGIN_DIR)

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        if self.provider is not None:
            return
        from .processing_provider.provider import PvdProvider

        self.provider = PvdProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API name)
        self.initProcessing()
        from .gui.menu import build_menu_and_toolbar

        self.menu, self.toolbar, self.actions = build_menu_and_toolbar(self.iface, self.provider)

    def unload(self):
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None

