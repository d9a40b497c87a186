"""core.energy_precarity on three 200 m cells whose index is computed by hand."""
import numpy as np
import pytest
import shapely

from pvd_qgis_plugin.core.energy_precarity import energy_precarity, is_electric

MEDIAN = 22040.0
POVERTY_LINE = 0.6 * MEDIAN  # 13 224 € per person: the income criterion is 1 there


def cells():
    return np.array([shapely.box(0, 0, 200, 200), shapely.box(200, 0, 400, 200), shapely.box(400, 0, 600, 200)])


def filosofi():
    # A: 100 households, 30 poor, 200 people at the poverty line, 60 of 100 dwellings before 1970
    # B: 50 households, 5 poor, 100 people at the median, 10 of 100 dwellings before 1970
    # C: 8 households: under INSEE's 11, masked
    return {"men": np.array([100.0, 50.0, 8.0]), "men_pauv": np.array([30.0, 5.0, 2.0]),
            "ind": np.array([200.0, 100.0, 15.0]), "ind_snv": np.array([200 * POVERTY_LINE, 100 * MEDIAN, 15 * MEDIAN]),
            "log_av45": np.array([40.0, 0.0, 4.0]), "log_45_70": np.array([20.0, 10.0, 0.0]),
            "log_70_90": np.array([20.0, 30.0, 2.0]), "log_ap90": np.array([20.0, 60.0, 2.0])}


def dpe():
    points = [shapely.Point(50, 100)] * 3 + [shapely.Point(150, 100)] * 3 + [shapely.Point(250, 100)] * 4
    labels = ["C", "F", "E", "F", "G", "D", "A", "B", "C", "G"]
    heating = ["Électricité", "Gaz naturel", "Électricité", "Gaz naturel", "Électricité d'origine renouvelable",
               "Fioul domestique", "Électricité", "Électricité", "Gaz naturel", ""]
    return np.array(points, dtype=object), labels, heating


def test_index_of_three_cells_by_hand():
    points, labels, heating = dpe()
    consumption = np.array([shapely.Point(20, 20), shapely.Point(180, 180), shapely.Point(300, 100)], dtype=object)
    result = energy_precarity(cells(), filosofi(), dpe=points, dpe_labels=labels, dpe_heating=heating,
                              consumption=consumption, consumption_mwh=[30.0, 20.0, 40.0],
                              consumption_sites=[6, 4, 8], median_income=MEDIAN, high_consumption_mwh=10.0)
    figures = result.figures
    assert figures["men"][:2].tolist() == [100.0, 50.0]
    assert figures["part_men_pauvres_pc"][:2] == pytest.approx([30.0, 10.0])
    assert figures["niveau_vie_eur"][:2] == pytest.approx([POVERTY_LINE, MEDIAN])
    assert figures["part_logements_avant_1970_pc"][:2] == pytest.approx([60.0, 10.0])
    assert figures["nb_dpe"].tolist() == [6.0, 4.0, 0.0]
    # A: F, F, G of 6 DPE = 50 %; electricity 3 of 6 ("d'origine renouvelable" counts)
    assert figures["part_dpe_fg_pc"][0] == pytest.approx(50.0)
    assert figures["part_chauffage_electrique_pc"][0] == pytest.approx(50.0)
    # A: (30 + 20) MWh / (6 + 4) sites = 5 MWh per dwelling; B: 8 sites < 10, masked
    assert figures["conso_mwh_par_logement"][0] == pytest.approx(5.0)
    assert np.isnan(figures["conso_mwh_par_logement"][1])
    # A: 3×0.30 + 2×1 + 1.5×0.60 + 2×0.50 + 0.5×0.50 + 1×0.50 = 0.9 + 2 + 0.9 + 1 + 0.25 + 0.5 = 5.55
    assert [result.points[name][0] for name in ("pauvrete", "niveau_vie", "logements_anciens", "passoires",
                                                "chauffage_electrique", "consommation")] == \
        pytest.approx([0.9, 2.0, 0.9, 1.0, 0.25, 0.5])
    assert result.indice[0] == pytest.approx(5.55)
    # B: 4 DPE < 5 and 8 sites < 10 are masked: 3×0.1 + 2×0 + 1.5×0.1 = 0.45 on weights 6.5 of 10 -> 0.45×10/6.5
    assert result.indice[1] == pytest.approx(0.45 * 10 / 6.5)
    assert np.isnan(result.points["passoires"][1]) and np.isnan(result.points["consommation"][1])
    # C: 8 households, no DPE, no consumption: nothing known, no index
    assert np.isnan(result.indice[2]) and np.isnan(result.figures["part_men_pauvres_pc"][2])
    assert result.rang.tolist() == [1, 2, 0]
    assert result.order.tolist() == [0, 1, 2]
    assert result.masque == [None, "dpe,conso", "filosofi"]


def test_weights_change_the_ranking_by_their_ratios_only():
    data = filosofi()
    data["men_pauv"] = np.array([10.0, 25.0, 2.0])  # B now poorer (50 %) but richer on income
    base = energy_precarity(cells(), data, median_income=MEDIAN)
    # A: 3×0.1 + 2×1 + 1.5×0.6 = 3.2 -> ×10/6.5; B: 3×0.5 + 0 + 1.5×0.1 = 1.65 -> ×10/6.5
    assert base.indice[:2] == pytest.approx([3.2 * 10 / 6.5, 1.65 * 10 / 6.5])
    assert base.rang[:2].tolist() == [1, 2]
    poverty_only = energy_precarity(cells(), data, median_income=MEDIAN, weights={
        "pauvrete": 1.0, "niveau_vie": 0.0, "logements_anciens": 0.0, "passoires": 0.0,
        "chauffage_electrique": 0.0, "consommation": 0.0})
    # one criterion of weight 1: the index is the share of poor households, 0.1 and 0.5
    assert poverty_only.indice[:2] == pytest.approx([0.1, 0.5])
    assert poverty_only.rang[:2].tolist() == [2, 1]


def test_zone_shares_the_cells_by_area():
    """A zone x 100..300 holds half of A and half of B."""
    points, labels, heating = dpe()
    zone = np.array([shapely.box(100, 0, 300, 200)])
    result = energy_precarity(cells(), filosofi(), zones=zone, dpe=points, dpe_labels=labels, dpe_heating=heating,
                              median_income=MEDIAN)
    figures = result.figures
    assert figures["men"][0] == pytest.approx(75.0)  # 100/2 + 50/2
    assert figures["part_men_pauvres_pc"][0] == pytest.approx(100 * 17.5 / 75)  # (30/2 + 5/2) / 75
    # (100×13 224 + 50×22 040) / 150 people: two thirds of the way down to the poverty line
    assert figures["niveau_vie_eur"][0] == pytest.approx((100 * POVERTY_LINE + 50 * MEDIAN) / 150)
    assert result.criteria["niveau_vie"][0] == pytest.approx(2 / 3)
    assert figures["part_logements_avant_1970_pc"][0] == pytest.approx(35.0)  # (30 + 5) of (50 + 50)
    # DPE at x = 150 (F, G, D) and x = 250 (A, B, C, G): 7 DPE, 3 F or G
    assert figures["nb_dpe"][0] == 7
    assert figures["part_dpe_fg_pc"][0] == pytest.approx(300 / 7)
    # electricity: Électricité d'origine renouvelable, Électricité, Électricité of 6 stated (one is empty)
    assert figures["part_chauffage_electrique_pc"][0] == pytest.approx(50.0)


def test_point_on_a_shared_edge_counts_once_and_missing_points_are_ignored():
    labels = ["G"] * 5 + ["A"]
    points = np.array([shapely.Point(200, 100)] * 5 + [None], dtype=object)
    result = energy_precarity(cells(), filosofi(), dpe=points, dpe_labels=labels)
    assert result.figures["nb_dpe"].tolist() == [5.0, 0.0, 0.0]
    assert result.ignored_points == 1 and result.invalid_labels == 0
    unlabelled = energy_precarity(cells(), filosofi(), dpe=points, dpe_labels=["G", "g ", "", None, "H", "A"])
    assert unlabelled.figures["nb_dpe"].tolist() == [2.0, 0.0, 0.0]  # G and g; '', None and H have no label
    assert unlabelled.invalid_labels == 3 and unlabelled.ignored_points == 1


def test_electricity_names():
    assert is_electric("Électricité") and is_electric("electricite d'origine renouvelable utilisee dans le batiment")
    assert not is_electric("Gaz naturel") and not is_electric(None) and not is_electric("Réseau de chauffage urbain")
