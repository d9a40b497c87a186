"""pvd:workscoordination through processing.run, on GeoPackage files built by hand."""
import datetime

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.coordination_cases import PROJECTS, WORKS, X0, Y0, box, line, write_projects, write_works
from tests.fixtures import read_gpkg, write_gpkg


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)


def run(parameters, feedback=None):
    import processing

    return processing.run("pvd:workscoordination", parameters, feedback=feedback)


def pairs(path):
    return {(v["id_travaux"], v["id_projet"]): (wkt, v) for wkt, v in read_gpkg(path)}


def test_each_relation_is_found_with_its_numbers(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg")       # French text dates
    projects = write_projects(tmp_path / "projects.gpkg")  # GeoPackage DATE columns
    out, summary = tmp_path / "pairs.gpkg", tmp_path / "summary.gpkg"
    result = run({"WORKS": works, "PROJECTS": projects, "OUTPUT": str(out), "OUTPUT_SUMMARY": str(summary)})
    found = pairs(out)
    assert set(found) == {("W1", "P1"), ("W2", "P2"), ("W3", "P3")}
    wkt, pooled = found[("W1", "P1")]
    assert pooled["relation"] == "mutualisable"
    assert pooled["longueur_commune_m"] == pytest.approx(120.0)
    assert pooled["economie_eur"] == pytest.approx(120.0 * 150.0)
    assert pooled["ecart_jours"] == 63
    assert ogr.CreateGeometryFromWkt(wkt).Length() == pytest.approx(120.0)
    conflict = found[("W2", "P2")][1]
    assert conflict["relation"] == "conflit_moratoire"
    assert conflict["economie_eur"] == 0.0
    assert conflict["date_refection"] == "2025/06/30"
    assert conflict["ecart_jours"] == 428
    assert found[("W3", "P3")][1]["relation"] == "sequence_a_revoir"
    assert result["TOTAL_SAVING_EUR"] == pytest.approx(18000.0)
    assert (result["N_MUTUALISABLE"], result["N_CONFLIT_MORATOIRE"], result["N_SEQUENCE_A_REVOIR"]) == (1, 1, 1)
    rows = {v["id_projet"]: v for _w, v in read_gpkg(summary)}
    assert rows["P1"]["nb_mutualisable"] == 1 and rows["P1"]["economie_eur"] == pytest.approx(18000.0)
    assert rows["P2"]["nb_conflit_moratoire"] == 1 and rows["P3"]["nb_sequence_a_revoir"] == 1
    assert {v["insee"] for v in rows.values()} == {"14342"}


def test_parameters_change_the_relations(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg")
    projects = write_projects(tmp_path / "projects.gpkg")
    out = tmp_path / "pairs.gpkg"
    # a 24-month window pools W3 with P3 (17 months apart); a 12-month moratorium clears W2
    run({"WORKS": works, "PROJECTS": projects, "WINDOW_MONTHS": 24, "MORATORIUM_MONTHS": 12,
         "UNIT_COST": 100, "OUTPUT": str(out)})
    found = pairs(out)
    assert set(found) == {("W1", "P1"), ("W3", "P3")}
    assert found[("W3", "P3")][1]["relation"] == "mutualisable"
    assert found[("W3", "P3")][1]["economie_eur"] == pytest.approx(12000.0)


def test_iso_text_and_datetime_fields_are_read(pvd_provider, tmp_path):
    works = write_gpkg(tmp_path / "works.gpkg", "travaux", 2154, ogr.wkbMultiLineString, [
        (line(-50, 150, 10), {"id_travaux": "W1", "date_debut": datetime.datetime(2027, 9, 1, 8, 0),
                              "date_fin": datetime.datetime(2027, 10, 31, 17, 0)})])
    projects = write_gpkg(tmp_path / "projects.gpkg", "projets", 2154, ogr.wkbMultiPolygon, [
        (box(0, 0, 100, 20), {"id_projet": "P1", "date_debut": "2027-03-01", "date_fin": "2027-06-30T00:00:00"})])
    out = tmp_path / "pairs.gpkg"
    run({"WORKS": works, "PROJECTS": projects, "OUTPUT": str(out)})
    assert [v["relation"] for _w, v in read_gpkg(out)] == ["mutualisable"]


def test_surfaces_give_costs_and_renovation_conflicts(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg", rows=WORKS[:1] + [
        ("W5", "prevu", "01/09/2027", "30/09/2027", line(-50, 150, 1000))])
    projects = write_projects(tmp_path / "projects.gpkg", rows=PROJECTS[:1])
    surfaces = write_gpkg(tmp_path / "surfaces.gpkg", "espaces_publics", 2154, ogr.wkbMultiPolygon, [
        (box(-100, 0, 50, 20), {"id_ep": "EP1", "classe": "chaussee", "cout_m": 200.0, "date_refection": None}),
        (box(50, 0, 200, 20), {"id_ep": "EP2", "classe": "trottoir", "cout_m": 100.0, "date_refection": None}),
        (box(0, 990, 40, 1010), {"id_ep": "EP3", "classe": "place", "cout_m": None,
                                 "date_refection": datetime.date(2026, 1, 15)}),
    ], fields={"id_ep": str, "classe": str, "cout_m": float, "date_refection": datetime.date})
    out = tmp_path / "pairs.gpkg"
    run({"WORKS": works, "PROJECTS": projects, "SURFACES": surfaces, "OUTPUT": str(out)})
    rows = [v for _w, v in read_gpkg(out)]
    pooled = [v for v in rows if v["relation"] == "mutualisable"][0]
    # shared stretch x = -10..110: 60 m of roadway at 200 €/m, 60 m of sidewalk at 100 €/m
    assert pooled["economie_eur"] == pytest.approx(60 * 200 + 60 * 100)
    conflict = [v for v in rows if v["relation"] == "conflit_moratoire"][0]
    assert (conflict["id_travaux"], conflict["id_projet"], conflict["id_surface"]) == ("W5", None, "EP3")
    assert conflict["longueur_commune_m"] == pytest.approx(40.0)
    assert conflict["date_refection"] == "2026/01/15"


def test_point_works_are_paired(pvd_provider, tmp_path):
    works = write_gpkg(tmp_path / "works.gpkg", "branchements", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0 + 50, Y0 + 25), {"id_travaux": "B1", "date_debut": "2027-05-01",
                                                     "date_fin": "2027-05-02"})])
    projects = write_projects(tmp_path / "projects.gpkg", rows=PROJECTS[:1])
    out = tmp_path / "pairs.gpkg"
    run({"WORKS": works, "PROJECTS": projects, "OUTPUT": str(out)})
    rows = read_gpkg(out)
    assert [v["relation"] for _w, v in rows] == ["mutualisable"]
    assert rows[0][0].startswith("MULTIPOINT")
    assert rows[0][1]["longueur_commune_m"] == 0.0


def test_missing_date_field_names_layer_and_field(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg")
    projects = write_projects(tmp_path / "projects.gpkg")
    with pytest.raises(QgsProcessingException, match="Layer 'travaux_raccordement' has no date field 'debut'"):
        run({"WORKS": works, "WORKS_START_FIELD": "debut", "PROJECTS": projects,
             "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()


def test_unreadable_date_names_the_feature_and_value(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg", rows=WORKS[:1] + [
        ("W9", "prevu", "début 2027", "30/09/2027", line(-50, 150, 10))])
    projects = write_projects(tmp_path / "projects.gpkg")
    with pytest.raises(QgsProcessingException, match=r"date_debut.*feature\(s\) 2 \('début 2027'\)"):
        run({"WORKS": works, "PROJECTS": projects, "OUTPUT": str(tmp_path / "x.gpkg")})


def test_start_after_end_is_an_error(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg")
    projects = write_projects(tmp_path / "projects.gpkg", rows=PROJECTS[:1] + [
        ("P8", "prevu", datetime.date(2027, 5, 1), datetime.date(2027, 3, 1), box(0, 0, 10, 10))])
    with pytest.raises(QgsProcessingException, match=r"feature\(s\) 2 \(2027-05-01 > 2027-03-01\)"):
        run({"WORKS": works, "PROJECTS": projects, "OUTPUT": str(tmp_path / "x.gpkg")})


def test_undated_feature_is_left_out_with_a_warning(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg", rows=WORKS[:1] + [
        ("W7", "prevu", "", "30/09/2027", line(-50, 150, 12))])
    projects = write_projects(tmp_path / "projects.gpkg")
    out = tmp_path / "pairs.gpkg"
    feedback = RecordingFeedback()
    run({"WORKS": works, "PROJECTS": projects, "OUTPUT": str(out)}, feedback)
    assert [v["id_travaux"] for _w, v in read_gpkg(out)] == ["W1"]
    assert any("feature(s) 2 have no start or end date" in text for text in feedback.warnings)


def test_absent_status_field_is_a_warning_and_everything_is_planned(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg")
    projects = write_projects(tmp_path / "projects.gpkg")
    out = tmp_path / "pairs.gpkg"
    feedback = RecordingFeedback()
    run({"WORKS": works, "PROJECTS": projects, "PROJECTS_STATUS_FIELD": "etat", "OUTPUT": str(out)}, feedback)
    # P2 counts as planned: W2 comes 14 months after it, inside the moratorium → sequence
    assert pairs(out)[("W2", "P2")][1]["relation"] == "sequence_a_revoir"
    assert any("no field 'etat'" in text for text in feedback.warnings)


def test_geographic_crs_is_refused(pvd_provider, tmp_path):
    works = write_gpkg(tmp_path / "works.gpkg", "travaux", 4326, ogr.wkbLineString, [
        ("LINESTRING (-1 49, -1.001 49)", {"date_debut": "2027-01-01", "date_fin": "2027-01-02"})])
    projects = write_projects(tmp_path / "projects.gpkg")
    with pytest.raises(QgsProcessingException, match="projected CRS"):
        run({"WORKS": works, "PROJECTS": projects, "OUTPUT": str(tmp_path / "x.gpkg")})


def test_text_cost_that_is_not_a_number_is_an_error(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg")
    projects = write_projects(tmp_path / "projects.gpkg")
    surfaces = write_gpkg(tmp_path / "surfaces.gpkg", "espaces_publics", 2154, ogr.wkbMultiPolygon, [
        (box(-100, 0, 50, 20), {"id_ep": "EP1", "cout_m": "120"}),
        (box(50, 0, 200, 20), {"id_ep": "EP2", "cout_m": "cher"})])
    with pytest.raises(QgsProcessingException, match=r"cout_m.*feature\(s\) 2 \('cher'\)"):
        run({"WORKS": works, "PROJECTS": projects, "SURFACES": surfaces, "SURFACES_DATE_FIELD": "",
             "OUTPUT": str(tmp_path / "x.gpkg")})


def test_no_pair_gives_empty_outputs(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg", rows=WORKS[3:])  # the lonely work
    projects = write_projects(tmp_path / "projects.gpkg")
    out, summary = tmp_path / "pairs.gpkg", tmp_path / "summary.gpkg"
    result = run({"WORKS": works, "PROJECTS": projects, "OUTPUT": str(out), "OUTPUT_SUMMARY": str(summary)})
    assert read_gpkg(out) == [] and read_gpkg(summary) == []
    assert result["TOTAL_SAVING_EUR"] == 0.0
