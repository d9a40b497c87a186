"""core.opendata on small files written in each real open-data format (tests/data/opendata)."""
import os
import shutil

import pytest
import shapely
from osgeo import osr

from pvd_qgis_plugin.core import model
from pvd_qgis_plugin.core.opendata import OpenDataError, import_open_data, parse_date, parse_lat_lon
from tests.fixtures import as_dicts

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "opendata")
PVD = ["14035", "14312", "14342", "14370", "14711"]


def data(name):
    return os.path.join(DATA, name)


def lambert93(lon, lat):
    """Reference transformation through GDAL/OSR (independent of the code under test)."""
    wgs84, l93 = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    l93.ImportFromEPSG(2154)
    x, y, _ = osr.CoordinateTransformation(wgs84, l93).TransformPoint(lon, lat)
    return x, y


def test_enedis_postes_csv_with_geo_point_and_delegated_commune():
    result = import_open_data(data("poste-electrique.csv"), "enedis_postes", ["14035"])
    rows = as_dicts(result)
    assert result.layer == "postes_hta_bt" and result.geometry_type == "Point"
    assert [row["insee"] for row in rows] == ["14035", "14035"]  # Vaubadon 14727 belongs to Balleroy
    assert [row["code_commune"] for row in rows] == ["14035", "14727"]  # original attributes kept
    assert rows[1]["nom_commune"] == "Vaubadon"
    x, y = lambert93(-0.84, 49.179)
    assert shapely.get_x(result.geometries[0]) == pytest.approx(x, abs=0.01)
    assert shapely.get_y(result.geometries[0]) == pytest.approx(y, abs=0.01)
    assert rows[0]["id_poste"].startswith("ENEDIS-P-14035-") and rows[0]["id_poste"] != rows[1]["id_poste"]
    assert rows[0]["type_poste"] is None and rows[0]["puissance_kva"] is None
    assert [name for name, _t in result.fields][:5] == model.field_names("postes_hta_bt")


def test_enedis_postes_ids_do_not_depend_on_row_order(tmp_path):
    with open(data("poste-electrique.csv"), encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    reversed_file = tmp_path / "poste-electrique.csv"
    reversed_file.write_text("\n".join([lines[0]] + lines[:0:-1]) + "\n", encoding="utf-8")
    first = {row["id_poste"] for row in as_dicts(import_open_data(data("poste-electrique.csv"), "enedis_postes"))}
    second = {row["id_poste"] for row in as_dicts(import_open_data(str(reversed_file), "enedis_postes"))}
    assert first == second and len(first) == 4


def test_enedis_reseau_geojson_underground_bt():
    result = import_open_data(data("reseau-souterrain-bt.geojson"), "enedis_reseau", PVD)
    rows = as_dicts(result)
    assert result.layer == "reseau_bt" and result.geometry_type == "MultiLineString"
    assert [(row["insee"], row["pose"]) for row in rows] == [("14370", "souterrain"), ("14711", "souterrain")]
    x0, y0 = lambert93(-0.8870, 49.2430)
    assert tuple(shapely.get_coordinates(result.geometries[0])[0]) == pytest.approx((x0, y0), abs=0.01)


def test_enedis_reseau_shapefile_aerial_hta_with_truncated_field_names():
    result = import_open_data(data("reseau-hta.shp"), "enedis_reseau", ["14342"])
    rows = as_dicts(result)
    assert result.layer == "reseau_hta"
    assert [(row["insee"], row["code_commu"], row["pose"]) for row in rows] == [
        ("14342", "14342", "aerien"), ("14342", "14142", "aerien")]


def test_merimee_both_coordinate_forms_and_old_commune_codes():
    result = import_open_data(data("merimee.csv"), "merimee", PVD)
    rows = as_dicts(result)
    assert [row["id_mh"] for row in rows] == ["PA00111111", "PA00222222"]  # Bayeux filtered out
    assert [row["insee"] for row in rows] == ["14035", "14342"]  # Castilly 14142 is now Isigny-sur-Mer
    assert [row["protection"] for row in rows] == ["classe", "inscrit"]
    assert [row["date_protection"] for row in rows] == ["1951-05-07", "2005-12-19"]
    assert [row["annee_protection"] for row in rows] == [1951, 2005]
    assert [row["localisation"] for row in rows] == ["exacte", "approximative"]
    assert rows[0]["coordonnees_au_format_wgs84"] == '{"lat": 49.17917, "lon": -0.8425}'
    for geometry, (lon, lat) in zip(result.geometries, [(-0.8425, 49.17917), (-1.02556, 49.275)]):
        assert (shapely.get_x(geometry), shapely.get_y(geometry)) == pytest.approx(lambert93(lon, lat), abs=0.01)


def test_cnig_ac1_shapefile_gives_abords():
    result = import_open_data(data("AC1_ASSIETTE_SUP_S.shp"), "cnig_sup")
    rows = as_dicts(result)
    assert result.layer == "abords_mh"
    assert [(row["id_mh"], row["rayon_m"], row["facteur"]) for row in rows] == [
        ("PA00111111", 500.0, 1.3), ("PA00222222", 500.0, 1.3)]
    assert rows[0]["typeass"] == "Périmètre des abords"
    assert shapely.area(result.geometries[0]) == pytest.approx(shapely.area(
        shapely.Point(0, 0).buffer(500, quad_segs=8)), rel=1e-6)


def test_gpu_ac4_geojson_gives_spr_with_insee_filter():
    result = import_open_data(data("AC4_ASSIETTE_SUP_S_gpu.geojson"), "cnig_sup", ["14035"])
    rows = as_dicts(result)
    assert result.layer == "spr"
    assert [(row["id_spr"], row["insee"], row["facteur"]) for row in rows] == [("AC4-14035-1", "14035", 1.5)]
    assert import_open_data(data("AC4_ASSIETTE_SUP_S_gpu.geojson"), "cnig_sup", ["14342"]).rows == []


def test_anct_pvd_list_iso_dates():
    result = import_open_data(data("liste-pvd.csv"), "anct", PVD)
    rows = as_dicts(result)
    assert result.layer == "ort_perimetres" and result.geometry_type is None
    assert [(row["id_ort"], row["insee"], row["date_signature"]) for row in rows] == [
        ("pvd-28-14-12", "14035", "2021-06-10"), ("pvd-28-14-13", "14312", "2021-06-10")]


def test_anct_ort_list_french_dates_and_unsigned_rows():
    result = import_open_data(data("liste-ort.csv"), "anct")
    rows = as_dicts(result)
    assert [(row["id_ort"], row["nom"], row["date_signature"], row["signee"]) for row in rows] == [
        ("ORT-14342", "Isigny-sur-Mer", "2023-06-29", "Signée"),
        ("ORT-14711", "Trévières", "2022-03-15", "Terminée"),
        ("ORT-14370", "Le Molay-Littry", None, "Non signée")]


def test_bdtopo_troncons_become_roadway_surfaces():
    result = import_open_data(data("troncon_de_route.gpkg"), "bdtopo_routes", ["14035"])
    rows = as_dicts(result)
    assert result.layer == "espaces_publics"
    assert [(row["id_ep"], row["classe"], row["insee"]) for row in rows] == [
        ("TRONROUT0000000000000001", "chaussee", "14035"), ("TRONROUT0000000000000002", "non_revetu", "14035"),
        ("TRONROUT0000000000000001-T", "trottoir", "14035")]
    # The urban GRANDE RUE gets 1.5 m sidewalks: its roadway grown by 1.5 m, minus itself: 103 × 9 − 600.
    assert [shapely.area(g) for g in result.geometries] == pytest.approx([100 * 6.0, 80 * 3.0, 103 * 9 - 600])
    assert not any(shapely.has_z(result.geometries))
    assert rows[0]["cout_m"] == 185.0 and rows[1]["cout_m"] == 45.0 and rows[2]["cout_m"] == 115.0


def test_missing_required_field_names_file_field_and_format():
    with pytest.raises(OpenDataError) as error:
        import_open_data(data("poste-electrique-no-geo.csv"), "enedis_postes")
    message = str(error.value)
    assert "poste-electrique-no-geo.csv" in message and "Geo Point" in message and "Enedis" in message


def test_malformed_values_and_wrong_file_kinds_are_readable_errors(tmp_path):
    with pytest.raises(OpenDataError, match="quelque part"):
        import_open_data(data("merimee-bad-coordinates.csv"), "merimee")
    with pytest.raises(OpenDataError, match="CSV file is expected"):
        import_open_data(data("reseau-souterrain-bt.geojson"), "anct")
    with pytest.raises(OpenDataError, match="BT from HTA"):
        renamed = tmp_path / "lignes.geojson"
        shutil.copy(data("reseau-souterrain-bt.geojson"), renamed)
        import_open_data(str(renamed), "enedis_reseau")
    broken = tmp_path / "troncon_de_route.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    with pytest.raises(OpenDataError, match="cannot be read"):
        import_open_data(str(broken), "bdtopo_routes")
    bad_date = tmp_path / "liste-pvd.csv"
    bad_date.write_text("insee_com,lib_com,id_pvd,date_signature\n14035,Balleroy,pvd-1,le 10 juin\n", encoding="utf-8")
    with pytest.raises(OpenDataError, match="le 10 juin"):
        import_open_data(str(bad_date), "anct")


def test_value_parsers():
    assert parse_date("2023-06-29") == parse_date("29/06/2023") == parse_date("2023/06/29") == "2023-06-29"
    assert parse_date("") is None
    assert parse_lat_lon("49.1,-0.8") == parse_lat_lon('{"lat": 49.1, "lon": -0.8}') == (-0.8, 49.1)
    assert parse_lat_lon({"lat": 49.1, "lon": -0.8}) == (-0.8, 49.1)


def test_enedis_postes_geojson_export():
    result = import_open_data(data("poste-electrique.geojson"), "enedis_postes", ["14711"])
    rows = as_dicts(result)
    assert [row["insee"] for row in rows] == ["14711"]
    assert rows[0]["geo_point_2d"] == '{"lon": -0.9042, "lat": 49.3086}'
    assert (shapely.get_x(result.geometries[0]), shapely.get_y(result.geometries[0])) == pytest.approx(
        lambert93(-0.9042, 49.3086), abs=0.01)
    csv_ids = {row["id_poste"] for row in as_dicts(import_open_data(data("poste-electrique.csv"), "enedis_postes"))}
    assert rows[0]["id_poste"] not in csv_ids and rows[0]["id_poste"].startswith("ENEDIS-P-14711-")


def test_merimee_geojson_export_uses_its_geometry():
    result = import_open_data(data("merimee.geojson"), "merimee", ["14312"])
    rows = as_dicts(result)
    assert [(row["id_mh"], row["protection"], row["date_protection"]) for row in rows] == [
        ("PA00444444", "inscrit", "1959-03-12")]
    assert (shapely.get_x(result.geometries[0]), shapely.get_y(result.geometries[0])) == pytest.approx(
        lambert93(-1.02694, 49.37278), abs=0.01)


def test_cnig_ac2_site_gives_spr_schema_with_its_factor():
    result = import_open_data(data("AC2_ASSIETTE_SUP_S.geojson"), "cnig_sup")
    rows = as_dicts(result)
    assert result.layer == "spr"
    assert [(row["id_spr"], row["facteur"], row["typeass"]) for row in rows] == [("AC2-14035-1", 1.3, "Site classé")]
    assert shapely.area(result.geometries[0]) == pytest.approx(400 * 400)
