"""Both algorithms on the sample GeoPackage: the planted coordination cases and tower cabins.

Skipped while the sample lacks the network and works layers (they come with the full sample).
"""
import pytest
from osgeo import ogr

from tests.fixtures import read_gpkg

NEEDED = ("travaux_raccordement", "projets_espaces_publics", "espaces_publics", "postes_hta_bt",
          "ort_perimetres", "abords_mh", "spr")
POOLING = {("TR-14035-04", "PEP-14035-2"), ("TR-14312-04", "PEP-14312-2"), ("TR-14370-04", "PEP-14370-2"),
           ("TR-14711-04", "PEP-14711-2")}
MORATORIUM = {("TR-14035-05", "PEP-14035-1"), ("TR-14342-05", "PEP-14342-1"), ("TR-14711-05", "PEP-14711-1")}
# The cabine_haute planted inside the ORT, the abords or the SPR (sample_layers/README.md)
TOWER_CABINS_IN_CENTRES = {"P-14035-003", "P-14312-004", "P-14342-007", "P-14342-010", "P-14342-015",
                           "P-14370-012", "P-14370-015", "P-14711-001", "P-14711-010"}


def layer_names(path):
    # The dataset must be closed here: a skip keeps the caller's frame (and any GDAL object in
    # it) alive until the interpreter exits, after QGIS has shut GDAL down.
    dataset = ogr.Open(path)
    return {dataset.GetLayer(index).GetName() for index in range(dataset.GetLayerCount())}


@pytest.fixture(scope="module")
def sample(sample_gpkg):
    names = layer_names(sample_gpkg)
    missing = [name for name in NEEDED if name not in names]
    if missing:
        pytest.skip("the sample has no layer {} yet".format(", ".join(missing)))
    return sample_gpkg


def layer(sample, name):
    return "{}|layername={}".format(sample, name)


def test_planted_pooling_and_moratorium_cases_are_found(pvd_provider, sample, tmp_path):
    import processing

    out = tmp_path / "pairs.gpkg"
    processing.run("pvd:workscoordination", {
        "WORKS": layer(sample, "travaux_raccordement"), "PROJECTS": layer(sample, "projets_espaces_publics"),
        "SURFACES": layer(sample, "espaces_publics"), "OUTPUT": str(out)})
    rows = [values for _wkt, values in read_gpkg(out)]
    pooled = {(v["id_travaux"], v["id_projet"]) for v in rows if v["relation"] == "mutualisable"}
    conflicts = {(v["id_travaux"], v["id_projet"]) for v in rows if v["relation"] == "conflit_moratoire"}
    assert POOLING <= pooled
    assert MORATORIUM <= conflicts
    assert not any(v["id_travaux"] == "TR-14342-04" for v in rows)  # outside every project
    done_works = {"TR-{}-0{}".format(insee, n) for insee in ("14035", "14312", "14342", "14370", "14711")
                  for n in (1, 2, 3)}
    assert not any(v["id_travaux"] in done_works and v["relation"] != "conflit_moratoire" for v in rows)
    for values in rows:
        assert values["longueur_commune_m"] > 0
        if values["relation"] == "mutualisable":
            assert values["economie_eur"] > values["longueur_commune_m"] * 30  # at least the cheapest €/m


def test_top_cabins_are_tower_cabins_of_the_town_centres(pvd_provider, sample, tmp_path):
    import processing

    out = tmp_path / "priorites.gpkg"
    processing.run("pvd:substationpriority", {
        "SUBSTATIONS": layer(sample, "postes_hta_bt"), "ORT": layer(sample, "ort_perimetres"),
        "HERITAGE": [layer(sample, "abords_mh"), layer(sample, "spr")],
        "PUBLIC_SPACES": layer(sample, "espaces_publics"), "OUTPUT": str(out)})
    ranked = sorted((values for _wkt, values in read_gpkg(out)), key=lambda values: values["rang"])
    assert {values["id_poste"] for values in ranked[:5]} <= TOWER_CABINS_IN_CENTRES
