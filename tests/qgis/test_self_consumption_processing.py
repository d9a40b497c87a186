"""pvd:selfconsumptionperimeter through processing.run, on GeoPackage files."""
import math

import pytest
from osgeo import ogr

from tests.fixtures import Shapes, read_gpkg, write_gpkg

X0, Y0 = 430000, 6915000  # Lambert-93, around Trévières
# Lambert-93's scale factor there (49.28° N) is 1.000227: a plane metre is 1 / 1.000227 m on the ground
K = 1.000227


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
    # 2500 m on the plane: 2500 / 1.000227 = 2499.43 m on the ground
    assert circle["distance_max_m"] == pytest.approx(2499.43, abs=0.01)
    assert circle["limite_m"] == 2000.0 and circle["conforme"] == 0
    assert circle["rayon_m"] == pytest.approx(1250.0 / K, abs=0.01)
    assert circle["diametre_m"] == pytest.approx(2500.0 / K, abs=0.01)
    assert (circle["centre_x"], circle["centre_y"]) == pytest.approx((X0 + 1250, Y0))
    assert circle["nb_hors_regle"] == 2 and circle["nb_postes_cercle"] == 1
    assert ogr.CreateGeometryFromWkt(circle_wkt).GetArea() == pytest.approx(math.pi * 1250 ** 2, rel=1e-3)

    (_line, pair), = read_gpkg(out["OUTPUT_PAIR"])
    assert {pair["id_a"], pair["id_b"]} == {"Toiture mairie", "Boulangerie"} and pair["distance_m"] == pytest.approx(2500.0 / K, abs=0.01)

    participants = {values["id_participant"]: values for _wkt, values in read_gpkg(out["OUTPUT_PARTICIPANTS"])}
    assert set(participants) == {"Toiture mairie", "École", "Boulangerie", "Médiathèque"}
    assert [participants[n]["hors_regle"] for n in ("Toiture mairie", "École", "Boulangerie", "Médiathèque")] == \
        [1, 0, 1, 0]
    assert participants["Toiture mairie"]["role"] == "producteur"
    assert participants["Boulangerie"]["id_poste_proche"] == "P2" and participants["Boulangerie"]["dist_poste_m"] == pytest.approx(50.0 / K, abs=1e-3)

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


_box = Shapes(X0, Y0).box


@pytest.mark.parametrize("west, east, derogation, limit", [
    (5, "Ceintures urbaines", 0, 10000.0),  # rural + peri-urban: 10 km for all
    ("6", 7, 0, 20000.0),  # both rural: 20 km
    (5, 1, 2, 2000.0),  # one urban commune: no derogation, whatever DEROGATION says
])
def test_derogation_read_per_commune(pvd_provider, operation, tmp_path, west, east, derogation, limit):
    producers, consumers, _postes = operation
    communes = write_gpkg(tmp_path / "communes.gpkg", "communes", 2154, ogr.wkbPolygon, [
        (_box(-500, -1000, 2000, 1000), {"insee": "14711", "DENS": str(west)}),
        (_box(2000, -1000, 4000, 1000), {"insee": "14370", "DENS": str(east)}),
    ])
    out = run(tmp_path, PRODUCERS=producers, CONSUMERS=consumers, CONSUMER_ID_FIELD="nom", DEROGATION=derogation,
              COMMUNES=communes, DENSITY_FIELD="DENS")
    (_wkt, circle), = read_gpkg(out["OUTPUT_CIRCLE"])
    # the farthest pair is 2499.43 m apart on the ground: compliant only with a derogation
    assert circle["limite_m"] == limit and circle["conforme"] == (1 if limit > 2500 else 0)
    participants = {values["id_participant"]: values for _wkt, values in read_gpkg(out["OUTPUT_PARTICIPANTS"])}
    east_level = 3 if east == "Ceintures urbaines" else int(east)
    assert participants["Boulangerie"]["classe_densite"] == east_level  # at x = 2500, in the east commune
    assert participants["École"]["classe_densite"] == int(west)


def test_total_power_against_the_cap(pvd_provider, operation, tmp_path):
    _producers, consumers, _postes = operation
    producers = write_gpkg(tmp_path / "pv.gpkg", "producteurs", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(X0, Y0), {"nom": "Toiture mairie", "puissance_kw": 1800.0}),
        ("POINT ({} {})".format(X0 + 200, Y0), {"nom": "Ombrière", "puissance_kw": 1500.0}),
    ])
    # 1 800 + 1 500 = 3 300 kW: above the 3 MW cap, within a 5 MW one
    for cap, within in ((None, 0), (3, 0), (5, 1)):  # None: the default cap, 3 MW
        caps = {} if cap is None else {"MAX_POWER_MW": cap}
        out = run(tmp_path, PRODUCERS=producers, CONSUMERS=consumers, TOTAL_POWER_KW="puissance_kw", **caps)
        (_wkt, circle), = read_gpkg(out["OUTPUT_CIRCLE"])
        assert circle["puissance_kw"] == 3300.0 and circle["puissance_max_kw"] == (cap or 3) * 1000.0
        assert circle["puissance_conforme"] == within


@pytest.mark.parametrize("epsg", [2154, 4326])
@pytest.mark.parametrize("distance_m, compliant", [(2000.3, 0), (1999.7, 1)])
def test_pair_measured_on_the_ground_in_any_crs(pvd_provider, tmp_path, epsg, distance_m, compliant):
    import pyproj

    # two points distance_m apart on the ellipsoid, eastwards from 3° E 46.5° N, where Lambert-93's
    # plane reads 0.1 % short and UTM 31's 0.04 % short: both would call 2 000.3 m compliant
    east_lon, east_lat, _ = pyproj.Geod(ellps="GRS80").fwd(3.0, 46.5, 90.0, distance_m)
    points = [(3.0, 46.5), (east_lon, east_lat)]
    if epsg == 2154:
        to_l93 = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
        points = [to_l93.transform(lon, lat) for lon, lat in points]
    path = tmp_path / "pair.gpkg"
    producers = write_gpkg(path, "p", epsg, ogr.wkbPoint, [("POINT ({} {})".format(*points[0]), {"nom": "PV"})])
    consumers = write_gpkg(path, "c", epsg, ogr.wkbPoint, [("POINT ({} {})".format(*points[1]), {"nom": "Salle"})])
    out = run(tmp_path, PRODUCERS=producers, CONSUMERS=consumers)
    (_wkt, circle), = read_gpkg(out["OUTPUT_CIRCLE"])
    # GRS80 and WGS84 differ by 0.1 mm in their flattening: the same distance to the millimetre
    assert circle["distance_max_m"] == pytest.approx(distance_m, abs=1e-3)
    assert circle["conforme"] == compliant
