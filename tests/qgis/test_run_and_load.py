"""Runs the way the dialog does (``processing.runAndLoadResults``): nothing reported as failed.

The dialog hands every output to the project; Processing then loads each layer the
algorithm registered and reports "The following layers were not correctly generated"
for any it cannot find. An output registered but never created (a phantom) shows there.
"""
import pytest
from qgis.core import QgsProcessingFeedback, QgsProject

from pvd_qgis_plugin.core import model


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802 (QGIS API name)
        self.errors.append(error)
        super().reportError(error, fatalError)


def sample_layer(sample_gpkg, table):
    return "{}|layername={}".format(sample_gpkg, table)


@pytest.fixture()
def project():
    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()


def loaded_layer_names(project):
    return sorted(layer.name() for layer in project.mapLayers().values())


def test_overlap_analysis_loads_its_outputs_without_error(pvd_provider, sample_gpkg, project):
    import processing

    feedback = RecordingFeedback()
    result = processing.runAndLoadResults("pvd:overlapanalysis", {
        "INPUT": sample_layer(sample_gpkg, "travaux_raccordement"),
        "OVERLAYS": [sample_layer(sample_gpkg, "ort_perimetres"), sample_layer(sample_gpkg, "abords_mh")],
        "LABEL_FIELD": "nom",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT",
    }, feedback=feedback)
    assert result is not None
    assert feedback.errors == []
    # exactly the two outputs were loaded, no phantom beside them
    assert len(project.mapLayers()) == 2, loaded_layer_names(project)


def test_shared_trench_routing_loads_its_outputs_without_error(pvd_provider, sample_gpkg, project):
    import processing

    feedback = RecordingFeedback()
    result = processing.runAndLoadResults("pvd:connectionroutes", {
        "TARGETS": sample_layer(sample_gpkg, "demandes_raccordement"),
        "TARGET_ID_FIELD": "id_demande",
        "SOURCES": [sample_layer(sample_gpkg, "postes_hta_bt"), sample_layer(sample_gpkg, "reseau_bt")],
        "SURFACES": sample_layer(sample_gpkg, "espaces_publics"),
        "BARRIERS": [sample_layer(sample_gpkg, "batiments")],
        "CELL_SIZE": 2.0,
        "MARGIN": 150.0,
        "SHARED_TRENCHES": True,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_NETWORK": "TEMPORARY_OUTPUT",
    }, feedback=feedback)
    assert result is not None and result["OUTPUT_NETWORK"]
    assert feedback.errors == []
    assert len(project.mapLayers()) == 2, loaded_layer_names(project)


def test_loaded_routes_keep_field_names_and_show_display_names(pvd_provider, sample_gpkg, project):
    import processing

    processing.runAndLoadResults("pvd:connectionroutes", {
        "TARGETS": sample_layer(sample_gpkg, "demandes_raccordement"),
        "SOURCES": [sample_layer(sample_gpkg, "postes_hta_bt"), sample_layer(sample_gpkg, "reseau_bt")],
        "CELL_SIZE": 2.0, "MARGIN": 150.0, "OUTPUT": "TEMPORARY_OUTPUT",
    }, feedback=RecordingFeedback())
    (layer,) = project.mapLayers().values()
    fields = layer.fields()
    assert fields.names() == model.names(model.ROUTE_FIELDS)
    assert [fields.field(name).alias() for name in ("target_id", "total_eur", "status")] == [
        "Request", "Total cost (€)", "Status"]
    status = layer.editorWidgetSetup(fields.lookupField("status"))
    assert status.type() == "ValueMap" and {"route found": "ok"} in status.config()["map"]


def test_the_model_loads_its_outputs_without_error(pvd_provider, sample_gpkg, project, tmp_path):
    """The whole chain as the toolbox runs it: every step's outputs load, none reported as failed."""
    import processing

    feedback = RecordingFeedback()
    outputs = ["routes:Tracés de raccordement (mutualisés)", "routes:Réseau de tranchées",
               "coordination:Coordination des travaux", "overlap:Recouvrement des travaux",
               "priorities:Priorités des postes", "validate:Problèmes du GeoPackage"]
    parameters = {name: "TEMPORARY_OUTPUT" for name in outputs}
    parameters.update({"geopackage": sample_gpkg, "communes": "14711",
                       "report:Rapport communal (PDF)": str(tmp_path / "rapport.pdf")})
    result = processing.runAndLoadResults("pvd:chainepvd", parameters, feedback=feedback)
    assert result is not None and feedback.errors == []
    assert sorted(layer.name() for layer in project.mapLayers().values()) == sorted(
        name.split(":")[1] for name in outputs)


@pytest.mark.parametrize("destination", ["TEMPORARY_OUTPUT", "file"])
def test_energy_precarity_loads_its_output_without_error(pvd_provider, sample_gpkg, project, tmp_path, destination):
    import processing

    feedback = RecordingFeedback()
    result = processing.runAndLoadResults("pvd:energyprecarity", {
        "CELLS": sample_layer(sample_gpkg, "carreaux_filosofi"), "DPE": sample_layer(sample_gpkg, "dpe"),
        "OUTPUT": str(tmp_path / "precarite.gpkg") if destination == "file" else destination,
    }, feedback=feedback)
    assert result is not None
    assert feedback.errors == []
    assert len(project.mapLayers()) == 1, loaded_layer_names(project)
