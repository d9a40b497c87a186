"""pvd:substationpriority through processing.run, on GeoPackage files built by hand."""
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.fixtures import Shapes, read_gpkg, write_gpkg

X0, Y0 = 400000.0, 6900000.0
SHAPES = Shapes(X0, Y0)
polygon, point = SHAPES.box, SHAPES.point


@pytest.fixture()
def context_layers(tmp_path):
    """A town centre: ORT 0..400 × 0..200, abords 0..200, SPR 300..400, a square 0..100 × 100..200."""
    path = tmp_path / "contexte.gpkg"
    layers = {
        "ort": write_gpkg(path, "ort_perimetres", 2154, ogr.wkbPolygon, [(polygon(0, 0, 400, 200), {"id_ort": "ORT1"})]),
        "abords": write_gpkg(path, "abords_mh", 2154, ogr.wkbPolygon, [(polygon(0, 0, 200, 200), {"id_mh": "MH1"})]),
        "spr": write_gpkg(path, "spr", 2154, ogr.wkbPolygon, [(polygon(300, 0, 400, 200), {"id_spr": "S1"})]),
        "places": write_gpkg(path, "espaces_publics", 2154, ogr.wkbPolygon, [
            (polygon(0, 100, 100, 200), {"id_ep": "EP1", "classe": "place"})]),
    }
    layers["postes"] = write_gpkg(path, "postes_hta_bt", 2154, ogr.wkbPoint, [
        (point(100, 150), {"id_poste": "P-place", "type_poste": "cabine_haute"}),   # 2 + 2 + 2×0.5 + 4 = 9
        (point(350, 50), {"id_poste": "P-spr", "type_poste": "poste_au_sol"}),      # 2 + 2 + 0 + 4×0.5 = 6
        (point(250, 50), {"id_poste": "P-ort", "type_poste": "cabine_haute"}),      # 2 + 0 + 0 + 4 = 6: tie
        (point(260, 50), {"id_poste": "P-ort2", "type_poste": "Cabine haute"}),     # the same
        (point(900, 50), {"id_poste": "P-campagne", "type_poste": "poste_sur_poteau"}),  # 4 × 0.1
    ])
    return layers


def by_rank(path):
    """Output rows sorted by rank (a GeoPackage lists them in the input's fid order)."""
    return sorted((values for _wkt, values in read_gpkg(path)), key=lambda values: values["rang"])


def run(layers, out, **options):
    import processing

    parameters = {"SUBSTATIONS": layers["postes"], "ORT": layers["ort"],
                  "HERITAGE": [layers["abords"], layers["spr"]], "PUBLIC_SPACES": layers["places"],
                  "OUTPUT": str(out)}
    parameters.update(options)
    return processing.run("pvd:substationpriority", parameters)


def test_ranking_is_explained_by_its_columns(pvd_provider, context_layers, tmp_path):
    out = tmp_path / "priorites.gpkg"
    run(context_layers, out)
    rows = by_rank(out)
    assert [v["id_poste"] for v in rows] == ["P-place", "P-spr", "P-ort", "P-ort2", "P-campagne"]
    assert [v["rang"] for v in rows] == [1, 2, 2, 2, 5]  # ties share a rank, listed in input order
    first = rows[0]
    assert (first["pts_ort"], first["pts_patrimoine"], first["pts_type"]) == (2.0, 2.0, 4.0)
    assert first["pts_espaces_publics"] == pytest.approx(1.0, abs=1e-9)  # half the 25 m disc is the square
    for values in rows:
        parts = values["pts_ort"] + values["pts_patrimoine"] + values["pts_espaces_publics"] + values["pts_type"]
        assert values["score"] == pytest.approx(parts)
    assert [v["score"] for v in rows] == pytest.approx([9.0, 6.0, 6.0, 6.0, 0.4])
    assert rows[0]["type_poste"] == "cabine_haute"  # input attributes are kept


def test_weights_are_parameters(pvd_provider, context_layers, tmp_path):
    out = tmp_path / "priorites.gpkg"
    run(context_layers, out, WEIGHT_HERITAGE=0, WEIGHT_PUBLIC_SPACES=0, WEIGHT_TYPE=10)
    rows = by_rank(out)
    # type dominates: the three cabines hautes first (2 + 10 each), input order among them
    assert [v["id_poste"] for v in rows][:3] == ["P-place", "P-ort", "P-ort2"]
    assert [v["rang"] for v in rows][:4] == [1, 1, 1, 4]


def test_visibility_distance_is_a_parameter(pvd_provider, context_layers, tmp_path):
    out = tmp_path / "priorites.gpkg"
    run(context_layers, out, VISIBILITY_DISTANCE=10)
    rows = {v["id_poste"]: v for _wkt, v in read_gpkg(out)}
    assert rows["P-place"]["pts_espaces_publics"] == pytest.approx(1.0, abs=1e-9)  # still half a disc
    out_far = tmp_path / "priorites_far.gpkg"
    run(context_layers, out_far, VISIBILITY_DISTANCE=0)
    rows = {v["id_poste"]: v for _wkt, v in read_gpkg(out_far)}
    assert rows["P-place"]["pts_espaces_publics"] == 0.0


def test_only_substations_are_required(pvd_provider, context_layers, tmp_path):
    import processing

    out = tmp_path / "seuls.gpkg"
    processing.run("pvd:substationpriority", {"SUBSTATIONS": context_layers["postes"], "OUTPUT": str(out)})
    layer = QgsVectorLayer(str(out), "out", "ogr")
    assert layer.featureCount() == 5
    assert max(f["score"] for f in layer.getFeatures()) == 4.0  # a cabine haute, type only


def test_non_polygon_heritage_layer_is_an_error(pvd_provider, context_layers, tmp_path):
    with pytest.raises(QgsProcessingException):
        run(context_layers, tmp_path / "x.gpkg", HERITAGE=[context_layers["postes"]])
    assert not (tmp_path / "x.gpkg").exists()


def test_an_input_field_of_the_output_is_replaced(pvd_provider, context_layers, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    from pvd_qgis_plugin.core import model

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802 (QGIS API name)
            self.warnings.append(text)

    postes = write_gpkg(tmp_path / "postes.gpkg", "postes_hta_bt", 2154, ogr.wkbPoint, [
        (point(100, 150), {"id_poste": "P-place", "type_poste": "cabine_haute", "score": 99.0})])
    feedback = Recorder()
    out = tmp_path / "priorites.gpkg"
    processing.run("pvd:substationpriority", {"SUBSTATIONS": postes, "ORT": context_layers["ort"],
                                              "OUTPUT": str(out)}, feedback=feedback)
    layer = QgsVectorLayer(str(out), "out", "ogr")
    # the input's score is dropped: the output's own columns follow the input's other fields
    assert layer.fields().names() == ["fid", "id_poste", "type_poste"] + model.names(model.PRIORITY_FIELDS)
    assert "The input field 'score' is replaced by the computed one." in feedback.warnings
    # ORT 2 + type 4 (a cabine haute), no heritage or public-space layer: 6, never the input's 99
    assert next(layer.getFeatures())["score"] == pytest.approx(6.0)
