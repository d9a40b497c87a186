"""core.validation on real GeoPackage files: the sample passes, a broken file shows each problem kind."""
from pvd_qgis_plugin.core import model
from pvd_qgis_plugin.core.validation import PROBLEM_KINDS, summary, validate_geopackage
from tests.broken_pvd import write_broken_pvd


def test_sample_has_no_problem(sample_gpkg):
    assert validate_geopackage(sample_gpkg) == []


def test_broken_file_shows_every_problem_kind(tmp_path):
    problems = validate_geopackage(write_broken_pvd(tmp_path / "broken.gpkg"))
    found = {(p.layer, p.feature_id, p.field, p.problem) for p in problems}
    assert set(summary(problems)) == set(PROBLEM_KINDS)
    assert ("communes", None, None, "crs") in found
    assert ("espaces_publics", None, "cout_m", "missing_field") in found
    assert ("espaces_publics", 2, None, "invalid_geometry") in found
    assert ("espaces_publics", 3, None, "empty_geometry") in found
    assert ("espaces_publics", 1, "id_ep", "duplicate_id") in found and ("espaces_publics", 4, "id_ep",
                                                                         "duplicate_id") in found
    assert ("espaces_publics", 5, "classe", "value_not_allowed") in found
    assert ("espaces_publics", 6, "id_ep", "missing_value") in found
    assert ("postes_hta_bt", None, None, "geometry_type") in found
    assert ("travaux_raccordement", 1, "date_fin", "dates_out_of_order") in found
    assert ("travaux_raccordement", 2, "date_fin", "dates_out_of_order") not in found  # same day is fine
    assert ("demandes_raccordement", None, "puissance_kva", "field_type") in found
    assert ("travaux_raccordement", 3, "cout_eur", "not_a_number") in found
    assert ("travaux_raccordement", 3, "date_fin", "invalid_date") in found
    missing = {p.layer for p in problems if p.problem == "missing_layer"}
    assert missing == set(model.LAYERS_BY_NAME) - {
        "communes", "espaces_publics", "postes_hta_bt", "travaux_raccordement", "demandes_raccordement"}
    # exactly the planted problems, nothing else
    assert summary(problems) == {"missing_layer": 13, "missing_field": 1, "field_type": 1, "geometry_type": 1,
                                 "crs": 1, "empty_geometry": 1, "invalid_geometry": 1, "missing_value": 1,
                                 "value_not_allowed": 1, "duplicate_id": 2, "dates_out_of_order": 1,
                                 "not_a_number": 1, "invalid_date": 1}


def test_feature_of_the_wrong_geometry_type_in_a_right_layer():
    import numpy as np
    import shapely

    from pvd_qgis_plugin.core.validation import check_layer

    definition = model.layer("postes_hta_bt")
    geometries = np.array([shapely.Point(0, 0), shapely.LineString([(0, 0), (1, 1)])], dtype=object)
    rows = [{"id_poste": "P1", "type_poste": "poste_au_sol", "insee": "14035"},
            {"id_poste": "P2", "type_poste": "cabine_haute", "insee": "14035"}]
    schema = {"id_poste": "str", "nom": "str", "type_poste": "str", "puissance_kva": "float", "insee": "str"}
    problems = check_layer(definition, "Point", schema, 2154, np.array([7, 8]), geometries, rows)
    assert [(p.feature_id, p.problem, p.detail) for p in problems] == [
        (8, "geometry_type", "LineString in a Point layer")]
