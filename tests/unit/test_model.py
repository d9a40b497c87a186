"""The data model definition and the documentation generated from it."""
import os

from pvd_qgis_plugin.core import model

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The shared names every engineer uses (layers and their required fields).
SHARED = {
    "communes": ("MultiPolygon", ["insee", "nom"]),
    "ort_perimetres": ("MultiPolygon", ["id_ort", "nom", "insee", "date_signature"]),
    "espaces_publics": ("MultiPolygon", ["id_ep", "nom", "insee", "classe", "cout_m", "date_refection"]),
    "batiments": ("MultiPolygon", ["id_bat", "insee", "usage", "hauteur_m"]),
    "monuments_historiques": ("Point", ["id_mh", "nom", "insee", "protection", "date_protection"]),
    "abords_mh": ("MultiPolygon", ["id_mh", "nom", "rayon_m", "facteur"]),
    "spr": ("MultiPolygon", ["id_spr", "nom", "insee", "facteur"]),
    "postes_hta_bt": ("Point", ["id_poste", "nom", "type_poste", "puissance_kva", "insee"]),
    "reseau_hta": ("MultiLineString", ["id_troncon", "pose", "insee"]),
    "reseau_bt": ("MultiLineString", ["id_troncon", "pose", "id_poste", "insee"]),
    "travaux_raccordement": ("MultiLineString", ["id_travaux", "nature", "statut", "date_debut", "date_fin",
                                                 "cout_eur", "longueur_m", "insee"]),
    "demandes_raccordement": ("Point", ["id_demande", "usage", "puissance_kva", "insee", "date_demande"]),
    "projets_espaces_publics": ("MultiPolygon", ["id_projet", "nom", "insee", "action_ort", "statut",
                                                 "date_debut", "date_fin"]),
    "consommation_electrique": ("Point", ["id_conso", "annee", "secteur", "conso_mwh", "nb_sites", "insee",
                                          "code_iris", "adresse"]),
    "parcelles": ("MultiPolygon", ["id", "commune", "prefixe", "section", "numero", "contenance_m2"]),
    "adresses": ("Point", ["id", "numero", "rep", "nom_voie", "insee"]),
    "carreaux_filosofi": ("MultiPolygon", ["idcar_200m", "insee", "ind", "men", "men_pauv", "men_prop", "men_surf",
                                           "log_av45", "log_45_70", "log_70_90", "log_ap90", "ind_snv"]),
    "dpe": ("Point", ["numero_dpe", "etiquette_dpe", "etiquette_ges", "date_etablissement", "type_batiment",
                      "surface_habitable_m2", "energie_chauffage", "insee"]),
}


def test_model_has_exactly_the_shared_layers_and_fields():
    assert set(model.LAYERS_BY_NAME) == set(SHARED)
    for name, (geometry, fields) in SHARED.items():
        layer = model.layer(name)
        assert layer.geometry == geometry, name
        names = model.field_names(name)
        assert all(field in names for field in fields), name
        assert len(set(names)) == len(names), name
        assert layer.id_field in names


def test_allowed_values_of_the_shared_fields():
    assert model.field("espaces_publics", "classe").allowed == (
        "chaussee", "trottoir", "place", "espace_vert", "parking", "pavage_patrimonial", "non_revetu")
    assert model.field("postes_hta_bt", "type_poste").allowed == (
        "cabine_haute", "poste_au_sol", "poste_sur_poteau")
    assert model.field("travaux_raccordement", "nature").allowed == ("branchement", "extension", "renforcement")
    assert model.field("demandes_raccordement", "usage").allowed == (
        "logement", "commerce", "borne_recharge", "photovoltaique", "equipement_public")
    assert model.field("reseau_bt", "pose").allowed == ("aerien", "souterrain")
    assert model.field("espaces_publics", "cout_m").unit == "€/m"
    assert set(model.TRENCH_COST_RANGES) == set(model.SURFACE_CLASSES)


def test_groups_and_drawing_order():
    orders = [layer.order for layer in model.LAYERS]
    assert sorted(orders) == list(range(1, len(model.LAYERS) + 1))
    assert model.drawing_order()[0] == "demandes_raccordement"
    assert model.drawing_order()[-1] == "communes"
    assert sum(len(model.layers_in_group(group)) for group in model.GROUPS) == len(model.LAYERS)
    # groups are contiguous in the drawing order, in the order of GROUPS
    groups = [model.layer(name).group for name in model.drawing_order()]
    assert [g for i, g in enumerate(groups) if i == 0 or groups[i - 1] != g] == list(model.GROUPS)


def test_every_layer_has_a_style_file():
    for layer in model.LAYERS:
        assert os.path.exists(os.path.join(REPO, "resources", "styles", model.style_file(layer.name))), layer.name


def test_documentation_agrees_with_the_model():
    with open(os.path.join(REPO, "docs", "data-model.md"), encoding="utf-8") as handle:
        assert handle.read() == model.markdown(), (
            "docs/data-model.md is out of date: python -m pvd_qgis_plugin.core.model > docs/data-model.md")


def test_pvd_table_set_recognition():
    assert model.is_pvd_table_set(["communes", "postes_hta_bt"])
    assert not model.is_pvd_table_set(["communes"])
    assert not model.is_pvd_table_set(["roads", "parcels"])


# The output fields scripts, styles and models read: their names never change.
PUBLISHED_OUTPUTS = {
    "ROUTE_FIELDS": "target_id source_id length_m cost_eur total_eur part_demandeur_eur penalty_m nature status lb_m "
                    "le_m contribution_branchement_eur contribution_extension_eur contribution_eur",
    "TRENCH_FIELDS": "connections length_m cost_eur",
    "OVERLAP_SUFFIXES": "area len pc n noms",
    "OVERLAP_SUMMARY_FIELDS": "prefix source_layer n_touched total unit share_pc",
    "TABULATE_MEASURES": "area length pnt_count",
    "VALIDATION_FIELDS": "layer feature_id field problem detail",
    "COORDINATION_PAIR_FIELDS": "id_travaux id_projet id_surface relation insee longueur_commune_m ecart_jours "
                                "economie_eur cout_unitaire_eur_m debut_travaux fin_travaux debut_projet fin_projet "
                                "date_refection l49_publicite",
    "COORDINATION_SUMMARY_FIELDS": "insee id_projet nb_mutualisable nb_conflit_moratoire nb_sequence_a_revoir "
                                   "longueur_mutualisable_m economie_eur",
    "COORDINATION_WORKS_FIELDS": "id_travaux insee longueur_m agglomeration l49_publicite",
    "PRIORITY_FIELDS": "pts_ort pts_patrimoine pts_espaces_publics pts_type score rang",
    "PRECARITY_FIELDS": "men part_men_pauvres_pc niveau_vie_eur part_logements_avant_1970_pc nb_dpe part_dpe_fg_pc "
                        "part_chauffage_electrique_pc conso_mwh_par_logement pts_pauvrete pts_niveau_vie "
                        "pts_logements_anciens pts_passoires pts_chauffage_electrique pts_consommation indice rang "
                        "masque",
    "RENOVATION_FIELDS": "annee_avant annee_apres sites_avant sites_apres conso_avant_mwh conso_apres_mwh evolution_pc "
                         "temoin_sites_avant temoin_sites_apres temoin_conso_avant_mwh temoin_conso_apres_mwh "
                         "temoin_evolution_pc effet_pts masque",
    "CONSUMPTION_ZONE_FIELDS": "annee nb_sites conso_mwh mwh_par_site insee part_commune_pct seuil_percentile_mwh "
                               "au_dessus_percentile masque annee_comparaison nb_sites_comparaison "
                               "conso_mwh_comparaison masque_comparaison evolution_mwh evolution_pct",
    "SELF_CONSUMPTION_CIRCLE_FIELDS": "nb_participants nb_producteurs nb_consommateurs centre_x centre_y rayon_m "
                                      "diametre_m distance_max_m limite_m conforme nb_hors_regle nb_postes_cercle "
                                      "puissance_kw puissance_max_kw puissance_conforme",
    "SELF_CONSUMPTION_PAIR_FIELDS": "id_a role_a id_b role_b distance_m limite_m conforme",
    "SELF_CONSUMPTION_PARTICIPANT_FIELDS": "id_participant role dist_max_m nb_hors_distance hors_regle "
                                           "id_poste_proche dist_poste_m classe_densite",
    "SELF_CONSUMPTION_SUBSTATION_FIELDS": "id_poste dans_cercle nb_participants",
    "HERITAGE_DISSOLVED_FIELDS": "nb_monuments monuments",
    "HERITAGE_FIELDS": "rayon_m mode",
    "ABF_FIELDS": "avis_abf monuments",
    "VISIBILITY_FIELDS": "surface_visible_m2 part_visible",
}


def test_output_field_names_are_the_published_ones():
    for declaration, names in PUBLISHED_OUTPUTS.items():
        assert model.names(getattr(model, declaration)) == names.split(), declaration
    assert (model.TABULATE_ZONE.name, model.TABULATE_CLASS.name, model.TABULATE_PERCENTAGE.name) == \
        ("zone", "class", "percentage")
    assert model.overlap_field("ort_perimetres", model.OVERLAP_SUFFIXES.pc) == "ort_perimetres_pc"
    assert model.overlap_field("spr", "noms") == "spr_noms"


def test_one_label_per_output_field():
    labels = {}
    for outputs in model.OUTPUTS:
        for output in outputs:
            assert output.type in (model.STRING, model.INTEGER, model.REAL, model.DATE, model.BOOLEAN,
                                   model.BIG_INTEGER, None), output
            if output.label:
                assert labels.setdefault(output.name, output.label) == output.label, output.name


def test_the_core_computes_the_declared_columns():
    from pvd_qgis_plugin.core import defaults, energy_precarity, renovation_effect

    # the points of each criterion follow the criteria's order
    assert list(energy_precarity.POINTS_COLUMNS) == list(defaults.PRECARITY_CRITERIA)
    assert list(energy_precarity.POINTS_COLUMNS.values()) == model.names(model.PRECARITY_POINTS)
    assert [name[len("pts_"):] for name in model.names(model.PRIORITY_FIELDS)[:-2]] == list(defaults.PRIORITY_CRITERIA)
    assert list(renovation_effect.COLUMNS) == model.names(model.RENOVATION_FIGURES)
