"""The plugin speaks the language of the QGIS interface (French or English)."""
import os
import subprocess
import sys

import pytest

import pvd_qgis_plugin

SCRIPT = r"""
import sys
sys.path.insert(0, {build!r})
from qgis.core import QgsApplication, QgsSettings, QgsProcessingContext, QgsProcessingFeedback
app = QgsApplication([], False)
app.initQgis()
settings = QgsSettings()
settings.setValue("locale/overrideFlag", True)
settings.setValue("locale/userLocale", {locale!r})
import pvd_qgis_plugin
plugin = pvd_qgis_plugin.classFactory(None)
plugin.initProcessing()
alg = QgsApplication.processingRegistry().algorithmById("pvd:heritageperimeters")
print(alg.displayName())
from processing.core.Processing import Processing
Processing.initialize()
import processing
try:
    processing.run("pvd:heritageperimeters", {{"INPUT": {layer!r}, "NAME_FIELD": "absent",
                                               "OUTPUT": "TEMPORARY_OUTPUT"}})
except Exception as error:
    print(error)
"""


@pytest.mark.parametrize("locale, name, error", [
    ("fr_FR", "Périmètres des abords de monuments historiques", "n'a pas de champ « absent »"),
    ("en_US", "Heritage perimeters (abords of monuments historiques)", "has no field 'absent'"),
])
def test_display_name_and_errors_follow_the_qgis_locale(tmp_path, sample_gpkg, locale, name, error):
    build = os.path.dirname(os.path.dirname(pvd_qgis_plugin.__file__))
    code = SCRIPT.format(build=build, locale=locale, layer=sample_gpkg + "|layername=monuments_historiques")
    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    lines = completed.stdout.splitlines()
    assert lines and lines[0] == name, completed.stdout + completed.stderr
    assert error in completed.stdout, completed.stdout
