"""The PVD data model: the one definition of the GeoPackage layers everyone shares.

A PVD GeoPackage holds the layers below in EPSG:2154 (RGF93 / Lambert-93, metres).
Layer and field names are French: they are the users' vocabulary. The loader, the
sample builder, the validator, the importers and ``docs/data-model.md`` all read
this module; nothing else defines a layer or a field.

Pure Python: no QGIS import.
"""
from collections import namedtuple

from .defaults import RELATIONS
from .messages import N_

CRS = "EPSG:2154"
CRS_NAME = "RGF93 v1 / Lambert-93"

# Field types, as GeoPackage stores them.
STRING = "string"
INTEGER = "integer"
REAL = "real"
DATE = "date"

# Geometry types (always the multi type for lines and polygons).
POINT = "Point"
MULTILINESTRING = "MultiLineString"
MULTIPOLYGON = "MultiPolygon"

# Thematic groups of the layer tree, top to bottom in the "Petites villes de demain" group.
GROUP_WORKS = "Travaux"
GROUP_NETWORK = "Réseau Enedis"
GROUP_PUBLIC_SPACE = "Espaces publics et patrimoine"
GROUP_PERIMETERS = "Périmètres"
GROUP_HOUSING = "Habitat et énergie"
GROUPS = (GROUP_WORKS, GROUP_NETWORK, GROUP_PUBLIC_SPACE, GROUP_HOUSING, GROUP_PERIMETERS)
ROOT_GROUP = "Petites villes de demain"

Field = namedtuple("Field", "name type description unit allowed required")
Field.__new__.__defaults__ = (None, None, False)
Field.__doc__ = """One attribute: name, type (string/integer/real/date), English description,
unit (None when unitless), allowed values (tuple, or None for free values) and whether a
value is required (not null)."""

Layer = namedtuple("Layer", "name title geometry group order id_field description fields")
Layer.__doc__ = """One layer: name (GeoPackage table), French title (layer tree), geometry type,
thematic group, drawing order (1 = drawn on top), identifier field, English description and
fields. Its QML style is ``resources/styles/<name>.qml``."""

PROTECTIONS = ("classe", "inscrit")
POSES = ("aerien", "souterrain")
STATUTS = ("realise", "prevu")
SURFACE_CLASSES = ("chaussee", "trottoir", "place", "espace_vert", "parking", "pavage_patrimonial", "non_revetu")
SUBSTATION_TYPES = ("cabine_haute", "poste_au_sol", "poste_sur_poteau")
WORK_NATURES = ("branchement", "extension", "renforcement")
REQUEST_USES = ("logement", "commerce", "borne_recharge", "photovoltaique", "equipement_public")
CONSUMPTION_SECTORS = ("residentiel", "tertiaire", "industriel", "agriculture", "non_affecte")
LOCATION_PRECISIONS = ("exacte", "approximative")
DPE_LABELS = ("A", "B", "C", "D", "E", "F", "G")
DPE_BUILDING_TYPES = ("maison", "appartement", "immeuble")
DPE_ORIGINS = ("existant", "neuf")

# Trench unit cost ranges by surface class, €/m (DOMAIN placeholders, configurable by users).
TRENCH_COST_RANGES = {
    "non_revetu": (30.0, 60.0),
    "espace_vert": (30.0, 60.0),
    "trottoir": (80.0, 150.0),
    "parking": (100.0, 200.0),
    "chaussee": (120.0, 250.0),
    "place": (150.0, 300.0),
    "pavage_patrimonial": (250.0, 500.0),
}

INSEE = Field("insee", STRING, "INSEE code of the commune (5 characters)", required=True)

LAYERS = (
    Layer("demandes_raccordement", "Demandes de raccordement", POINT, GROUP_WORKS, 1, "id_demande",
          "New connection requests to the electricity network (demandes de raccordement).", (
              Field("id_demande", STRING, "Request identifier", required=True),
              Field("usage", STRING, "What the connection is for", allowed=REQUEST_USES, required=True),
              Field("puissance_kva", REAL, "Requested power", unit="kVA", required=True),
              INSEE,
              Field("date_demande", DATE, "Date of the request"),
          )),
    Layer("travaux_raccordement", "Travaux de raccordement", MULTILINESTRING, GROUP_WORKS, 2, "id_travaux",
          "Electricity connection works (travaux de raccordement), done or planned.", (
              Field("id_travaux", STRING, "Works identifier", required=True),
              Field("nature", STRING, "branchement (service connection), extension (new network), "
                    "renforcement (reinforcement)", allowed=WORK_NATURES, required=True),
              Field("statut", STRING, "realise (done) or prevu (planned)", allowed=STATUTS, required=True),
              Field("date_debut", DATE, "Start date"),
              Field("date_fin", DATE, "End date (not before date_debut)"),
              Field("cout_eur", REAL, "Cost of the works", unit="€"),
              Field("longueur_m", REAL, "Trench length", unit="m"),
              INSEE,
          )),
    Layer("projets_espaces_publics", "Projets d'espaces publics", MULTIPOLYGON, GROUP_WORKS, 3, "id_projet",
          "Public-space works of the ORT (done or planned) with their calendar.", (
              Field("id_projet", STRING, "Project identifier", required=True),
              Field("nom", STRING, "Project name", required=True),
              INSEE,
              Field("action_ort", STRING, "ORT fiche action the project belongs to"),
              Field("statut", STRING, "realise (done) or prevu (planned)", allowed=STATUTS, required=True),
              Field("date_debut", DATE, "Start date"),
              Field("date_fin", DATE, "End date (not before date_debut)"),
          )),
    Layer("postes_hta_bt", "Postes HTA/BT", POINT, GROUP_NETWORK, 4, "id_poste",
          "HTA/BT transformer substations (postes de distribution publique).", (
              Field("id_poste", STRING, "Substation identifier", required=True),
              Field("nom", STRING, "Substation name"),
              Field("type_poste", STRING, "cabine_haute (tower substation), poste_au_sol (ground-level "
                    "substation), poste_sur_poteau (pole-mounted)", allowed=SUBSTATION_TYPES, required=True),
              Field("puissance_kva", REAL, "Rated power of the transformer", unit="kVA"),
              INSEE,
          )),
    Layer("consommation_electrique", "Consommation électrique", POINT, GROUP_NETWORK, 7, "id_conso",
          "Annual electricity consumption points (Enedis open data per address or per IRIS, or synthetic).", (
              Field("id_conso", STRING, "Consumption record identifier (stable across imports)", required=True),
              Field("annee", INTEGER, "Year of the consumption", required=True),
              Field("secteur", STRING, "Sector of activity", allowed=CONSUMPTION_SECTORS, required=True),
              Field("conso_mwh", REAL, "Annual consumption", unit="MWh", required=True),
              Field("nb_sites", INTEGER, "Number of sites (delivery points, dwellings) aggregated", required=True),
              INSEE,
              Field("code_iris", STRING, "IRIS code (INSEE statistical area)"),
              Field("adresse", STRING, "Address or label of the point"),
          )),
    Layer("reseau_bt", "Réseau BT", MULTILINESTRING, GROUP_NETWORK, 5, "id_troncon",
          "Low-voltage (BT, 400 V) distribution lines.", (
              Field("id_troncon", STRING, "Section identifier", required=True),
              Field("pose", STRING, "aerien (overhead) or souterrain (underground)", allowed=POSES, required=True),
              Field("id_poste", STRING, "Substation feeding the section (postes_hta_bt.id_poste)"),
              INSEE,
          )),
    Layer("reseau_hta", "Réseau HTA", MULTILINESTRING, GROUP_NETWORK, 6, "id_troncon",
          "Medium-voltage (HTA, 20 kV) feeders.", (
              Field("id_troncon", STRING, "Section identifier", required=True),
              Field("pose", STRING, "aerien (overhead) or souterrain (underground)", allowed=POSES, required=True),
              INSEE,
          )),
    Layer("adresses", "Adresses", POINT, GROUP_PUBLIC_SPACE, 8, "id",
          "Addresses of the Base Adresse Nationale (BAN).", (
              Field("id", STRING, "BAN address key (cle_interop: INSEE_FANTOIR_numero_rep)", required=True),
              Field("numero", INTEGER, "House number"),
              Field("rep", STRING, "Repetition index (bis, ter, a …)"),
              Field("nom_voie", STRING, "Street name", required=True),
              INSEE,
              Field("code_postal", STRING, "Postcode"),
              Field("nom_commune", STRING, "Commune name"),
              Field("cad_parcelles", STRING, "Cadastre parcels of the address (IDU, '|'-separated)"),
          )),
    Layer("monuments_historiques", "Monuments historiques", POINT, GROUP_PUBLIC_SPACE, 9, "id_mh",
          "Protected monuments (monuments historiques, Mérimée list).", (
              Field("id_mh", STRING, "Monument identifier", required=True),
              Field("nom", STRING, "Monument name", required=True),
              INSEE,
              Field("protection", STRING, "classe (classé) or inscrit", allowed=PROTECTIONS, required=True),
              Field("date_protection", DATE, "Date of the protection decree (null when only the year is known)"),
              Field("annee_protection", INTEGER, "Year of the protection decree"),
              Field("localisation", STRING, "How exact the point is", allowed=LOCATION_PRECISIONS),
          )),
    Layer("batiments", "Bâtiments", MULTIPOLYGON, GROUP_PUBLIC_SPACE, 10, "id_bat",
          "Buildings: obstacles for trenches.", (
              Field("id_bat", STRING, "Building identifier", required=True),
              INSEE,
              Field("usage", STRING, "Main use (logement, commerce, equipement, annexe ...)"),
              Field("hauteur_m", REAL, "Height", unit="m"),
          )),
    Layer("espaces_publics", "Espaces publics", MULTIPOLYGON, GROUP_PUBLIC_SPACE, 11, "id_ep",
          "Public-space surfaces with the unit cost of a trench across them.", (
              Field("id_ep", STRING, "Surface identifier", required=True),
              Field("nom", STRING, "Street or place name"),
              INSEE,
              Field("classe", STRING, "Surface class", allowed=SURFACE_CLASSES, required=True),
              Field("cout_m", REAL, "Trench unit cost (open, refill, resurface)", unit="€/m", required=True),
              Field("date_refection", DATE, "Last renovation of the surface (null when unknown)"),
          )),
    Layer("spr", "Sites patrimoniaux remarquables", MULTIPOLYGON, GROUP_PERIMETERS, 14, "id_spr",
          "Sites patrimoniaux remarquables (SPR, CNIG SUP AC4).", (
              Field("id_spr", STRING, "SPR identifier", required=True),
              Field("nom", STRING, "SPR name", required=True),
              INSEE,
              Field("facteur", REAL, "Cost multiplier for works inside", unit="×", required=True),
          )),
    Layer("abords_mh", "Abords des monuments historiques", MULTIPOLYGON, GROUP_PERIMETERS, 15, "id_mh",
          "Abords of monuments historiques (500 m without a PDA, CNIG SUP AC1).", (
              Field("id_mh", STRING, "Monument identifier (monuments_historiques.id_mh)", required=True),
              Field("nom", STRING, "Monument name", required=True),
              Field("rayon_m", REAL, "Radius of the abords", unit="m"),
              Field("facteur", REAL, "Cost multiplier for works inside", unit="×", required=True),
              Field("pda", INTEGER, "1 for a périmètre délimité des abords (PDA, replaces the 500 m zone), "
                    "0 for the 500 m zone"),
          )),
    Layer("ort_perimetres", "Périmètres ORT", MULTIPOLYGON, GROUP_PERIMETERS, 16, "id_ort",
          "Intervention sectors of the ORT (opération de revitalisation de territoire).", (
              Field("id_ort", STRING, "Perimeter identifier", required=True),
              Field("nom", STRING, "Sector name", required=True),
              INSEE,
              Field("date_signature", DATE, "Signature date of the ORT convention"),
          )),
    Layer("parcelles", "Parcelles cadastrales", MULTIPOLYGON, GROUP_PERIMETERS, 17, "id",
          "Cadastre parcels (Etalab cadastre, PCI vecteur).", (
              Field("id", STRING, "Parcel identifier (IDU: commune, prefixe, section, numero)", required=True),
              Field("commune", STRING, "INSEE code of the commune (5 characters)", required=True),
              Field("prefixe", STRING, "Prefix (code of the former commune, 000 when none)"),
              Field("section", STRING, "Cadastre section"),
              Field("numero", STRING, "Parcel number in the section"),
              Field("contenance_m2", REAL, "Legal area (contenance) of the parcel", unit="m²"),
          )),
    Layer("communes", "Communes", MULTIPOLYGON, GROUP_PERIMETERS, 18, "insee",
          "The PVD communes.", (
              Field("insee", STRING, "INSEE code of the commune (5 characters)", required=True),
              Field("nom", STRING, "Commune name", required=True),
          )),
    Layer("dpe", "Diagnostics de performance énergétique", POINT, GROUP_HOUSING, 12, "numero_dpe",
          "Energy performance diagnostics of dwellings (DPE, ADEME open data), at their BAN address.", (
              Field("numero_dpe", STRING, "DPE number (N°DPE)", required=True),
              Field("etiquette_dpe", STRING, "Energy label, A (best) to G; F and G are the passoires thermiques "
                    "(energy sieves)", allowed=DPE_LABELS, required=True),
              Field("etiquette_ges", STRING, "Greenhouse-gas label, A to G", allowed=DPE_LABELS),
              Field("date_etablissement", DATE, "Date the DPE was drawn up"),
              Field("type_batiment", STRING, "maison (house), appartement (flat) or immeuble (whole building)",
                    allowed=DPE_BUILDING_TYPES),
              Field("surface_habitable_m2", REAL, "Living area of the dwelling", unit="m²"),
              Field("energie_chauffage", STRING, "Energy of the main heating, as the DPE names it (Électricité, "
                    "Gaz naturel, Fioul domestique, Bois …)"),
              Field("annee_construction", INTEGER, "Year of construction (null when the DPE does not give it)"),
              Field("conso_ep_m2", REAL, "Primary energy use for the 5 uses", unit="kWh/m²/year"),
              Field("origine", STRING, "existant (existing dwellings) or neuf (new dwellings since July 2021)",
                    allowed=DPE_ORIGINS),
              INSEE,
          )),
    Layer("carreaux_filosofi", "Carreaux Filosofi 200 m", MULTIPOLYGON, GROUP_HOUSING, 13, "idcar_200m",
          "INSEE Filosofi 200 m grid cells: households, poverty, income and age of dwellings. Cells of fewer "
          "than 11 households are merged by INSEE before publication.", (
              Field("idcar_200m", STRING, "Cell identifier CRS3035RES200mN<y>E<x> (lower-left corner in "
                    "EPSG:3035)", required=True),
              Field("insee", STRING, "INSEE code of the commune of the cell (the first one when the source "
                    "lists several; null when it gives none)"),
              Field("ind", REAL, "Individuals"),
              Field("men", REAL, "Households", required=True),
              Field("men_pauv", REAL, "Poor households (standard of living under 60 % of the national median)"),
              Field("men_prop", REAL, "Owner-occupier households"),
              Field("men_surf", REAL, "Total living area of the households' dwellings", unit="m²"),
              Field("log_av45", REAL, "Dwellings built before 1945"),
              Field("log_45_70", REAL, "Dwellings built from 1945 to 1969"),
              Field("log_70_90", REAL, "Dwellings built from 1970 to 1989"),
              Field("log_ap90", REAL, "Dwellings built in 1990 or later"),
              Field("ind_snv", REAL, "Sum of the individuals' winsorised standard of living", unit="€"),
              Field("estime", INTEGER, "1 when INSEE estimated the cell's values (I_est_200, i_car_est), else 0"),
          )),
)

LAYERS_BY_NAME = {layer.name: layer for layer in LAYERS}

# Pairs of date fields that must be in order (start, end).
DATE_RANGES = (("date_debut", "date_fin"),)


# --- What the algorithms write ----------------------------------------------------------------
# Their output fields, declared once: the glue writes them, the attribute table shows their
# labels, the report reads them and the tests check them. The names never change (scripts,
# styles and models use them).

BOOLEAN = "boolean"
BIG_INTEGER = "integer64"

Output = namedtuple("Output", "name type label")
Output.__doc__ = """One output field: name, type (as :class:`Field`'s, or boolean, integer64; None when
it is the input field's) and the label the attribute table shows (English, translated; None:
the name is shown)."""


def _fields(typename, *outputs):
    """The outputs in order, also by name: ``ROUTE_FIELDS.total_eur.name == "total_eur"``."""
    return namedtuple(typename, [output.name for output in outputs])(*outputs)


def names(outputs):
    """The names of output fields, in order."""
    return [output.name for output in outputs]


# pvd:connectionroutes: one route per request, and the trench network of shared trenches.
_LENGTH_M = Output("length_m", REAL, N_("Length (m)"))
_COST_EUR = Output("cost_eur", REAL, N_("Trench cost (€)"))
ROUTE_FIELDS = _fields(
    "RouteFields",
    Output("target_id", STRING, N_("Request")),
    Output("source_id", STRING, N_("Network feature reached")),
    _LENGTH_M,
    _COST_EUR,
    Output("total_eur", REAL, N_("Total cost (€)")),
    Output("part_demandeur_eur", REAL, N_("Requester's share (€)")),
    Output("penalty_m", REAL, N_("Length in penalty zones (m)")),
    Output("nature", STRING, N_("Nature of the works")),
    Output("status", STRING, N_("Status")),
    Output("lb_m", REAL, N_("Branchement length (m)")),
    Output("le_m", REAL, N_("Extension length (m)")),
    Output("contribution_branchement_eur", REAL, N_("Contribution: branchement (€)")),
    Output("contribution_extension_eur", REAL, N_("Contribution: extension (€)")),
    Output("contribution_eur", REAL, N_("Requester's contribution (€)")),
)
TRENCH_FIELDS = _fields("TrenchFields", Output("connections", INTEGER, N_("Connections served")), _LENGTH_M, _COST_EUR)

# pvd:overlapanalysis adds, per zone layer, "<prefix>_<suffix>" (see overlap_field): the area
# (polygon input) or length (line input) inside, its share of the feature, the zones touched and
# their names. The labels name the zone layer ("{}").
OVERLAP_SUFFIXES = _fields(
    "OverlapSuffixes",
    Output("area", REAL, N_("{} — area inside (m²)")),
    Output("len", REAL, N_("{} — length inside (m)")),
    Output("pc", REAL, N_("{} — share inside (%)")),
    Output("n", INTEGER, N_("{} — zones touched")),
    Output("noms", STRING, N_("{} — zone names")),
)
OVERLAP_SUMMARY_FIELDS = _fields(
    "OverlapSummaryFields",
    Output("prefix", STRING, N_("Field prefix")),
    Output("source_layer", STRING, N_("Zone layer")),
    Output("n_touched", INTEGER, N_("Features touching it")),
    Output("total", REAL, N_("Total inside")),
    Output("unit", STRING, N_("Unit")),
    Output("share_pc", REAL, N_("Share of the input (%)")),
)


def overlap_field(prefix, suffix):
    """``ort_perimetres_pc``: the field of :data:`OVERLAP_SUFFIXES` ``suffix`` (an Output or its name)
    for the zone layer of ``prefix``."""
    return "{}_{}".format(prefix, getattr(suffix, "name", suffix))


# pvd:tabulateintersection: one row per (zone, class) that meet; "zone" and "class" have the type
# of the input fields, the measure is the area, the length or the number of points of the class.
TABULATE_ZONE = Output("zone", None, None)
TABULATE_CLASS = Output("class", None, None)
TABULATE_MEASURES = _fields(
    "TabulateMeasures", Output("area", REAL, None), Output("length", REAL, None), Output("pnt_count", INTEGER, None))
TABULATE_PERCENTAGE = Output("percentage", REAL, N_("Share of the zone (%)"))

# pvd:validatedata: one row per problem.
VALIDATION_FIELDS = _fields(
    "ValidationFields",
    Output("layer", STRING, N_("Layer")),
    Output("feature_id", BIG_INTEGER, N_("Feature id")),
    Output("field", STRING, N_("Field")),
    Output("problem", STRING, N_("Problem")),
    Output("detail", STRING, N_("Detail")),
)

# pvd:workscoordination: the (work, project or surface) pairs, a summary per project and commune,
# and the works with their CPCE L49 publicity.
COORDINATION_PAIR_FIELDS = _fields(
    "CoordinationPairFields",
    Output("id_travaux", STRING, None),
    Output("id_projet", STRING, None),
    Output("id_surface", STRING, None),
    Output("relation", STRING, None),
    Output("insee", STRING, None),
    Output("longueur_commune_m", REAL, None),
    Output("ecart_jours", INTEGER, None),
    Output("economie_eur", REAL, None),
    Output("cout_unitaire_eur_m", REAL, None),
    Output("debut_travaux", DATE, None),
    Output("fin_travaux", DATE, None),
    Output("debut_projet", DATE, None),
    Output("fin_projet", DATE, None),
    Output("date_refection", DATE, None),
    Output("l49_publicite", BOOLEAN, None),
)
COORDINATION_SUMMARY_FIELDS = _fields(
    "CoordinationSummaryFields",
    Output("insee", STRING, None),
    Output("id_projet", STRING, None),
    *(Output("nb_" + relation, INTEGER, None) for relation in RELATIONS),
    Output("longueur_mutualisable_m", REAL, None),
    Output("economie_eur", REAL, None),
)
COORDINATION_WORKS_FIELDS = _fields(
    "CoordinationWorksFields",
    Output("id_travaux", STRING, None),
    Output("insee", STRING, None),
    Output("longueur_m", REAL, None),
    Output("agglomeration", BOOLEAN, None),
    Output("l49_publicite", BOOLEAN, None),
)

# pvd:substationpriority: the points of each criterion (defaults.PRIORITY_CRITERIA, in order), the
# score and the rank, after the substations' own fields.
PRIORITY_FIELDS = _fields(
    "PriorityFields",
    Output("pts_ort", REAL, None),
    Output("pts_patrimoine", REAL, None),
    Output("pts_espaces_publics", REAL, None),
    Output("pts_type", REAL, None),
    Output("score", REAL, None),
    Output("rang", INTEGER, None),
)

# pvd:energyprecarity: the figures of each cell or zone, the points of each criterion
# (defaults.PRECARITY_CRITERIA, in order), the index, its rank and what is masked.
PRECARITY_FIGURES = _fields(
    "PrecarityFigures",
    Output("men", REAL, N_("Households")),
    Output("part_men_pauvres_pc", REAL, N_("Poor households (%)")),
    Output("niveau_vie_eur", REAL, N_("Standard of living (€ per person and year)")),
    Output("part_logements_avant_1970_pc", REAL, N_("Dwellings built before 1970 (%)")),
    Output("nb_dpe", INTEGER, N_("Number of DPE")),
    Output("part_dpe_fg_pc", REAL, N_("DPE labelled F or G (%)")),
    Output("part_chauffage_electrique_pc", REAL, N_("Electric heating in the DPE (%)")),
    Output("conso_mwh_par_logement", REAL, N_("Electricity per dwelling (MWh)")),
)
PRECARITY_POINTS = _fields(
    "PrecarityPoints",
    Output("pts_pauvrete", REAL, N_("Points: poverty")),
    Output("pts_niveau_vie", REAL, N_("Points: standard of living")),
    Output("pts_logements_anciens", REAL, N_("Points: old dwellings")),
    Output("pts_passoires", REAL, N_("Points: F/G labels")),
    Output("pts_chauffage_electrique", REAL, N_("Points: electric heating")),
    Output("pts_consommation", REAL, N_("Points: consumption")),
)
_MASQUE = Output("masque", STRING, N_("Masked figures"))
PRECARITY_FIELDS = _fields(
    "PrecarityFields", *PRECARITY_FIGURES, *PRECARITY_POINTS, Output("indice", REAL, N_("Energy precarity index")),
    Output("rang", INTEGER, None), _MASQUE)

# pvd:renovationeffect: per works zone, the years compared, the figures of the zone and of the rest
# of its communes (temoin), the effect and what is masked.
RENOVATION_YEARS = _fields(
    "RenovationYears", Output("annee_avant", INTEGER, N_("Year before")), Output("annee_apres", INTEGER, N_("Year after")))
RENOVATION_FIGURES = _fields(
    "RenovationFigures",
    Output("sites_avant", INTEGER, N_("Sites before")),
    Output("sites_apres", INTEGER, N_("Sites after")),
    Output("conso_avant_mwh", REAL, N_("Consumption before (MWh)")),
    Output("conso_apres_mwh", REAL, N_("Consumption after (MWh)")),
    Output("evolution_pc", REAL, N_("Change per site (%)")),
    Output("temoin_sites_avant", INTEGER, N_("Comparison group: sites before")),
    Output("temoin_sites_apres", INTEGER, N_("Comparison group: sites after")),
    Output("temoin_conso_avant_mwh", REAL, N_("Comparison group: consumption before (MWh)")),
    Output("temoin_conso_apres_mwh", REAL, N_("Comparison group: consumption after (MWh)")),
    Output("temoin_evolution_pc", REAL, N_("Comparison group: change per site (%)")),
    Output("effet_pts", REAL, N_("Effect of the works (percentage points)")),
)
RENOVATION_FIELDS = _fields("RenovationFields", *RENOVATION_YEARS, *RENOVATION_FIGURES, _MASQUE)

# pvd:consumptionzones: per zone (its own fields first) or grid cell (id_zone first).
CONSUMPTION_ZONE_ID = Output("id_zone", STRING, None)
CONSUMPTION_ZONE_FIELDS = _fields(
    "ConsumptionZoneFields",
    Output("annee", INTEGER, None),
    Output("nb_sites", INTEGER, None),
    Output("conso_mwh", REAL, None),
    Output("mwh_par_site", REAL, None),
    Output("insee", STRING, None),
    Output("part_commune_pct", REAL, None),
    Output("seuil_percentile_mwh", REAL, None),
    Output("au_dessus_percentile", BOOLEAN, None),
    Output("masque", BOOLEAN, None),
    Output("annee_comparaison", INTEGER, None),
    Output("nb_sites_comparaison", INTEGER, None),
    Output("conso_mwh_comparaison", REAL, None),
    Output("masque_comparaison", BOOLEAN, None),
    Output("evolution_mwh", REAL, None),
    Output("evolution_pct", REAL, None),
)

# pvd:selfconsumptionperimeter: the smallest circle holding the participants, the farthest pair,
# each participant and the substations that matter.
SELF_CONSUMPTION_CIRCLE_FIELDS = _fields(
    "SelfConsumptionCircleFields",
    Output("nb_participants", INTEGER, None),
    Output("nb_producteurs", INTEGER, None),
    Output("nb_consommateurs", INTEGER, None),
    Output("centre_x", REAL, None),
    Output("centre_y", REAL, None),
    Output("rayon_m", REAL, None),
    Output("diametre_m", REAL, None),
    Output("distance_max_m", REAL, None),
    Output("limite_m", REAL, None),
    Output("conforme", BOOLEAN, None),
    Output("nb_hors_regle", INTEGER, None),
    Output("nb_postes_cercle", INTEGER, None),
    Output("puissance_kw", REAL, None),
    Output("puissance_max_kw", REAL, None),
    Output("puissance_conforme", BOOLEAN, None),
)
SELF_CONSUMPTION_PAIR_FIELDS = _fields(
    "SelfConsumptionPairFields",
    Output("id_a", STRING, None),
    Output("role_a", STRING, None),
    Output("id_b", STRING, None),
    Output("role_b", STRING, None),
    Output("distance_m", REAL, None),
    Output("limite_m", REAL, None),
    Output("conforme", BOOLEAN, None),
)
SELF_CONSUMPTION_PARTICIPANT_FIELDS = _fields(
    "SelfConsumptionParticipantFields",
    Output("id_participant", STRING, None),
    Output("role", STRING, None),
    Output("dist_max_m", REAL, None),
    Output("nb_hors_distance", INTEGER, None),
    Output("hors_regle", BOOLEAN, None),
    Output("id_poste_proche", STRING, None),
    Output("dist_poste_m", REAL, None),
    Output("classe_densite", INTEGER, None),
)
SELF_CONSUMPTION_SUBSTATION_FIELDS = _fields(
    "SelfConsumptionSubstationFields",
    Output("id_poste", STRING, None),
    Output("dans_cercle", BOOLEAN, None),
    Output("nb_participants", INTEGER, None),
)

# pvd:heritageperimeters: a dissolved zone's monuments, or each monument's fields; then the radius
# (NULL for a PDA) and how the perimeter was drawn. pvd:abfconsultation: the ABF's part and the
# monuments concerned. pvd:heritagevisibility: the surface seen and its share of the disc.
_MONUMENTS = Output("monuments", STRING, None)
HERITAGE_DISSOLVED_FIELDS = _fields(
    "HeritageDissolvedFields", Output("nb_monuments", INTEGER, None), _MONUMENTS)
HERITAGE_FIELDS = _fields("HeritageFields", Output("rayon_m", REAL, None), Output("mode", STRING, None))
ABF_FIELDS = _fields("AbfFields", Output("avis_abf", STRING, None), _MONUMENTS)
VISIBILITY_FIELDS = _fields(
    "VisibilityFields", Output("surface_visible_m2", REAL, None), Output("part_visible", REAL, None))

#: Every declaration of output fields (their labels name them in the attribute table).
OUTPUTS = (ROUTE_FIELDS, TRENCH_FIELDS, OVERLAP_SUMMARY_FIELDS, (TABULATE_ZONE, TABULATE_CLASS), TABULATE_MEASURES,
           (TABULATE_PERCENTAGE,), VALIDATION_FIELDS, COORDINATION_PAIR_FIELDS, COORDINATION_SUMMARY_FIELDS,
           COORDINATION_WORKS_FIELDS, PRIORITY_FIELDS, PRECARITY_FIELDS, RENOVATION_FIELDS,
           (CONSUMPTION_ZONE_ID,), CONSUMPTION_ZONE_FIELDS, SELF_CONSUMPTION_CIRCLE_FIELDS,
           SELF_CONSUMPTION_PAIR_FIELDS, SELF_CONSUMPTION_PARTICIPANT_FIELDS, SELF_CONSUMPTION_SUBSTATION_FIELDS,
           HERITAGE_DISSOLVED_FIELDS, HERITAGE_FIELDS, ABF_FIELDS, VISIBILITY_FIELDS)


def layer(name):
    """The :class:`Layer` called ``name``; KeyError when the model has none."""
    return LAYERS_BY_NAME[name]


def field(layer_name, field_name):
    """The :class:`Field` ``field_name`` of layer ``layer_name``."""
    for item in LAYERS_BY_NAME[layer_name].fields:
        if item.name == field_name:
            return item
    raise KeyError("{}.{}".format(layer_name, field_name))


def field_names(layer_name):
    return [item.name for item in LAYERS_BY_NAME[layer_name].fields]


def style_file(layer_name):
    """Name of the QML style file of a layer, in ``resources/styles/``."""
    return "{}.qml".format(layer_name)


def drawing_order():
    """Layer names from top (drawn last, on top) to bottom."""
    return [item.name for item in sorted(LAYERS, key=lambda item: item.order)]


def layers_in_group(group):
    """Layer names of one thematic group, top to bottom."""
    return [name for name in drawing_order() if LAYERS_BY_NAME[name].group == group]


def is_pvd_table_set(table_names):
    """True when ``table_names`` contains at least one model layer besides ``communes``.

    Used to tell a PVD GeoPackage from an unrelated file.
    """
    names = set(table_names)
    return bool(names & set(LAYERS_BY_NAME)) and bool(names - {"communes"} & set(LAYERS_BY_NAME))


def markdown():
    """The model as Markdown: the content of ``docs/data-model.md``."""
    lines = [
        "# PVD data model",
        "",
        "Generated from `pvd_qgis_plugin/core/model.py` (`python -m pvd_qgis_plugin.core.model`); "
        "a test checks that this file agrees with it.",
        "",
        "A PVD GeoPackage holds the layers below, all in {} ({}), coordinates in metres. "
        "Lines and polygons are stored as multi-geometries. Dates are GeoPackage dates "
        "(`YYYY-MM-DD`). Layer and field names are French (the users' vocabulary).".format(CRS, CRS_NAME),
        "",
        "| layer | title (layer tree) | geometry | group | drawing order | identifier | style |",
        "|---|---|---|---|---|---|---|",
    ]
    for item in LAYERS:
        lines.append("| `{}` | {} | {} | {} | {} | `{}` | `resources/styles/{}` |".format(
            item.name, item.title, item.geometry, item.group, item.order, item.id_field, style_file(item.name)))
    lines += ["", "Drawing order 1 is drawn on top. Groups from top to bottom: {}.".format(", ".join(GROUPS))]
    for item in LAYERS:
        lines += ["", "## `{}` — {}".format(item.name, item.title), "", item.description, "",
                  "Geometry: {}. Group: {}.".format(item.geometry, item.group), "",
                  "| field | type | unit | required | allowed values | description |",
                  "|---|---|---|---|---|---|"]
        for column in item.fields:
            lines.append("| `{}` | {} | {} | {} | {} | {} |".format(
                column.name, column.type, column.unit or "", "yes" if column.required else "",
                ", ".join("`{}`".format(value) for value in column.allowed) if column.allowed else "",
                column.description))
    lines += ["", "## Trench unit cost ranges (€/m, placeholders)", "",
              "| surface class | min | max |", "|---|---|---|"]
    for name, (low, high) in TRENCH_COST_RANGES.items():
        lines.append("| `{}` | {:.0f} | {:.0f} |".format(name, low, high))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
