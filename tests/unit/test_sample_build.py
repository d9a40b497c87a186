"""The sample GeoPackage is rebuilt identically by its script, and holds every model layer."""
import os
import subprocess
import sys

import pytest
from osgeo import ogr

from pvd_qgis_plugin.core import model

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHIPPED = os.path.join(REPO, "sample_layers", "pvd_isigny_omaha.gpkg")


def dump(path):
    dataset = ogr.Open(str(path))
    content = {}
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(index)
        content[layer.GetName()] = [(feature.GetFID(), feature.GetGeometryRef().ExportToWkt(), feature.items())
                                    for feature in layer]
    return content


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    paths = [folder / "first.gpkg", folder / "second.gpkg"]
    for path in paths:
        subprocess.run([sys.executable, os.path.join(REPO, "sample_layers", "build_sample.py"), str(path)],
                       check=True, capture_output=True, timeout=300)
    return [dump(path) for path in paths]


def test_rebuild_gives_identical_features(two_builds):
    first, second = two_builds
    assert first == second
    assert first == dump(SHIPPED), "sample_layers/pvd_isigny_omaha.gpkg is not what build_sample.py builds"


def test_sample_has_every_layer_in_the_stated_ranges(two_builds):
    content = two_builds[0]
    assert set(content) == set(model.LAYERS_BY_NAME)
    for insee in ("14035", "14312", "14342", "14370", "14711"):
        posts = [values for _fid, _wkt, values in content["postes_hta_bt"] if values["insee"] == insee]
        assert 20 <= len(posts) <= 60
        assert {values["type_poste"] for values in posts} == set(model.SUBSTATION_TYPES)
    assert 10 <= len(content["travaux_raccordement"]) <= 30
    assert 10 <= len(content["demandes_raccordement"]) <= 30
    assert {values["statut"] for _f, _w, values in content["travaux_raccordement"]} == {"realise", "prevu"}
    assert len(content["monuments_historiques"]) == 6
    for _fid, _wkt, values in content["espaces_publics"]:
        low, high = model.TRENCH_COST_RANGES[values["classe"]]
        assert low <= values["cout_m"] <= high, values["id_ep"]
    assert os.path.getsize(SHIPPED) < 5 * 1024 * 1024


def _layer(name):
    import shapely

    dataset = ogr.Open(SHIPPED)
    return [(shapely.from_wkb(bytes(f.GetGeometryRef().ExportToWkb())), f.items())
            for f in dataset.GetLayerByName(name)]


def _iso(text):
    return text.replace("/", "-") if text else text


def test_planted_coordination_cases_are_the_ones_the_readme_lists():
    """Pooling: planned work in a planned project, same months. Moratorium: surface renovated < 3 years before."""
    projects = [(g, v) for g, v in _layer("projets_espaces_publics") if v["statut"] == "prevu"]
    surfaces = [(g, v) for g, v in _layer("espaces_publics") if v["date_refection"]]
    pooling, moratorium = [], []
    for geometry, work in _layer("travaux_raccordement"):
        start, end = _iso(work["date_debut"]), _iso(work["date_fin"])
        for project_geometry, project in projects:
            if project_geometry.intersects(geometry) and _iso(project["date_debut"]) <= end and \
                    start <= _iso(project["date_fin"]):
                pooling.append((work["id_travaux"], project["id_projet"]))
        three_years_before = "{:04d}{}".format(int(start[:4]) - 3, start[4:])
        if any(g.intersects(geometry) and three_years_before < _iso(v["date_refection"]) <= start
               for g, v in surfaces):
            moratorium.append(work["id_travaux"])
    assert sorted(pooling) == [("TR-14035-04", "PEP-14035-2"), ("TR-14312-04", "PEP-14312-2"),
                               ("TR-14370-04", "PEP-14370-2"), ("TR-14711-04", "PEP-14711-2")]
    assert sorted(moratorium) == ["TR-14035-05", "TR-14342-05", "TR-14711-05"]


def test_tower_substations_inside_and_outside_protected_perimeters():
    import shapely

    protected = shapely.union_all([g for name in ("ort_perimetres", "abords_mh", "spr") for g, _v in _layer(name)])
    towers = [(g, v["id_poste"]) for g, v in _layer("postes_hta_bt") if v["type_poste"] == "cabine_haute"]
    inside = sorted(ident for g, ident in towers if protected.intersects(g))
    assert inside == ["P-14035-003", "P-14312-004", "P-14342-007", "P-14342-010", "P-14342-015", "P-14370-012",
                      "P-14370-015", "P-14711-001", "P-14711-010"]
    assert len(towers) - len(inside) == 19


def test_requests_stand_outside_buildings_and_planted_groups_are_the_readme_ones():
    """Every request is routable (not inside a building); the planted groups lie 80–200 m from
    the BT network, 20–40 m apart, on public spaces."""
    import numpy as np
    import shapely

    requests = {v["id_demande"]: g for g, v in _layer("demandes_raccordement")}
    built = shapely.union_all([g for g, _v in _layer("batiments")])
    assert not any(built.intersects(point) for point in requests.values())
    network = shapely.union_all([g for g, _v in _layer("reseau_bt")])
    spaces = shapely.union_all([g for g, _v in _layer("espaces_publics")])
    for ids in (["DR-14342-{:02d}".format(n) for n in range(4, 9)], ["DR-14370-{:02d}".format(n) for n in range(4, 8)]):
        points = [requests[ident] for ident in ids]
        assert all(80 <= network.distance(point) <= 200 for point in points)
        assert all(spaces.intersects(point) and built.distance(point) >= 1.2 for point in points)
        gaps = np.array([a.distance(b) for a, b in zip(points[:-1], points[1:])])
        assert ((gaps >= 20) & (gaps <= 40)).all()
    assert sorted(ident for ident in requests if ident.startswith(("DR-14342", "DR-14370"))) == \
        ["DR-14342-{:02d}".format(n) for n in range(1, 9)] + ["DR-14370-{:02d}".format(n) for n in range(1, 8)]


def test_sample_names_are_correct_french():
    """"de" elides before a vowel and contracts with "le": d'Isigny, du Molay."""
    dataset = ogr.Open(SHIPPED)
    names = sorted(feature.GetField("nom") for feature in dataset.GetLayerByName("ort_perimetres"))
    assert names == ["Centre-bourg d'Isigny", "Centre-bourg de Balleroy", "Centre-bourg de Grandcamp",
                     "Centre-bourg de Trévières", "Centre-bourg du Molay"]
    every_name = [feature.GetField("nom") for index in range(dataset.GetLayerCount())
                  for feature in dataset.GetLayer(index) if "nom" in feature.keys()]
    assert not [name for name in every_name if " de Le " in name or " de I" in name or " de Le" in name]


def test_synthetic_filosofi_cells_and_dpe_are_in_the_published_shape():
    """Cells named by their EPSG:3035 lower-left corner, at least 11 households; DPE labels A–G inside a cell."""
    import shapely

    from pvd_qgis_plugin.core.crs import to_crs
    from pvd_qgis_plugin.core.opendata_energy import cell_squares

    cells = _layer("carreaux_filosofi")
    assert 50 <= len(cells) <= 300
    squares, crs = cell_squares([values["idcar_200m"] for _g, values in cells])
    rebuilt = to_crs(squares, crs, model.CRS)
    assert max(shapely.hausdorff_distance(g, square) for (g, _v), square in zip(cells, rebuilt)) < 0.05
    assert all(values["men"] >= 11 and 0 <= values["men_pauv"] <= values["men"] for _g, values in cells)
    assert all(values["log_av45"] + values["log_45_70"] + values["log_70_90"] + values["log_ap90"] == values["men"]
               for _g, values in cells)
    dpe = _layer("dpe")
    assert 500 <= len(dpe) <= 3000
    assert {values["etiquette_dpe"] for _g, values in dpe} == set(model.DPE_LABELS)
    covered = shapely.union_all([g for g, _v in cells])
    inside = sum(covered.intersects(g) for g, _v in dpe)
    assert inside / len(dpe) > 0.8  # most DPE stand in a published cell (dwellings of small cells are merged away)
