"""pvd:connectionroutes: the contribution billed under the barème, beside the works cost."""
import pytest
from osgeo import ogr
from qgis.core import NULL, QgsProcessingException

from tests.fixtures import write_gpkg
from tests.qgis.test_routing_processing import rows_of, run, wkt_point

BAREME = [36, 1000, 20, 2000, 50,
          250, 4000, 60, 5000, 90]


@pytest.fixture()
def requests(tmp_path):
    """A substation P1 and four requests 20 m or 50 m from it, with their power in kVA."""
    gpkg = tmp_path / "contribution.gpkg"
    postes = write_gpkg(gpkg, "postes", 2154, ogr.wkbPoint, [(wkt_point(0.5, 10.5), {"id_poste": "P1"})])
    demandes = write_gpkg(gpkg, "demandes", 2154, ogr.wkbPoint, [
        (wkt_point(20.5, 10.5), {"id_demande": "D1", "puissance_kva": 12.0}),
        (wkt_point(50.5, 10.5), {"id_demande": "D2", "puissance_kva": 100.0}),
        (wkt_point(0.5, -9.5), {"id_demande": "D3", "puissance_kva": 500.0}),
        (wkt_point(-19.5, 10.5), {"id_demande": "D4", "puissance_kva": None}),
    ], fields={"id_demande": str, "puissance_kva": float})
    return postes, demandes


def test_contribution_by_power_band_beside_the_works_cost(pvd_provider, requests):
    postes, demandes = requests
    result = run(TARGETS=demandes, TARGET_ID_FIELD="id_demande", SOURCES=[postes], SOURCE_ID_FIELD="id_poste",
                 MARGIN=40.0, FIXED_COST=500.0, REFACTION=0.4, BAREME=BAREME, POWER_FIELD="puissance_kva")
    rows = rows_of(result["OUTPUT"])
    d1, d2 = rows["D1"], rows["D2"]
    # D1, 20 m, 12 kVA (band ≤ 36): LB 20, LE 0; 0.6 × (1000 + 20 × 20) = 840 €, no extension
    assert (d1["lb_m"], d1["le_m"]) == (20.0, 0.0)
    assert d1["contribution_branchement_eur"] == pytest.approx(840.0)
    assert d1["contribution_extension_eur"] == 0.0
    assert d1["contribution_eur"] == pytest.approx(840.0)
    # works cost unchanged: 20 m × 100 €/m = 2000 €, + 500 € = 2500 €, 60 % = 1500 €
    assert (d1["cost_eur"], d1["total_eur"]) == (2000.0, 2500.0)
    assert d1["part_demandeur_eur"] == pytest.approx(1500.0)
    # D2, 50 m, 100 kVA (band ≤ 250): LB 30, LE 20; 0.6 × (4000 + 60 × 30) = 3480 €;
    # 0.6 × (5000 + 90 × 20) = 4080 €; 7560 € in all
    assert (d2["lb_m"], d2["le_m"]) == (30.0, 20.0)
    assert d2["contribution_branchement_eur"] == pytest.approx(3480.0)
    assert d2["contribution_extension_eur"] == pytest.approx(4080.0)
    assert d2["contribution_eur"] == pytest.approx(7560.0)
    # D3 is above the last band, D4 has no power: routed and costed, but no contribution
    for name in ("D3", "D4"):
        assert rows[name]["status"] == "ok" and rows[name]["cost_eur"] == 2000.0
        assert rows[name].attribute("contribution_eur") == NULL


def test_without_power_field_the_first_band_applies(pvd_provider, requests):
    postes, demandes = requests
    rows = rows_of(run(TARGETS=demandes, TARGET_ID_FIELD="id_demande", SOURCES=[postes], MARGIN=40.0,
                       BAREME=BAREME, POWER_FIELD="", REFACTION=0.0)["OUTPUT"])
    # D2 at 50 m, first band, no réfaction: (1000 + 20 × 30) + (2000 + 50 × 20) = 1600 + 3000 = 4600 €
    assert rows["D2"]["contribution_eur"] == pytest.approx(4600.0)


def test_a_bareme_with_a_missing_value_is_a_clear_error(pvd_provider, requests):
    postes, demandes = requests
    with pytest.raises(QgsProcessingException, match="rows of 5"):
        run(TARGETS=demandes, SOURCES=[postes], BAREME=[36, 1000, 20, 2000])
