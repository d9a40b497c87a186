"""Test set-up: the built plugin (``make plugin``) is what every test imports."""
import os
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(REPO, "build")
PLUGIN_DIR = os.path.join(BUILD, "pvd_qgis_plugin")
if not os.path.isdir(PLUGIN_DIR):
    raise RuntimeError("Run the tests through `make test` (the plugin must be built first).")
sys.path.insert(0, BUILD)
# Import it now: pytest later puts the repository first on sys.path, where the
# unbuilt sources (without compiled translations) would shadow the build.
import pvd_qgis_plugin  # noqa: E402

assert os.path.dirname(pvd_qgis_plugin.__file__) == PLUGIN_DIR, pvd_qgis_plugin.__file__

SAMPLE_GPKG = os.path.join(PLUGIN_DIR, "sample_layers", "pvd_isigny_omaha.gpkg")


@pytest.fixture(scope="session")
def sample_gpkg():
    return SAMPLE_GPKG


@pytest.fixture(scope="session")
def pvd_provider(qgis_app, qgis_processing):
    """The plugin's provider registered once, as QGIS does when the plugin loads."""
    from qgis.core import QgsApplication

    from pvd_qgis_plugin.processing_provider.provider import PvdProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("pvd")
    if provider is None:
        provider = PvdProvider()
        registry.addProvider(provider)
    return provider
