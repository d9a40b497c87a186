"""Outputs that QGIS loads get the plugin's style; outputs written to files are left alone."""
from qgis.core import QgsProject


def sample_layer(sample_gpkg, name):
    return "{}|layername={}".format(sample_gpkg, name)


def test_priorities_loaded_in_qgis_are_graduated_by_rank(pvd_provider, sample_gpkg):
    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults("pvd:substationpriority", {
        "SUBSTATIONS": sample_layer(sample_gpkg, "postes_hta_bt"), "TYPE_FIELD": "type_poste",
        "ORT": sample_layer(sample_gpkg, "ort_perimetres"), "OUTPUT": "TEMPORARY_OUTPUT"})
    added = [project.mapLayer(layer_id) for layer_id in set(project.mapLayers()) - before]
    try:
        assert len(added) == 1
        renderer = added[0].renderer()
        assert renderer.type() == "graduatedSymbol"
        assert renderer.classAttribute() == "rang"
        assert added[0].labelsEnabled()
    finally:
        project.removeMapLayers([layer.id() for layer in added])
