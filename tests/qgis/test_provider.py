"""Every algorithm of the pvd provider follows the same contract."""
import os
import re

from qgis.PyQt.QtCore import QUrl


def test_every_algorithm_has_id_help_page_and_instance(pvd_provider):
    algorithms = pvd_provider.algorithms()
    assert algorithms
    for algorithm in algorithms:
        assert re.fullmatch(r"[a-z0-9]+", algorithm.name()), algorithm.name()
        assert algorithm.id() == "pvd:" + algorithm.name()
        assert algorithm.displayName() and algorithm.group()
        assert len(algorithm.shortHelpString()) > 100, algorithm.id()
        assert "Example" in algorithm.shortHelpString(), algorithm.id()
        page = QUrl(algorithm.helpUrl()).toLocalFile()
        assert os.path.exists(page), (algorithm.id(), page)
        assert os.path.exists(page.replace(".html", ".fr.html")) or page.endswith(".fr.html")
        clone = algorithm.createInstance()
        assert type(clone) is type(algorithm)
        assert not algorithm.icon().isNull()


def test_provider_identity(pvd_provider):
    assert pvd_provider.id() == "pvd"
    assert pvd_provider.name() == "Petites villes de demain"
