"""pvd:preparecommune on one commune's files in their published shapes, then the chain on what it builds."""
import os
import shutil
import sqlite3

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.fixtures import write_gpkg

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COMMUNE = os.path.join(ROOT, "tests", "data", "commune")
FILES = os.path.join(COMMUNE, "files")
ORT = os.path.join(COMMUNE, "perimetres-ort.gpkg") + "|layername=secteurs_ort"


class Recorder:
    """A feedback that keeps the warnings (processing.run's own feedback is silent)."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.warnings, self.infos = [], []

            def pushWarning(self, text):  # noqa: N802 (QGIS API name)
                self.warnings.append(text)

            def pushInfo(self, text):  # noqa: N802 (QGIS API name)
                self.infos.append(text)

        return Feedback()


def count(path, table, where=""):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT COUNT(*) FROM {} {}".format(table, where)).fetchone()[0]


def layer(path, name):
    result = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    assert result.isValid(), name
    return result


@pytest.fixture(scope="module")
def prepared(pvd_provider, tmp_path_factory):
    import processing

    out = str(tmp_path_factory.mktemp("commune") / "balleroy.gpkg")
    feedback = Recorder()
    result = processing.run("pvd:preparecommune", {"INSEE": "Balleroy-sur-Drôme", "FOLDER": FILES, "ORT": ORT,
                                                   "OUTPUT": out}, feedback=feedback)
    return out, result, feedback


def test_folder_gives_a_geopackage_that_validates_clean(prepared):
    import processing

    out, result, _feedback = prepared
    assert result["OUTPUT"] == out
    check = processing.run("pvd:validatedata", {"INPUT": out, "OUTPUT": "memory:"})
    assert check["PROBLEMS"] == 0


def test_every_layer_holds_what_the_files_give(prepared):
    out, result, _feedback = prepared
    # Each file holds the commune's rows and a neighbour's (14342), filtered out.
    expected = {"communes": 1, "parcelles": 2, "adresses": 3, "postes_hta_bt": 2, "reseau_bt": 1,
                "monuments_historiques": 1, "abords_mh": 1, "ort_perimetres": 1,
                # BD TOPO buildings (the cadastre's are then not used): two in the commune.
                "batiments": 2,
                # 3 roadways (Grande Rue, Rue du Château, the Vaubadon chemin) + 2 sidewalks.
                "espaces_publics": 5,
                # 3 of the 5 per-address records found a BAN address.
                "consommation_electrique": 3, "consommation_non_geocodee": 2}
    assert {name: count(out, name) for name in expected} == expected
    assert result["MATCH_RATE"] == pytest.approx(0.6)
    with sqlite3.connect(out) as db:
        # The SUP footprint of the château is the Mérimée monument PA00111111: its abords refer to it.
        assert db.execute("SELECT id_mh, rayon_m, pda FROM abords_mh").fetchall() == [("PA00111111", 500.0, 0)]
        assert db.execute("SELECT protection, date_protection FROM monuments_historiques").fetchall() == [
            ("classe", "2013-05-16")]
        assert db.execute("SELECT hauteur_m FROM batiments ORDER BY hauteur_m").fetchall() == [(7.5,), (12.0,)]
        assert db.execute("SELECT DISTINCT type_poste, type_poste_defaut FROM postes_hta_bt").fetchall() == [
            ("poste_au_sol", 1)]
        assert db.execute("SELECT nom, insee FROM ort_perimetres").fetchall() == [
            ("Centre-bourg de Balleroy", "14035")]
        assert db.execute("SELECT adresse, raison FROM consommation_non_geocodee ORDER BY adresse").fetchall() == [
            ("40 GRANDE RUE", "number or repetition index not found in the street"),
            ("5 RUE INCONNUE", "street not found in the BAN of the commune")]


def test_sources_table(prepared):
    out, _result, _feedback = prepared
    with sqlite3.connect(out) as db:
        rows = {row[0] + "/" + row[1]: row[2:] for row in db.execute(
            "SELECT fichier, format, lus, gardes, rejetes, raison, licence FROM sources WHERE format IS NOT NULL")}
    assert rows["cadastre-14-parcelles.json.gz/cadastre_parcelles"][:3] == (2, 2, 0)
    conso = rows["consommation-annuelle-residentielle-par-adresse.csv/enedis_conso_adresse"]
    assert conso[:3] == (5, 3, 2) and "street not found in the BAN" in conso[3]
    assert rows["cadastre-14035-batiments.json/cadastre_batiments"][:3] == (0, 0, 0)
    assert "Licence Ouverte" in rows["adresses-14.csv.gz/ban"][4]
    assert all(row[4] for key, row in rows.items() if not key.startswith("ORT"))


def test_unknown_files_and_empty_formats_are_warned(pvd_provider, tmp_path):
    import processing

    notes = tmp_path / "notes.txt"
    notes.write_text("à lire\n", encoding="utf-8")
    feedback = Recorder()
    out = str(tmp_path / "isigny.gpkg")
    processing.run("pvd:preparecommune", {
        "INSEE": "14342", "FILES": [os.path.join(FILES, "COMMUNE.shp"), str(notes),
                                    os.path.join(FILES, "liste-des-immeubles-proteges-au-titre-des-monuments-"
                                                 "historiques.csv"),
                                    os.path.join(FILES, "consommation-annuelle-residentielle-par-adresse.csv")],
        "OUTPUT": out}, feedback=feedback)
    text = "\n".join(feedback.warnings)
    assert "notes.txt" in text
    # The consumption file only holds 14035: 0 rows for 14342, said.
    assert "consommation-annuelle-residentielle-par-adresse.csv (enedis_conso_adresse)" in text
    assert "ort_perimetres" in text  # no ORT layer: left empty, said
    assert count(out, "monuments_historiques") == 1 and count(out, "ort_perimetres") == 0


def test_cost_table_and_bad_inputs(pvd_provider, tmp_path):
    import processing

    costs = write_gpkg(tmp_path / "couts.gpkg", "couts", 2154, ogr.wkbNone, [
        (None, {"classe": "trottoir", "cout_m": 95.0}), (None, {"classe": "chaussee", "cout_m": 210.0})])
    out = str(tmp_path / "b.gpkg")
    processing.run("pvd:preparecommune", {
        "INSEE": "14035", "FILES": [os.path.join(FILES, "BDT_3-3_GPKG_LAMB93_D014-ED2024-03-15.gpkg"),
                                    os.path.join(FILES, "COMMUNE.shp")], "COST_TABLE": costs, "OUTPUT": out})
    with sqlite3.connect(out) as db:
        assert dict(db.execute("SELECT classe, MAX(cout_m) FROM espaces_publics GROUP BY classe")) == {
            "chaussee": 210.0, "non_revetu": 45.0, "trottoir": 95.0}
    with pytest.raises(QgsProcessingException, match="Nulle-part"):
        processing.run("pvd:preparecommune", {"INSEE": "Nulle-part", "FOLDER": FILES,
                                              "OUTPUT": str(tmp_path / "c.gpkg")})
    folder = tmp_path / "copie"
    shutil.copytree(FILES, str(folder))
    with pytest.raises(QgsProcessingException, match="OUTPUT"):
        processing.run("pvd:preparecommune", {"INSEE": "14035", "FOLDER": str(folder),
                                              "OUTPUT": str(folder / "BDT_3-3_GPKG_LAMB93_D014-ED2024-03-15.gpkg")})


def test_the_chain_runs_on_what_it_builds(prepared, tmp_path):
    import processing

    out, _result, _feedback = prepared
    gpkg = tmp_path / "projet.gpkg"
    # A request 15 m north of Grande Rue, west of the BT line's start (419 600, 6 904 495).
    targets = write_gpkg(gpkg, "demandes", 2154, ogr.wkbPoint, [
        ("POINT (419560 6904515)", {"id_demande": "D1", "puissance_kva": 12.0})])
    routes = processing.run("pvd:connectionroutes", {
        "TARGETS": targets, "TARGET_ID_FIELD": "id_demande", "SOURCES": "{}|layername=reseau_bt".format(out),
        "SURFACES": "{}|layername=espaces_publics".format(out), "SURFACE_COST_FIELD": "cout_m",
        "BARRIERS": "{}|layername=batiments".format(out), "CELL_SIZE": 1.0, "OUTPUT": "memory:"})["OUTPUT"]
    route = next(routes.getFeatures())
    # On 1 m cells: 19 m west along the line's row, then 20 diagonal steps up to the request.
    length = 19 + 20 * 2 ** 0.5
    assert route["length_m"] == pytest.approx(length)
    # It crosses Grande Rue (sidewalk 115 €/m, roadway 185 €/m, sidewalk), the rest is outside the
    # surfaces (DEFAULT_COST 100 €/m): dearer than all at 100 €/m, cheaper than all at 185 €/m.
    assert 100.0 * length < route["cost_eur"] < 185.0 * length
    works = write_gpkg(gpkg, "travaux", 2154, ogr.wkbLineString, [
        ("LINESTRING (419800 6904502, 420200 6904502)", {"id_travaux": "T1", "nature": "extension",
                                                         "statut": "prevu", "date_debut": "2026-03-01",
                                                         "date_fin": "2026-04-01", "insee": "14035"})])
    overlap = processing.run("pvd:overlapanalysis", {
        "INPUT": works, "OVERLAYS": ["{}|layername=ort_perimetres".format(out), "{}|layername=abords_mh".format(out)],
        "LABEL_FIELD": "nom", "OUTPUT": "memory:"})["OUTPUT"]
    row = next(overlap.getFeatures())
    # The works (419 800 → 420 200) lie within the ORT rectangle (419 700 → 420 400): 100 %.
    assert row["ort_perimetres_pc"] == pytest.approx(100.0)
    processing.run("pvd:workscoordination", {
        "WORKS": works, "PROJECTS": works, "SURFACES": "{}|layername=espaces_publics".format(out),
        "OUTPUT": "memory:", "OUTPUT_SUMMARY": "memory:"})
    priorities = processing.run("pvd:substationpriority", {
        "SUBSTATIONS": "{}|layername=postes_hta_bt".format(out), "ORT": "{}|layername=ort_perimetres".format(out),
        "PUBLIC_SPACES": "{}|layername=espaces_publics".format(out), "OUTPUT": "memory:"})["OUTPUT"]
    assert priorities.featureCount() == 2
    pdf = tmp_path / "rapport.pdf"
    processing.run("pvd:report", {"GEOPACKAGE": out, "COMMUNES": "14035", "OUTPUT": str(pdf)})
    assert pdf.read_bytes().startswith(b"%PDF")
