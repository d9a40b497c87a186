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
