"""Readers of the Enedis consumption CSV files, on fixtures in the published shapes."""
import os

import numpy as np
import pytest

from pvd_qgis_plugin.core.enedis_consumption import (
    CONSUMPTION_FIELDS,
    CONSUMPTION_LAYER,
    SECTORS,
    EnedisFormatError,
    lambert93_coordinates,
    read_consumption_by_address,
    read_consumption_by_iris,
)

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "enedis")
ADDRESS = os.path.join(DATA, "consommation-annuelle-residentielle-par-adresse.csv")
ADDRESS_NAMES = os.path.join(DATA, "consommation-annuelle-residentielle-par-adresse_noms-de-champs_geocode.csv")
ADDRESS_2021 = os.path.join(DATA, "consommation-annuelle-residentielle-par-adresse_2021.csv")
IRIS = os.path.join(DATA, "consommation-electrique-par-secteurs-dactivite.csv")


def test_address_file_with_labels_and_bom():
    result = read_consumption_by_address(ADDRESS)
    # 5 rows, one without consumption value
    assert len(result.records) == 4
    assert len(result.skipped) == 1 and "row 5" in result.skipped[0]
    first = result.records[0]
    assert (first.annee, first.secteur, first.conso_mwh, first.nb_sites) == (2022, "residentiel", 54.6, 12)
    assert (first.insee, first.code_iris, first.adresse) == ("14342", "143420000", "12 RUE EMILE DEMAGNY")
    assert first.lon is None and first.lat is None  # the published file has no coordinates
    # decimal comma read as a decimal point
    assert result.records[1].conso_mwh == 51.3


def test_address_insee_filter_and_stable_ids():
    result = read_consumption_by_address(ADDRESS, insee_filter=["14342", 14370])
    assert sorted({r.insee for r in result.records}) == ["14342", "14370"]
    assert sum(r.conso_mwh for r in result.records) == pytest.approx(54.6 + 51.3 + 97.0)
    again = read_consumption_by_address(ADDRESS, insee_filter=["14342", "14370"])
    assert [r.id_conso for r in again.records] == [r.id_conso for r in result.records]
    assert len({r.id_conso for r in result.records}) == len(result.records)


def test_address_file_with_field_names_and_geo_point():
    labels = read_consumption_by_address(ADDRESS)
    names = read_consumption_by_address(ADDRESS_NAMES)
    assert [(r.annee, r.conso_mwh, r.insee) for r in names.records] == \
        [(r.annee, r.conso_mwh, r.insee) for r in labels.records]
    assert (names.records[0].lat, names.records[0].lon) == (49.3190, -1.1030)
    x, y = lambert93_coordinates(names.records)
    # Isigny-sur-Mer town centre in Lambert-93 (metres)
    assert 400000 < x[0] < 410000 and 6915000 < y[0] < 6925000
    x, y = lambert93_coordinates(labels.records)
    assert np.isnan(x).all() and np.isnan(y).all()


def test_older_address_headers():
    result = read_consumption_by_address(ADDRESS_2021)
    assert [(r.insee, r.conso_mwh) for r in result.records] == [("14342", 54.6)]


def test_wrong_separator_is_named():
    with pytest.raises(EnedisFormatError) as error:
        read_consumption_by_address(os.path.join(DATA, "adresse_virgules.csv"))
    message = str(error.value)
    assert "adresse_virgules.csv" in message and "','" in message and "';'" in message


def test_missing_year_column_is_named():
    with pytest.raises(EnedisFormatError) as error:
        read_consumption_by_address(os.path.join(DATA, "adresse_sans_annee.csv"))
    assert "adresse_sans_annee.csv" in str(error.value) and "year" in str(error.value)
    assert "Année" in str(error.value)


def test_latin1_files_are_read_and_empty_files_refused(tmp_path):
    header = "Annee;Code Commune;Nombre de logements;Consommation annuelle totale de l'adresse (MWh)\n"
    latin = tmp_path / "latin1.csv"
    latin.write_bytes((header + "2023;14711;12;50\n" * 5000 + "2023;14711;12;50,5;Trévières\n").encode("latin-1"))
    # the encoding is decided for the whole file: a Windows-1252 re-save is read as such, with no warning
    result = read_consumption_by_address(latin)
    assert len(result.records) == 5001 and result.records[-1].conso_mwh == 50.5 and not result.warnings
    empty = tmp_path / "vide.csv"
    empty.write_text("")
    with pytest.raises(EnedisFormatError, match="vide.csv"):
        read_consumption_by_iris(empty)


def test_iris_file_gives_one_record_per_sector():
    result = read_consumption_by_iris(IRIS)
    isigny_2022 = [r for r in result.records if r.code_iris == "143420000" and r.annee == 2022]
    # non affecté has 0 site and 0 MWh: no record
    assert sorted(r.secteur for r in isigny_2022) == ["agriculture", "industriel", "residentiel", "tertiaire"]
    by_sector = {r.secteur: r for r in isigny_2022}
    assert (by_sector["residentiel"].nb_sites, by_sector["residentiel"].conso_mwh) == (1450, 6525.0)
    assert (by_sector["tertiaire"].nb_sites, by_sector["tertiaire"].conso_mwh) == (210, 3150.0)
    assert sum(r.conso_mwh for r in isigny_2022) == pytest.approx(6525 + 912.5 + 2400 + 3150)
    assert by_sector["residentiel"].insee == "14342"
    assert (by_sector["residentiel"].lat, by_sector["residentiel"].lon) == (49.3190, -1.1030)
    grandcamp = [r for r in result.records if r.insee == "14312"]
    assert {r.secteur for r in grandcamp} == {"residentiel", "agriculture", "tertiaire", "non_affecte"}
    assert {r.secteur for r in result.records} <= set(SECTORS)


def test_iris_filter_and_missing_sector_columns(tmp_path):
    result = read_consumption_by_iris(IRIS, insee_filter=["14312"])
    assert {r.insee for r in result.records} == {"14312"}
    partial = tmp_path / "iris_residentiel.csv"
    partial.write_text("code_iris;annee;nb_sites_secteur_residentiel_enedis;conso_totale_secteur_residentiel_enedis_mwh\n"
                       "143700000;2023;900;3870.5\n", encoding="utf-8")
    result = read_consumption_by_iris(partial)
    assert [(r.insee, r.secteur, r.nb_sites, r.conso_mwh) for r in result.records] == \
        [("14370", "residentiel", 900, 3870.5)]
    assert len(result.skipped) == 4  # tertiaire, industriel, agriculture, non affecté not in the file


def test_iris_without_year_column(tmp_path):
    bad = tmp_path / "iris_sans_annee.csv"
    bad.write_text("code_iris;conso_totale_secteur_residentiel_enedis_mwh\n143700000;10\n", encoding="utf-8")
    with pytest.raises(EnedisFormatError, match="iris_sans_annee.csv.*year"):
        read_consumption_by_iris(bad)


def test_model_schema():
    assert CONSUMPTION_LAYER == "consommation_electrique"
    assert [name for name, _type in CONSUMPTION_FIELDS] == [
        "id_conso", "annee", "secteur", "conso_mwh", "nb_sites", "insee", "code_iris", "adresse"]
