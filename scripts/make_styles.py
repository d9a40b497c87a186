"""Write resources/styles/<layer>.qml for every layer of the PVD data model.

The QML files are committed; this script is how they were made and how to remake
them after a change of the model: ``scripts/with_qgis_env.sh .venv/bin/python scripts/make_styles.py``.
"""
import os
import sys

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from pvd_qgis_plugin.core import model  # noqa: E402

STYLES = os.path.join(ROOT, "resources", "styles")


def fill(color, outline="transparent", width="0", style="solid", outline_style="solid"):
    return QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "outline_width": width,
                                       "style": style, "outline_style": outline_style})


def line(color, width, style="solid"):
    return QgsLineSymbol.createSimple({"line_color": color, "line_width": width, "line_style": style,
                                       "capstyle": "round", "joinstyle": "round"})


def marker(color, size, name="circle", outline="#333333"):
    return QgsMarkerSymbol.createSimple({"color": color, "size": size, "name": name, "outline_color": outline,
                                         "outline_width": "0.2"})


def categorized(field, symbols, labels):
    categories = [QgsRendererCategory(value, symbol, labels.get(value, value)) for value, symbol in symbols.items()]
    return QgsCategorizedSymbolRenderer(field, categories)


SURFACE_LABELS = {"chaussee": "Chaussée", "trottoir": "Trottoir", "place": "Place", "espace_vert": "Espace vert",
                  "parking": "Parking", "pavage_patrimonial": "Pavage patrimonial", "non_revetu": "Non revêtu"}
STATUT_LABELS = {"realise": "Réalisé", "prevu": "Prévu"}
POSE_LABELS = {"aerien": "Aérien", "souterrain": "Souterrain"}


def graduated_size(field, color, breaks):
    """Proportional circles: one class per [breaks[i], breaks[i+1]) with a growing marker."""
    ranges = []
    for number, (low, high) in enumerate(zip(breaks[:-1], breaks[1:])):
        symbol = marker(color, str(1.6 + 1.3 * number), "circle", "#a6611a")
        symbol.setOpacity(0.8)
        ranges.append(QgsRendererRange(low, high, symbol, "{} – {} MWh".format(low, high)))
    last = marker(color, str(1.6 + 1.3 * len(ranges)), "circle", "#a6611a")
    ranges.append(QgsRendererRange(breaks[-1], 1e12, last, "> {} MWh".format(breaks[-1])))
    return QgsGraduatedSymbolRenderer(field, ranges)


def renderers():
    """Renderer of each layer: what a GIS officer expects (Enedis network in red/blue, works on top)."""
    return {
        "communes": QgsSingleSymbolRenderer(fill("transparent", "#4d4d4d", "0.6", outline_style="dash")),
        "ort_perimetres": QgsSingleSymbolRenderer(fill("106,61,154,35", "#6a3d9a", "0.8")),
        "abords_mh": QgsSingleSymbolRenderer(fill("transparent", "#d95f02", "0.5", outline_style="dash")),
        "spr": QgsSingleSymbolRenderer(fill("166,86,40,30", "#a65628", "0.7", outline_style="dot")),
        "espaces_publics": categorized("classe", {
            # roads keep a hairline outline so that they still show on the overview of the communes
            "chaussee": fill("#a8a8a8", "#a8a8a8", "0.26"), "trottoir": fill("#e2dccd"), "place": fill("#d6c3a0"),
            "espace_vert": fill("#a9d18e"), "parking": fill("#bac6d8"), "pavage_patrimonial": fill("#b7793f"),
            "non_revetu": fill("#d9c59b", "#c9b07a", "0.26")}, SURFACE_LABELS),
        "batiments": QgsSingleSymbolRenderer(fill("#e0b497", "#9c6b52", "0.1")),
        "parcelles": QgsSingleSymbolRenderer(fill("transparent", "#8c8c8c", "0.15")),
        "adresses": QgsSingleSymbolRenderer(marker("#404040", "1.2", "circle", "#404040")),
        "monuments_historiques": QgsSingleSymbolRenderer(marker("#c0392b", "5", "star", "#5a0f0f")),
        "reseau_hta": categorized("pose", {"aerien": line("#d7191c", "0.7"),
                                           "souterrain": line("#d7191c", "0.7", "dash")}, POSE_LABELS),
        "reseau_bt": categorized("pose", {"aerien": line("#2b83ba", "0.4"),
                                          "souterrain": line("#2b83ba", "0.4", "dash")}, POSE_LABELS),
        "postes_hta_bt": categorized("type_poste", {
            "cabine_haute": marker("#e66101", "3.4", "square"), "poste_au_sol": marker("#fdb863", "2.6", "square"),
            "poste_sur_poteau": marker("#8c8c8c", "2.2", "circle")},
            {"cabine_haute": "Cabine haute", "poste_au_sol": "Poste au sol", "poste_sur_poteau": "Poste sur poteau"}),
        "travaux_raccordement": categorized("statut", {"realise": line("#1a9641", "1.2"),
                                                      "prevu": line("#c51b7d", "1.4", "dash")}, STATUT_LABELS),
        "demandes_raccordement": categorized("usage", {
            "logement": marker("#4dac26", "3.2", "triangle"), "commerce": marker("#0571b0", "3.2", "triangle"),
            "borne_recharge": marker("#ca0020", "3.2", "triangle"),
            "photovoltaique": marker("#f4a582", "3.2", "triangle"),
            "equipement_public": marker("#7b3294", "3.2", "triangle")},
            {"logement": "Logement", "commerce": "Commerce", "borne_recharge": "Borne de recharge",
             "photovoltaique": "Photovoltaïque", "equipement_public": "Équipement public"}),
        "consommation_electrique": graduated_size("conso_mwh", "#fdae61", [0, 20, 50, 150, 400, 1000]),
        "projets_espaces_publics": categorized("statut", {
            "realise": fill("#1a9641", "#1a9641", "0.5", style="b_diagonal"),
            "prevu": fill("#c51b7d", "#c51b7d", "0.6", style="f_diagonal")}, STATUT_LABELS),
        "dpe": categorized("etiquette_dpe", {label: marker(color, "2.4", "circle", "#555555")
                                             for label, color in DPE_COLOURS.items()},
                           {label: "DPE {}".format(label) for label in DPE_COLOURS}),
        "carreaux_filosofi": graduated('100 * "men_pauv" / "men"', [0, 10, 15, 20, 30, 1e12], [
            fill("255,255,204,110", "#bdbdbd", "0.1"), fill("254,217,118,120", "#bdbdbd", "0.1"),
            fill("253,141,60,130", "#bdbdbd", "0.1"), fill("227,26,28,140", "#bdbdbd", "0.1"),
            fill("128,0,38,150", "#bdbdbd", "0.1")]),
    }


# The colours of the official DPE label scale (A green to G red).
DPE_COLOURS = {"A": "#009036", "B": "#53af31", "C": "#c6d300", "D": "#fce600", "E": "#fbba00", "F": "#eb6909",
               "G": "#e2001a"}


def graduated(field, bounds, symbols):
    """One class per [bounds[i], bounds[i+1]) with the given symbols, labelled with the bounds."""
    ranges = [QgsRendererRange(low, high, symbol, "{:g} – {:g}".format(low, high) if high < 1e11 else "≥ {:g}".format(low))
              for (low, high), symbol in zip(zip(bounds[:-1], bounds[1:]), symbols)]
    return QgsGraduatedSymbolRenderer(field, ranges)


# Styles of the algorithms' outputs: (geometry, fields, renderer), applied when QGIS loads them.
def output_styles():
    route, trench, pair = model.ROUTE_FIELDS, model.TRENCH_FIELDS, model.COORDINATION_PAIR_FIELDS
    priority, precarity = model.PRIORITY_FIELDS, model.PRECARITY_FIELDS
    return {
        "connection_routes": ("LineString", [(route.target_id.name, "string"), (route.total_eur.name, "double"),
                                             (route.status.name, "string")],
                              graduated(route.total_eur.name, [0, 2000, 5000, 10000, 20000, 1e12], [
                                  line("#fed976", "1.2"), line("#feb24c", "1.4"), line("#fd8d3c", "1.6"),
                                  line("#e31a1c", "1.8"), line("#800026", "2.0")])),
        "trench_network": ("LineString", [(trench.connections.name, "integer"), (trench.cost_eur.name, "double")],
                           graduated(trench.connections.name, [0, 2, 3, 5, 1e12], [
                               line("#6a51a3", "0.8"), line("#6a51a3", "1.4"), line("#6a51a3", "2.0"),
                               line("#3f007d", "2.8")])),
        "works_coordination": ("LineString", [(pair.relation.name, "string"), (pair.economie_eur.name, "double")],
                               categorized(pair.relation.name, {
                                   "mutualisable": line("#1a9641", "2.2"), "conflit_moratoire": line("#d7191c", "2.2"),
                                   "sequence_a_revoir": line("#fdae61", "2.2")},
                                   {"mutualisable": "Mutualisable", "conflit_moratoire": "Conflit avec un moratoire",
                                    "sequence_a_revoir": "Séquence à revoir"})),
        "substation_priority": ("Point", [("id_poste", "string"), (priority.score.name, "double"),
                                          (priority.rang.name, "integer")],
                                graduated(priority.rang.name, [1, 6, 16, 41, 1e12], [
                                    marker("#b2182b", "5.0", "square"), marker("#ef8a62", "4.0", "square"),
                                    marker("#fddbc7", "3.2", "square"), marker("#bababa", "2.2", "circle")])),
        "energy_precarity": ("MultiPolygon", [("idcar_200m", "string"), (precarity.indice.name, "double"),
                                               (precarity.rang.name, "integer")],
                             graduated(precarity.indice.name, [0, 2, 3, 4, 5, 1e12], [
                                 fill("255,255,178,150", "#969696", "0.1"), fill("254,204,92,160", "#969696", "0.1"),
                                 fill("253,141,60,170", "#969696", "0.1"), fill("240,59,32,180", "#969696", "0.1"),
                                 fill("189,0,38,190", "#969696", "0.1")])),
    }


def labeling(field, size, color="#222222", expression=False):
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.isExpression = expression
    text = QgsTextFormat()
    text.setFont(QFont("Sans Serif"))
    text.setSize(size)
    text.setColor(QColor(color))
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    os.makedirs(STYLES, exist_ok=True)
    styles = renderers()
    labels = {"communes": labeling("nom", 11), "monuments_historiques": labeling("nom", 7, "#7a1f12")}
    for definition in model.LAYERS:
        uri = "{}?crs={}".format(definition.geometry, model.CRS)
        for column in definition.fields:
            uri += "&field={}:{}".format(column.name, {"string": "string", "integer": "integer",
                                                       "real": "double", "date": "date"}[column.type])
        layer = QgsVectorLayer(uri, definition.title, "memory")
        layer.setRenderer(styles[definition.name])
        if definition.name in ("postes_hta_bt", "reseau_bt", "reseau_hta", "consommation_electrique", "parcelles",
                               "adresses") \
                or definition.group == model.GROUP_WORKS:
            layer.setScaleBasedVisibility(True)
            layer.setMinimumScale(25000)  # details hidden on the overview of the communes
        if definition.name in labels:
            layer.setLabeling(labels[definition.name])
            layer.setLabelsEnabled(True)
        path = os.path.join(STYLES, model.style_file(definition.name))
        message, ok = layer.saveNamedStyle(path)
        print(path if ok else message)
    for name, (geometry, fields, renderer) in output_styles().items():
        uri = "{}?crs={}&".format(geometry, model.CRS) + "&".join("field={}:{}".format(*f) for f in fields)
        layer = QgsVectorLayer(uri, name, "memory")
        layer.setRenderer(renderer)
        if name == "substation_priority":  # the rank of the first five, the ones a planner names
            layer.setLabeling(labeling('CASE WHEN "rang" <= 5 THEN "rang" END', 8, expression=True))
            layer.setLabelsEnabled(True)
        path = os.path.join(STYLES, name + ".qml")
        message, ok = layer.saveNamedStyle(path)
        print(path if ok else message)
    app.exitQgis()


if __name__ == "__main__":
    main()
