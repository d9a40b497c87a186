"""core.commune: recognising files by their content, reading vector files within the communes' extent."""
import json
import os
import shutil

import pyproj

from pvd_qgis_plugin.core.commune import inputs_of, prepare_commune, recognise

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FILES = os.path.join(ROOT, "tests", "data", "commune", "files")
TO_WGS84 = pyproj.Transformer.from_crs(2154, 4326, always_xy=True)


def line(x1, y1, x2, y2):
    return [list(TO_WGS84.transform(x1, y1)), list(TO_WGS84.transform(x2, y2))]


def test_files_are_recognised_by_content_not_name(tmp_path):
    renamed = tmp_path / "export (3).txt"
    shutil.copy(os.path.join(FILES, "adresses-14.csv.gz"), str(renamed))
    assert recognise(str(renamed)) == ["ban"]
    assert recognise(os.path.join(FILES, "BDT_3-3_GPKG_LAMB93_D014-ED2024-03-15.gpkg")) == [
        "bdtopo_routes", "bdtopo_batiments"]
    notes = tmp_path / "notes.csv"
    notes.write_text("a;b\n1;2\n", encoding="utf-8")
    assert recognise(str(notes)) == []
    # A shapefile's companions are not inputs of their own.
    assert [os.path.basename(p) for p, _f in inputs_of([], FILES)].count("COMMUNE.dbf") == 0


def test_network_geojson_read_within_the_communes_extent(tmp_path):
    features = [  # Balleroy is 419 000–421 000 × 6 904 000–6 905 000 in the commune file
        ("14035", line(419600, 6904495, 420300, 6904495)),  # in the commune: kept
        ("14035", line(480000, 6950000, 480500, 6950000)),  # coded 14035 but 60 km away: out of the extent
        ("14342", line(421100, 6904495, 421500, 6904495)),  # the neighbour: out by its code
    ]
    path = tmp_path / "reseau-bt.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code_commune": code, "nom_commune": "x"},
         "geometry": {"type": "LineString", "coordinates": coords}} for code, coords in features]}), encoding="utf-8")
    with_outlines = prepare_commune(inputs_of([os.path.join(FILES, "COMMUNE.shp"), str(path)]), ["14035"])
    assert len(with_outlines.layers["reseau_bt"].rows) == 1
    without = prepare_commune(inputs_of([str(path)]), ["14035"])
    assert len(without.layers["reseau_bt"].rows) == 2


def test_real_extracts_are_recognised():
    realdata = os.path.join(ROOT, "..", "shared", "realdata")
    if not os.path.isdir(realdata):
        import pytest

        pytest.skip("real extracts not available (../shared/realdata)")
    expected = {
        "ademe_dpe/ademe-dpe-existant-sample_datafair-api_Enerlens.json": ["ademe_dpe"],
        "ademe_dpe/dpe-v2-logements-neufs_69_first100_YassineCHN.csv": ["ademe_dpe"],
        "anct_pvd_ort/pvd_carte-interactive_20200122_anct-carto.csv": ["anct"],
        "ban/adresses-38002_LesAdrets_9rows_VERNIERELoic.csv": ["ban"],
        "cadastre/cadastre-91479-parcelles_slice.json": ["cadastre_parcelles"],
        "enedis/poste-electrique_datafair-geojson_cornichonmasquez_first14.geojson": ["enedis_postes"],
        "enedis/poste-electrique_rennes-metropole_FloRabit_slice300.csv": ["enedis_postes"],
        "gpu_sup/AC1_2A_172014607_20180130": ["gpu_sup"],
        "insee_filosofi/filosofi-carreaux-200m-sample_geoplateforme-wfs_Enerlens.json": ["insee_filosofi"],
    }
    assert {name: recognise(os.path.join(realdata, name)) for name in expected} == expected
