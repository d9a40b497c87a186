"""CSV decoding decided once per file, with a per-row fallback: a stray byte garbles nothing else.

Cases are bytes written by hand in the shapes files come in (UTF-8 with and without BOM,
Windows-1252 re-saves, a UTF-8 file with one cell pasted from a Latin-1 file, UTF-16 from a
spreadsheet); each checks every decoded cell, the rows reported, and that the file is unchanged.
"""
import codecs

import pytest

from pvd_qgis_plugin.core.csvread import CsvReader, detect_encoding
from pvd_qgis_plugin.core.enedis_consumption import read_consumption_by_address
from pvd_qgis_plugin.core.opendata import import_open_data
from tests.fixtures import realdata
from tests.robustness.helpers import Fingerprint, assert_complete_or_absent, run

HEADER = "Code commune;Nom commune;Code EPCI;Geo Point\r\n"
ROWS = ["14035;Balleroy-sur-Drôme;200066801;49.179,-0.84\r\n",
        "14711;Trévières;200066801;49.3086,-0.9042\r\n",
        "14342;Isigny-sur-Mer;200066801;49.319,-1.103\r\n",
        "14370;Le Molay-Littry;200066801;49.243,-0.887\r\n"]
NAMES = ["Balleroy-sur-Drôme", "Trévières", "Isigny-sur-Mer", "Le Molay-Littry"]


def utf8_with_stray_byte(row_index):
    """The file in UTF-8, but row ``row_index`` (0-based data row) pasted from a Latin-1 file."""
    data = HEADER.encode("utf-8")
    for index, row in enumerate(ROWS):
        data += row.encode("latin-1" if index == row_index else "utf-8")
    return data


# name, bytes, encoding decided, rows reported (header = row 1)
CASES = [
    ("utf-8", (HEADER + "".join(ROWS)).encode("utf-8"), "utf-8", []),
    ("utf-8 with BOM", codecs.BOM_UTF8 + (HEADER + "".join(ROWS)).encode("utf-8"), "utf-8", []),
    ("windows-1252 whole file", (HEADER + "".join(ROWS)).encode("cp1252"), "cp1252", []),
    ("latin-1 whole file", (HEADER + "".join(ROWS)).encode("latin-1"), "cp1252", []),
    ("utf-8, one latin-1 row", utf8_with_stray_byte(1), "utf-8", [3]),
    ("utf-16 with BOM", codecs.BOM_UTF16_LE + (HEADER + "".join(ROWS)).encode("utf-16-le"), "utf-16", []),
]


@pytest.mark.parametrize("name, data, encoding, reported", CASES, ids=[case[0] for case in CASES])
def test_every_cell_decoded(tmp_path, name, data, encoding, reported):
    path = tmp_path / "poste-electrique.csv"
    path.write_bytes(data)
    frozen = Fingerprint(path)
    assert detect_encoding(str(path))[0] == encoding
    with CsvReader(str(path)) as reader:
        rows = list(reader)
    assert reader.header == ["Code commune", "Nom commune", "Code EPCI", "Geo Point"]  # no BOM left
    assert [cells[1] for _number, cells in rows] == NAMES
    assert [number for number, _cells in rows] == [2, 3, 4, 5]
    assert reader.fallback_rows == reported
    result = import_open_data(str(path), "enedis_postes")
    assert sorted(row[1] for row in result.rows) == sorted(NAMES)
    texts = [str(w) for w in result.warnings]
    if reported:
        assert "poste-electrique.csv: row(s) 3 are not valid UTF-8 unlike the rest of the file: read as " \
               "Windows-1252 (check the accents of these rows)." in texts
    else:
        assert not any("UTF-8" in text for text in texts)
    frozen.assert_unchanged()


def test_a_stray_byte_inside_a_cell_spanning_lines_names_its_row(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes("a;b\n1;\"une\nnote\"\n2;été\n3;\"caf".encode("utf-8") + b"\xe9\nnoir\"\n4;fin\n")
    with CsvReader(str(path)) as reader:
        rows = list(reader)
    assert [cells for _number, cells in rows] == [["1", "une\nnote"], ["2", "été"], ["3", "café\nnoir"], ["4", "fin"]]
    assert reader.fallback_rows == [4]


def test_one_stray_row_among_thousands_in_an_enedis_file(tmp_path):
    header = "Annee;Code Commune;Nombre de logements;Consommation annuelle totale de l'adresse (MWh);Adresse\n"
    good = "2023;14711;12;50;Place de l'Église\n"
    path = tmp_path / "consommation.csv"
    path.write_bytes((header + good * 3000).encode("utf-8") + "2023;14711;12;50;Rue Fran\xe7aise\n".encode("latin-1")
                     + (good * 10).encode("utf-8"))
    result = read_consumption_by_address(str(path))
    assert len(result.records) == 3011
    assert {r.adresse for r in result.records} == {"Place de l'Église", "Rue Française"}
    # header + 3000 rows: the stray one is row 3002
    assert [str(w) for w in result.warnings] == [
        "consommation.csv: row(s) 3002 are not valid UTF-8 unlike the rest of the file: read as Windows-1252 "
        "(check the accents of these rows)."]


def test_processing_import_reports_the_row(pvd_provider, tmp_path):
    path = tmp_path / "poste-electrique.csv"
    path.write_bytes(utf8_with_stray_byte(0))
    frozen = Fingerprint(path)
    outcome = run("pvd:importopendata", {
        "INPUT": str(path), "FORMAT": 0, "OUTPUT": str(tmp_path / "postes.gpkg")})
    assert outcome.ok and "row(s) 2 are not valid UTF-8" in outcome.warnings
    assert_complete_or_absent(str(tmp_path / "postes.gpkg"), {"postes": 4})
    frozen.assert_unchanged()


def test_real_gpu_ac2_tables_in_utf8_and_latin1_read_the_same():
    utf8 = realdata("gpu_sup", "AC2_014_csv", "AC2_ASSIETTE_SUP_S_014_utf8.csv")
    latin1 = realdata("gpu_sup", "AC2_014_csv", "AC2_ASSIETTE_SUP_S_014_latin1.csv")
    frozen = Fingerprint(utf8, latin1)
    read = {}
    for path in (utf8, latin1):
        with CsvReader(path) as reader:
            read[path] = (reader.encoding, reader.delimiter, reader.header, list(reader), reader.fallback_rows)
    assert read[utf8][0] == "utf-8" and read[latin1][0] == "cp1252"
    assert read[utf8][1:] == read[latin1][1:]
    assert read[utf8][2] == ["IdAss", "IdGen", "nomAss", "typeAss", "modeGeoAss", "paramCalc", "srcGeoAss",
                             "dateSrcAss"]
    rows = read[utf8][3]
    assert len(rows) == 111 and rows[0] == (2, ["875", "875", "AC2_14047_ass", "Enceinte du site",
                                                "Egal au générateur", "", "", ""])
    frozen.assert_unchanged()


def test_a_nul_byte_is_never_a_traceback(tmp_path):
    import sys

    from pvd_qgis_plugin.core.enedis_consumption import EnedisFormatError

    path = tmp_path / "consommation.csv"
    path.write_bytes(b"Annee;Code Commune;Nombre de logements;Consommation annuelle totale de l'adresse (MWh)\n"
                     b"2023;14711;12;50\n2023;14711;1\x002;50\n")
    if sys.version_info < (3, 11):  # Python's csv refused NUL bytes before 3.11
        with pytest.raises(EnedisFormatError, match=r"^consommation.csv: not a readable CSV file after row 2 "):
            read_consumption_by_address(str(path))
    else:
        # the dwellings '1\x002' are unreadable, never a number: the row keeps its consumption, 0 dwellings
        result = read_consumption_by_address(str(path))
        assert [(r.conso_mwh, r.nb_sites) for r in result.records] == [(50.0, 12), (50.0, 0)]
        assert result.unreadable == {"Nombre de logements": [(3, "1\x002")]}


def test_a_cell_holding_a_long_network_line(tmp_path):
    coordinates = ", ".join("[{:.6f}, 49.3]".format(-1.1 + k * 1e-5) for k in range(20000))  # about 400 KB
    path = tmp_path / "reseau-hta.csv"
    path.write_text('code_commune;Geo Shape\n14342;"{{""type"": ""LineString"", ""coordinates"": [{}]}}"\n'.format(
        coordinates), encoding="utf-8")
    with CsvReader(str(path)) as reader:
        (number, cells), = list(reader)
    assert number == 2 and len(cells[1]) > 131072 and cells[1].endswith("]}")
