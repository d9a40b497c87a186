"""pvd:heritageperimeters with a published CNIG SUP AC1 package as the PDA layer (2016 layout, CamelCase)."""
import os

import pytest
from osgeo import ogr

from tests.fixtures import read_gpkg

REALDATA = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "..",
                        "shared", "realdata", "gpu_sup", "AC1_2A_172014607_20180130", "Donnees_geographiques")


def test_published_assiettes_replace_the_circles_of_their_generators(pvd_provider, tmp_path):
    import processing

    generators = os.path.join(REALDATA, "AC1_GENERATEUR_SUP_S.shp")
    assiettes = os.path.join(REALDATA, "AC1_ASSIETTE_SUP_S.shp")
    if not (os.path.exists(generators) and os.path.exists(assiettes)):
        pytest.skip("the published AC1 package (shared/realdata/gpu_sup) is not here")
    out = tmp_path / "abords.gpkg"
    processing.run("pvd:heritageperimeters", {
        "INPUT": generators, "NAME_FIELD": "IdGen", "DISTANCE": 500, "PDA": assiettes, "PDA_ID_FIELD": "IdGen",
        "OUTPUT": str(out)})
    rows = read_gpkg(out)
    source = ogr.Open(assiettes)
    layer = source.GetLayer(0)
    by_id = {}
    for feature in layer:
        by_id.setdefault(feature["IdGen"], []).append(feature.GetGeometryRef().Clone())
    # 104 generators, each with its "Egal au générateur" assiette (102 also with a 500 m "Zone tampon"):
    # every generator takes the union of its assiettes as its perimeter
    assert len(rows) == 104 and {values["mode"] for _wkt, values in rows} == {"pda"}
    for wkt, values in rows[:10]:
        union = by_id[values["IdGen"]][0]
        for part in by_id[values["IdGen"]][1:]:
            union = union.Union(part)
        assert ogr.CreateGeometryFromWkt(wkt).GetArea() == pytest.approx(union.GetArea(), rel=1e-6)
        assert values["rayon_m"] is None
