"""Class 3 — each zone counts once where areas or lengths are summed; class 6 — a feature with
nothing to measure (zero length, zero area, empty, missing) gets NULL, never a false 0 %.

All layers in Lambert-93 around (400 000, 6 900 000); the arithmetic is in the comments.
"""
import pytest
from osgeo import ogr

from tests.fixtures import Shapes, read_gpkg, write_gpkg
from tests.robustness.helpers import Fingerprint, assert_complete_or_absent, run

X0, Y0 = 400000.0, 6900000.0
SHAPES = Shapes(X0, Y0)
box, line, point = SHAPES.box, SHAPES.line, SHAPES.point


# --- class 3: overlapping zones count once -------------------------------------------------

@pytest.mark.parametrize("copies", [1, 2, 3])
def test_substation_public_space_share_counts_overlapping_spaces_once(pvd_provider, tmp_path, copies):
    """A 25 m disc around (0, 0); public space x ≥ 0 covers half of it, given 1, 2 or 3 times:
    share 0.5 × weight 2 = 1.0 point whatever the copies (2.0 or 3.0 if summed)."""
    path = tmp_path / "postes.gpkg"
    postes = write_gpkg(path, "postes_hta_bt", 2154, ogr.wkbPoint, [(point(0, 0), {"id_poste": "P1"})])
    spaces = write_gpkg(path, "espaces_publics", 2154, ogr.wkbPolygon,
                        [(box(0, -50, 50, 50), {"id_ep": "EP{}".format(n)}) for n in range(copies)])
    frozen = Fingerprint(path)
    out = tmp_path / "prio.gpkg"
    outcome = run("pvd:substationpriority", {"SUBSTATIONS": postes, "PUBLIC_SPACES": spaces, "OUTPUT": str(out)})
    assert outcome.ok, outcome
    (_wkt, row), = read_gpkg(out)
    assert row["pts_espaces_publics"] == pytest.approx(1.0, abs=0.01)  # polygonal disc: 16 segments a quarter
    frozen.assert_unchanged()


def test_overlap_counts_overlapping_overlay_polygons_once(pvd_provider, tmp_path):
    """Parcel 0..100 × 0..100; two identical overlays 0..50 × 0..100: 5 000 m², 50 % (not 10 000, 100 %)."""
    path = tmp_path / "data.gpkg"
    parcels = write_gpkg(path, "parcelles", 2154, ogr.wkbPolygon, [(box(0, 0, 100, 100), {"ref": "A"})])
    zones = write_gpkg(path, "zones", 2154, ogr.wkbPolygon,
                       [(box(0, 0, 50, 100), {"nom": "Z1"}), (box(0, 0, 50, 100), {"nom": "Z2"})])
    out = tmp_path / "overlap.gpkg"
    outcome = run("pvd:overlapanalysis", {"INPUT": parcels, "OVERLAYS": [zones], "OUTPUT": str(out)})
    assert outcome.ok, outcome
    (_wkt, row), = read_gpkg(out)
    assert (row["zones_area"], row["zones_pc"], row["zones_n"]) == (pytest.approx(5000.0), pytest.approx(50.0), 2)


def test_tabulate_counts_overlapping_polygons_of_one_class_once(pvd_provider, tmp_path):
    """Zone 0..100 × 0..100; class 'place' twice on 0..50 × 0..100: 5 000 m², 50 %."""
    path = tmp_path / "data.gpkg"
    zones = write_gpkg(path, "ort_perimetres", 2154, ogr.wkbPolygon, [(box(0, 0, 100, 100), {"nom": "ORT"})])
    classes = write_gpkg(path, "espaces_publics", 2154, ogr.wkbPolygon,
                         [(box(0, 0, 50, 100), {"classe": "place"}), (box(0, 0, 50, 100), {"classe": "place"})])
    out = tmp_path / "table.gpkg"
    outcome = run("pvd:tabulateintersection", {"ZONES": zones, "ZONE_FIELD": "nom", "CLASSES": classes,
                                               "CLASS_FIELD": "classe", "OUTPUT": str(out)})
    assert outcome.ok, outcome
    (_wkt, row), = read_gpkg(out)
    assert (row["area"], row["percentage"]) == (pytest.approx(5000.0), pytest.approx(50.0))


def test_coordination_prices_a_stretch_under_overlapping_surfaces_once(pvd_provider, tmp_path):
    """A 100 m work along a planned project, under two identical surfaces at 200 €/m:
    the saving is 100 m × 200 €/m = 20 000 € (40 000 € if both surfaces were counted)."""
    path = tmp_path / "data.gpkg"
    works = write_gpkg(path, "travaux_raccordement", 2154, ogr.wkbLineString, [
        (line((0, 5), (100, 5)), {"id_travaux": "T1", "date_debut": "2027-03-01", "date_fin": "2027-03-31"})])
    projects = write_gpkg(path, "projets_espaces_publics", 2154, ogr.wkbPolygon, [
        (box(-10, 0, 110, 10), {"id_projet": "P1", "date_debut": "2027-04-01", "date_fin": "2027-06-30"})])
    surfaces = write_gpkg(path, "espaces_publics", 2154, ogr.wkbPolygon, [
        (box(-10, 0, 110, 10), {"id_ep": "EP1", "cout_m": 200.0}),
        (box(-10, 0, 110, 10), {"id_ep": "EP2", "cout_m": 200.0})])
    out = tmp_path / "pairs.gpkg"
    outcome = run("pvd:workscoordination", {"WORKS": works, "PROJECTS": projects, "SURFACES": surfaces,
                                            "SURFACES_DATE_FIELD": "", "WORKS_STATUS_FIELD": "",
                                            "PROJECTS_STATUS_FIELD": "", "OUTPUT": str(out)})
    assert outcome.ok, outcome
    rows = [values for _wkt, values in read_gpkg(out)]
    assert [(r["relation"], r["longueur_commune_m"]) for r in rows] == [("mutualisable", pytest.approx(100.0))]
    assert rows[0]["economie_eur"] == pytest.approx(20000.0)


# --- class 6: nothing to measure gives NULL --------------------------------------------------

def test_zero_length_and_empty_lines_get_null_measures(pvd_provider, tmp_path):
    """Zone 0..100 × 0..100. fid 1: 0..200 along y=50, 100 m of 200 inside → 100 m, 50 %;
    fid 2: a zero-length line inside → NULL; fid 3: an empty line → NULL; fid 4: no geometry → NULL."""
    path = tmp_path / "data.gpkg"
    works = write_gpkg(path, "travaux", 2154, ogr.wkbLineString, [
        (line((0, 50), (200, 50)), {"ref": "long"}),
        (line((50, 50), (50, 50)), {"ref": "zero"}),
        ("LINESTRING EMPTY", {"ref": "vide"}),
        (None, {"ref": "sans"})])
    zones = write_gpkg(path, "zones", 2154, ogr.wkbPolygon, [(box(0, 0, 100, 100), {"nom": "Z"})])
    frozen = Fingerprint(path)
    for out in (tmp_path / "overlap.gpkg", "TEMPORARY_OUTPUT"):  # bulk GeoPackage path and generic path
        outcome = run("pvd:overlapanalysis", {"INPUT": works, "OVERLAYS": [zones], "OUTPUT": str(out)})
        assert outcome.ok, outcome
        if out == "TEMPORARY_OUTPUT":
            rows = {f["ref"]: f for f in outcome.results["OUTPUT"].getFeatures()}
            value = lambda row, name: None if row[name] is None or row[name] != row[name] or str(row[name]) == "NULL" \
                else row[name]  # noqa: E731 (QGIS NULL as None)
        else:
            rows = {values["ref"]: values for _wkt, values in read_gpkg(out)}
            value = lambda row, name: row[name]  # noqa: E731
        assert (value(rows["long"], "zones_len"), value(rows["long"], "zones_pc")) == (100.0, 50.0)
        for ref in ("zero", "vide", "sans"):
            assert value(rows[ref], "zones_pc") is None, (ref, rows[ref])
            assert value(rows[ref], "zones_len") is None, ref
        assert "zero length or area" in outcome.warnings and "(feature ids 2)" in outcome.warnings
    frozen.assert_unchanged()


def test_empty_and_missing_points_are_left_out_and_listed(pvd_provider, tmp_path):
    path = tmp_path / "postes.gpkg"
    postes = write_gpkg(path, "postes_hta_bt", 2154, ogr.wkbPoint, [
        (point(0, 0), {"id_poste": "P1"}), ("POINT EMPTY", {"id_poste": "P2"}), (None, {"id_poste": "P3"})])
    out = tmp_path / "prio.gpkg"
    outcome = run("pvd:substationpriority", {"SUBSTATIONS": postes, "OUTPUT": str(out)})
    assert outcome.ok, outcome
    assert [values["id_poste"] for _wkt, values in read_gpkg(out)] == ["P1"]
    assert "feature(s) 2, 3" in outcome.warnings
    assert_complete_or_absent(out, {"prio": 1})


def test_empty_monuments_are_skipped_and_listed(pvd_provider, tmp_path):
    path = tmp_path / "mh.gpkg"
    monuments = write_gpkg(path, "monuments_historiques", 2154, ogr.wkbPoint, [
        (point(0, 0), {"nom": "Église"}), ("POINT EMPTY", {"nom": "Vide"}), (None, {"nom": "Sans"})])
    out = tmp_path / "abords.gpkg"
    outcome = run("pvd:heritageperimeters", {"INPUT": monuments, "NAME_FIELD": "nom", "OUTPUT": str(out)})
    assert outcome.ok, outcome
    rows = read_gpkg(out)
    assert [values["nom"] for _wkt, values in rows] == ["Église"]
    assert "Monument Vide (feature 2) has no geometry" in outcome.warnings
    assert "Monument Sans (feature 3) has no geometry" in outcome.warnings
