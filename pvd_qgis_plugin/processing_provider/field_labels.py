"""Display names of the output fields: the fields keep their names (scripts use them), the
attribute table shows words in the user's language through QGIS field aliases and value maps."""
from qgis.core import QgsEditorWidgetSetup

from ..core.messages import N_
from ..i18n import tr

FIELD_LABELS = {
    # pvd:connectionroutes and its trench network
    "target_id": N_("Request"),
    "source_id": N_("Network feature reached"),
    "length_m": N_("Length (m)"),
    "cost_eur": N_("Trench cost (€)"),
    "total_eur": N_("Total cost (€)"),
    "part_demandeur_eur": N_("Requester's share (€)"),
    "penalty_m": N_("Length in penalty zones (m)"),
    "nature": N_("Nature of the works"),
    "status": N_("Status"),
    "lb_m": N_("Branchement length (m)"),
    "le_m": N_("Extension length (m)"),
    "contribution_branchement_eur": N_("Contribution: branchement (€)"),
    "contribution_extension_eur": N_("Contribution: extension (€)"),
    "contribution_eur": N_("Requester's contribution (€)"),
    "connections": N_("Connections served"),
    # pvd:overlapanalysis summary
    "prefix": N_("Field prefix"),
    "source_layer": N_("Zone layer"),
    "n_touched": N_("Features touching it"),
    "total": N_("Total inside"),
    "unit": N_("Unit"),
    "share_pc": N_("Share of the input (%)"),
    # pvd:validatedata, pvd:tabulateintersection
    "layer": N_("Layer"),
    "feature_id": N_("Feature id"),
    "field": N_("Field"),
    "problem": N_("Problem"),
    "detail": N_("Detail"),
    "percentage": N_("Share of the zone (%)"),
    # pvd:energyprecarity
    "men": N_("Households"),
    "part_men_pauvres_pc": N_("Poor households (%)"),
    "niveau_vie_eur": N_("Standard of living (€ per person and year)"),
    "part_logements_avant_1970_pc": N_("Dwellings built before 1970 (%)"),
    "nb_dpe": N_("Number of DPE"),
    "part_dpe_fg_pc": N_("DPE labelled F or G (%)"),
    "part_chauffage_electrique_pc": N_("Electric heating in the DPE (%)"),
    "conso_mwh_par_logement": N_("Electricity per dwelling (MWh)"),
    "pts_pauvrete": N_("Points: poverty"),
    "pts_niveau_vie": N_("Points: standard of living"),
    "pts_logements_anciens": N_("Points: old dwellings"),
    "pts_passoires": N_("Points: F/G labels"),
    "pts_chauffage_electrique": N_("Points: electric heating"),
    "pts_consommation": N_("Points: consumption"),
    "indice": N_("Energy precarity index"),
    "masque": N_("Masked figures"),
    # pvd:renovationeffect
    "annee_avant": N_("Year before"),
    "annee_apres": N_("Year after"),
    "sites_avant": N_("Sites before"),
    "sites_apres": N_("Sites after"),
    "conso_avant_mwh": N_("Consumption before (MWh)"),
    "conso_apres_mwh": N_("Consumption after (MWh)"),
    "evolution_pc": N_("Change per site (%)"),
    "temoin_sites_avant": N_("Comparison group: sites before"),
    "temoin_sites_apres": N_("Comparison group: sites after"),
    "temoin_conso_avant_mwh": N_("Comparison group: consumption before (MWh)"),
    "temoin_conso_apres_mwh": N_("Comparison group: consumption after (MWh)"),
    "temoin_evolution_pc": N_("Comparison group: change per site (%)"),
    "effet_pts": N_("Effect of the works (percentage points)"),
}

# Fields pvd:overlapanalysis adds per zone layer: "<prefix><suffix>", named after the layer.
OVERLAP_SUFFIX_LABELS = {
    "_area": N_("{} — area inside (m²)"),
    "_len": N_("{} — length inside (m)"),
    "_pc": N_("{} — share inside (%)"),
    "_n": N_("{} — zones touched"),
    "_noms": N_("{} — zone names"),
}

VALUE_LABELS = {
    "status": {"ok": N_("route found"), "unreachable": N_("unreachable"), "too_long": N_("too long")},
    "nature": {"branchement": N_("branchement (≤ 30 m)"), "extension": N_("extension of the network")},
    "avis_abf": {"accord": N_("ABF accord"), "avis_simple": N_("simple avis"), "hors_abords": N_("outside abords")},
    "relation": {"mutualisable": N_("to pool"), "conflit_moratoire": N_("moratorium conflict"),
                 "sequence_a_revoir": N_("to re-sequence")},
    "type_poste": {"cabine_haute": N_("tower cabin"), "poste_au_sol": N_("ground substation"),
                   "poste_sur_poteau": N_("pole-mounted")},
}


def value_label(field, value):
    """The display label of a coded value (``status`` = ``ok`` → "route found"), else the value."""
    text = VALUE_LABELS.get(field, {}).get(value) if isinstance(value, str) else None
    return tr(text) if text else value


def overlap_aliases(prefixes, layer_names):
    """{computed field: display name} of the overlap fields of each zone layer."""
    aliases = {}
    for prefix, name in zip(prefixes, layer_names):
        for suffix, template in OVERLAP_SUFFIX_LABELS.items():
            aliases[prefix + suffix] = tr(template).format(name)
    return aliases


def apply_field_labels(layer, aliases=None):
    """Give the layer's known fields their display names and coded values their labels."""
    fields = layer.fields()
    for index, field in enumerate(fields):
        name = field.name()
        label = (aliases or {}).get(name) or (tr(FIELD_LABELS[name]) if name in FIELD_LABELS else None)
        if label and not field.alias():
            layer.setFieldAlias(index, label)
        values = VALUE_LABELS.get(name)
        if values and field.type() == 10:  # QVariant.String
            value_map = [{tr(text): code} for code, text in values.items()]
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": value_map}))
