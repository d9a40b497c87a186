"""pvd:importopendata reads the Enedis consumption files into consommation_electrique."""
import os

import pytest
from osgeo import ogr

from tests.fixtures import read_gpkg

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "enedis")
FORMATS = {"address": 6, "iris": 7}


def test_iris_file_becomes_consumption_points_at_the_iris_centroid(pvd_provider, tmp_path):
    import processing

    out = tmp_path / "conso.gpkg"
    processing.run("pvd:importopendata", {
        "INPUT": os.path.join(DATA, "consommation-electrique-par-secteurs-dactivite.csv"),
        "FORMAT": FORMATS["iris"], "INSEE": "14342", "OUTPUT": str(out)})
    rows = read_gpkg(out)
    isigny_2022 = {values["secteur"]: values for _wkt, values in rows if values["annee"] == 2022}
    assert (isigny_2022["residentiel"]["nb_sites"], isigny_2022["residentiel"]["conso_mwh"]) == (1450, 6525.0)
    assert {values["insee"] for _wkt, values in rows} == {"14342"}
    # the IRIS centroid 49.3190 N, 1.1030 W is at 401 754.05, 6 921 018.54 in Lambert-93
    point = ogr.CreateGeometryFromWkt(rows[0][0])
    assert (point.GetX(), point.GetY()) == pytest.approx((401754.05, 6921018.54), abs=0.01)


def test_address_file_without_coordinates_is_kept_without_geometry(pvd_provider, tmp_path):
    import processing

    out = tmp_path / "conso_adresses.gpkg"
    result = processing.run("pvd:importopendata", {
        "INPUT": os.path.join(DATA, "consommation-annuelle-residentielle-par-adresse.csv"),
        "FORMAT": FORMATS["address"], "OUTPUT": str(out)})
    rows = read_gpkg(out)
    assert rows and all(wkt is None or wkt.endswith("EMPTY") for wkt, _values in rows)
    assert all(values["secteur"] == "residentiel" and values["conso_mwh"] > 0 for _wkt, values in rows)
    assert result["OUTPUT"] == str(out)
