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


def test_model_runs_on_the_sample(pvd_provider, sample_gpkg, tmp_path):
    """As the toolbox runs it (pvd:chainepvd), only the GeoPackage, the commune and two outputs given."""
    import processing

    pdf, routes = tmp_path / "rapport.pdf", tmp_path / "traces.gpkg"
    processing.run("pvd:chainepvd", {
        "geopackage": sample_gpkg, "communes": "isigny", "report:Rapport communal (PDF)": str(pdf),
        "routes:Tracés de raccordement (mutualisés)": str(routes), "routes:Réseau de tranchées": "TEMPORARY_OUTPUT",
        "coordination:Coordination des travaux": "TEMPORARY_OUTPUT",
        "overlap:Recouvrement des travaux": "TEMPORARY_OUTPUT", "priorities:Priorités des postes": "TEMPORARY_OUTPUT",
        "validate:Problèmes du GeoPackage": "TEMPORARY_OUTPUT"})
    assert pdf_pages(pdf) == 2
    statuses = [values["status"] for _wkt, values in read_gpkg(routes)]
    assert len(statuses) == 25 and set(statuses) == {"ok"}
    # the fixed cost left out takes the model's default (1 000 €): a route of 0 m costs exactly that
    totals = {values["length_m"]: values["total_eur"] for _wkt, values in read_gpkg(routes)}
    assert totals[0.0] == pytest.approx(1000.0)


def test_model_is_in_the_toolbox_with_every_cost_assumption_an_input(pvd_provider):
    from qgis.core import QgsApplication

    model = QgsApplication.processingRegistry().createAlgorithmById("pvd:chainepvd")
    assert model is not None and model.displayName() == "Complete PVD chain"
    defaults = {d.name(): d.defaultValue() for d in model.parameterDefinitions() if not d.isDestination()}
    # no hidden cost: the fixed cost per connection, €/m, réfaction and reuse are inputs with their values
    assert defaults == {"geopackage": None, "communes": None, "cout_defaut": 100.0, "cout_fixe": 1000.0,
                        "refaction": 0.4, "reutilisation": 0.2, "taille_cellule": 2.0, "marge": 250.0,
                        "cout_coordination": 150.0}
    routes = model.childAlgorithm("routes").parameterSources()
    assert routes["FIXED_COST"][0].parameterName() == "cout_fixe"
    outputs = sorted(d.description() for d in model.destinationParameterDefinitions())
    assert "Tracés de raccordement (mutualisés)" in outputs and "Réseau de tranchées" in outputs


def test_model_boxes_do_not_overlap_inputs_left_outputs_right(model):
    boxes = [("input", c.position()) for c in model.parameterComponents().values()]
    boxes += [("step", c.position()) for c in model.childAlgorithms().values()]
    boxes += [("output", o.position()) for c in model.childAlgorithms().values() for o in c.modelOutputs().values()]
    # the modeler draws boxes about 200 × 30 px around their position
    for number, (_kind, first) in enumerate(boxes):
        for _other, second in boxes[number + 1:]:
            assert abs(first.x() - second.x()) >= 200 or abs(first.y() - second.y()) >= 40, (first, second)
    xs = {kind: [point.x() for k, point in boxes if k == kind] for kind in ("input", "step", "output")}
    assert max(xs["input"]) < min(xs["step"]) and max(xs["step"]) < min(xs["output"])
    assert all(point.x() >= 0 and point.y() >= 0 for _kind, point in boxes)
