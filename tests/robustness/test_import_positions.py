"""Importers never write an impossible position: rows in the sea, at infinity or with lat/lon swapped.

Each case writes a small file in a published shape, imports it, and checks what was kept, the
message listing the rejected rows (CSV row numbers, the header being row 1), that no output
coordinate is infinite, and that the input is byte-identical afterwards.
"""
import json
import math
import os
import shutil

import numpy as np
import pytest
import shapely

from pvd_qgis_plugin.core.coords import FRANCE_EXTENTS, geometry_problems, in_france, plainly_lon_lat, \
    position_problems
from pvd_qgis_plugin.core.opendata import OpenDataError, import_open_data
from tests.fixtures import realdata
from tests.robustness.helpers import Fingerprint, assert_complete_or_absent, run

OPENDATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "opendata")
POSTES_HEADER = "Code commune;Nom commune;Code EPCI;Geo Point\n"

# (lon, lat) -> problem: one case per kind, and one point per kind of territory
POSITIONS = [
    ((-0.8425, 49.17917), None),  # Château de Balleroy
    ((8.7386, 41.9192), None),  # Ajaccio, Corsica
    ((55.4504, -20.8823), None),  # Saint-Denis, La Réunion
    ((-61.5331, 16.2411), None),  # Pointe-à-Pitre, Guadeloupe
    ((-52.3261, 4.9224), None),  # Cayenne, Guyane
    ((45.2279, -12.7806), None),  # Mamoudzou, Mayotte
    ((166.4572, -22.2758), None),  # Nouméa
    ((-149.5585, -17.5516), None),  # Papeete
    ((49.17917, -0.8425), "swapped"),  # Balleroy read as lat -0.84, lon 49.18: Indian Ocean
    ((-0.8425, 491.0), "out_of_range"),  # a typo in the latitude
    ((200.0, 49.0), "out_of_range"),
    ((math.inf, math.inf), "not_finite"),
    ((math.nan, 49.0), "not_finite"),
    ((0.0, 0.0), "outside_france"),  # an empty cell read as 0: Gulf of Guinea
    ((13.4, 52.5), "outside_france"),  # Berlin
    ((405000.0, 6920000.0), "out_of_range"),  # Lambert-93 metres taken for degrees
]


@pytest.mark.parametrize("lon_lat, problem", POSITIONS)
def test_position_problems(lon_lat, problem):
    assert position_problems([lon_lat[0]], [lon_lat[1]])[0] == problem


def test_every_territory_box_holds_its_own_centre_and_not_its_swap():
    for name, (west, south, east, north) in FRANCE_EXTENTS.items():
        lon, lat = (west + east) / 2, (south + north) / 2
        assert in_france([lon], [lat])[0], name
        assert position_problems([lon], [lat])[0] is None, name


def test_a_line_is_as_bad_as_its_worst_vertex():
    good = shapely.LineString([(-0.88, 49.24), (-0.87, 49.25)])
    one_swapped = shapely.LineString([(-0.88, 49.24), (49.25, -0.87)])
    all_swapped = shapely.LineString([(49.24, -0.88), (49.25, -0.87)])
    one_infinite = shapely.LineString([(49.24, -0.88), (math.inf, 49.25)])
    assert list(geometry_problems([good, one_swapped, all_swapped, one_infinite, None])) == \
        [None, "swapped", "swapped", "not_finite", None]
    assert plainly_lon_lat([good]) and not plainly_lon_lat([good, all_swapped]) and not plainly_lon_lat([None])


# Enedis postes CSV: the rows of one file (rows 2..), the rows expected kept, the words of the warning
POSTES_CASES = [
    ("all good", ["49.179,-0.84", "49.1785,-0.8566"], 2, None),
    ("swapped", ["49.179,-0.84", "-0.84,49.179"], 1, "1 row(s) rejected, latitude and longitude are swapped"
                                                     " (exchanged, the position would be in France; as written it is"
                                                     " not): rows 3."),
    ("latitude 491", ["491,-0.84", "49.179,-0.84"], 1, "1 row(s) rejected, their position is impossible"),
    ("infinite", ["inf,inf", "49.179,-0.84", "nan,-0.84"], 1, "2 row(s) rejected, their position is impossible "
                                                             "(latitude beyond ±90°, longitude beyond ±180°, "
                                                             "infinite or not a number): rows 2, 4."),
    ("zero", ["0,0", "49.179,-0.84"], 1, "outside France (metropolitan, Corsica and overseas): rows 2."),
    ("overseas kept", ["-20.8823,55.4504", "16.2411,-61.5331"], 2, None),
]


def write_postes(path, positions):
    lines = ["14035;Balleroy-sur-Drôme;200066801;{}\n".format(position) for position in positions]
    path.write_text(POSTES_HEADER + "".join(lines), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("case, positions, kept, warning", POSTES_CASES, ids=[c[0] for c in POSTES_CASES])
def test_enedis_postes_rows(tmp_path, case, positions, kept, warning):
    path = write_postes(tmp_path / "poste-electrique.csv", positions)
    frozen = Fingerprint(path)
    result = import_open_data(path, "enedis_postes")
    assert len(result.rows) == len(result.geometries) == kept
    assert np.isfinite(shapely.get_coordinates(np.array(list(result.geometries), dtype=object))).all()
    texts = [str(w) for w in result.warnings]
    if warning is None:
        assert not any("rejected" in text for text in texts)
    else:
        assert any(text.startswith("poste-electrique.csv: ") and warning in text for text in texts), texts
    frozen.assert_unchanged()


def test_rows_are_numbered_as_in_the_file_after_the_commune_filter(tmp_path):
    # rows of another commune come first: the rejected row is still named by its row in the file (5)
    path = tmp_path / "poste-electrique.csv"
    path.write_text(POSTES_HEADER + "35238;Rennes;243500139;48.11,-1.68\n" * 3
                    + "14035;Balleroy;200066801;-0.84,49.179\n", encoding="utf-8")
    result = import_open_data(str(path), "enedis_postes", communes=["14035"])
    assert len(result.rows) == 0
    assert any("swapped" in str(w) and str(w).endswith("rows 5. Correct the file and import it again.")
               for w in result.warnings)


def test_merimee_json_and_text_coordinates(tmp_path):
    path = tmp_path / "merimee.csv"
    path.write_text(
        "reference;titre_editorial_de_la_notice;cog_insee_lors_de_la_protection;coordonnees_au_format_wgs84\n"
        'PA00111111;Château de Balleroy;14035;{"lat": 49.17917, "lon": -0.8425}\n'
        'PA00222222;Château de Castilly;14342;{"lat": -1.02556, "lon": 49.275}\n'
        "PA00333333;Église;14312;491, -1.02694\n", encoding="utf-8")
    result = import_open_data(str(path), "merimee")
    assert [row[0] for row in result.rows] == ["PA00111111"]
    texts = " ".join(str(w) for w in result.warnings)
    assert "swapped" in texts and "rows 3." in texts and "impossible" in texts and "rows 4." in texts


def test_network_geojson_feature_with_a_swapped_vertex(tmp_path):
    with open(os.path.join(OPENDATA, "reseau-souterrain-bt.geojson"), encoding="utf-8") as handle:
        data = json.load(handle)
    data["features"][1]["geometry"]["coordinates"][0][0] = [49.3086, -0.9042]
    path = tmp_path / "reseau-souterrain-bt.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = import_open_data(str(path), "enedis_reseau")
    assert len(result.rows) == len(data["features"]) - 1
    assert any("1 feature(s) rejected, latitude and longitude are swapped" in str(w) and "feature ids 1." in str(w)
               for w in result.warnings)


def shapefile_without_prj(tmp_path, wkt_lines):
    """reseau-hta.shp written by OGR with no CRS at all (as when the .prj was not copied)."""
    from osgeo import ogr

    path = str(tmp_path / "reseau-hta.shp")
    dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    layer = dataset.CreateLayer("reseau-hta", None, ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("code_commu", ogr.OFTString))
    for wkt in wkt_lines:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("code_commu", "14342")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None
    assert not os.path.exists(path[:-4] + ".prj")
    return path


def test_shapefile_without_prj_in_lambert93_is_refused(tmp_path):
    path = shapefile_without_prj(tmp_path, ["LINESTRING (405000 6920000, 405100 6920050)"])
    with pytest.raises(OpenDataError) as error:
        import_open_data(path, "enedis_reseau")
    assert str(error.value).startswith("reseau-hta.shp: no coordinate reference system (no .prj file next to the "
                                       "shapefile) and the coordinates are not longitudes/latitudes in France")


def test_shapefile_without_prj_in_lon_lat_is_read_as_wgs84(tmp_path):
    path = shapefile_without_prj(tmp_path, ["LINESTRING (-1.103 49.319, -1.102 49.3195)"])
    result = import_open_data(path, "enedis_reseau")
    assert any("no coordinate reference system (no .prj file); every coordinate is a longitude/latitude in France"
               in str(w) for w in result.warnings)
    x, y = shapely.get_coordinates(result.geometries[0])[0]
    # Isigny-sur-Mer in Lambert-93: about 405 000 m east, 6 920 000 m north (to within a few km)
    assert 395000 < x < 415000 and 6910000 < y < 6930000


def test_processing_import_rejects_and_keeps_the_input(pvd_provider, tmp_path):
    from qgis.core import QgsVectorLayer

    path = write_postes(tmp_path / "poste-electrique.csv", ["491,-0.84", "49.179,-0.84", "-0.84,49.179"])
    frozen = Fingerprint(path)
    out = str(tmp_path / "postes.gpkg")
    outcome = run("pvd:importopendata", {"INPUT": path, "FORMAT": 0, "OUTPUT": out})
    assert outcome.ok
    assert_complete_or_absent(out, {"postes": 1})
    layer = QgsVectorLayer(outcome.results["OUTPUT"], "out", "ogr")
    assert layer.featureCount() == 1
    point = next(layer.getFeatures()).geometry().asPoint()
    assert math.isfinite(point.x()) and math.isfinite(point.y())
    assert any("rows 2." in w and "impossible" in w for w in outcome.feedback.warnings)
    assert any("rows 4." in w and "swapped" in w for w in outcome.feedback.warnings)
    frozen.assert_unchanged()


def test_processing_refuses_a_prj_less_lambert_shapefile_and_writes_nothing(pvd_provider, tmp_path):
    path = shapefile_without_prj(tmp_path, ["LINESTRING (405000 6920000, 405100 6920050)"])
    frozen = Fingerprint(path)
    out = tmp_path / "reseau.gpkg"
    outcome = run("pvd:importopendata", {"INPUT": path, "FORMAT": 1, "OUTPUT": str(out)})
    assert outcome.results is None and "no .prj file" in outcome.error
    assert not assert_complete_or_absent(str(out))
    frozen.assert_unchanged()


def test_real_enedis_postes_with_label_headers_are_all_in_france(tmp_path):
    source = realdata("enedis", "poste-electrique_rennes-metropole_FloRabit_slice300.csv")
    frozen = Fingerprint(source)
    result = import_open_data(source, "enedis_postes")
    # 300 substations of Rennes Métropole, none rejected
    assert len(result.rows) == 300
    assert not any("rejected" in str(w) for w in result.warnings)
    frozen.assert_unchanged()


def test_real_prj_less_copy_of_the_corsican_ac1_package_is_refused(tmp_path):
    folder = realdata("gpu_sup", "AC1_2A_172014607_20180130", "Donnees_geographiques")
    for ext in (".shp", ".shx", ".dbf", ".cpg"):
        shutil.copy(os.path.join(folder, "AC1_ASSIETTE_SUP_S" + ext), tmp_path)
    with pytest.raises(OpenDataError, match="no .prj file"):
        import_open_data(str(tmp_path / "AC1_ASSIETTE_SUP_S.shp"), "cnig_sup")
    # with its .prj (Lambert-93) the same package reads: 206 assiettes, 102 abords zones (the 104
    # "Egal au générateur" are the monuments' footprints, format cnig_sup_monuments)
    result = import_open_data(os.path.join(folder, "AC1_ASSIETTE_SUP_S.shp"), "cnig_sup")
    assert len(result.rows) == 102


def test_enedis_geo_shape_csv_names_the_file_row_after_the_commune_filter(tmp_path):
    from pvd_qgis_plugin.core.opendata_enedis import read_geo_shape_csv

    line = '"{""type"": ""LineString"", ""coordinates"": [[-1.103, 49.319], [-1.102, 49.3195]]}"'
    path = tmp_path / "reseau-bt.csv"
    path.write_text("Code Commune;Geo Shape\n35238;{0}\n35238;{0}\n14342;{0}\n14342;pas une ligne\n".format(line),
                    encoding="utf-8")
    with pytest.raises(OpenDataError, match=r"^reseau-bt.csv: line 5: 'pas une ligne' in field 'Geo Shape'"):
        read_geo_shape_csv(str(path), communes=["14342"])
