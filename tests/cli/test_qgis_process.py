"""The plugin through the qgis_process command line, as batch users run it."""
import os
import subprocess

import pytest

from tests.conftest import BUILD, SAMPLE_GPKG
from tests.fixtures import read_gpkg

QGIS_PROCESS = os.environ.get("QGIS_PROCESS") or "qgis_process.bin"


@pytest.fixture(scope="module")
def qgis_home(tmp_path_factory):
    """A fresh HOME (so a fresh QGIS profile) with the plugin enabled."""
    home = tmp_path_factory.mktemp("home")
    completed = qgis_process(home, "plugins", "enable", "pvd_qgis_plugin")
    listing = qgis_process(home, "plugins")
    assert "pvd_qgis_plugin" in listing.stdout, completed.stdout + completed.stderr
    return home


def qgis_process(home, *args):
    env = dict(os.environ, HOME=str(home), QGIS_PLUGINPATH=BUILD, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, env=env, timeout=300)


def test_list_shows_the_pvd_algorithms(qgis_home):
    completed = qgis_process(qgis_home, "list")
    assert completed.returncode == 0, completed.stderr
    assert "pvd:heritageperimeters" in completed.stdout


def test_help_describes_the_parameters(qgis_home):
    completed = qgis_process(qgis_home, "help", "pvd:heritageperimeters")
    assert completed.returncode == 0, completed.stderr
    for name in ("INPUT", "DISTANCE", "NAME_FIELD", "DISSOLVE", "OUTPUT"):
        assert name in completed.stdout


def test_run_on_the_sample_writes_the_abords(qgis_home, tmp_path):
    out = tmp_path / "abords.gpkg"
    completed = qgis_process(
        qgis_home, "run", "pvd:heritageperimeters", "--",
        "INPUT={}|layername=monuments_historiques".format(SAMPLE_GPKG), "DISTANCE=500",
        "NAME_FIELD=nom", "DISSOLVE=true", "OUTPUT={}".format(out))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    rows = read_gpkg(out)
    assert len(rows) == 1
    assert rows[0][1]["nb_monuments"] == 6
    assert rows[0][1]["rayon_m"] == 500.0


def test_missing_parameter_fails_with_a_readable_message(qgis_home, tmp_path):
    completed = qgis_process(qgis_home, "run", "pvd:heritageperimeters", "--",
                             "DISTANCE=500", "OUTPUT={}".format(tmp_path / "x.gpkg"))
    assert completed.returncode != 0
    assert "INPUT" in completed.stdout + completed.stderr
    assert not (tmp_path / "x.gpkg").exists()


def test_wrong_parameter_value_fails_with_a_readable_message(qgis_home, tmp_path):
    completed = qgis_process(
        qgis_home, "run", "pvd:heritageperimeters", "--",
        "INPUT={}|layername=monuments_historiques".format(SAMPLE_GPKG), "DISTANCE=-5",
        "OUTPUT={}".format(tmp_path / "x.gpkg"))
    assert completed.returncode != 0
    assert "DISTANCE" in completed.stdout + completed.stderr
