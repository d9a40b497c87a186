"""The sample GeoPackage is rebuilt identically by its script, and holds every model layer."""
import os
import subprocess
import sys

import pytest
from osgeo import ogr

from pvd_qgis_plugin.core import model

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHIPPED = os.path.join(REPO, "sample_layers", "pvd_isigny_omaha.gpkg")


def dump(path):
    dataset = ogr.Open(str(path))
    content = {}
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(index)
        content[layer.GetName()] = [(feature.GetFID(), feature.GetGeometryRef().ExportToWkt(), feature.items())
                                    for feature in layer]
    return content


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    paths = [folder / "first.gpkg", folder / "second.gpkg"]
    for path in paths:
        subprocess.run([sys.executable, os.path.join(REPO, "sample_layers", "build_sample.py"), str(path)],
                       check=True, capture_output=True, timeout=300)
    return [dump(path) for path in paths]


def test_rebuild_gives_identical_features(two_builds):
    first, second = two_builds
    assert first == second
    assert first == dump(SHIPPED), "sample_layers/pvd_isigny_omaha.gpkg is not what build_sample.py builds"


def test_sample_has_every_layer_in_the_stated_ranges(two_builds):
    content = two_builds[0]
    assert set(content) == set(model.LAYERS_BY_NAME)
    for insee in ("14035", "14312", "14342", "14370", "14711"):
        posts = [values for _fid, _wkt, values in content["postes_hta_bt"] if values["insee"] == insee]
        assert 20 <= len(posts) <= 60
        assert {values["type_poste"] for values in posts} == set(model.SUBSTATION_TYPES)
    assert 10 <= len(content["travaux_raccordement"]) <= 30
    assert 10 <= len(content["demandes_raccordement"]) <= 20
    assert {values["statut"] for _f, _w, values in content["travaux_raccordement"]} == {"realise", "prevu"}
    assert len(content["monuments_historiques"]) == 6
    assert os.path.getsize(SHIPPED) < 5 * 1024 * 1024
