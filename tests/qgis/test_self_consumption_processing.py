"""pvd:selfconsumptionperimeter through processing.run, on GeoPackage files."""
import math

import pytest
from osgeo import ogr

from tests.fixtures import read_gpkg, write_gpkg

X0, Y0 = 430000, 6915000  # Lambert-93, around Trévières


@pytest.fixture()
def operation(tmp_path):
    path = tmp_path / "acc.gpkg"
    producers = write_gpkg(path, "producteurs", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0, Y0), {"nom": "Toiture mairie"})])
    consumers = write_gpkg(path, "consommateurs", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0 + 1500, Y0), {"nom": "École"}),
        ("POINT ({} {})".format(X0 + 2500, Y0), {"nom": "Boulangerie"}),
        ("POINT ({} {})".format(X0 + 1000, Y0 + 500), {"nom": "Médiathèque"}),
        (None, {"nom": "Sans adresse"}),
    ])
    postes = write_gpkg(path, "postes_hta_bt", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0 + 100, Y0 + 100), {"id_poste": "P1"}),
        ("POINT ({} {})".format(X0 + 2500, Y0 - 50), {"id_poste": "P2"}),
        ("POINT ({} {})".format(X0 + 9000, Y0), {"id_poste": "P3"}),
    ])
    return producers, consumers, postes


def run(tmp_path, **parameters):
    import processing

    outputs = {name: str(tmp_path / "{}.gpkg".format(name.lower()))
               for name in ("OUTPUT_CIRCLE", "OUTPUT_PAIR", "OUTPUT_PARTICIPANTS", "OUTPUT_SUBSTATIONS")}
    parameters.update(outputs)
    processing.run("pvd:selfconsumptionperimeter", parameters)
    return outputs


def test_two_km_rule_broken(pvd_provider, operation, tmp_path):
    producers, consumers, postes = operation
    out = run(tmp_path, PRODUCERS=producers, CONSUMERS=consumers, PRODUCER_ID_FIELD="nom",
              CONSUMER_ID_FIELD="nom", MAX_DISTANCE=2000, SUBSTATIONS=postes)
    (circle_wkt, circle), = read_gpkg(out["OUTPUT_CIRCLE"])
    assert (circle["nb_participants"], circle["nb_producteurs"], circle["nb_consommateurs"]) == (4, 1, 3)
    assert circle["distance_max_m"] == 2500.0 and circle["limite_m"] == 2000.0 and circle["conforme"] == 0
    assert circle["rayon_m"] == pytest.approx(1250.0) and circle["diametre_m"] == pytest.approx(2500.0)
    assert (circle["centre_x"], circle["centre_y"]) == pytest.approx((X0 + 1250, Y0))
    assert circle["nb_hors_regle"] == 2 and circle["nb_postes_cercle"] == 1
    assert ogr.CreateGeometryFromWkt(circle_wkt).GetArea() == pytest.approx(math.pi * 1250 ** 2, rel=1e-3)

    (_line, pair), = read_gpkg(out["OUTPUT_PAIR"])
    assert {pair["id_a"], pair["id_b"]} == {"Toiture mairie", "Boulangerie"} and pair["distance_m"] == 2500.0

    participants = {values["id_participant"]: values for _wkt, values in read_gpkg(out["OUTPUT_PARTICIPANTS"])}
    assert set(participants) == {"Toiture mairie", "École", "Boulangerie", "Médiathèque"}
    assert [participants[n]["hors_regle"] for n in ("Toiture mairie", "École", "Boulangerie", "Médiathèque")] == \
        [1, 0, 1, 0]
    assert participants["Toiture mairie"]["role"] == "producteur"
    assert participants["Boulangerie"]["id_poste_proche"] == "P2" and participants["Boulangerie"]["dist_poste_m"] == 50.0

    postes_out = {values["id_poste"]: values for _wkt, values in read_gpkg(out["OUTPUT_SUBSTATIONS"])}
    assert set(postes_out) == {"P1", "P2"}  # P3 is nobody's nearest and outside the circle
    assert (postes_out["P1"]["dans_cercle"], postes_out["P1"]["nb_participants"]) == (1, 2)
    assert (postes_out["P2"]["dans_cercle"], postes_out["P2"]["nb_participants"]) == (0, 2)


def test_rural_derogation(pvd_provider, operation, tmp_path):
    producers, consumers, _postes = operation
    out = run(tmp_path, PRODUCERS=producers, CONSUMERS=consumers, DEROGATION=2)
    (_wkt, circle), = read_gpkg(out["OUTPUT_CIRCLE"])
    assert circle["limite_m"] == 20000.0 and circle["conforme"] == 1 and circle["nb_hors_regle"] == 0
    assert circle["nb_postes_cercle"] is None
    assert not (tmp_path / "output_substations.gpkg").exists()


def test_geographic_layers(pvd_provider, tmp_path):
    path = tmp_path / "wgs.gpkg"
    producers = write_gpkg(path, "p", 4326, ogr.wkbPoint, [("POINT (-0.9042 49.3086)", {"nom": "PV"})])
    consumers = write_gpkg(path, "c", 4326, ogr.wkbPoint, [("POINT (-0.8780 49.3086)", {"nom": "Salle"})])
    out = run(tmp_path, PRODUCERS=producers, CONSUMERS=consumers)
    (_wkt, circle), = read_gpkg(out["OUTPUT_CIRCLE"])
    # 0.0262° of longitude at 49.3086° N: about 1.90 km
    assert circle["distance_max_m"] == pytest.approx(1903, abs=5)
    assert circle["conforme"] == 1
    assert circle["centre_x"] == pytest.approx(-0.8911, abs=1e-4)
