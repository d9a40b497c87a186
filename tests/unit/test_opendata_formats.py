"""The new open-data formats on files in their published shapes (tests/data/commune/files) and real extracts."""
import os

import pytest
import shapely

from pvd_qgis_plugin.core import model
from pvd_qgis_plugin.core.opendata import import_open_data, protection_history
from pvd_qgis_plugin.core.opendata_ban import (geocode_consumption, normalise_repetition, normalise_street,
                                               split_address)
from pvd_qgis_plugin.core.opendata_ign import (commune_codes, import_admin_express, import_bdtopo_batiments,
                                               import_bdtopo_troncons)
from tests.fixtures import as_dicts, realdata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FILES = os.path.join(ROOT, "tests", "data", "commune", "files")
BALLEROY = {"14035": shapely.box(419000, 6904000, 421000, 6905000)}


def data(name):
    return os.path.join(FILES, name)


def test_cadastre_parcels_gzip_streamed_and_filtered():
    result = import_open_data(data("cadastre-14-parcelles.json.gz"), "cadastre_parcelles", ["14035"])
    rows = as_dicts(result)
    assert result.layer == "parcelles"
    assert [(r["id"], r["commune"], r["section"], r["numero"], r["contenance_m2"]) for r in rows] == [
        ("14035000AB0012", "14035", "AB", "12", 1400.0), ("14035000AB0013", "14035", "AB", "13", 1750.0)]
    # 40 m × 35 m = 1 400 m², drawn in Lambert-93 and published in WGS84 (7 decimals ≈ 1 cm).
    assert shapely.area(result.geometries[0]) == pytest.approx(1400, rel=1e-3)


def test_cadastre_buildings():
    result = import_open_data(data("cadastre-14035-batiments.json"), "cadastre_batiments", ["14035"])
    rows = as_dicts(result)
    assert result.layer == "batiments" and len(rows) == 1 and rows[0]["insee"] == "14035"
    assert rows[0]["id_bat"].startswith("CAD-BAT-14035-")
    assert shapely.area(result.geometries[0]) == pytest.approx(20 * 15, rel=1e-3)


def test_real_cadastre_extract():
    result = import_open_data(realdata("cadastre", "cadastre-91479-parcelles_slice.json"), "cadastre_parcelles",
                              ["91479"])
    rows = as_dicts(result)
    assert len(rows) == 408
    first = rows[0]
    assert (first["id"], first["section"], first["numero"], first["contenance_m2"]) == (
        "91479000AB0107", "AB", "107", 49204.0)
    # The legal area is close to the drawn one (within 10 % for most parcels).
    pairs = [(shapely.area(g), row["contenance_m2"]) for g, row in zip(result.geometries, rows)
             if row["contenance_m2"]]
    close = sum(abs(a - b) <= 0.1 * b for a, b in pairs)
    assert len(pairs) > 400 and close / len(pairs) > 0.9


def test_bdtopo_buildings_keep_heights_and_take_the_commune_from_its_outline():
    result = import_bdtopo_batiments(data("BDT_3-3_GPKG_LAMB93_D014-ED2024-03-15.gpkg"), ["14035"], areas=BALLEROY)
    rows = as_dicts(result)
    assert [(r["id_bat"], r["insee"], r["usage"], r["hauteur_m"]) for r in rows] == [
        ("BATIMENT0000000300000001", "14035", "Résidentiel", 7.5),
        ("BATIMENT0000000300000002", "14035", "Commercial et services", 12.0)]
    assert rows[0]["nombre_de_logements"] == "2"
    assert not any(shapely.has_z(result.geometries))
    everything = import_open_data(data("BDT_3-3_GPKG_LAMB93_D014-ED2024-03-15.gpkg"), "bdtopo_batiments", ["14035"])
    assert len(everything.rows) == 3 and everything.warnings


def test_bdtopo_roads_give_roadways_and_sidewalks():
    result = import_bdtopo_troncons(data("BDT_3-3_GPKG_LAMB93_D014-ED2024-03-15.gpkg"), ["14035"],
                                    sidewalk_width=1.5)
    rows = as_dicts(result)
    by_id = {row["id_ep"]: (row, geometry) for row, geometry in zip(rows, result.geometries)}
    assert sorted(by_id) == ["TRONROUT0000000100000001", "TRONROUT0000000100000001-T", "TRONROUT0000000100000002",
                             "TRONROUT0000000100000002-T", "TRONROUT0000000100000003"]
    # Roadways: 1 600 m × 6 m, 400 m × 6 m (width by nature), the chemin 600 m × 3 m.
    assert shapely.area(by_id["TRONROUT0000000100000001"][1]) == pytest.approx(9600)
    assert shapely.area(by_id["TRONROUT0000000100000002"][1]) == pytest.approx(2400)
    assert shapely.area(by_id["TRONROUT0000000100000003"][1]) == pytest.approx(1800)
    assert by_id["TRONROUT0000000100000003"][0]["insee"] == "14035"  # Vaubadon 14727, delegated
    # Grande Rue's sidewalks: its roadway grown by 1.5 m on every side, minus itself:
    # 1 603 × 9 − 1 600 × 6 = 4 827 m², minus Rue du Château's roadway across the north strip
    # (6 m × 1.5 m = 9 m²) = 4 818 m².
    grande_rue = by_id["TRONROUT0000000100000001-T"]
    assert grande_rue[0]["classe"] == "trottoir" and grande_rue[0]["cout_m"] == 115.0
    assert shapely.area(grande_rue[1]) == pytest.approx(4818, abs=0.01)
    roadways = shapely.union_all([by_id[k][1] for k in by_id if not k.endswith("-T")])
    assert shapely.area(shapely.intersection(grande_rue[1], roadways)) == pytest.approx(0, abs=1e-6)
    # The chemin is not urban: no sidewalk.
    assert "TRONROUT0000000100000003-T" not in by_id
    costs = import_bdtopo_troncons(data("BDT_3-3_GPKG_LAMB93_D014-ED2024-03-15.gpkg"), ["14035"],
                                   costs={"trottoir": 100.0})
    assert {row["cout_m"] for row in as_dicts(costs) if row["classe"] == "trottoir"} == {100.0}


def test_admin_express_communes_and_names():
    result = import_admin_express(data("COMMUNE.shp"), ["14035"])
    assert [(row["insee"], row["nom"]) for row in as_dicts(result)] == [("14035", "Balleroy-sur-Drôme")]
    assert shapely.area(result.geometries[0]) == pytest.approx(2000 * 1000)
    assert commune_codes(data("COMMUNE.shp"), ["balleroy sur drome", "ISIGNY-SUR-MER", "Nulle-part"]) == {
        "balleroy sur drome": "14035", "ISIGNY-SUR-MER": "14342"}


def test_ban_addresses_gzip():
    result = import_open_data(data("adresses-14.csv.gz"), "ban", ["14035"])
    rows = as_dicts(result)
    assert result.layer == "adresses"
    assert [(r["id"], r["numero"], r["rep"], r["nom_voie"]) for r in rows] == [
        ("14035_0120_00012", 12, None, "Grande Rue"), ("14035_0120_00014_bis", 14, "bis", "Grande Rue"),
        ("14035_0150_00003", 3, None, "Rue du Château")]
    # Written at (419 410, 6 904 506) in Lambert-93, published as 6-decimal lon/lat (≈ 10 cm).
    assert (shapely.get_x(result.geometries[0]), shapely.get_y(result.geometries[0])) == pytest.approx(
        (419410, 6904506), abs=0.2)


def test_real_ban_extract():
    result = import_open_data(realdata("ban", "adresses-38002_LesAdrets_9rows_VERNIERELoic.csv"), "ban", ["38002"])
    rows = as_dicts(result)
    assert len(rows) == 9 and rows[0]["id"] == "38002_wg4wtw_00010" and rows[0]["numero"] == 10
    # The BAN's own x/y are Lambert-93: the reprojected lon/lat lands within a metre of them.
    assert (shapely.get_x(result.geometries[0]), shapely.get_y(result.geometries[0])) == pytest.approx(
        (934924.86, 6466395.56), abs=1.0)


def test_street_normalisation():
    assert normalise_street("Av. du Général de Gaulle") == normalise_street("AVENUE GENERAL DE GAULLE") == \
        "AVENUE GENERAL GAULLE"
    assert normalise_street("R DU CHATEAU") == normalise_street("Rue du Château") == "RUE CHATEAU"
    assert normalise_street("BD ST MICHEL") == "BOULEVARD SAINT MICHEL"
    assert normalise_repetition("bis") == normalise_repetition("B") == "B"
    assert split_address("14 B GRANDE RUE") == (14, "B", "GRANDE RUE")
    assert split_address("12BIS AV FOCH") == (12, "B", "AV FOCH")
    assert split_address("LE BOURG") == (None, "", "LE BOURG")


def test_consumption_geocoded_through_the_ban():
    consumption = import_open_data(data("consommation-annuelle-residentielle-par-adresse.csv"),
                                   "enedis_conso_adresse", ["14035"])
    addresses = import_open_data(data("adresses-14.csv.gz"), "ban", ["14035"])
    located, unmatched, rate = geocode_consumption(consumption, addresses)
    # 12 GRANDE RUE, 14 B GRANDE RUE (BAN "bis") and 3 R DU CHATEAU (abbreviation) match: 3 of 5.
    assert rate == pytest.approx(3 / 5)
    names = [name for name, _type in located.fields]
    assert [row[names.index("adresse")] for row in located.rows] == ["12 GRANDE RUE", "14 B GRANDE RUE",
                                                                     "3 R DU CHATEAU"]
    assert (shapely.get_x(located.geometries[1]), shapely.get_y(located.geometries[1])) == pytest.approx(
        (420115, 6904506), abs=0.2)
    assert [(row[names.index("adresse")], reason) for row, reason in unmatched] == [
        ("40 GRANDE RUE", "number or repetition index not found in the street"),
        ("5 RUE INCONNUE", "street not found in the BAN of the commune")]


def test_merimee_national_pipe_csv():
    result = import_open_data(data("liste-des-immeubles-proteges-au-titre-des-monuments-historiques.csv"),
                              "merimee", ["14035"])
    rows = as_dicts(result)
    assert [(r["id_mh"], r["nom"], r["protection"], r["date_protection"], r["annee_protection"]) for r in rows] == [
        ("PA00111111", "Château de Balleroy", "classe", "2013-05-16", 2013)]
    assert (shapely.get_x(result.geometries[0]), shapely.get_y(result.geometries[0])) == pytest.approx(
        (419800, 6904600), abs=0.2)
    assert protection_history("inscrit MH", "1927/03/09 : inscrit MH") == ("inscrit", "1927-03-09", 1927)


def test_enedis_network_csv_with_geo_shape():
    result = import_open_data(data("reseau-souterrain-bt.csv"), "enedis_reseau", ["14035"])
    rows = as_dicts(result)
    assert result.layer == "reseau_bt" and [(r["pose"], r["insee"]) for r in rows] == [("souterrain", "14035")]
    assert shapely.length(result.geometries[0]) == pytest.approx(700, abs=0.1)


def test_enedis_postes_csv_with_label_headers():
    result = import_open_data(data("poste-electrique.csv"), "enedis_postes", ["14035"])
    assert len(result.rows) == 2


def test_real_enedis_postes_label_headers():
    result = import_open_data(realdata("enedis", "poste-electrique_rennes-metropole_FloRabit_slice300.csv"),
                              "enedis_postes", ["35216"])
    assert len(result.rows) >= 1
    assert all(row[[n for n, _t in result.fields].index("insee")] == "35216" for row in result.rows)


def test_model_layers_of_the_new_formats():
    assert model.field_names("parcelles")[:6] == ["id", "commune", "prefixe", "section", "numero", "contenance_m2"]
    assert "adresses" in model.LAYERS_BY_NAME
