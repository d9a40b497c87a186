"""pvd:heritagevisibility and pvd:abfconsultation through processing.run, on a synthetic surface where a
wall hides a known area (see tests/unit/test_visibility_core.py for the arithmetic)."""
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.fixtures import Shapes, read_gpkg, write_gpkg
from tests.unit.test_visibility_core import CIRCLE_M2, HIDDEN_M2, WALL, X0, Y0, flat_dem

point = Shapes(X0, Y0).point


@pytest.fixture()
def town(tmp_path):
    gpkg = tmp_path / "town.gpkg"
    return {
        "dem": flat_dem(tmp_path / "mnt.tif", size_m=1200.0),
        "monuments": write_gpkg(gpkg, "monuments", 2154, ogr.wkbPoint, [
            (point(0, 0), {"nom": "Église"}), (point(3000, 0), {"nom": "Château"})]),
        "batiments": write_gpkg(gpkg, "batiments", 2154, ogr.wkbPolygon, [
            (WALL.wkt, {"hauteur": 20.0}),
            ("POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
                X0 - 400, Y0 - 400, X0 - 390, Y0 - 390), {"hauteur": None})], fields={"hauteur": float}),
        "pda": write_gpkg(gpkg, "pda", 2154, ogr.wkbPolygon, [
            ("POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(
                X0 + 2900, Y0 - 100, X0 + 3100, Y0 + 100), {"monument": "Château"})]),
        "projets": write_gpkg(gpkg, "projets", 2154, ogr.wkbPoint, [
            (point(-300, 0), {"id_projet": "ouest"}),          # in sight of the Église
            (point(300, 0), {"id_projet": "derriere_mur"}),    # hidden by the wall
            (point(3050, 0), {"id_projet": "pda"}),            # inside the Château's PDA
            (point(1500, 1500), {"id_projet": "loin"}),        # in no abords
        ]),
        "gpkg": gpkg,
    }


def run(algorithm, **parameters):
    import processing

    return processing.run(algorithm, parameters)


def test_field_of_view_on_dem_plus_buildings(pvd_provider, town, tmp_path):
    out = tmp_path / "visibilite.gpkg"
    run("pvd:heritagevisibility", INPUT=town["monuments"], DEM=town["dem"], BUILDINGS=town["batiments"],
        HEIGHT_FIELD="hauteur", DISTANCE=500, MONUMENT_HEIGHT=10, OBSERVER_HEIGHT=1.6, CELL_SIZE=2, OUTPUT=str(out))
    rows = {values["nom"]: (wkt, values) for wkt, values in read_gpkg(out)}
    wkt, eglise = rows["Église"]
    # the 500 m circle less the wall's shadow (111 333 m² by hand, widened by GDAL by at most 4 800 m²)
    hidden = CIRCLE_M2 - eglise["surface_visible_m2"]
    assert HIDDEN_M2 - 400 <= hidden <= HIDDEN_M2 + 4800
    assert ogr.CreateGeometryFromWkt(wkt).GetArea() == pytest.approx(eglise["surface_visible_m2"], abs=0.1)
    assert eglise["part_visible"] == pytest.approx(100 * eglise["surface_visible_m2"] / (3.141592653589793 * 500 ** 2),
                                                   abs=0.01)
    # the Château stands off the DEM (which covers ± 600 m around the Église): nothing known, nothing visible
    assert rows["Château"][1]["surface_visible_m2"] == 0.0


def test_abf_consultation_with_and_without_the_fields_of_view(pvd_provider, town, tmp_path):
    abords, vue = tmp_path / "abords.gpkg", tmp_path / "vue.gpkg"
    run("pvd:heritageperimeters", INPUT=town["monuments"], DISTANCE=500, NAME_FIELD="nom", PDA=town["pda"],
        PDA_ID_FIELD="monument", OUTPUT=str(abords))
    run("pvd:heritagevisibility", INPUT=town["monuments"], DEM=town["dem"], BUILDINGS=town["batiments"],
        OUTPUT=str(vue))
    out = tmp_path / "abf.gpkg"
    run("pvd:abfconsultation", INPUT=town["projets"], PERIMETERS=str(abords), VISIBILITY=str(vue), OUTPUT=str(out))
    answers = {values["id_projet"]: (values["avis_abf"], values["monuments"]) for _wkt, values in read_gpkg(out)}
    assert answers == {
        "ouest": ("accord", "Église"),              # within 500 m and in sight
        "derriere_mur": ("avis_simple", "Église"),  # within 500 m, hidden by the wall
        "pda": ("accord", "Château"),               # inside a PDA, visibility does not matter
        "loin": ("hors_abords", None),
    }
    prudent = tmp_path / "abf_prudent.gpkg"
    run("pvd:abfconsultation", INPUT=town["projets"], PERIMETERS=str(abords), OUTPUT=str(prudent))
    answers = {values["id_projet"]: values["avis_abf"] for _wkt, values in read_gpkg(prudent)}
    assert answers["derriere_mur"] == "accord"  # without fields of view: within the circle is accord
    layer = QgsVectorLayer(str(prudent), "abf", "ogr")
    assert layer.crs().authid() == "EPSG:2154" and layer.featureCount() == 4


def test_sample_abords_layer_without_mode_holds_circles(pvd_provider, sample_gpkg, tmp_path):
    out = tmp_path / "abf_sample.gpkg"
    run("pvd:abfconsultation", INPUT=sample_gpkg + "|layername=projets_espaces_publics",
        PERIMETERS=sample_gpkg + "|layername=abords_mh", OUTPUT=str(out))
    rows = read_gpkg(out)
    assert rows and {values["avis_abf"] for _wkt, values in rows} <= {"accord", "hors_abords"}
    assert any(values["avis_abf"] == "accord" and values["monuments"] for _wkt, values in rows)


def test_visibility_without_the_name_field_is_a_clear_error(pvd_provider, town, tmp_path):
    vue = tmp_path / "vue.gpkg"
    run("pvd:heritagevisibility", INPUT=town["monuments"], DEM=town["dem"], OUTPUT=str(vue))
    with pytest.raises(QgsProcessingException, match="NAME_FIELD"):
        run("pvd:abfconsultation", INPUT=town["projets"], PERIMETERS=town["pda"], VISIBILITY=str(vue),
            NAME_FIELD="denomination", OUTPUT="memory:")
