"""pvd:connectionroutes through processing.run, on real GeoPackage and GeoTIFF files."""
import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.fixtures import Shapes, read_gpkg, write_gpkg

X0, Y0 = 400000.0, 6900000.0  # Lambert-93 origin of the little test town
SHAPES = Shapes(X0, Y0)
wkt_point, wkt_box = SHAPES.point, SHAPES.box


def write_cost_tiff(path, costs, nodata=-1.0, cell=1.0, shift=0.0):
    """A GeoTIFF of €/m, top-left corner at (X0 + shift, Y0 + rows × cell), EPSG:2154."""
    costs = np.asarray(costs, dtype=np.float32)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), costs.shape[1], costs.shape[0], 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((X0 + shift, cell, 0.0, Y0 + costs.shape[0] * cell, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(costs)
    dataset = None
    return str(path)


@pytest.fixture()
def town(tmp_path):
    """A substation at (0.5, 10.5), requests 20 m and 50 m east of it, a BT line further north."""
    gpkg = tmp_path / "town.gpkg"
    return {
        "postes": write_gpkg(gpkg, "postes", 2154, ogr.wkbPoint, [
            (wkt_point(0.5, 10.5), {"id_poste": "P1"})]),
        "demandes": write_gpkg(gpkg, "demandes", 2154, ogr.wkbPoint, [
            (wkt_point(20.5, 10.5), {"id_demande": "D1"}),
            (wkt_point(50.5, 10.5), {"id_demande": "D2"})]),
        "reseau": write_gpkg(gpkg, "reseau", 2154, ogr.wkbLineString, [
            ("LINESTRING ({} {}, {} {})".format(X0 + 30, Y0 + 40.5, X0 + 80, Y0 + 40.5), {"id_poste": "L1"})]),
        "gpkg": gpkg,
    }


def run(**parameters):
    import processing

    base = {"DEFAULT_COST": 100.0, "CELL_SIZE": 1.0, "MARGIN": 20.0, "OUTPUT": "memory:"}
    base.update(parameters)
    return processing.run("pvd:connectionroutes", base)


def rows_of(layer):
    return {f["target_id"]: f for f in layer.getFeatures()}


def test_straight_routes_priced_with_fixed_cost_and_refaction(pvd_provider, town):
    result = run(TARGETS=town["demandes"], TARGET_ID_FIELD="id_demande", SOURCES=[town["postes"]],
                 SOURCE_ID_FIELD="id_poste", FIXED_COST=500.0, REFACTION=0.4)
    rows = rows_of(result["OUTPUT"])
    d1, d2 = rows["D1"], rows["D2"]
    assert (d1["source_id"], d1["length_m"], d1["cost_eur"], d1["status"]) == ("P1", 20.0, 2000.0, "ok")
    assert d1["total_eur"] == 2500.0 and d1["part_demandeur_eur"] == pytest.approx(1500.0)
    assert d1["nature"] == "branchement" and d2["nature"] == "extension"
    assert d2["cost_eur"] == 5000.0 and d2["penalty_m"] == 0.0
    # collinear steps merged: one straight segment between the cell centres
    assert d2.geometry().asPolyline()[0].x() == X0 + 0.5 and len(d2.geometry().asPolyline()) == 2
    assert result["INDEPENDENT_TOTAL_EUR"] == 2000 + 5000 + 2 * 500


def test_line_network_is_reached_anywhere_and_buildings_are_avoided(pvd_provider, town, tmp_path):
    building = write_gpkg(town["gpkg"], "batiments", 2154, ogr.wkbPolygon, [
        (wkt_box(45, 20, 56, 35), {"id_bat": "B1"})])
    result = run(TARGETS=town["demandes"], TARGET_ID_FIELD="id_demande",
                 SOURCES=[town["postes"], town["reseau"]], SOURCE_ID_FIELD="id_poste", BARRIERS=[building],
                 MARGIN=40.0)  # the line is 30 m from D2: within the search area
    rows = rows_of(result["OUTPUT"])
    # D2 is 30 m under the BT line but a building stands in between: around it, to the line
    d2 = rows["D2"]
    assert d2["source_id"] == "L1"
    assert d2["length_m"] > 30.0
    footprint = QgsVectorLayer(building, "b", "ogr").getFeature(1).geometry()
    assert not d2.geometry().intersects(footprint)
    assert rows["D1"]["source_id"] == "P1"


def test_sidewalk_preferred_to_heritage_paving_and_penalty_measured(pvd_provider, town):
    # the square between the substation and D1 is heritage paving (400 €/m); a sidewalk
    # (80 €/m) runs 3 m to the south; the whole area is in abords with facteur 1.25
    surfaces = write_gpkg(town["gpkg"], "espaces_publics", 2154, ogr.wkbPolygon, [
        (wkt_box(-20, 9, 40, 12), {"cout_m": 400.0}),
        (wkt_box(-20, 5, 40, 9), {"cout_m": 80.0})])
    abords = write_gpkg(town["gpkg"], "abords_mh", 2154, ogr.wkbPolygon, [
        (wkt_box(-30, -30, 80, 60), {"facteur": 1.25})])
    result = run(TARGETS=town["demandes"], TARGET_ID_FIELD="id_demande", SOURCES=[town["postes"]],
                 SURFACES=surfaces, SURFACE_COST_FIELD="cout_m", PENALTY_ZONES=[abords])
    d1 = rows_of(result["OUTPUT"])["D1"]
    # straight on the paving would cost 20 × 400 × 1.25 = 10 000 €; the sidewalk detour is cheaper
    assert d1["cost_eur"] < 0.5 * 10000.0
    assert d1["length_m"] > 20.0
    assert d1["penalty_m"] == pytest.approx(d1["length_m"])
    middle = d1.geometry().interpolate(d1["length_m"] / 2).asPoint()
    assert middle.y() < Y0 + 9


def test_null_costs_and_factors_fall_back_to_the_defaults(pvd_provider, town):
    surfaces = write_gpkg(town["gpkg"], "sans_cout", 2154, ogr.wkbPolygon, [
        (wkt_box(-5, 0, 30, 20), {"cout_m": None})], fields={"cout_m": float})
    zones = write_gpkg(town["gpkg"], "sans_facteur", 2154, ogr.wkbPolygon, [
        (wkt_box(-5, 0, 30, 20), {"facteur": None})], fields={"facteur": float})
    rows = rows_of(run(TARGETS=town["demandes"], TARGET_ID_FIELD="id_demande", SOURCES=[town["postes"]],
                       SURFACES=surfaces, PENALTY_ZONES=[zones], PENALTY_FACTOR=2.0)["OUTPUT"])
    # no cost: DEFAULT_COST 100 €/m; no facteur: PENALTY_FACTOR 2
    assert rows["D1"]["cost_eur"] == 20 * 100.0 * 2.0
    assert rows["D1"]["penalty_m"] == 20.0


def test_zero_default_cost_keeps_routes_on_the_surfaces(pvd_provider, town):
    # only a 3 m wide street is passable; D2 stands off it
    street = write_gpkg(town["gpkg"], "rue", 2154, ogr.wkbPolygon, [(wkt_box(-5, 9, 30, 12), {"cout_m": 150.0})])
    rows = rows_of(run(TARGETS=town["demandes"], TARGET_ID_FIELD="id_demande", SOURCES=[town["postes"]],
                       SURFACES=street, DEFAULT_COST=0.0)["OUTPUT"])
    assert rows["D1"]["cost_eur"] == 20 * 150.0
    assert rows["D2"]["status"] == "unreachable"


def test_cost_raster_grid_nodata_and_unreachable(pvd_provider, town, tmp_path):
    costs = np.full((21, 60), 50.0)
    costs[:, 30] = -1.0  # a no-data wall with one gap
    costs[10, 30] = 50.0
    costs[0:3, 55:60] = 0.0  # ≤ 0: impassable
    tiff = write_cost_tiff(tmp_path / "cout.tif", costs)
    extra = write_gpkg(town["gpkg"], "enclave", 2154, ogr.wkbPoint, [
        (wkt_point(20.5, 10.5), {"id_demande": "D1"}),
        (wkt_point(50.5, 10.5), {"id_demande": "D2"}),
        (wkt_point(57.5, 19.5), {"id_demande": "D3"}),
        (wkt_point(500.5, 10.5), {"id_demande": "D4"})])
    result = run(TARGETS=extra, TARGET_ID_FIELD="id_demande", SOURCES=[town["postes"]], COST_RASTER=tiff,
                 MAX_LENGTH=40.0)
    rows = rows_of(result["OUTPUT"])
    assert rows["D1"]["cost_eur"] == 20 * 50.0
    # straight through the gap of the wall: 50 m at 50 €/m, longer than MAX_LENGTH
    assert (rows["D2"]["cost_eur"], rows["D2"]["status"]) == (2500.0, "too_long")
    assert rows["D3"]["status"] == "unreachable" and rows["D3"].geometry().isNull()
    assert rows["D4"]["status"] == "unreachable"  # outside the raster


def test_shared_trenches_cost_less_and_network_counts_connections(pvd_provider, tmp_path):
    gpkg = tmp_path / "shared.gpkg"
    postes = write_gpkg(gpkg, "postes", 2154, ogr.wkbPoint, [(wkt_point(0.5, 10.5), {"id_poste": "P1"})])
    demandes = write_gpkg(gpkg, "demandes", 2154, ogr.wkbPoint, [
        (wkt_point(40.5, 12.5), {"id_demande": "A"}), (wkt_point(40.5, 8.5), {"id_demande": "B"})])
    network = tmp_path / "network.gpkg"
    alone_network = tmp_path / "alone_network.gpkg"
    alone = run(TARGETS=demandes, SOURCES=[postes], MARGIN=45.0,  # the substation is 40 m away
                OUTPUT_NETWORK=str(alone_network))
    # independent routes' trenches: every metre of route counted once per route using it
    assert sum(v["length_m"] * v["connections"] for _w, v in read_gpkg(alone_network)) == pytest.approx(
        sum(f["length_m"] for f in alone["OUTPUT"].getFeatures()))
    shared = run(TARGETS=demandes, SOURCES=[postes], SHARED_TRENCHES=True, REUSE_FACTOR=0.2,
                 OUTPUT_NETWORK=str(network), MARGIN=45.0)
    assert shared["INDEPENDENT_TOTAL_EUR"] == pytest.approx(alone["INDEPENDENT_TOTAL_EUR"])
    assert shared["SHARED_TOTAL_EUR"] < 0.7 * shared["INDEPENDENT_TOTAL_EUR"]
    assert shared["SAVING_EUR"] == pytest.approx(shared["INDEPENDENT_TOTAL_EUR"] - shared["SHARED_TOTAL_EUR"])
    segments = read_gpkg(network)
    assert {values["connections"] for _wkt, values in segments} == {1, 2}
    common = sum(values["length_m"] for _wkt, values in segments if values["connections"] == 2)
    assert common >= 30.0


def test_requests_in_another_crs_are_reprojected(pvd_provider, town, tmp_path):
    from pyproj import Transformer

    lon, lat = Transformer.from_crs(2154, 4326, always_xy=True).transform(X0 + 20.5, Y0 + 10.5)
    demandes = write_gpkg(tmp_path / "wgs84.gpkg", "demandes", 4326, ogr.wkbPoint, [
        ("POINT ({} {})".format(lon, lat), {"id_demande": "D1"})])
    tiff = write_cost_tiff(tmp_path / "cout.tif", np.full((21, 40), 10.0))
    rows = rows_of(run(TARGETS=demandes, TARGET_ID_FIELD="id_demande", SOURCES=[town["postes"]],
                       COST_RASTER=tiff)["OUTPUT"])
    assert rows["D1"]["cost_eur"] == pytest.approx(200.0)
    with pytest.raises(QgsProcessingException, match="projected CRS"):
        run(TARGETS=demandes, SOURCES=[town["postes"]])


def test_grid_over_budget_and_bad_fields_fail_with_a_message(pvd_provider, town):
    with pytest.raises(QgsProcessingException, match="larger cell size"):
        run(TARGETS=town["demandes"], SOURCES=[town["postes"]], MARGIN=100000.0, CELL_SIZE=1.0)
    with pytest.raises(QgsProcessingException, match="no field 'code'"):
        run(TARGETS=town["demandes"], SOURCES=[town["postes"]], SOURCE_ID_FIELD="code")


def test_cancelled_run_writes_nothing(pvd_provider, town, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "routes.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("pvd:connectionroutes", {
            "TARGETS": town["demandes"], "SOURCES": [town["postes"]], "OUTPUT": str(out)}, feedback=feedback)
    assert not out.exists()


def test_far_apart_requests_route_on_their_own_grids(pvd_provider, town, tmp_path):
    # a second village 5 km east with its own substation, and a lone request 5 km north
    gpkg = tmp_path / "villages.gpkg"
    postes = write_gpkg(gpkg, "postes", 2154, ogr.wkbPoint, [
        (wkt_point(0.5, 10.5), {"id_poste": "P1"}), (wkt_point(5000.5, 10.5), {"id_poste": "P2"})])
    demandes = write_gpkg(gpkg, "demandes", 2154, ogr.wkbPoint, [
        (wkt_point(20.5, 10.5), {"id_demande": "D1"}), (wkt_point(5030.5, 10.5), {"id_demande": "D2"}),
        (wkt_point(0.5, 5000.5), {"id_demande": "D3"})])
    rows = rows_of(run(TARGETS=demandes, TARGET_ID_FIELD="id_demande", SOURCES=[postes],
                       SOURCE_ID_FIELD="id_poste", MARGIN=50.0)["OUTPUT"])
    assert (rows["D1"]["source_id"], rows["D1"]["cost_eur"]) == ("P1", 2000.0)
    assert (rows["D2"]["source_id"], rows["D2"]["cost_eur"]) == ("P2", 3000.0)
    assert rows["D3"]["status"] == "unreachable"  # no network within 50 m


def test_groups_read_their_own_part_of_the_cost_raster(pvd_provider, tmp_path):
    # 2 m cells from x = X0 + 0.3, cost 10 + column % 7 €/m: a wrongly placed window gives other costs
    costs = 10.0 + (np.arange(300) % 7)[None, :] * np.ones((15, 1))
    tiff = write_cost_tiff(tmp_path / "cout.tif", costs, cell=2.0, shift=0.3)
    gpkg = tmp_path / "far.gpkg"

    def centre(col):  # x (from X0) of the centre of a raster column
        return 0.3 + 2 * col + 1.0
    postes = write_gpkg(gpkg, "postes", 2154, ogr.wkbPoint, [
        (wkt_point(centre(55), 15.0), {"id_poste": "P1"}), (wkt_point(centre(245), 15.0), {"id_poste": "P2"})])
    demandes = write_gpkg(gpkg, "demandes", 2154, ogr.wkbPoint, [
        (wkt_point(centre(50), 15.0), {"id_demande": "A"}), (wkt_point(centre(250), 15.0), {"id_demande": "B"})])
    result = run(TARGETS=demandes, TARGET_ID_FIELD="id_demande", SOURCES=[postes], SOURCE_ID_FIELD="id_poste",
                 COST_RASTER=tiff, MARGIN=20.0)
    rows = rows_of(result["OUTPUT"])
    row = 15 - 1 - int(15.0 // 2)  # the raster row holding y = Y0 + 15
    for ident, first, last in (("A", 50, 55), ("B", 245, 250)):
        steps = costs[row, first:last + 1]
        assert rows[ident]["cost_eur"] == pytest.approx(float(np.sum((steps[:-1] + steps[1:]) / 2 * 2.0)))
        line = rows[ident].geometry().asPolyline()
        # through the raster's cell centres
        assert [round((p.x() - X0 - 0.3) / 2.0 - 0.5, 9) % 1 for p in line] == [0.0, 0.0]
