"""Filosofi 200 m cells and ADEME DPE importers, on fixtures in the published shapes and on real extracts."""
import os

import numpy as np
import pytest
import shapely
from osgeo import osr

from pvd_qgis_plugin.core import model
from pvd_qgis_plugin.core.opendata import OpenDataError, import_open_data
from pvd_qgis_plugin.core.opendata_energy import cell_squares
from tests.fixtures import as_dicts, realdata

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(REPO, "tests", "data", "energy")
WFS_REAL = os.path.join("insee_filosofi", "filosofi-carreaux-200m-sample_geoplateforme-wfs_Enerlens.json")
DPE_NEUFS_REAL = os.path.join("ademe_dpe", "dpe-v2-logements-neufs_69_first100_YassineCHN.csv")
DPE_API_REAL = os.path.join("ademe_dpe", "ademe-dpe-existant-sample_datafair-api_Enerlens.json")


def laea_to_l93(x, y):
    """Reference transformation through GDAL/OSR, independent of the code under test."""
    laea, l93 = osr.SpatialReference(), osr.SpatialReference()
    laea.ImportFromEPSG(3035)
    l93.ImportFromEPSG(2154)
    for srs in (laea, l93):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(laea, l93).TransformPoint(x, y)[:2]


def test_cell_id_is_the_lower_left_corner_of_a_200_m_square():
    squares, crs = cell_squares(["CRS3035RES200mN2972600E3517000", "crs3035res200mn2972800e3517000"])
    assert crs == "EPSG:3035"
    assert squares[0].bounds == (3517000.0, 2972600.0, 3517200.0, 2972800.0)
    assert squares[1].area == 40000.0
    with pytest.raises(ValueError, match="E3517000N2972600"):
        cell_squares(["E3517000N2972600"])


def test_insee_csv_cells_are_rebuilt_from_their_id_in_lambert93():
    result = import_open_data(os.path.join(DATA, "filosofi_carreaux_200m_insee.csv"), "insee_filosofi")
    assert result.layer == "carreaux_filosofi" and result.geometry_type == "MultiPolygon"
    rows = as_dicts(result)
    assert [row["idcar_200m"] for row in rows][:2] == ["CRS3035RES200mN2972600E3517000",
                                                       "CRS3035RES200mN2972600E3517200"]
    first = rows[0]
    assert (first["insee"], first["men"], first["men_pauv"], first["ind"], first["ind_snv"]) == \
        ("14342", 85.0, 21.0, 180.5, 3249000.0)
    assert (first["log_av45"], first["log_45_70"], first["log_70_90"], first["log_ap90"]) == (35.0, 15.0, 20.0, 15.0)
    assert [row["estime"] for row in rows] == [0, 0, 1, 0]
    assert "idcar_1km" in first and "log_soc" in first  # the source's columns follow
    # the lower-left corner of the square lands where GDAL puts (E, N)
    x, y = laea_to_l93(3517000, 2972600)
    corners = shapely.get_coordinates(result.geometries[0])
    assert np.min(np.hypot(corners[:, 0] - x, corners[:, 1] - y)) < 0.01
    assert result.geometries[0].area == pytest.approx(40000.0, rel=2e-3)  # LAEA is equal-area, L93 nearly


def test_insee_filter_on_the_commune_codes_of_the_cells():
    result = import_open_data(os.path.join(DATA, "filosofi_carreaux_200m_insee.csv"), "insee_filosofi",
                              communes=["14312"])
    assert [row["idcar_200m"] for row in as_dicts(result)] == ["CRS3035RES200mN2979400E3521800"]


def test_wfs_flavour_gives_the_same_cells_as_the_insee_download():
    wfs = import_open_data(os.path.join(DATA, "filosofi_carreaux_200m_wfs.geojson"), "insee_filosofi")
    insee = import_open_data(os.path.join(DATA, "filosofi_carreaux_200m_insee.csv"), "insee_filosofi")
    wfs_rows, insee_rows = as_dicts(wfs), as_dicts(insee)
    model_names = model.field_names("carreaux_filosofi")
    for a, b in zip(wfs_rows, insee_rows[:2]):
        assert {k: a[k] for k in model_names} == {k: b[k] for k in model_names}
    assert "men_pauv_div_men" in wfs_rows[0] and "id_inspire" in wfs_rows[0]
    for a, b in zip(wfs.geometries, insee.geometries[:2]):
        assert shapely.hausdorff_distance(a, b) < 0.05  # the WFS square is the id's square, reprojected


def test_real_wfs_extract_cells_match_their_id():
    result = import_open_data(realdata(WFS_REAL), "insee_filosofi")
    rows = as_dicts(result)
    assert len(rows) == 6
    assert rows[0]["idcar_200m"] == "CRS3035RES200mN2529400E3919200"
    assert (rows[0]["men"], rows[0]["men_pauv"], rows[0]["insee"]) == (664.0, 146.0, "69387")
    rebuilt, crs = cell_squares([row["idcar_200m"] for row in rows])
    from pvd_qgis_plugin.core.crs import to_crs

    rebuilt = to_crs(rebuilt, crs, "EPSG:2154")
    # the published geometry (EPSG:4326, 8 decimals) is the square of the id: N/E is its lower-left corner
    assert max(shapely.hausdorff_distance(a, b) for a, b in zip(result.geometries, rebuilt)) < 1.0


def test_dpe_existing_csv_with_bom_and_222_columns():
    result = import_open_data(os.path.join(DATA, "dpe_logements_existants.csv"), "ademe_dpe", communes=["14342"])
    assert result.layer == "dpe" and result.geometry_type == "Point"
    rows = as_dicts(result)
    # 8 records of 14342; 2314E0000007G has no label: left out; 14312 filtered out
    assert [row["numero_dpe"] for row in rows] == ["2314E000000{}".format(s) for s in
                                                   ("1A", "2B", "3C", "4D", "5E", "6F", "9J")]
    first = rows[0]
    assert (first["etiquette_dpe"], first["etiquette_ges"], first["date_etablissement"], first["type_batiment"]) == \
        ("G", "F", "2023-03-02", "maison")
    assert (first["surface_habitable_m2"], first["energie_chauffage"], first["annee_construction"]) == \
        (72.5, "Électricité", 1930)  # "72,5" read as a number
    assert (first["origine"], first["insee"], first["conso_ep_m2"]) == ("existant", "14342", 412.5)
    assert result.geometries[-1] is None  # 2314E0000009J has no coordinates
    assert any("without an energy label" in str(w) for w in result.warnings)
    assert any("without a position" in str(w) for w in result.warnings)
    assert len(result.fields) >= 222


def test_dpe_api_json_answer():
    result = import_open_data(os.path.join(DATA, "dpe_api_existants.json"), "ademe_dpe")
    rows = as_dicts(result)
    assert [row["numero_dpe"] for row in rows] == ["2314E0000010K", "2314E0000011L", "2314E0000012M"]
    assert rows[0]["annee_construction"] == 1962 and rows[1]["annee_construction"] is None
    assert rows[0]["energie_chauffage"] == "Électricité"
    assert result.geometries[1] is None
    x, y = laea_to_l93(3517340, 2972740)  # where the fixture's _geopoint "lat,lon" was put
    assert shapely.distance(result.geometries[0], shapely.Point(x, y)) < 0.01


def test_real_new_dwellings_csv():
    result = import_open_data(realdata(DPE_NEUFS_REAL), "ademe_dpe")
    rows = as_dicts(result)
    assert len(rows) == 100
    first = rows[0]
    assert (first["numero_dpe"], first["etiquette_dpe"], first["etiquette_ges"], first["type_batiment"]) == \
        ("2469N0892797M", "C", "A", "appartement")
    assert first["date_etablissement"] == "2024-03-11" and first["origine"] == "neuf"
    assert {row["insee"] for row in rows} <= {"69008", "69388"}
    assert {row["energie_chauffage"] for row in rows} <= {"Électricité", "Gaz naturel"}
    xs = shapely.get_x(result.geometries[0])
    assert 800000 < xs < 900000  # Lyon in Lambert-93
    assert len(result.fields) > 220


def test_real_api_answer():
    result = import_open_data(realdata(DPE_API_REAL), "ademe_dpe")
    rows = as_dicts(result)
    assert [row["etiquette_dpe"] for row in rows] == ["D", "C", "E", "C", "G", "G"]
    assert rows[2]["annee_construction"] == 1900
    # 48.830059 N, 2.375221 E (Paris 13e) in Lambert-93
    assert shapely.get_x(result.geometries[0]) == pytest.approx(654135, abs=5)
    assert shapely.get_y(result.geometries[0]) == pytest.approx(6859071, abs=5)


def test_a_file_of_another_format_names_the_missing_field():
    with pytest.raises(OpenDataError, match="N°DPE"):
        import_open_data(os.path.join(DATA, "filosofi_carreaux_200m_insee.csv"), "ademe_dpe")
    with pytest.raises(OpenDataError, match="idcar_200m"):
        import_open_data(os.path.join(DATA, "dpe_logements_existants.csv"), "insee_filosofi")


def test_insee_geopackage_in_epsg_3035(tmp_path):
    """The INSEE GeoPackage flavour (2019: lower-case names, squares in EPSG:3035) gives the CSV's cells."""
    import csv

    from osgeo import ogr

    with open(os.path.join(DATA, "filosofi_carreaux_200m_insee.csv"), encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    path = str(tmp_path / "carreaux_200m_met.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer("carreaux_200m_met", srs, ogr.wkbMultiPolygon)
    for name in rows[0]:
        layer.CreateField(ogr.FieldDefn(name.lower(), ogr.OFTString if name.startswith(("Idcar", "lcog"))
                                        else ogr.OFTReal))
    squares, _crs = cell_squares([row["Idcar_200m"] for row in rows])
    for row, square in zip(rows, squares):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in row.items():
            feature.SetField(name.lower(), value)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(shapely.multipolygons([square]))))
        layer.CreateFeature(feature)
    dataset = None
    from_gpkg = import_open_data(path, "insee_filosofi", communes=["14342"])
    from_csv = import_open_data(os.path.join(DATA, "filosofi_carreaux_200m_insee.csv"), "insee_filosofi",
                                communes=["14342"])
    names = model.field_names("carreaux_filosofi")
    assert [{k: row[k] for k in names} for row in as_dicts(from_gpkg)] == \
        [{k: row[k] for k in names} for row in as_dicts(from_csv)]
    assert len(from_gpkg.rows) == 3
    for a, b in zip(from_gpkg.geometries, from_csv.geometries):
        assert shapely.hausdorff_distance(a, b) < 0.01


def test_preparecommune_recognises_and_assembles_filosofi_and_dpe(tmp_path):
    from pvd_qgis_plugin.core.commune import _cells_in_areas, prepare_commune, recognise

    files = {name: os.path.join(DATA, name) for name in os.listdir(DATA)}
    assert recognise(files["filosofi_carreaux_200m_insee.csv"]) == ["insee_filosofi"]
    assert recognise(files["filosofi_carreaux_200m_wfs.geojson"]) == ["insee_filosofi"]
    assert recognise(files["dpe_logements_existants.csv"]) == ["ademe_dpe"]
    assert recognise(files["dpe_api_existants.json"]) == ["ademe_dpe"]
    prepared = prepare_commune([(files["filosofi_carreaux_200m_insee.csv"], ["insee_filosofi"]),
                                (files["dpe_logements_existants.csv"], ["ademe_dpe"])], ["14342"])
    assert len(prepared.layers["carreaux_filosofi"].rows) == 3  # lcog_geo 14342; the 14312 cell left out
    dpe = prepared.layers["dpe"]
    assert [row["numero_dpe"] for row in dpe.rows][:2] == ["2314E0000001A", "2314E0000002B"]
    assert {source.format: source.licence.split(",")[0] for source in prepared.sources} == \
        {"insee_filosofi": "INSEE", "ademe_dpe": "ADEME"}

    # the INSEE CSV without commune codes: cells kept by the commune's outline, given its code
    with open(files["filosofi_carreaux_200m_insee.csv"], encoding="utf-8") as handle:
        lines = [line.split(",") for line in handle.read().splitlines()]
    position = lines[0].index("lcog_geo")
    plain = tmp_path / "carreaux_sans_commune.csv"
    plain.write_text("\n".join(",".join(cells[:position] + cells[position + 1:]) for cells in lines) + "\n",
                     encoding="utf-8")
    result = import_open_data(str(plain), "insee_filosofi")
    assert any("has no commune code" in str(w) for w in result.warnings) or all(r[1] is None for r in result.rows)
    first_two = shapely.union_all(result.geometries[:2])  # the two cells of row N2972600
    kept = _cells_in_areas(result, {"14342": shapely.buffer(first_two, -1.0)})
    assert [row[0] for row in kept.rows] == ["CRS3035RES200mN2972600E3517000", "CRS3035RES200mN2972600E3517200"]
    assert [row[1] for row in kept.rows] == ["14342", "14342"]


def test_index_on_the_real_cells_agrees_with_the_published_ratios():
    """The Géoplateforme publishes its own ratios (men_pauv_div_men, ind_snv_div_ind): ours are the same."""
    import numpy as np

    from pvd_qgis_plugin.core.energy_precarity import FILOSOFI_COUNTS, energy_precarity

    result = import_open_data(realdata(WFS_REAL), "insee_filosofi")
    rows = as_dicts(result)
    filosofi = {name: np.array([row[name] if row[name] is not None else np.nan for row in rows], dtype=float)
                for name in FILOSOFI_COUNTS}
    index = energy_precarity(result.geometries, filosofi)
    published_poor = np.array([float(row["men_pauv_div_men"]) for row in rows])
    published_income = np.array([float(row["ind_snv_div_ind"]) for row in rows])
    assert index.figures["part_men_pauvres_pc"] == pytest.approx(published_poor, abs=0.05)  # rounded to 0.1
    assert index.figures["niveau_vie_eur"] == pytest.approx(published_income, abs=0.05)
    # first cell: 146 poor of 664 households, 27 573 260.9 € for 1 123.5 people, 535 of 664 dwellings before 1970
    assert index.figures["part_logements_avant_1970_pc"][0] == pytest.approx(100 * (524 + 11) / 664)
    # 3×0.2199 + 2×0 (24 542 € is above the median) + 1.5×0.8057 on weights 6.5 of 10
    expected = (3 * 146 / 664 + 1.5 * 535 / 664) * 10 / 6.5
    assert index.indice[0] == pytest.approx(expected, abs=1e-5)
    assert index.rang[int(np.argmax(index.indice))] == 1 and index.rang.min() >= 1  # all six ranked
