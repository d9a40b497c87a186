"""pvd:energyprecarity through processing.run: hand-made cells, and the sample GeoPackage."""
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from tests.fixtures import Shapes, read_gpkg, write_gpkg

X0, Y0 = 400000.0, 6900000.0
MEDIAN = 22040.0
LINE = 0.6 * MEDIAN
SHAPES = Shapes(X0, Y0)
square, point = SHAPES.box, SHAPES.point


@pytest.fixture()
def layers(tmp_path):
    """Cells A (poor, old), B (median income, recent), C (8 households: masked) of 200 m."""
    path = tmp_path / "precarite.gpkg"
    counts = ("men", "men_pauv", "ind", "ind_snv", "log_av45", "log_45_70", "log_70_90", "log_ap90")
    cells = []
    for ident, x, values in (("CRS3035RES200mN1E0", 0, (100, 30, 200, 200 * LINE, 40, 20, 20, 20)),
                             ("CRS3035RES200mN1E200", 200, (50, 5, 100, 100 * MEDIAN, 0, 10, 30, 60)),
                             ("CRS3035RES200mN1E400", 400, (8, 2, 15, 15 * MEDIAN, 4, 0, 2, 2))):
        row = {"idcar_200m": ident, "insee": "14342"}
        row.update({name: float(value) for name, value in zip(counts, values)})
        cells.append((square(x, 0, x + 200, 200), row))
    labels = ["C", "F", "E", "F", "G", "D", "A", "B", "C", "G"]
    heating = ["Électricité", "Gaz naturel", "Électricité", "Gaz naturel", "Électricité", "Fioul domestique",
               "Électricité", "Électricité", "Gaz naturel", "Bois – Bûches"]
    xs = [50] * 3 + [150] * 3 + [250] * 4
    dpe = [(point(x, 100), {"numero_dpe": "D{}".format(n), "etiquette_dpe": label, "energie_chauffage": energy})
           for n, (x, label, energy) in enumerate(zip(xs, labels, heating))]
    consumption = [
        (point(20, 20), {"id_conso": "c1", "annee": 2023, "secteur": "residentiel", "conso_mwh": 30.0, "nb_sites": 6}),
        (point(180, 180), {"id_conso": "c2", "annee": 2023, "secteur": "residentiel", "conso_mwh": 20.0, "nb_sites": 4}),
        (point(180, 20), {"id_conso": "c3", "annee": 2023, "secteur": "tertiaire", "conso_mwh": 900.0, "nb_sites": 4}),
        (point(20, 20), {"id_conso": "c4", "annee": 2022, "secteur": "residentiel", "conso_mwh": 90.0, "nb_sites": 6}),
        (point(300, 100), {"id_conso": "c5", "annee": 2023, "secteur": "residentiel", "conso_mwh": 40.0, "nb_sites": 8}),
    ]
    return {"cells": write_gpkg(path, "carreaux_filosofi", 2154, ogr.wkbPolygon, cells),
            "dpe": write_gpkg(path, "dpe", 2154, ogr.wkbPoint, dpe),
            "conso": write_gpkg(path, "consommation_electrique", 2154, ogr.wkbPoint, consumption),
            "zones": write_gpkg(path, "iris", 2154, ogr.wkbPolygon, [
                (square(100, 0, 300, 200), {"code_iris": "143420101", "men": 1.0})])}


def run(parameters, out):
    import processing

    parameters = dict(parameters, OUTPUT=str(out))
    processing.run("pvd:energyprecarity", parameters)
    return [values for _wkt, values in read_gpkg(out)]


def test_index_per_cell_by_hand(pvd_provider, layers, tmp_path):
    rows = run({"CELLS": layers["cells"], "DPE": layers["dpe"], "CONSUMPTION": layers["conso"],
                "MEDIAN_INCOME": MEDIAN}, tmp_path / "out.gpkg")
    assert [row["idcar_200m"] for row in rows] == ["CRS3035RES200mN1E0", "CRS3035RES200mN1E200",
                                                   "CRS3035RES200mN1E400"]
    a, b, c = rows
    # A: latest year 2023, residential only: (30 + 20) / (6 + 4) = 5 MWh per dwelling (the shop's 900 left out)
    assert a["conso_mwh_par_logement"] == pytest.approx(5.0)
    assert (a["men"], a["nb_dpe"], a["insee"]) == (100.0, 6, "14342")
    assert (a["part_men_pauvres_pc"], a["niveau_vie_eur"], a["part_logements_avant_1970_pc"]) == \
        pytest.approx((30.0, LINE, 60.0))
    assert (a["part_dpe_fg_pc"], a["part_chauffage_electrique_pc"]) == pytest.approx((50.0, 50.0))
    # 3×0.3 + 2×1 + 1.5×0.6 + 2×0.5 + 0.5×0.5 + 1×0.5
    assert [a[name] for name in ("pts_pauvrete", "pts_niveau_vie", "pts_logements_anciens", "pts_passoires",
                                 "pts_chauffage_electrique", "pts_consommation")] == \
        pytest.approx([0.9, 2.0, 0.9, 1.0, 0.25, 0.5])
    assert (a["indice"], a["rang"], a["masque"]) == (pytest.approx(5.55), 1, None)
    # B: 4 DPE and 8 sites masked; 3×0.1 + 1.5×0.1 = 0.45 on 6.5 of the 10 weight points
    assert b["indice"] == pytest.approx(4.5 / 6.5)
    assert (b["rang"], b["masque"], b["part_dpe_fg_pc"], b["conso_mwh_par_logement"]) == (2, "dpe,conso", None, None)
    assert b["nb_dpe"] == 4
    assert (c["indice"], c["rang"], c["masque"], c["part_men_pauvres_pc"]) == (None, 0, "filosofi", None)


def test_weights_and_year_are_parameters(pvd_provider, layers, tmp_path):
    rows = run({"CELLS": layers["cells"], "CONSUMPTION": layers["conso"], "YEAR": 2022, "WEIGHT_POVERTY": 0,
                "WEIGHT_INCOME": 0, "WEIGHT_OLD_DWELLINGS": 0, "WEIGHT_DPE_FG": 0, "WEIGHT_ELECTRIC_HEATING": 0,
                "WEIGHT_CONSUMPTION": 1, "HIGH_CONSUMPTION": 20}, tmp_path / "out.gpkg")
    first = rows[0]
    # 2022: c4 alone, 90 MWh / 6 sites = 15 MWh, under 10 sites: masked; nothing else counts: no index
    assert first["conso_mwh_par_logement"] is None and first["masque"] == "conso"
    assert all(row["indice"] is None and row["rang"] == 0 for row in rows)


def test_index_per_zone_keeps_the_zone_fields(pvd_provider, layers, tmp_path):
    rows = run({"CELLS": layers["cells"], "DPE": layers["dpe"], "ZONES": layers["zones"], "MEDIAN_INCOME": MEDIAN},
               tmp_path / "out.gpkg")
    assert len(rows) == 1
    zone = rows[0]
    assert zone["code_iris"] == "143420101"
    assert zone["men"] == pytest.approx(75.0)  # half of A's 100 and half of B's 50 households, not the input's 1
    assert zone["nb_dpe"] == 7 and zone["part_dpe_fg_pc"] == pytest.approx(300 / 7)
    assert zone["niveau_vie_eur"] == pytest.approx((100 * LINE + 50 * MEDIAN) / 150)


def test_cells_without_households_field_are_refused(pvd_provider, layers, tmp_path):
    plain = write_gpkg(tmp_path / "plain.gpkg", "mailles", 2154, ogr.wkbPolygon, [(square(0, 0, 200, 200), {"id": "m1"})])
    with pytest.raises(QgsProcessingException, match="no field 'men'"):
        run({"CELLS": plain}, tmp_path / "out.gpkg")


def test_sample_ranks_old_town_centres_first(pvd_provider, sample_gpkg, tmp_path):
    layer = "{}|layername={}".format
    rows = run({"CELLS": layer(sample_gpkg, "carreaux_filosofi"), "DPE": layer(sample_gpkg, "dpe"),
                "CONSUMPTION": layer(sample_gpkg, "consommation_electrique")}, tmp_path / "out.gpkg")
    ranked = sorted((row for row in rows if row["rang"]), key=lambda row: row["rang"])
    assert len(rows) == 119 and len(ranked) >= 100
    top, bottom = ranked[:10], ranked[-10:]
    mean = lambda group, name: sum(row[name] or 0 for row in group) / len(group)  # noqa: E731
    assert mean(top, "part_men_pauvres_pc") > mean(bottom, "part_men_pauvres_pc")
    assert mean(top, "part_logements_avant_1970_pc") > mean(bottom, "part_logements_avant_1970_pc")
    assert any(row["masque"] for row in rows)  # cells with fewer than 5 DPE
    points = ("pts_pauvrete", "pts_niveau_vie", "pts_logements_anciens", "pts_passoires", "pts_chauffage_electrique",
              "pts_consommation")
    complete = [row for row in ranked if all(row[name] is not None for name in points)]
    assert complete  # every criterion known: the index is the plain sum of the points
    for row in complete:
        assert row["indice"] == pytest.approx(sum(row[name] for name in points), abs=1e-5)
    assert all(0 <= row["indice"] <= 10 for row in ranked)


def test_memory_output_has_the_same_rows_as_the_geopackage(pvd_provider, layers, tmp_path):
    """The GeoPackage is filled in bulk, other outputs feature by feature: same rows, same order."""
    import processing

    parameters = {"CELLS": layers["cells"], "DPE": layers["dpe"], "CONSUMPTION": layers["conso"],
                  "MEDIAN_INCOME": MEDIAN}
    in_file = run(parameters, tmp_path / "out.gpkg")
    layer = processing.run("pvd:energyprecarity", dict(parameters, OUTPUT="memory:"))["OUTPUT"]
    in_memory = [{name: (None if value is None or (hasattr(value, "isNull") and value.isNull()) else value)
                  for name, value in zip(layer.fields().names(), feature.attributes())}
                 for feature in layer.getFeatures()]
    assert [{k: v for k, v in row.items() if k != "fid"} for row in in_file] == in_memory


def test_cells_in_degrees_are_refused_naming_the_layer(pvd_provider, tmp_path):
    cells = write_gpkg(tmp_path / "wgs84.gpkg", "carreaux_filosofi", 4326, ogr.wkbPolygon, [
        ("POLYGON ((-1.10 49.31, -1.09 49.31, -1.09 49.32, -1.10 49.32, -1.10 49.31))",
         {"idcar_200m": "CRS3035RES200mN1E0", "men": 20.0})])
    with pytest.raises(QgsProcessingException, match="carreaux_filosofi.*not in a projected CRS"):
        run({"CELLS": cells}, tmp_path / "out.gpkg")


def test_labels_as_typed_by_people(pvd_provider, tmp_path):
    """'f', ' G ' count as F and G; 'X' and an empty label are no labels: left out of the DPE figures."""
    path = tmp_path / "etiquettes.gpkg"
    cells = write_gpkg(path, "carreaux_filosofi", 2154, ogr.wkbPolygon, [
        (square(0, 0, 200, 200), {"idcar_200m": "CRS3035RES200mN1E0", "men": 50.0, "men_pauv": 5.0})])
    dpe = write_gpkg(path, "dpe", 2154, ogr.wkbPoint, [
        (point(10 * n + 5, 50), {"numero_dpe": "D{}".format(n), "etiquette_dpe": label})
        for n, label in enumerate(["f", " G ", "X", "", "C", "D", "B"])], fields={"numero_dpe": str, "etiquette_dpe": str})
    row = run({"CELLS": cells, "DPE": dpe}, tmp_path / "out.gpkg")[0]
    assert row["nb_dpe"] == 5 and row["part_dpe_fg_pc"] == pytest.approx(100 * 2 / 5)  # f, G of f, G, C, D, B
