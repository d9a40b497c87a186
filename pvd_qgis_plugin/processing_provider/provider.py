"""The ``pvd`` Processing provider."""
import importlib
import inspect
import pkgutil

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..resources_path import resource_path
from . import algorithms
from .base import PvdAlgorithm


def algorithm_classes():
    """Every algorithm class defined in the ``algorithms`` package, sorted by id."""
    classes = []
    for module_info in pkgutil.iter_modules(algorithms.__path__):
        module = importlib.import_module("{}.{}".format(algorithms.__name__, module_info.name))
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, PvdAlgorithm) and cls.__module__ == module.__name__ and cls.ALGORITHM_ID:
                classes.append(cls)
    return sorted(classes, key=lambda cls: cls.ALGORITHM_ID)


class PvdProvider(QgsProcessingProvider):
    def id(self):
        return "pvd"

    def name(self):
        return tr("Petites villes de demain")

    def longName(self):
        return self.name()

    def icon(self):
        return QIcon(resource_path("icons", "pvd.svg"))

    def svgIconPath(self):
        return resource_path("icons", "pvd.svg")

    def loadAlgorithms(self):
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        from .chain_model import chain_model

        model = chain_model()  # the whole chain, also in the toolbox and the menu
        if model is not None:
            self.addAlgorithm(model)
