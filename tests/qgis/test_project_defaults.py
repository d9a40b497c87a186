"""The dialogs' preselection: model layers of the current project become the inputs' defaults.

An algorithm created while the project holds PVD layers (as a dialog creates it) defaults
each input to the layer of the model it expects; scripts calling processing.run keep the
parameters' own defaults whatever the project holds.
"""
import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from tests.fixtures import write_gpkg


@pytest.fixture()
def project():
    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()


def create(algorithm_id):
    return QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)


def default_names(algorithm, name, project):
    """The default of parameter ``name`` as layer names (a list for a multi-layer input)."""
    value = algorithm.parameterDefinition(name).defaultValue()
    if isinstance(value, list):
        return [project.mapLayer(item).name() for item in value]
    layer = project.mapLayer(value) if isinstance(value, str) else None
    return layer.name() if layer is not None else value


def test_plugin_loaded_sample_gives_each_input_its_model_layer(pvd_provider, sample_gpkg, project):
    from pvd_qgis_plugin.gui.loader import load_pvd_geopackage

    load_pvd_geopackage(sample_gpkg, project)
    routes = create("pvd:connectionroutes")
    assert default_names(routes, "TARGETS", project) == "Demandes de raccordement"
    assert default_names(routes, "SOURCES", project) == ["Postes HTA/BT", "Réseau BT"]
    assert default_names(routes, "BARRIERS", project) == ["Bâtiments"]
    assert default_names(routes, "PENALTY_ZONES", project) == ["Abords des monuments historiques",
                                                               "Sites patrimoniaux remarquables"]
    assert routes.parameterDefinition("TARGET_ID_FIELD").defaultValue() == "id_demande"
    works = create("pvd:workscoordination")
    assert default_names(works, "WORKS", project) == "Travaux de raccordement"
    assert default_names(works, "PROJECTS", project) == "Projets d'espaces publics"
    assert default_names(create("pvd:substationpriority"), "SUBSTATIONS", project) == "Postes HTA/BT"
    assert default_names(create("pvd:heritageperimeters"), "INPUT", project) == "Monuments historiques"
    assert create("pvd:report").parameterDefinition("GEOPACKAGE").defaultValue() == sample_gpkg


def test_layers_of_any_pvd_geopackage_are_recognised_by_table_or_title(pvd_provider, tmp_path, project):
    gpkg = tmp_path / "autre.gpkg"
    write_gpkg(gpkg, "postes_hta_bt", 2154, ogr.wkbPoint, [("POINT (0 0)", {"id_poste": "P1"})])
    write_gpkg(gpkg, "points", 2154, ogr.wkbPoint, [("POINT (1 1)", {"id_demande": "D1"})])
    # dragged into QGIS: named after the file, recognised by its table
    by_table = QgsVectorLayer("{}|layername=postes_hta_bt".format(gpkg), "autre", "ogr")
    # any source, named with the plugin's French title
    by_title = QgsVectorLayer("{}|layername=points".format(gpkg), "Demandes de raccordement", "ogr")
    unrelated = QgsVectorLayer("{}|layername=points".format(gpkg), "points", "ogr")
    project.addMapLayers([unrelated, by_table, by_title])
    routes = create("pvd:connectionroutes")
    assert default_names(routes, "TARGETS", project) == "Demandes de raccordement"
    assert default_names(routes, "SOURCES", project) == ["autre"]
    assert default_names(routes, "BARRIERS", project) is None  # no buildings in the project: nothing forced


def test_without_pvd_layers_nothing_is_preselected(pvd_provider, tmp_path, project):
    gpkg = tmp_path / "plu.gpkg"  # a table of no PVD model layer (parcelles is one now)
    write_gpkg(gpkg, "zonage_plu", 2154, ogr.wkbPolygon, [("POLYGON ((0 0, 1 0, 1 1, 0 0))", {"id": "A1"})])
    project.addMapLayer(QgsVectorLayer("{}|layername=zonage_plu".format(gpkg), "zonage_plu", "ogr"))
    from pvd_qgis_plugin.processing_provider.base import PvdAlgorithm

    for algorithm in [alg for alg in pvd_provider.algorithms() if isinstance(alg, PvdAlgorithm)]:
        fresh, bare = create(algorithm.id()), algorithm  # the provider's copy was made without a project
        for definition in fresh.parameterDefinitions():
            assert definition.defaultValue() == bare.parameterDefinition(definition.name()).defaultValue(), \
                (algorithm.id(), definition.name())


def test_a_script_keeps_the_parameters_own_defaults_in_a_pvd_project(pvd_provider, sample_gpkg, project):
    """processing.run without BARRIERS or PENALTY_ZONES routes through buildings and abords as before."""
    import processing

    from pvd_qgis_plugin.gui.loader import load_pvd_geopackage

    parameters = {
        "TARGETS": "{}|layername=demandes_raccordement".format(sample_gpkg),
        "SOURCES": ["{}|layername=postes_hta_bt".format(sample_gpkg)],
        "CELL_SIZE": 2.0, "MARGIN": 100.0, "OUTPUT": "memory:",
    }
    before = processing.run("pvd:connectionroutes", dict(parameters))
    load_pvd_geopackage(sample_gpkg, project)
    after = processing.run("pvd:connectionroutes", dict(parameters))
    costs = [sorted((f["target_id"], f["cost_eur"]) for f in result["OUTPUT"].getFeatures())
             for result in (before, after)]
    assert costs[0] == costs[1]
    # the ids stay feature ids (no TARGET_ID_FIELD given), not the project's id_demande
    assert all(target_id.isdigit() for target_id, _cost in costs[1])
