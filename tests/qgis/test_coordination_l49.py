"""pvd:workscoordination: CPCE L49 publicity of works (150 m in agglomeration, 1 000 m outside)."""
from osgeo import ogr

from tests.coordination_cases import box, write_projects, write_works
from tests.fixtures import read_gpkg, write_gpkg


def run(**parameters):
    import processing

    return processing.run("pvd:workscoordination", parameters)


def works_out(path):
    return {values["id_travaux"]: values for _wkt, values in read_gpkg(path)}


def test_l49_in_and_out_of_the_agglomeration(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg")  # W1…W4: 200 m each, at y = 10, 210, 410, 2000
    projects = write_projects(tmp_path / "projects.gpkg")
    town = write_gpkg(tmp_path / "agglo.gpkg", "agglomeration", 2154, ogr.wkbMultiPolygon, [
        (box(-100, 0, 200, 250), {"nom": "bourg"})])  # holds W1 and W2
    out, listed = tmp_path / "pairs.gpkg", tmp_path / "works_l49.gpkg"
    result = run(WORKS=works, PROJECTS=projects, AGGLOMERATION=town, OUTPUT=str(out), OUTPUT_WORKS=str(listed))
    rows = works_out(listed)
    # 200 m ≥ 150 m in agglomeration: W1, W2 published; 200 m < 1 000 m outside: W3, W4 not
    assert {k: (v["longueur_m"], v["agglomeration"], v["l49_publicite"]) for k, v in rows.items()} == {
        "W1": (200.0, 1, 1), "W2": (200.0, 1, 1), "W3": (200.0, 0, 0), "W4": (200.0, 0, 0)}
    assert result["N_L49_PUBLICITE"] == 2
    assert {v["id_travaux"]: v["l49_publicite"] for _w, v in read_gpkg(out)} == {"W1": 1, "W2": 1, "W3": 0}
    # thresholds as parameters: 200 m ≥ 200 m outside too
    result = run(WORKS=works, PROJECTS=projects, AGGLOMERATION=town, L49_OUTSIDE_M=200, OUTPUT="memory:",
                 OUTPUT_WORKS=str(tmp_path / "l49_200.gpkg"))
    assert result["N_L49_PUBLICITE"] == 4


def test_ort_perimeters_of_the_geopackage_are_the_default_agglomeration(pvd_provider, tmp_path):
    gpkg = tmp_path / "pvd.gpkg"
    works = write_works(gpkg)
    projects = write_projects(gpkg)
    write_gpkg(gpkg, "ort_perimetres", 2154, ogr.wkbMultiPolygon, [
        (box(-100, 400, 200, 450), {"id_ort": "ORT-1", "nom": "centre-bourg"})])  # holds W3 only
    listed = tmp_path / "works_l49.gpkg"
    run(WORKS=works, PROJECTS=projects, OUTPUT="memory:", OUTPUT_WORKS=str(listed))
    assert {k: v["l49_publicite"] for k, v in works_out(listed).items()} == {"W1": 0, "W2": 0, "W3": 1, "W4": 0}


def test_without_any_agglomeration_every_work_takes_the_lower_threshold(pvd_provider, tmp_path):
    works = write_works(tmp_path / "works.gpkg")
    projects = write_projects(tmp_path / "projects.gpkg")
    listed = tmp_path / "works_l49.gpkg"
    result = run(WORKS=works, PROJECTS=projects, OUTPUT="memory:", OUTPUT_WORKS=str(listed))
    assert result["N_L49_PUBLICITE"] == 4  # 200 m ≥ 150 m for all
    assert all(v["agglomeration"] == 1 for v in works_out(listed).values())
