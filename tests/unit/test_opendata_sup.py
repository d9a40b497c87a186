"""GPU SUP packages as downloaded: footprints to monuments, zones and PDA to abords, AC4 to SPR."""
import os
import shutil
import zipfile

import fiona
import pytest
import shapely
from shapely.geometry import mapping

from pvd_qgis_plugin.core.opendata import import_open_data
from pvd_qgis_plugin.core.opendata_sup import read_sup, repair_text
from tests.fixtures import REALDATA, as_dicts, realdata

GPU_SUP = os.path.join(REALDATA, "gpu_sup")
AC1_2A = os.path.join(GPU_SUP, "AC1_2A_172014607_20180130")
APICARTO = os.path.join(GPU_SUP, "apicarto", "apicarto-gpu-assiette-sup-s_paris13_AC1_2features_Enerlens.json")


def test_real_ac1_package_folder_splits_footprints_from_zones():
    results = read_sup(realdata(AC1_2A))
    monuments, abords = as_dicts(results["monuments_historiques"]), as_dicts(results["abords_mh"])
    # 206 assiettes = 104 "Egal au générateur" (footprints) + 102 "Zone tampon" (500 m).
    assert len(monuments) == 104 and len(abords) == 102
    assert {row["modegeoass"] for row in monuments} == {"Egal au générateur"}
    assert {row["modegeoass"] for row in abords} == {"Zone tampon"}
    assert {row["rayon_m"] for row in abords} == {500.0} and {row["pda"] for row in abords} == {0}
    # Generator table: 45 classés, 59 inscrits.
    assert sum(row["protection"] == "classe" for row in monuments) == 45
    assert sum(row["protection"] == "inscrit" for row in monuments) == 59
    church = next(row for row in monuments if row["id_mh"] == "AC1-172014607-00099110")
    # Generator ADRESSE "2A310|Santa-Maria-Figaniella"; the servitude table names it.
    assert church["insee"] == "2A310"
    cathedral = next(row for row in monuments if row["id_mh"] == "AC1-172014607-00099058")
    assert cathedral["nom"] == "Cathédrale Notre-Dame"
    # Each point stands inside its footprint; the zones are ~500 m buffers (area > pi*500² * 0.9).
    assert all(shapely.get_type_id(g) == 0 for g in results["monuments_historiques"].geometries)
    assert min(shapely.area(results["abords_mh"].geometries)) > 3.14159 * 500 ** 2 * 0.9


def test_real_ac1_package_zip_and_insee_filter(tmp_path):
    source = realdata(AC1_2A)
    archive = str(tmp_path / "AC1_2A.zip")
    with zipfile.ZipFile(archive, "w") as handle:
        for root, _dirs, files in os.walk(source):
            for name in files:
                handle.write(os.path.join(root, name), os.path.relpath(os.path.join(root, name), source))
    everything = read_sup(archive)
    assert len(everything["monuments_historiques"].rows) == 104
    codes = {row["insee"] for row in as_dicts(everything["monuments_historiques"])}
    assert "2A004" in codes  # Ajaccio
    ajaccio = read_sup(archive, ["2A004"])
    count = sum(row["insee"] == "2A004" for row in as_dicts(everything["monuments_historiques"]))
    assert len(ajaccio["monuments_historiques"].rows) == count
    ids = {row["id_mh"] for row in as_dicts(ajaccio["monuments_historiques"])}
    # The zones kept are those of the same monuments (same IdGen), plus the one zone whose IdGen
    # "AC1-172014607-0009076" (a digit short) matches no generator: kept, and counted in a warning.
    assert {row["id_mh"] for row in as_dicts(ajaccio["abords_mh"])} - ids == {"AC1-172014607-0009076"}
    assert any("1 assiette(s) have no commune code" in str(w) for w in ajaccio["abords_mh"].warnings)


def test_importopendata_formats_on_the_real_package_shapefile():
    shapefile = os.path.join(realdata(AC1_2A), "Donnees_geographiques", "AC1_ASSIETTE_SUP_S.shp")
    abords = import_open_data(shapefile, "cnig_sup")
    assert abords.layer == "abords_mh" and len(abords.rows) == 102
    assert any("104" in str(warning) for warning in abords.warnings)
    monuments = import_open_data(shapefile, "cnig_sup_monuments")
    # Alone (no generator table next to it) the protection is unknown, and said.
    assert monuments.layer == "monuments_historiques" and len(monuments.rows) == 104
    folder = import_open_data(os.path.join(AC1_2A, "Donnees_geographiques"), "cnig_sup_monuments")
    assert sum(row["protection"] == "classe" for row in as_dicts(folder)) == 45


def test_real_api_carto_answer_lower_case_fields():
    result = import_open_data(realdata(APICARTO), "cnig_sup")
    rows = as_dicts(result)
    assert [(row["id_mh"], row["rayon_m"], row["pda"]) for row in rows] == [
        ("AC1-172014607-1907182787-1", 500.0, 0), ("AC1-172014607-1907183101-1", 500.0, 0)]
    # nomsuplitt is published as "CitÃ© refuge de l'ArmÃ©e du Salut": repaired.
    assert rows[0]["nom"] == "Cité refuge de l'Armée du Salut"


def write_assiettes(path, rows, layout_2019):
    names = ("idass", "idgen", "nomass", "typeass", "modegeoass", "paramcalc") if layout_2019 else (
        "idAss", "IdGen", "nomAss", "typeAss", "ModegeoAss", "paramcalc")
    schema = {"geometry": "Polygon", "properties": {name: "str" for name in names}}
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=schema, crs="EPSG:2154", encoding="utf-8") as out:
        for geometry, values in rows:
            out.write({"geometry": mapping(geometry), "properties": dict(zip(names, values))})


def test_2019_lower_case_pda_and_ac4(tmp_path):
    folder = tmp_path / "SUP_2019"
    folder.mkdir()
    square = shapely.box(400000, 6900000, 400100, 6900100)
    pda = shapely.box(399800, 6899800, 400300, 6900200)
    write_assiettes(str(folder / "AC1_ASSIETTE_SUP_S_172014607.shp"), [
        (square, ("A-1", "G-1", "AC1_Eglise_ass", "Périmètre de protection", "Egal au générateur", "")),
        (pda, ("A-2", "G-1", "AC1_Eglise_pda", "Périmètre délimité des abords", "Digitalisation", "")),
    ], layout_2019=True)
    write_assiettes(str(folder / "AC4_ASSIETTE_SUP_S_172014607.shp"), [
        (pda, ("S-1", "GS-1", "AC4_SPR_ass", "Site patrimonial remarquable", "Digitalisation", "")),
    ], layout_2019=True)
    results = read_sup(str(folder))
    assert [row["pda"] for row in as_dicts(results["abords_mh"])] == [1]
    assert as_dicts(results["abords_mh"])[0]["rayon_m"] is None
    assert shapely.area(results["abords_mh"].geometries[0]) == pytest.approx(500 * 400)
    assert [row["id_spr"] for row in as_dicts(results["spr"])] == ["S-1"]
    assert as_dicts(results["spr"])[0]["facteur"] == 1.5
    point = results["monuments_historiques"].geometries[0]
    assert square.contains(point)
    # Spatial filter by commune area: the monument gets the code of the area holding it.
    areas = {"14035": shapely.box(399000, 6899000, 401000, 6901000), "14342": shapely.box(0, 0, 10, 10)}
    inside = read_sup(str(folder), areas=areas)
    assert [row["insee"] for row in as_dicts(inside["monuments_historiques"])] == ["14035"]
    assert read_sup(str(folder), areas={"14342": areas["14342"]})["abords_mh"].rows == []


def test_2016_camel_case_shapefile_copy(tmp_path):
    folder = tmp_path / "pkg"
    folder.mkdir()
    ring = shapely.Point(400000, 6900000).buffer(500)
    write_assiettes(str(folder / "AC1_ASSIETTE_SUP_S.shp"), [
        (ring, ("A-1", "G-1", "AC1_Abords-Eglise_ass", "Périmètre de protection", "Zone tampon", "500 m"))],
        layout_2019=False)
    rows = as_dicts(import_open_data(str(folder), "cnig_sup"))
    assert [(row["id_mh"], row["nom"], row["rayon_m"], row["pda"]) for row in rows] == [("G-1", "Eglise", 500.0, 0)]
    shutil.rmtree(str(folder))


def test_real_attribute_tables_without_geometry_are_no_package():
    from pvd_qgis_plugin.core.commune import recognise

    # The Calvados AC2 tables (CSV, no geometry) hold no assiette surface; the AC1 package does.
    assert recognise(realdata(GPU_SUP, "AC2_014_csv")) == []
    assert recognise(AC1_2A) == ["gpu_sup"]
    assert recognise(APICARTO) == ["gpu_sup"]


def test_repair_text():
    assert repair_text("CathÃ©drale") == "Cathédrale"
    assert repair_text("Cathédrale") == "Cathédrale"
    assert repair_text(12) == 12
