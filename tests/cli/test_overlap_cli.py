"""pvd:overlapanalysis and pvd:tabulateintersection through qgis_process."""
import os

import pytest
from osgeo import ogr

import pvd_qgis_plugin
from tests.cli.test_qgis_process import qgis_home, qgis_process  # noqa: F401 (fixture)
from tests.fixtures import read_gpkg, write_gpkg

SQUARE = "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))"


def square(x, y, side):
    return SQUARE.format(650000 + x, 6860000 + y, 650000 + x + side, 6860000 + y + side)


@pytest.fixture()
def gpkg(tmp_path):
    path = tmp_path / "pvd.gpkg"
    write_gpkg(path, "projets", 2154, ogr.wkbPolygon, [(square(0, 0, 100), {"id_projet": "P1"})])
    write_gpkg(path, "ort_perimetres", 2154, ogr.wkbPolygon, [(square(0, 0, 25), {"nom": "ORT Isigny"})])
    write_gpkg(path, "spr", 2154, ogr.wkbPolygon, [(square(50, 0, 100), {"nom": "SPR"})])
    return path


def test_help_lists_every_parameter(qgis_home):  # noqa: F811
    completed = qgis_process(qgis_home, "help", "pvd:overlapanalysis")
    assert completed.returncode == 0, completed.stderr
    for name in ("INPUT", "OVERLAYS", "LABEL_FIELD", "OUTPUT", "OUTPUT_SUMMARY"):
        assert name in completed.stdout
    # the output fields' suffixes are in the offline help page's technical section
    import pvd_qgis_plugin

    page = os.path.join(os.path.dirname(pvd_qgis_plugin.__file__), "resources", "help", "overlapanalysis.html")
    with open(page, encoding="utf-8") as handle:
        assert "_noms" in handle.read()
    completed = qgis_process(qgis_home, "help", "pvd:tabulateintersection")
    for name in ("ZONES", "ZONE_FIELD", "CLASSES", "CLASS_FIELD"):
        assert name in completed.stdout
    # the output fields are documented in the offline help page's technical section
    pages = os.path.join(os.path.dirname(pvd_qgis_plugin.__file__), "resources", "help")
    for page, names in (("overlapanalysis.html", ("_noms", "_pc", "share_pc")),
                        ("tabulateintersection.html", ("percentage", "pnt_count"))):
        with open(os.path.join(pages, page), encoding="utf-8") as handle:
            text = handle.read()
        assert "Technical details" in text and all(name in text for name in names), page


def test_run_overlap_analysis(qgis_home, gpkg, tmp_path):  # noqa: F811
    out = tmp_path / "recouvrement.gpkg"
    completed = qgis_process(
        qgis_home, "run", "pvd:overlapanalysis", "--",
        "INPUT={}|layername=projets".format(gpkg), "OVERLAYS={}|layername=ort_perimetres".format(gpkg),
        "OVERLAYS={}|layername=spr".format(gpkg), "LABEL_FIELD=nom", "OUTPUT={}".format(out))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    (_wkt, values), = read_gpkg(out)
    assert values["id_projet"] == "P1"
    assert values["ort_perimetres_area"] == pytest.approx(625.0)
    assert values["ort_perimetres_pc"] == pytest.approx(6.25)
    assert values["ort_perimetres_n"] == 1 and values["ort_perimetres_noms"] == "ORT Isigny"
    assert values["spr_area"] == pytest.approx(5000.0) and values["spr_pc"] == pytest.approx(50.0)


def test_run_tabulate_intersection(qgis_home, gpkg, tmp_path):  # noqa: F811
    out = tmp_path / "tableau.gpkg"
    completed = qgis_process(
        qgis_home, "run", "pvd:tabulateintersection", "--",
        "ZONES={}|layername=ort_perimetres".format(gpkg), "ZONE_FIELD=nom",
        "CLASSES={}|layername=projets".format(gpkg), "CLASS_FIELD=id_projet", "OUTPUT={}".format(out))
    assert completed.returncode == 0, completed.stdout + completed.stderr
    (_wkt, values), = read_gpkg(out)
    assert (values["zone"], values["class"]) == ("ORT Isigny", "P1")
    assert values["area"] == pytest.approx(625.0) and values["percentage"] == pytest.approx(100.0)
