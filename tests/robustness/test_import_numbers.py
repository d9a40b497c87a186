"""One number parser: French decimals read, unreadable values called unreadable (never 0, never NULL silently)."""
import math

import numpy as np
import pytest

from pvd_qgis_plugin.core.enedis_consumption import read_consumption_by_address, read_consumption_by_iris
from pvd_qgis_plugin.core.numbers import Unreadable, parse_number, parse_numbers
from pvd_qgis_plugin.core.opendata import import_open_data
from tests.robustness.helpers import Fingerprint

# value -> float, None (missing) or Unreadable
NUMBERS = [
    ("12,5", 12.5), ("12.5", 12.5), ("-3,25", -3.25), (" 7 ", 7.0), ("1 026,95", 1026.95),
    ("1\u00a0026,95", 1026.95), ("1\u202f026,95", 1026.95), ("1.026,95", 1026.95), ("1,026.95", 1026.95),
    ("1e3", 1000.0), ("+4", 4.0), (".5", 0.5), (12, 12.0), (2.5, 2.5), (np.int64(3), 3.0),
    ("", None), ("   ", None), (None, None), (math.nan, None),
    ("abc", Unreadable), ("12,5,3", Unreadable), ("12 kVA", Unreadable), ("inf", Unreadable),
    ("nan", Unreadable), ("1e400", Unreadable), (math.inf, Unreadable), (True, Unreadable), ("1 2,3.4,5", Unreadable),
]


@pytest.mark.parametrize("value, expected", NUMBERS, ids=[repr(case[0]) for case in NUMBERS])
def test_parse_number(value, expected):
    if expected is Unreadable:
        with pytest.raises(Unreadable):
            parse_number(value)
    else:
        assert parse_number(value) == expected


def test_a_column_separates_missing_from_unreadable():
    parsed = parse_numbers(["12,5", None, "abc", "", 3])
    assert np.array_equal(parsed.values, [12.5, np.nan, np.nan, np.nan, 3.0], equal_nan=True)
    assert list(parsed.unreadable) == [2] and list(parsed.missing) == [1, 3]


ADDRESS_HEADER = "Année;Code Commune;Nombre de logements;Consommation annuelle totale de l'adresse (MWh);Adresse\n"


def test_consumption_abc_is_never_summed_as_zero(tmp_path):
    path = tmp_path / "consommation.csv"
    path.write_text(ADDRESS_HEADER + "2023;14711;12;50,5;A\n2023;14711;10;abc;B\n2023;14711;x;20;C\n",
                    encoding="utf-8")
    frozen = Fingerprint(path)
    result = read_consumption_by_address(str(path))
    # 50.5 (decimal comma) and 20; 'abc' is left out, 'x' dwellings are unknown (0), never a number
    assert [(r.adresse, r.conso_mwh, r.nb_sites) for r in result.records] == [("A", 50.5, 12), ("C", 20.0, 0)]
    assert result.unreadable == {"Consommation annuelle totale de l'adresse (MWh)": [(3, "abc")],
                                 "Nombre de logements": [(4, "x")]}
    imported = import_open_data(str(path), "enedis_conso_adresse")
    assert sum(row[3] for row in imported.rows) == 70.5  # conso_mwh: 50.5 + 20
    texts = [str(w) for w in imported.warnings]
    assert "consommation.csv, field 'Consommation annuelle totale de l'adresse (MWh)': 1 value(s) unreadable " \
           "(not numbers), never counted as 0; rows: 3 ('abc')." in texts
    frozen.assert_unchanged()


def test_iris_file_with_an_impossible_centroid(tmp_path):
    path = tmp_path / "iris.csv"
    path.write_text("code_iris;annee;nb_sites_secteur_residentiel_enedis;conso_totale_secteur_residentiel_enedis_mwh;"
                    "geo_point_2d\n143420000;2023;900;3870,5;49.3190, -1.1030\n143700000;2023;10;12;-0.887, 49.243\n",
                    encoding="utf-8")
    result = read_consumption_by_iris(str(path))
    assert [(r.code_iris, r.conso_mwh) for r in result.records] == [("143420000", 3870.5)]
    assert result.rejected == {"swapped": [3]}
    imported = import_open_data(str(path), "enedis_conso_iris")
    assert len(imported.rows) == 1
    assert any("iris.csv: 1 row(s) rejected, latitude and longitude are swapped" in str(w) and "rows 3." in str(w)
               for w in imported.warnings)


def test_bdtopo_width_with_a_decimal_comma_and_an_unreadable_one(tmp_path):
    import json

    features = [{"type": "Feature", "properties": {"cleabs": cleabs, "nature": "Route à 1 chaussée",
                                                   "largeur_de_chaussee": width, "insee_commune_gauche": "14035"},
                 "geometry": {"type": "LineString", "coordinates": [[-0.8425, 49.179], [-0.8411, 49.179]]}}
                for cleabs, width in (("TRONROUT1", "3,5"), ("TRONROUT2", "large"))]
    path = tmp_path / "troncon_de_route.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    result = import_open_data(str(path), "bdtopo_routes")
    # a flat-capped buffer of a ~102 m line: area = length × width; 3.5 m read from '3,5', 6 m for 'large'
    lengths = [g.exterior.length for g in result.geometries]
    areas = [g.area for g in result.geometries]
    line = (lengths[0] - 2 * 3.5) / 2
    assert areas[0] == pytest.approx(line * 3.5, rel=1e-6) and areas[1] == pytest.approx(line * 6.0, rel=1e-6)
    assert any(str(w) == "troncon_de_route.geojson, field 'largeur_de_chaussee': 1 value(s) unreadable as a width "
               "in metres, the width of their nature is used instead: TRONROUT2 ('large')." for w in result.warnings)


@pytest.mark.parametrize("written", ["31/02/2024", "2024-02-30", "demain", "29/02/2023"])
def test_anct_impossible_signature_date_names_its_row(tmp_path, written):
    from pvd_qgis_plugin.core.opendata import OpenDataError

    path = tmp_path / "liste-pvd.csv"
    path.write_text("insee_com,lib_com,id_pvd,date_signature\n14035,Balleroy-sur-Drôme,pvd-28-14-12,10/06/2021\n"
                    "14312,Grandcamp-Maisy,pvd-28-14-13,{}\n".format(written), encoding="utf-8")
    frozen = Fingerprint(path)
    with pytest.raises(OpenDataError) as error:
        import_open_data(str(path), "anct")
    assert str(error.value) == ("liste-pvd.csv: row 3 (Grandcamp-Maisy): '{}' in field 'date_signature' is not a "
                                "possible date (YYYY-MM-DD or DD/MM/YYYY, a day that exists).".format(written))
    frozen.assert_unchanged()


def test_merimee_protection_date_that_does_not_exist(tmp_path):
    path = tmp_path / "merimee.csv"
    path.write_text(
        "reference;titre_editorial_de_la_notice;cog_insee_lors_de_la_protection;date_et_typologie_de_la_protection;"
        "coordonnees_au_format_wgs84\n"
        "PA00111111;Château de Balleroy;14035;1951/05/07 : classé MH;49.17917, -0.8425\n"
        "PA00222222;Château de Castilly;14342;2005/02/31 : inscrit MH;49.275, -1.02556\n", encoding="utf-8")
    result = import_open_data(str(path), "merimee")
    dates = {row[0]: (row[4], row[5]) for row in result.rows}  # id_mh: (date_protection, annee_protection)
    # the impossible day is left empty; its year is still the year written
    assert dates == {"PA00111111": ("1951-05-07", 1951), "PA00222222": (None, 2005)}
    assert "merimee.csv, field 'date_et_typologie_de_la_protection': 1 protection date(s) that do not exist, " \
           "date_protection left empty; rows: 3 ('2005/02/31')." in [str(w) for w in result.warnings]
