"""Display names of the output fields: the fields keep their names (scripts use them), the
attribute table shows words in the user's language through QGIS field aliases and value maps."""
from qgis.core import QgsEditorWidgetSetup

from ..core import model
from ..core.messages import N_
from ..i18n import tr

#: {output field: its label}, as core.model declares them.
FIELD_LABELS = {output.name: output.label for outputs in model.OUTPUTS for output in outputs if output.label}

VALUE_LABELS = {
    model.ROUTE_FIELDS.status.name: {
        "ok": N_("route found"), "unreachable": N_("unreachable"), "too_long": N_("too long")},
    model.ROUTE_FIELDS.nature.name: {
        "branchement": N_("branchement (≤ 30 m)"), "extension": N_("extension of the network")},
    model.ABF_FIELDS.avis_abf.name: {
        "accord": N_("ABF accord"), "avis_simple": N_("simple avis"), "hors_abords": N_("outside abords")},
    model.COORDINATION_PAIR_FIELDS.relation.name: {
        "mutualisable": N_("to pool"), "conflit_moratoire": N_("moratorium conflict"),
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
        for suffix in model.OVERLAP_SUFFIXES:
            aliases[model.overlap_field(prefix, suffix)] = tr(suffix.label).format(name)
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
