"""pvd:renovationeffect through processing.run: a renovated block, its commune, a DJU table."""
import datetime

import pytest
from osgeo import ogr

from tests.fixtures import Shapes, read_gpkg, write_gpkg

X0, Y0 = 400000.0, 6900000.0
point = Shapes(X0, Y0).point


@pytest.fixture()
def layers(tmp_path):
    """Works 0..100 × 0..100 (12 sites) and the rest of 14342 (20 sites); 14312 must stay out; a shop too."""
    path = tmp_path / "renovation.gpkg"
    rows = []
    for year, inside, outside, other in ((2020, (30.0, 20.0, 10.0), (60.0, 40.0), 500.0),
                                         (2023, (24.0, 16.0, 8.0), (57.0, 38.0), 100.0)):
        for (x, y), value, count in zip(((10, 10), (50, 50), (90, 90)), inside, (6, 4, 2)):
            rows.append((point(x, y), {"annee": year, "secteur": "residentiel", "conso_mwh": value, "nb_sites": count,
                                       "insee": "14342"}))
        for x, value in zip((500, 600), outside):
            rows.append((point(x, 0), {"annee": year, "secteur": "residentiel", "conso_mwh": value, "nb_sites": 10,
                                       "insee": "14342"}))
        rows.append((point(5000, 0), {"annee": year, "secteur": "residentiel", "conso_mwh": other, "nb_sites": 50,
                                      "insee": "14312"}))
        rows.append((point(20, 20), {"annee": year, "secteur": "tertiaire", "conso_mwh": 900.0 * (year - 2019),
                                     "nb_sites": 10, "insee": "14342"}))
    square = "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(X0, Y0, X0 + 100, Y0 + 100)
    works = write_gpkg(path, "travaux", 2154, ogr.wkbPolygon, [
        (square, {"id_projet": "OPAH-1", "date_fin": datetime.date(2021, 11, 30)}),
        (point(50, 50), {"id_projet": "REN-2", "date_fin": datetime.date(2024, 3, 1)})])
    dju = tmp_path / "dju.csv"
    dju.write_text("annee,dju\n2020,2000\n2023,2500\n", encoding="utf-8")
    return {"conso": write_gpkg(path, "consommation_electrique", 2154, ogr.wkbPoint, rows), "works": works,
            "dju": str(dju)}


def run(parameters, out):
    import processing

    processing.run("pvd:renovationeffect", dict(parameters, OUTPUT=str(out)))
    return [values for _wkt, values in read_gpkg(out)]


def test_effect_against_the_rest_of_the_commune(pvd_provider, layers, tmp_path):
    rows = run({"CONSUMPTION": layers["conso"], "WORKS": layers["works"], "YEAR_BEFORE": 2020, "YEAR_AFTER": 2023},
               tmp_path / "out.gpkg")
    opah, point_works = rows
    assert opah["id_projet"] == "OPAH-1" and (opah["annee_avant"], opah["annee_apres"]) == (2020, 2023)
    # residential only: 60 -> 48 MWh on 12 sites (-20 %); the rest of 14342: 100 -> 95 on 20 (-5 %)
    assert (opah["sites_avant"], opah["sites_apres"]) == (12, 12)
    assert (opah["conso_avant_mwh"], opah["conso_apres_mwh"], opah["evolution_pc"]) == \
        pytest.approx((60.0, 48.0, -20.0))
    assert (opah["temoin_sites_avant"], opah["temoin_conso_avant_mwh"], opah["temoin_evolution_pc"]) == \
        pytest.approx((20, 100.0, -5.0))
    assert opah["effet_pts"] == pytest.approx(-15.0) and opah["masque"] is None
    # the 50 m disc around (50, 50) holds 4 sites: masked, the sites still counted
    assert (point_works["sites_avant"], point_works["conso_avant_mwh"], point_works["effet_pts"],
            point_works["masque"]) == (4, None, None, "travaux")


def test_weather_correction_with_a_dju_table(pvd_provider, layers, tmp_path):
    rows = run({"CONSUMPTION": layers["conso"], "WORKS": layers["works"], "YEAR_BEFORE": 2020, "YEAR_AFTER": 2023,
                "DJU": layers["dju"], "HEATING_SHARE": 0.5, "DJU_REFERENCE": 2250}, tmp_path / "out.gpkg")
    opah = rows[0]
    # 60 × (0.5 + 0.5 × 2250/2000) = 63.75; 48 × (0.5 + 0.5 × 2250/2500) = 45.6
    assert (opah["conso_avant_mwh"], opah["conso_apres_mwh"]) == pytest.approx((63.75, 45.6))
    assert opah["effet_pts"] == pytest.approx(100 * (45.6 / 63.75 - 95 * 0.95 / 106.25))


def test_all_sectors_when_asked(pvd_provider, layers, tmp_path):
    rows = run({"CONSUMPTION": layers["conso"], "WORKS": layers["works"], "YEAR_BEFORE": 2020, "YEAR_AFTER": 2023,
                "RESIDENTIAL_ONLY": False}, tmp_path / "out.gpkg")
    assert rows[0]["sites_avant"] == 22 and rows[0]["conso_avant_mwh"] == pytest.approx(960.0)  # 60 + the shop's 900


def test_missing_dju_year_is_a_clear_error(pvd_provider, layers, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="2022"):
        run({"CONSUMPTION": layers["conso"], "WORKS": layers["works"], "YEAR_BEFORE": 2022, "YEAR_AFTER": 2023,
             "DJU": layers["dju"]}, tmp_path / "out.gpkg")


def test_sample_town_centres_saved_more_than_the_rest(pvd_provider, sample_gpkg, tmp_path):
    layer = "{}|layername={}".format
    rows = run({"CONSUMPTION": layer(sample_gpkg, "consommation_electrique"),
                "WORKS": layer(sample_gpkg, "ort_perimetres"), "YEAR_BEFORE": 2022, "YEAR_AFTER": 2023},
               tmp_path / "out.gpkg")
    assert len(rows) == 5
    shown = [row for row in rows if row["effet_pts"] is not None]
    assert shown
    for row in shown:  # dwellings within 150 m of the centre use 12 % less in 2023, the others a little less
        assert row["evolution_pc"] < row["temoin_evolution_pc"] < 0
        assert row["effet_pts"] == pytest.approx(row["evolution_pc"] - row["temoin_evolution_pc"])
