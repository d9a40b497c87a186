"""The shipped processing model (``resources/models/pvd_chaine.model3``) as an algorithm of the
provider, so that the toolbox and the menu list it: "Chaîne PVD complète" (``pvd:chainepvd``)."""
import os

from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..resources_path import resource_path

MODEL_FILE = resource_path("models", "pvd_chaine.model3")


class PvdChainModel(QgsProcessingModelAlgorithm):
    """The model read from its file, under a stable id."""

    def __init__(self):
        super().__init__()
        self.fromFile(MODEL_FILE)

    def name(self):
        return "chainepvd"

    def displayName(self):
        return tr("Complete PVD chain")

    def group(self):
        return tr("Models")

    def groupId(self):
        return "models"

    def icon(self):
        return QIcon(resource_path("icons", "pvd.svg"))

    def createInstance(self):
        return PvdChainModel()


def chain_model():
    """The model algorithm, or None when its file is missing."""
    return PvdChainModel() if os.path.exists(MODEL_FILE) else None
