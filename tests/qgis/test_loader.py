"""load_pvd_geopackage: groups, order, titles, styles, no duplicates, clear refusal of other files."""
import os

import pytest
from osgeo import ogr
from qgis.core import QgsProject

from pvd_qgis_plugin.core import model
from pvd_qgis_plugin.gui.loader import NotAPvdGeoPackage, load_pvd_geopackage
from tests.fixtures import write_gpkg


@pytest.fixture()
def project(qgis_app):
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


def tree_layout(project):
    group = project.layerTreeRoot().findGroup("Petites villes de demain")
    return [(sub.name(), [node.layer().name() for node in sub.findLayers()]) for sub in group.children()]


def test_sample_loads_grouped_ordered_titled_and_styled(project, sample_gpkg):
    layers = load_pvd_geopackage(sample_gpkg, project)
    assert len(layers) == len(model.LAYERS) == 18 and all(layer.isValid() for layer in layers)
    assert tree_layout(project) == [
        ("Travaux", ["Demandes de raccordement", "Travaux de raccordement", "Projets d'espaces publics"]),
        ("Réseau Enedis", ["Postes HTA/BT", "Réseau BT", "Réseau HTA", "Consommation électrique"]),
        ("Espaces publics et patrimoine", ["Adresses", "Monuments historiques", "Bâtiments", "Espaces publics"]),
        ("Habitat et énergie", ["Diagnostics de performance énergétique", "Carreaux Filosofi 200 m"]),
        ("Périmètres", ["Sites patrimoniaux remarquables", "Abords des monuments historiques", "Périmètres ORT",
                        "Parcelles cadastrales", "Communes"]),
    ]
    # the group sits on top of the project's tree
    assert project.layerTreeRoot().children()[0].name() == "Petites villes de demain"
    by_name = {layer.customProperty("pvd/model_layer"): layer for layer in layers}
    assert by_name["postes_hta_bt"].featureCount() > 100
    renderer = by_name["espaces_publics"].renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "classe"
    assert {category.value() for category in renderer.categories()} == set(model.SURFACE_CLASSES)
    assert by_name["postes_hta_bt"].renderer().classAttribute() == "type_poste"
    assert by_name["communes"].labelsEnabled()


def test_loading_twice_does_not_duplicate(project, sample_gpkg):
    first = load_pvd_geopackage(sample_gpkg, project)
    second = load_pvd_geopackage(sample_gpkg, project)
    assert [layer.id() for layer in first] == [layer.id() for layer in second]
    assert len(project.mapLayers()) == len(model.LAYERS)
    assert len(project.layerTreeRoot().findGroups()) == 1


def test_partial_pvd_file_loads_what_it_has(project, tmp_path):
    path = tmp_path / "postes.gpkg"
    write_gpkg(path, "postes_hta_bt", 2154, ogr.wkbPoint, [
        ("POINT (420000 6904500)", {"id_poste": "P1", "type_poste": "poste_au_sol", "insee": "14035"})])
    layers = load_pvd_geopackage(str(path), project)
    assert [layer.name() for layer in layers] == ["Postes HTA/BT"]
    assert layers[0].featureCount() == 1


def test_non_pvd_file_gets_a_clear_message(project, tmp_path):
    path = tmp_path / "routes.gpkg"
    write_gpkg(path, "routes", 2154, ogr.wkbLineString, [("LINESTRING (0 0, 1 1)", {"nom": "A"})])
    with pytest.raises(NotAPvdGeoPackage) as error:
        load_pvd_geopackage(str(path), project)
    assert "routes.gpkg" in str(error.value) and "not a PVD GeoPackage" in str(error.value)
    assert "routes" in str(error.value)
    assert project.mapLayers() == {}
    text = tmp_path / "notes.gpkg"
    text.write_text("not a database")
    with pytest.raises(NotAPvdGeoPackage, match="cannot be read"):
        load_pvd_geopackage(str(text), project)
    with pytest.raises(NotAPvdGeoPackage, match="not found"):
        load_pvd_geopackage(os.path.join(str(tmp_path), "missing.gpkg"), project)
