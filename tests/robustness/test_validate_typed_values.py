"""Text in DATE/REAL/INTEGER GeoPackage fields and impossible dates: reported, never read as 0.

SQLite stores any value in any column; GDAL (so QGIS) then reads ``abc`` in a REAL field as 0,
``12,5`` as 12, ``31/02/2024`` in a DATE field as NULL and ``2024-02-31`` as 2 March. Each case
stores one raw value with SQL, as another program may have, and checks what pvd:validatedata
reports (feature id, field, value), what the consumption algorithm sums, and that the file is
byte-identical after the run.
"""
import datetime

import pytest
from osgeo import ogr

from pvd_qgis_plugin.core.validation import stored_value_problems, validate_geopackage
from tests.broken_pvd import store_raw
from tests.fixtures import read_gpkg, write_gpkg
from tests.robustness.helpers import Fingerprint, assert_complete_or_absent, run

WORK = {"id_travaux": "T1", "nature": "extension", "statut": "prevu", "date_debut": datetime.date(2027, 4, 1),
        "date_fin": datetime.date(2027, 5, 1), "cout_eur": 4000.0, "longueur_m": 30.0, "insee": "14035"}

# field, SQL literal stored, problem kind (None: nothing to report), words of the detail
CASES = [
    ("cout_eur", "'abc'", "not_a_number", "'abc' is stored as text in a number field (REAL): QGIS reads it as 0.0"),
    ("cout_eur", "'12,5'", "not_a_number", "'12,5' is stored as text in a number field (REAL): QGIS reads it as 12.0"),
    ("cout_eur", "'12.5'", None, None),  # SQLite's REAL affinity stores the number 12.5
    ("cout_eur", "NULL", None, None),
    ("date_fin", "'31/02/2024'", "invalid_date", "'31/02/2024' is not a possible date in a date field (DATE"),
    ("date_fin", "'2024-02-31'", "invalid_date", "'2024-02-31' is not a possible date"),
    ("date_fin", "'2023-02-29'", "invalid_date", "'2023-02-29' is not a possible date"),
    ("date_fin", "'demain'", "invalid_date", "'demain' is not a possible date"),
    ("date_fin", "'2024-2-3'", "invalid_date", "'2024-2-3' is not a possible date"),
    ("date_fin", "45000", "invalid_date", "'45000' is not a possible date"),
    ("date_fin", "'2024-02-29'", None, None),
]


def works_layer(tmp_path, field, literal):
    path = tmp_path / "pvd.gpkg"
    write_gpkg(path, "travaux_raccordement", 2154, ogr.wkbMultiLineString, [
        ("MULTILINESTRING ((0 0, 30 0))", WORK), ("MULTILINESTRING ((0 10, 30 10))", dict(WORK, id_travaux="T2"))])
    store_raw(path, "UPDATE travaux_raccordement SET {} = {} WHERE fid = 2".format(field, literal))
    return str(path)


@pytest.mark.parametrize("field, literal, kind, detail", CASES, ids=["{} = {}".format(c[0], c[1]) for c in CASES])
def test_core_reports_the_stored_value(tmp_path, field, literal, kind, detail):
    path = works_layer(tmp_path, field, literal)
    frozen = Fingerprint(path)
    found = [p for p in validate_geopackage(path) if p.problem in ("not_a_number", "invalid_date")]
    if kind is None:
        assert found == []
    else:
        assert [(p.layer, p.feature_id, p.field, p.problem) for p in found] == [
            ("travaux_raccordement", 2, field, kind)]
        assert str(found[0].detail).startswith(detail)
    frozen.assert_unchanged()


def test_integer_field_holding_a_decimal():
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = "{}/conso.gpkg".format(folder)
        write_gpkg(path, "consommation_electrique", 2154, ogr.wkbPoint, [
            ("POINT (0 0)", {"id_conso": "C1", "annee": 2023, "secteur": "residentiel", "conso_mwh": 10.0,
                             "nb_sites": 3, "insee": "14035"})])
        store_raw(path, "UPDATE consommation_electrique SET nb_sites = '12.5', annee = 'deux mille'")
        found = stored_value_problems(path, "consommation_electrique")
        # '12.5' becomes the REAL 12.5 (INTEGER affinity keeps a non-integral number as REAL): GDAL reads 12
        assert [(s.fid, s.field, s.value, s.read_as) for s in found] == [(1, "annee", "deux mille", 0),
                                                                          (1, "nb_sites", 12.5, 12)]


def test_processing_validatedata_lists_feature_field_and_value(pvd_provider, tmp_path):
    path = works_layer(tmp_path, "date_fin", "'31/02/2024'")
    store_raw(path, "UPDATE travaux_raccordement SET cout_eur = 'demain' WHERE fid = 1")
    frozen = Fingerprint(path)
    out = str(tmp_path / "problems.gpkg")
    outcome = run("pvd:validatedata", {"INPUT": path, "OUTPUT": out})
    assert outcome.ok
    rows = [(v["layer"], v["feature_id"], v["field"], v["problem"], v["detail"]) for _wkt, v in read_gpkg(out)
            if v["problem"] in ("not_a_number", "invalid_date")]
    assert sorted(rows) == [
        ("travaux_raccordement", 1, "cout_eur", "not_a_number",
         "'demain' is stored as text in a number field (REAL): QGIS reads it as 0.0"),
        ("travaux_raccordement", 2, "date_fin", "invalid_date",
         "'31/02/2024' is not a possible date in a date field (DATE; expected YYYY-MM-DD, a real day): QGIS reads "
         "it as NULL or as another day")]
    frozen.assert_unchanged()


def consumption_points(tmp_path, stored):
    """Three points of 2023 in one 100 m zone: 10 MWh, then two values stored raw (fids 2 and 3)."""
    path = tmp_path / "conso.gpkg"
    points = write_gpkg(path, "consommation_electrique", 2154, ogr.wkbPoint, [
        ("POINT ({} 6920010)".format(405010 + 10 * k), {"annee": 2023, "conso_mwh": 10.0, "nb_sites": 5,
                                                         "insee": "14342"}) for k in range(3)])
    for fid, literal in stored.items():
        store_raw(path, "UPDATE consommation_electrique SET conso_mwh = {} WHERE fid = {}".format(literal, fid))
    return str(path), points, ort_zone(path)


def ort_zone(path):
    """The ORT perimeter A, 100 m × 100 m from (405000, 6920000), around the consumption points."""
    return write_gpkg(path, "ort_perimetres", 2154, ogr.wkbPolygon, [
        ("POLYGON ((405000 6920000, 405100 6920000, 405100 6920100, 405000 6920100, 405000 6920000))",
         {"id_ort": "A"})])


def zone_totals(tmp_path, points, zones):
    """pvd:consumptionzones of ``points`` in ``zones`` (2023, no masking): the outcome and the one zone."""
    out = str(tmp_path / "zones.gpkg")
    outcome = run("pvd:consumptionzones", {
        "POINTS": points, "ZONES": zones, "YEAR": 2023, "MIN_SITES": 1, "OUTPUT": out})
    assert outcome.ok
    (_wkt, zone), = read_gpkg(out)
    return outcome, zone


# stored raw values -> zone total (MWh), sites counted, words each warning must hold
CONSUMPTION_CASES = [
    ({}, 30.0, 15, []),
    ({2: "'12,5'"}, 32.5, 15, ["field 'conso_mwh': 1 number(s) stored as text (such as '12,5'), read from the text: "
                               "feature(s) 2."]),  # 10 + 12.5 + 10, not 10 + 12 + 10
    ({2: "'abc'"}, 20.0, 10, ["field 'conso_mwh': 1 value(s) unreadable as numbers, treated as NULL (the points are "
                              "ignored, never counted as 0): feature(s) 2."]),  # not 10 + 0 + 10 with 15 sites
    ({2: "'abc'", 3: "'1 000,5'"}, 1010.5, 10, ["unreadable as numbers, treated as NULL", "feature(s) 2.",
                                                "stored as text (such as '12,5'), read from the text: feature(s) 3."]),
]


@pytest.mark.parametrize("stored, total, sites, words", CONSUMPTION_CASES, ids=["none", "12,5", "abc", "both"])
def test_consumption_zones_never_sum_text_as_zero(pvd_provider, tmp_path, stored, total, sites, words):
    path, points, zones = consumption_points(tmp_path, stored)
    frozen = Fingerprint(path)
    outcome, zone = zone_totals(tmp_path, points, zones)
    assert (zone["conso_mwh"], zone["nb_sites"]) == (total, sites)
    for word in words:
        assert any("Layer 'consommation_electrique'" in w and word in w for w in outcome.feedback.warnings), \
            (word, outcome.feedback.warnings)
    frozen.assert_unchanged()


# a date stored raw in the projects' DATE field date_fin of P1 (fid 1) -> error words, or None (read right)
COORDINATION_CASES = [
    ("'2027-02-31'", "Layer 'projets_espaces_publics', field 'date_fin': unreadable date(s) (expected a "
                     "date field, YYYY-MM-DD or JJ/MM/AAAA) for feature(s) 1 ('2027-02-31')."),
    ("'demain'", "for feature(s) 1 ('demain')."),
    ("'30/06/2027'", None),  # a French date typed into a DATE field: QGIS reads NULL, the plugin reads the text
]


@pytest.mark.parametrize("literal, error_words", COORDINATION_CASES, ids=[c[0] for c in COORDINATION_CASES])
def test_works_coordination_reads_stored_dates(pvd_provider, tmp_path, literal, error_words):
    from tests.coordination_cases import write_projects, write_works

    works = write_works(tmp_path / "works.gpkg")
    projects = write_projects(tmp_path / "projects.gpkg")
    store_raw(tmp_path / "projects.gpkg", "UPDATE projets_espaces_publics SET date_fin = {} WHERE fid = 1".format(
        literal))
    frozen = Fingerprint(tmp_path / "works.gpkg", tmp_path / "projects.gpkg")
    out = tmp_path / "pairs.gpkg"
    outcome = run("pvd:workscoordination", {
        "WORKS": works, "PROJECTS": projects, "OUTPUT": str(out), "OUTPUT_SUMMARY": str(tmp_path / "summary.gpkg")})
    if error_words is None:
        assert outcome.ok
        # W1 starts 2 months after P1 ends (30/06/2027): they are pooled, 120 m in common
        pooled = {(v["id_travaux"], v["id_projet"]): v for _wkt, v in read_gpkg(out)}[("W1", "P1")]
        assert pooled["relation"] == "mutualisable" and pooled["longueur_commune_m"] == pytest.approx(120.0)
    else:
        assert outcome.results is None and error_words in outcome.error
        assert not assert_complete_or_absent(str(out))
    frozen.assert_unchanged()


def test_a_wal_mode_geopackage_is_read_without_leaving_files(tmp_path):
    import os
    import sqlite3

    path = works_layer(tmp_path, "cout_eur", "'abc'")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.close()
    frozen = Fingerprint(path)
    assert [p.problem for p in validate_geopackage(path) if p.problem == "not_a_number"] == ["not_a_number"]
    assert sorted(os.listdir(tmp_path)) == ["pvd.gpkg"]
    frozen.assert_unchanged()


def test_consumption_in_a_text_field_with_decimal_commas(pvd_provider, tmp_path):
    path = tmp_path / "conso.gpkg"
    points = write_gpkg(path, "consommation_electrique", 2154, ogr.wkbPoint, [
        ("POINT ({} 6920010)".format(405010 + 10 * k), {"annee": 2023, "conso_mwh": mwh, "nb_sites": 5,
                                                         "insee": "14342"})
        for k, mwh in enumerate(["10", "12,5", "1 000,25", "abc", ""])], fields={
            "annee": int, "conso_mwh": str, "nb_sites": int, "insee": str})
    zones = ort_zone(path)
    frozen = Fingerprint(path)
    outcome, zone = zone_totals(tmp_path, points, zones)
    # 10 + 12.5 + 1000.25 MWh over 3 × 5 sites; 'abc' unreadable and '' empty are left out
    assert (zone["conso_mwh"], zone["nb_sites"]) == (1022.75, 15)
    assert "Layer 'consommation_electrique', field 'conso_mwh': 1 value(s) unreadable as numbers, treated " \
           "as NULL (the points are ignored, never counted as 0): feature(s) 4." in outcome.feedback.warnings
    frozen.assert_unchanged()


# power stored raw in the REAL field puissance_kw of the second producer -> total kW, warning words
POWER_CASES = [
    ("'1500,5'", 3300.5, None),  # 1 800 + 1 500.5, not 1 800 + 1 500
    ("'abc'", 1800.0, "field 'puissance_kw': 1 value(s) unreadable as numbers, treated as NULL: feature(s) 2."),
]


@pytest.mark.parametrize("literal, total_kw, words", POWER_CASES, ids=["1500,5", "abc"])
def test_self_consumption_power_stored_as_text(pvd_provider, tmp_path, literal, total_kw, words):
    path = tmp_path / "acc.gpkg"
    producers = write_gpkg(path, "producteurs", 2154, ogr.wkbPoint, [
        ("POINT (430000 6915000)", {"nom": "Toiture mairie", "puissance_kw": 1800.0}),
        ("POINT (430200 6915000)", {"nom": "Ombrière", "puissance_kw": 1500.0})])
    consumers = write_gpkg(path, "consommateurs", 2154, ogr.wkbPoint, [
        ("POINT (431000 6915000)", {"nom": "École"})])
    store_raw(path, "UPDATE producteurs SET puissance_kw = {} WHERE fid = 2".format(literal))
    frozen = Fingerprint(path)
    outputs = {name: str(tmp_path / "{}.gpkg".format(name.lower()))
               for name in ("OUTPUT_CIRCLE", "OUTPUT_PAIR", "OUTPUT_PARTICIPANTS", "OUTPUT_SUBSTATIONS")}
    outcome = run("pvd:selfconsumptionperimeter", dict(outputs, PRODUCERS=producers, CONSUMERS=consumers,
                                                        TOTAL_POWER_KW="puissance_kw", MAX_POWER_MW=3))
    assert outcome.ok, outcome
    (_wkt, circle), = read_gpkg(outputs["OUTPUT_CIRCLE"])
    assert circle["puissance_kw"] == total_kw
    if words:
        assert any("Layer 'producteurs'" in w and words in w for w in outcome.feedback.warnings), outcome
    frozen.assert_unchanged()


def test_routing_barème_band_from_a_power_stored_as_text(pvd_provider, tmp_path):
    from qgis.core import NULL, QgsVectorLayer

    from tests.qgis.test_contribution_processing import BAREME
    from tests.qgis.test_routing_processing import rows_of, wkt_point

    gpkg = tmp_path / "contribution.gpkg"
    postes = write_gpkg(gpkg, "postes", 2154, ogr.wkbPoint, [(wkt_point(0.5, 10.5), {"id_poste": "P1"})])
    demandes = write_gpkg(gpkg, "demandes", 2154, ogr.wkbPoint, [
        (wkt_point(20.5, 10.5), {"id_demande": "D1", "puissance_kva": 12.0}),
        (wkt_point(50.5, 10.5), {"id_demande": "D2", "puissance_kva": 12.0})], fields={
            "id_demande": str, "puissance_kva": float})
    store_raw(gpkg, "UPDATE demandes SET puissance_kva = 'abc' WHERE id_demande = 'D1'")
    store_raw(gpkg, "UPDATE demandes SET puissance_kva = '36,5' WHERE id_demande = 'D2'")
    frozen = Fingerprint(gpkg)
    out = str(tmp_path / "routes.gpkg")
    outcome = run("pvd:connectionroutes", {
        "TARGETS": demandes, "TARGET_ID_FIELD": "id_demande", "SOURCES": [postes], "SOURCE_ID_FIELD": "id_poste",
        "MARGIN": 40.0, "FIXED_COST": 500.0, "REFACTION": 0.4, "BAREME": BAREME, "POWER_FIELD": "puissance_kva",
        "DEFAULT_COST": 100.0, "CELL_SIZE": 1.0, "OUTPUT": out})
    assert outcome.ok, outcome
    rows = rows_of(QgsVectorLayer(outcome.results["OUTPUT"], "routes", "ogr"))
    # 'abc' is no power (QGIS read 0 kVA: first band, 840 €): no contribution, and the log says so
    assert rows["D1"].attribute("contribution_eur") == NULL
    assert any("field 'puissance_kva': no power for request(s) D1" in w for w in outcome.feedback.warnings)
    # '36,5' is 36.5 kVA (QGIS read 36: first band): second band, LB 30 m, LE 20 m:
    # 0.6 × (4000 + 60 × 30) + 0.6 × (5000 + 90 × 20) = 3480 + 4080 = 7560 €
    assert rows["D2"]["contribution_eur"] == pytest.approx(7560.0)
    frozen.assert_unchanged()
