"""The processing model shipped with the plugin chains the main steps and runs on the sample."""
import os

import pytest
from qgis.core import QgsProcessingModelAlgorithm

from tests.fixtures import read_gpkg
from tests.qgis.test_report import pdf_pages

MODEL = os.path.join(os.path.dirname(__import__("pvd_qgis_plugin").__file__), "resources", "models",
                     "pvd_chaine.model3")


@pytest.fixture()
def model(pvd_provider):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL)
    return model


def test_model_chains_every_main_step(model):
    steps = {child.algorithmId() for child in model.childAlgorithms().values()}
    assert len(model.childAlgorithms()) == 7  # routes twice: shared trenches and independent, for the saving
    assert steps == {"pvd:validatedata", "pvd:overlapanalysis", "pvd:connectionroutes", "pvd:workscoordination",
                     "pvd:substationpriority", "pvd:report"}
    ok, issues = model.validate()
    assert ok, issues


def test_model_runs_on_the_sample(model, sample_gpkg, tmp_path):
    import processing

    pdf, routes = tmp_path / "rapport.pdf", tmp_path / "traces.gpkg"
    processing.run(model, {
        "geopackage": sample_gpkg, "communes": "14342", "report:rapport": str(pdf), "routes:traces": str(routes),
        "routes:tranchees": "TEMPORARY_OUTPUT", "coordination:coordination": "TEMPORARY_OUTPUT",
        "overlap:recouvrements": "TEMPORARY_OUTPUT", "priorities:priorites": "TEMPORARY_OUTPUT",
        "validate:verification": "TEMPORARY_OUTPUT"})
    assert pdf_pages(pdf) == 2
    statuses = [values["status"] for _wkt, values in read_gpkg(routes)]
    assert len(statuses) == 25 and set(statuses) == {"ok"}
