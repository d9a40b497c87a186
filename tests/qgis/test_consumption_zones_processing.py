"""pvd:consumptionzones through processing.run, on GeoPackage files."""
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

from tests.fixtures import read_gpkg, write_gpkg

# x, y, annee, conso_mwh, nb_sites, insee (Lambert-93 metres around Isigny-sur-Mer)
X0, Y0 = 405000, 6920000
POINTS = [
    (X0 + 10, Y0 + 10, 2023, 50.0, 5, "14342"), (X0 + 20, Y0 + 50, 2023, 40.0, 4, "14342"),
    (X0 + 80, Y0 + 90, 2023, 30.0, 3, "14342"), (X0 + 150, Y0 + 50, 2023, 60.0, 6, "14342"),
    (X0 + 160, Y0 + 20, 2023, 90.0, 6, "14370"), (X0 + 5000, Y0 + 5000, 2023, 210.0, 20, "14370"),
    (X0 + 10, Y0 + 10, 2022, 100.0, 10, "14342"), (X0 + 150, Y0 + 50, 2022, 40.0, 5, "14342"),
]


def square(x, y, size):
    return "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x, y, x + size, y + size)


@pytest.fixture()
def layers(tmp_path):
    path = tmp_path / "conso.gpkg"
    points = write_gpkg(path, "consommation_electrique", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(x, y), {"annee": year, "conso_mwh": mwh, "nb_sites": sites, "insee": insee})
        for x, y, year, mwh, sites, insee in POINTS])
    zones = write_gpkg(path, "ort_perimetres", 2154, ogr.wkbPolygon, [
        (square(X0, Y0, 100), {"id_ort": "A", "nom": "Rue Emile Demagny"}),
        (square(X0 + 100, Y0, 100), {"id_ort": "B", "nom": "Place du Marché"}),
        (square(X0 + 1000, Y0 + 1000, 100), {"id_ort": "C", "nom": "Vide"}),
    ])
    return points, zones


def run(**parameters):
    import processing

    return processing.run("pvd:consumptionzones", parameters)


def test_zones_with_comparison_year(pvd_provider, layers, tmp_path):
    points, zones = layers
    out = tmp_path / "zones.gpkg"
    run(POINTS=points, ZONES=zones, YEAR=2023, COMPARE_YEAR=2022, PERCENTILE=90, MIN_SITES=10, OUTPUT=str(out))
    rows = {values["id_ort"]: values for _wkt, values in read_gpkg(out)}
    a, b, c = rows["A"], rows["B"], rows["C"]
    assert (a["nom"], a["annee"], a["nb_sites"], a["conso_mwh"], a["mwh_par_site"]) == \
        ("Rue Emile Demagny", 2023, 12, 120.0, 10.0)
    assert a["insee"] == "14342" and a["part_commune_pct"] == pytest.approx(100 * 120 / 180)
    assert b["insee"] == "14370" and b["part_commune_pct"] == pytest.approx(100 * 150 / 480)
    assert a["seuil_percentile_mwh"] == pytest.approx(147.0)
    assert (a["au_dessus_percentile"], b["au_dessus_percentile"]) == (0, 1)
    assert (a["conso_mwh_comparaison"], a["evolution_mwh"], a["evolution_pct"]) == (100.0, 20.0, 20.0)
    assert b["masque_comparaison"] == 1 and b["evolution_mwh"] is None and b["conso_mwh_comparaison"] is None
    assert c["masque"] == 1 and c["conso_mwh"] is None and c["nb_sites"] is None


def test_grid_without_zones(pvd_provider, layers, tmp_path):
    points, _zones = layers
    out = tmp_path / "grille.gpkg"
    run(POINTS=points, GRID_SIZE=100, YEAR=2023, MIN_SITES=10, OUTPUT=str(out))
    rows = {values["id_zone"]: (wkt, values) for wkt, values in read_gpkg(out)}
    assert set(rows) == {"E405000N6920000", "E405100N6920000", "E410000N6925000"}
    wkt, cell = rows["E405000N6920000"]
    assert cell["conso_mwh"] == 120.0 and cell["nb_sites"] == 12
    assert ogr.CreateGeometryFromWkt(wkt).GetArea() == pytest.approx(100 * 100)
    assert cell["annee_comparaison"] is None


def test_min_sites_masks_everything_small(pvd_provider, layers, tmp_path):
    points, zones = layers
    out = tmp_path / "masque.gpkg"
    run(POINTS=points, ZONES=zones, YEAR=2023, MIN_SITES=50, OUTPUT=str(out))
    rows = [values for _wkt, values in read_gpkg(out)]
    assert [values["masque"] for values in rows] == [1, 1, 1]
    assert all(values["conso_mwh"] is None and values["part_commune_pct"] is None for values in rows)


def test_missing_field_names_the_layer_and_field(pvd_provider, layers, tmp_path):
    points, zones = layers
    with pytest.raises(QgsProcessingException, match="conso.*no field .consommation_totale"):
        run(POINTS=points, ZONES=zones, MWH_FIELD="consommation_totale", YEAR=2023,
            OUTPUT=str(tmp_path / "x.gpkg"))
    assert not (tmp_path / "x.gpkg").exists()


def test_grid_needs_metres(pvd_provider, tmp_path):
    points = write_gpkg(tmp_path / "wgs.gpkg", "conso", 4326, ogr.wkbPoint, [
        ("POINT (-1.103 49.319)", {"annee": 2023, "conso_mwh": 5.0, "nb_sites": 1, "insee": "14342"})])
    with pytest.raises(QgsProcessingException, match="metres"):
        run(POINTS=points, GRID_SIZE=200, YEAR=2023, OUTPUT=str(tmp_path / "x.gpkg"))


def test_points_in_another_crs_are_reprojected_to_the_zones(pvd_provider, layers, tmp_path):
    import pyproj

    _points, zones = layers
    to_wgs84 = pyproj.Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    rows = []
    for x, y, year, mwh, sites, insee in POINTS:
        lon, lat = to_wgs84.transform(x, y)
        rows.append(("POINT ({!r} {!r})".format(lon, lat),
                     {"annee": year, "conso_mwh": mwh, "nb_sites": sites, "insee": insee}))
    points = write_gpkg(tmp_path / "wgs84.gpkg", "conso", 4326, ogr.wkbPoint, rows)
    out = tmp_path / "zones.gpkg"
    run(POINTS=points, ZONES=zones, YEAR=2023, OUTPUT=str(out))
    rows = {values["id_ort"]: values for _wkt, values in read_gpkg(out)}
    assert (rows["A"]["conso_mwh"], rows["B"]["conso_mwh"]) == (120.0, 150.0)


@pytest.fixture()
def read_paths(monkeypatch):
    """The path each read took: True = bulk (gpkg_bulk.read_source), False = through QGIS."""
    from pvd_qgis_plugin.processing_provider import gpkg_bulk

    taken = []
    original = gpkg_bulk.read_source

    def spy(*args, **kwargs):
        result = original(*args, **kwargs)
        taken.append(result is not None)
        return result

    monkeypatch.setattr(gpkg_bulk, "read_source", spy)
    return taken


def test_bulk_and_qgis_reading_give_the_same_zones(pvd_provider, layers, tmp_path, read_paths):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    points, zones = layers
    # a point with a NULL consumption (ignored) and one without commune code
    extra = write_gpkg(tmp_path / "extra.gpkg", "conso", 2154, ogr.wkbPoint, [
        ("POINT ({} {})".format(x, y), {"annee": year, "conso_mwh": mwh, "nb_sites": sites, "insee": insee})
        for x, y, year, mwh, sites, insee in POINTS + [(X0 + 30, Y0 + 30, 2023, None, 2, "14342"),
                                                       (X0 + 120, Y0 + 80, 2023, 25.5, 3, None)]],
        fields={"annee": int, "conso_mwh": float, "nb_sites": int, "insee": str})

    def layer(uri):
        return QgsVectorLayer(uri, "layer", "ogr")

    def memory(uri):
        return layer(uri).materialize(QgsFeatureRequest())

    def filtered(uri):
        result = layer(uri)
        result.setSubsetString('"fid" > 0')  # every feature, but through QGIS
        return result

    shapefile = str(tmp_path / "conso.shp")
    gdal.VectorTranslate(shapefile, str(tmp_path / "extra.gpkg"))
    common = dict(YEAR=2023, COMPARE_YEAR=2022, PERCENTILE=50, MIN_SITES=5)
    for key, zone_parameters in (("id_ort", {"ZONES": zones}), ("id_zone", {"GRID_SIZE": 100})):
        outputs = []
        for name, points_input, zones_input in (("bulk", extra, zones), ("shapefile", shapefile, zones),
                                                ("memory", memory(extra), memory(zones)),
                                                ("filtered", filtered(extra), filtered(zones))):
            parameters = dict(common, POINTS=points_input, OUTPUT=str(tmp_path / "{}_{}.gpkg".format(name, key)))
            if "ZONES" in zone_parameters:
                parameters["ZONES"] = zones_input
            else:
                parameters.update(zone_parameters)
            del read_paths[:]
            run(**parameters)
            assert read_paths == [name in ("bulk", "shapefile")] * len(read_paths) and read_paths
            outputs.append({values[key]: (wkt, values) for wkt, values in read_gpkg(parameters["OUTPUT"])})
        bulk, from_shapefile, by_memory, by_filter = outputs
        assert bulk == from_shapefile == by_memory == by_filter
        assert len(bulk) >= 3
    # the extra points count: zone A holds 120 + 0 (NULL ignored) MWh, B 150 + 25.5
    assert (bulk["E405000N6920000"][1]["conso_mwh"], bulk["E405100N6920000"][1]["conso_mwh"]) == (120.0, 175.5)
