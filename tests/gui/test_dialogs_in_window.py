"""The dialogs as a French user meets them, in the real QGIS window (Xvfb).

One QGIS session (see dialogs_in_window.py) loads the sample through the installed
plugin, opens the dialog of every algorithm, and runs overlap analysis and shared-trench
routing with the dialogs' values the way the dialog does; the tests read its record.
"""
import os
import re

import pytest

from pvd_qgis_plugin.core import model
from tests.gui.qgis_window import missing_tools, run_in_qgis_window

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dialogs_in_window.py")

# What each dialog must preselect with the sample loaded (layer titles of the layer tree).
EXPECTED = {
    "pvd:connectionroutes": {
        "TARGETS": "Demandes de raccordement", "TARGET_ID_FIELD": "id_demande",
        "SOURCES": ["Postes HTA/BT", "Réseau BT"], "SOURCE_ID_FIELD": "id_poste",
        "SURFACES": "Espaces publics", "SURFACE_COST_FIELD": "cout_m",
        "BARRIERS": ["Bâtiments"],
        "PENALTY_ZONES": ["Abords des monuments historiques", "Sites patrimoniaux remarquables"],
        "COST_RASTER": None},
    "pvd:consumptionzones": {"POINTS": "Consommation électrique", "ZONES": None, "MWH_FIELD": "conso_mwh"},
    "pvd:abfconsultation": {"INPUT": "Projets d'espaces publics", "PERIMETERS": "Abords des monuments historiques"},
    "pvd:heritagevisibility": {"INPUT": "Monuments historiques", "BUILDINGS": "Bâtiments", "HEIGHT_FIELD": "hauteur_m"},
    "pvd:renovationeffect": {"CONSUMPTION": "Consommation électrique", "WORKS": "Périmètres ORT"},
    "pvd:heritageperimeters": {"INPUT": "Monuments historiques", "NAME_FIELD": "nom"},
    "pvd:overlapanalysis": {
        "INPUT": "Travaux de raccordement", "LABEL_FIELD": "nom",
        "OVERLAYS": ["Périmètres ORT", "Abords des monuments historiques", "Sites patrimoniaux remarquables",
                     "Espaces publics"]},
    "pvd:selfconsumptionperimeter": {
        "PRODUCERS": "Demandes de raccordement", "CONSUMERS": "Consommation électrique",
        "SUBSTATIONS": "Postes HTA/BT", "SUBSTATION_ID_FIELD": "id_poste"},
    "pvd:substationpriority": {
        "SUBSTATIONS": "Postes HTA/BT", "TYPE_FIELD": "type_poste", "ORT": "Périmètres ORT",
        "HERITAGE": ["Abords des monuments historiques", "Sites patrimoniaux remarquables"],
        "PUBLIC_SPACES": "Espaces publics"},
    "pvd:tabulateintersection": {"ZONES": "Périmètres ORT", "ZONE_FIELD": "nom", "CLASSES": "Espaces publics",
                                 "CLASS_FIELD": "classe"},
    "pvd:workscoordination": {
        "WORKS": "Travaux de raccordement", "WORKS_ID_FIELD": "id_travaux", "WORKS_START_FIELD": "date_debut",
        "PROJECTS": "Projets d'espaces publics", "PROJECTS_ID_FIELD": "id_projet",
        "PROJECTS_STATUS_FIELD": "statut", "SURFACES": "Espaces publics", "SURFACES_COST_FIELD": "cout_m"},
}
# Mandatory inputs no PVD layer answers: the elevation model of the fields of view.
TO_CHOOSE = {"pvd:heritagevisibility": "DEM"}
# Algorithms whose dialog help is written in plain words (codes in the offline page only).
PLAIN_HELP = {"pvd:connectionroutes", "pvd:consumptionzones", "pvd:heritageperimeters", "pvd:overlapanalysis",
              "pvd:selfconsumptionperimeter", "pvd:substationpriority", "pvd:tabulateintersection",
              "pvd:workscoordination", "pvd:report", "pvd:validatedata", "pvd:importopendata",
              "pvd:energyprecarity", "pvd:renovationeffect", "pvd:heritagevisibility", "pvd:abfconsultation",
              "pvd:preparecommune"}
SAMPLE_FILE = "pvd_isigny_omaha.gpkg"
NNBSP = "\u202f"  # French thousands separator


@pytest.fixture(scope="module")
def session():
    missing = missing_tools()
    if missing:
        pytest.skip("a real QGIS window needs {}".format(", ".join(missing)))
    record, console = run_in_qgis_window(SCRIPT)
    assert "error" not in record, record["error"]
    assert "Traceback" not in console, console
    return record


def test_the_installed_plugin_loads_the_sample(session):
    assert session["plugin"] == "PvdPlugin"
    assert len(session["loaded"]) == len(model.LAYERS) == 18


def test_every_dialog_opens_with_the_layers_of_the_model(session):
    dialogs = session["dialogs"]
    assert set(EXPECTED) <= set(dialogs)
    for algorithm_id, expected in EXPECTED.items():
        values = dialogs[algorithm_id]["values"]
        # Exécuter would run as it is, unless a file the project cannot hold is still to be chosen
        assert dialogs[algorithm_id]["invalid"] == TO_CHOOSE.get(algorithm_id), algorithm_id
        assert {name: values.get(name) for name in expected} == expected, algorithm_id
    for algorithm_id in ("pvd:report", "pvd:validatedata"):
        path = dialogs[algorithm_id]["values"]["GEOPACKAGE" if algorithm_id == "pvd:report" else "INPUT"]
        assert os.path.basename(path) == SAMPLE_FILE, algorithm_id
    model = dialogs["pvd:chainepvd"]
    assert os.path.basename(model["values"]["geopackage"]) == SAMPLE_FILE and model["invalid"] is None
    assert model["values"]["cout_fixe"] == 1000.0  # the fixed cost per connection, shown
    # nothing to guess for an importer: its file stays to be chosen
    assert dialogs["pvd:importopendata"]["invalid"] == "INPUT"


def test_overlap_and_shared_trench_routing_run_as_in_the_dialog_without_error(session):
    overlap = session["runs"]["pvd:overlapanalysis"]
    assert overlap["ok"] and overlap["errors"] == []
    assert len(overlap["loaded"]) == 2  # the overlap layer and the summary table, nothing else
    routes = session["runs"]["pvd:connectionroutes"]
    assert routes["ok"] and routes["errors"] == []
    assert len(routes["loaded"]) == 2  # the routes and the trench network
    assert any(line.startswith("25 tracé(s) ok") for line in routes["infos"]), routes["infos"]


def test_log_lines_write_numbers_the_french_way(session):
    infos = session["runs"]["pvd:connectionroutes"]["infos"]
    area = next(line for line in infos if line.startswith("Zone de recherche"))
    # 300 m margin, 2 m cells (set for speed): over a million cells, grouped by thousands
    assert "300 m autour" in area and "cellules de 2 m" in area
    cells = re.search(r"demandes, ([\d\u202f]+) cellules", area).group(1)
    assert re.fullmatch(r"\d{1,3}(\u202f\d{3})+", cells) and int(cells.replace(NNBSP, "")) > 1000000
    saving = next(line for line in infos if line.startswith("Total avec tranchées mutualisées"))
    # "Total avec tranchées mutualisées : 52 357 € ; économie de 54 283 € (50,9 %)."
    assert re.search(r"\d{{2,3}}{0}\d{{3}} € ; économie de \d{{2,3}}{0}\d{{3}} € \(\d+,\d %\)".format(NNBSP),
                     saving), saving


def test_route_dialog_shows_the_essentials_first_and_numbers_with_sensible_decimals(session):
    parameters = {item["name"]: item for item in session["dialogs"]["pvd:connectionroutes"]["parameters"]}
    essential = [name for name, item in parameters.items() if not item["advanced"]]
    assert essential == ["TARGETS", "TARGET_ID_FIELD", "SOURCES", "SURFACES", "SURFACE_COST_FIELD", "BARRIERS",
                         "PENALTY_ZONES", "SHARED_TRENCHES", "OUTPUT", "OUTPUT_NETWORK"]
    # "300 m", "0 €" as whole numbers, "100,00 €/m" with cents (not QGIS's "100,000000")
    assert [parameters[name]["decimals"] for name in ("MARGIN", "FIXED_COST", "DEFAULT_COST")] == [0, 0, 2]
    assert all(item["decimals"] is not None for item in parameters.values() if "integer" in item
               and not item["integer"])


def test_outputs_are_named_distinctly_in_french(session):
    assert session["runs"]["pvd:connectionroutes"]["loaded"] == ["Réseau de tranchées",
                                                                 "Tracés de raccordement (mutualisés)"]
    assert session["runs"]["pvd:overlapanalysis"]["loaded"] == ["Recouvrement — Travaux de raccordement",
                                                                "Synthèse par couche de superposition"]


def test_help_panels_speak_plain_french_without_parameter_codes(session):
    for algorithm_id in PLAIN_HELP:
        text = session["dialogs"][algorithm_id]["help"]
        assert "Exemple" in text, algorithm_id
        # INSEE (the institute), ORT and PDA (the perimeters) are words of the help, not only codes
        codes = [item["name"] for item in session["dialogs"][algorithm_id]["parameters"]
                 if item["name"] not in ("INSEE", "ORT", "PDA")]
        assert [code for code in codes if re.search(r"\b{}\b".format(code), text)] == [], algorithm_id
        # other tools are named in the offline page's technical section only
        assert not re.search(r"pvd:|r\.cost|MCP_Geometric|ArcGIS", text), algorithm_id
    routes = session["dialogs"]["pvd:connectionroutes"]["help"]
    assert "€/m" in routes and "30 m" in routes  # units and the branchement threshold, in plain words


def test_output_fields_keep_their_names_and_read_french_in_the_attribute_table(session):
    routes = session["runs"]["pvd:connectionroutes"]["aliases"]["Tracés de raccordement (mutualisés)"]
    assert routes["target_id"] == "Demande" and routes["total_eur"] == "Coût total (€)"
    assert routes["part_demandeur_eur"] == "Part du demandeur (€)" and routes["status"] == "Statut"
    overlap = session["runs"]["pvd:overlapanalysis"]["aliases"]["Recouvrement — Travaux de raccordement"]
    # the zone layer's title names its fields: ort_perimetres_len reads "Périmètres ORT — longueur …"
    long_names = {name: alias for name, alias in overlap.items() if name.endswith("_len")}
    assert "Périmètres ORT — longueur à l'intérieur (m)" in long_names.values(), long_names


def test_the_report_offers_the_communes_of_the_geopackage(session):
    choices = session["dialogs"]["pvd:report"]["commune_choices"]
    assert choices[0] == "Toutes les communes"
    assert "Trévières (14711)" in choices and "Isigny-sur-Mer (14342)" in choices and len(choices) == 6
    assert session["dialogs"]["pvd:report"]["values"]["COMMUNES"] == ""  # all, as scripts give it


def test_the_menu_zooms_to_a_commune(session):
    zoom = session["zoom"]
    assert zoom["text"] == "Zoomer sur une commune"
    assert len(zoom["offered"]) == 5 and "Trévières (14711)" in zoom["offered"]
    xmin, ymin, xmax, ymax = zoom["extent"]
    # Trévières' town centre (about -0.904, 49.309) is near 416 000, 6 919 000 in Lambert-93
    assert xmin < 416000 < xmax and ymin < 6919000 < ymax and xmax - xmin < 20000


def test_the_loader_says_how_many_layers_it_added(session):
    first, again = session["load_messages"]
    assert first == ["18 couche(s) ajoutée(s) depuis pvd_isigny_omaha.gpkg."]
    assert again == ["Les couches de pvd_isigny_omaha.gpkg sont déjà dans le projet : aucune ajoutée."]
    assert session["crs"] == "EPSG:2154"
    # QGIS's shortcut manager puts the tooltip in bold and cuts out any "(…)"
    assert session["load_tooltip"] == ("<b>Charge les couches d'un GeoPackage PVD, groupées et stylées ; le "
                                       "GeoPackage d'exemple est proposé d'abord</b>")


def test_the_report_run_from_the_window_opens_its_pdf_and_links_it(session):
    report = session["runs"]["pvd:report"]
    assert report["ok"] and report["errors"] == [] and report["written"]
    assert report["opened"] == [report["output"]]
    assert any("file://" in line and line.endswith("rapport_trevieres.pdf.") for line in report["infos"]), \
        report["infos"]
    # "Trévières — Tracés de raccordement : 3 demandes (dont 1 sur le réseau …)": French, every request
    figures = next(line for line in report["infos"] if line.startswith("Trévières — "))
    assert re.search(r"Tracés de raccordement : \d+ demandes \(dont \d+ sur le réseau", figures), figures


def test_the_model_is_in_the_menu_and_the_toolbox(session):
    assert session["dialogs"]["pvd:chainepvd"]["title"].startswith("Chaîne PVD complète")
    assert session["menu"]["pvd_action_chainepvd"] == "Chaîne PVD complète"
    assert session["menu"]["pvd_action_zoom_commune"] == "Zoomer sur une commune"
