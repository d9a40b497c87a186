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

    def shortHelpString(self):
        return "\n\n".join((
            tr("The whole chain on a PVD GeoPackage: checks it, measures how much of the connection works "
               "lies in the ORT, the heritage zones and the public spaces, routes the connection requests "
               "with and without shared trenches (for the saving), finds the works to coordinate, ranks "
               "the substations to embellish and writes the communal PDF report."),
            tr("Every cost assumption is an input with its default: trench cost outside public spaces "
               "(100 €/m), fixed cost per connection (1 000 €, the branchement), réfaction (0.40), cost "
               "of a reused trench (0.2 of its price), cell size (2 m), search margin (250 m), unit cost "
               "of the coordination (150 €/m)."),
            tr("Example: the sample GeoPackage and the commune Isigny-sur-Mer: the report of Isigny-sur-Mer "
               "with the routes, the saving of shared trenches, the works to coordinate and the "
               "substations to embellish.")))

    def helpUrl(self):  # noqa: N802 (QGIS API name)
        from qgis.PyQt.QtCore import QUrl

        from ..i18n import user_locale

        for name in ("chainepvd.{}.html".format(user_locale()), "chainepvd.html"):
            page = resource_path("help", name)
            if os.path.exists(page):
                return QUrl.fromLocalFile(page).toString()
        return ""

    def createInstance(self):
        return PvdChainModel()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API name)
        # an input left out (qgis_process, a script) takes the default the dialog shows, not the
        # step's own default: the fixed cost per connection is 1 000 € either way
        complete = dict(parameters)
        for definition in self.parameterDefinitions():
            if not definition.isDestination() and complete.get(definition.name()) is None and \
                    definition.defaultValue() is not None:
                complete[definition.name()] = definition.defaultValue()
        return super().processAlgorithm(complete, context, feedback)


def chain_model():
    """The model algorithm, or None when its file is missing."""
    return PvdChainModel() if os.path.exists(MODEL_FILE) else None
