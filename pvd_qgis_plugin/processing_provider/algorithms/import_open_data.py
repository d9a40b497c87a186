"""pvd:importopendata: described once, by its shortHelpString() and technical_help() below."""
import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ...core.defaults import DEFAULT_SIDEWALK_WIDTH_M
from ...i18n import localized
from ..base import PvdAlgorithm
from ..qgis_io import QVARIANT_TYPES, write_features

WKB_TYPES = {"Point": QgsWkbTypes.Point, "MultiLineString": QgsWkbTypes.MultiLineString,
             "MultiPolygon": QgsWkbTypes.MultiPolygon, None: QgsWkbTypes.NoGeometry}


class ImportOpenDataAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "importopendata"
    GROUP_ID = "data"
    REQUIRES = ("numpy", "shapely", "fiona", "pyproj")

    INPUT = "INPUT"
    FORMAT = "FORMAT"
    INSEE = "INSEE"
    SIDEWALK_WIDTH = "SIDEWALK_WIDTH"
    OUTPUT = "OUTPUT"

    def format_names(self):
        return [
            self.tr("Enedis postes électriques (CSV ';' with \"Geo Point\", GeoJSON)"),
            self.tr("Enedis réseau BT/HTA (GeoJSON, shapefile)"),
            self.tr("Mérimée monuments historiques (CSV, GeoJSON)"),
            self.tr("CNIG SUP assiettes AC1/AC2/AC4 (shapefile, GeoJSON)"),
            self.tr("ANCT liste PVD / ORT (CSV)"),
            self.tr("BD TOPO tronçons de route (GeoPackage, shapefile)"),
            self.tr("Enedis consommation annuelle par adresse (CSV ';')"),
            self.tr("Enedis consommation électrique par IRIS et secteur d'activité (CSV ';')"),
            self.tr("GPU SUP AC1 monuments (assiettes equal to the generator: footprints)"),
            self.tr("Etalab cadastre parcelles (cadastre-<code>-parcelles.json, .json.gz)"),
            self.tr("Etalab cadastre bâtiments (cadastre-<code>-batiments.json, .json.gz)"),
            self.tr("BD TOPO bâtiments (GeoPackage, shapefile)"),
            self.tr("Base Adresse Nationale adresses (CSV ';', .csv.gz)"),
            self.tr("IGN Admin Express communes (shapefile, GeoPackage)"),
            self.tr("INSEE Filosofi carreaux 200 m (CSV, GeoPackage, Géoplateforme WFS GeoJSON)"),
            self.tr("ADEME DPE logements existants / neufs (CSV, API JSON)"),
        ]

    def displayName(self):
        return self.tr("Import open data")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr(
                "Reads a French open-data file (Enedis substations, lines and consumption, Mérimée "
                "monuments, CNIG servitudes, ANCT lists of PVD towns and ORT, BD TOPO roads) into a layer "
                "of the PVD data model, in Lambert-93, keeping the source's attributes."),
            self.tr(
                "Choose the file and its format; optionally the INSEE codes of the communes to keep "
                "(their delegated communes are kept too). A file that lacks a column its format needs "
                "stops with a message naming the column."),
            self.tr(
                "Example: the poste-electrique.csv file of the Enedis open-data portal, format Enedis "
                "postes électriques, communes 14035, 14312, 14342, 14370, 14711: the HTA/BT substations "
                "of the five communes."),
        ))

    def technical_help(self):
        text = self.tr(
            "Reads a French open-data file into a layer of the PVD data model, in EPSG:2154, "
            "keeping the source's attributes after the model's fields.\n\n"
            "FORMAT and the layer it gives:\n"
            "- Enedis postes électriques (poste-electrique: CSV separated by ';' with the column "
            "\"Geo Point\" = \"lat,lon\", or GeoJSON) → postes_hta_bt. Enedis publishes no id, name or "
            "power: id_poste is generated from the commune and the position (stable from one "
            "download to the next), type_poste and puissance_kva stay empty.\n"
            "- Enedis réseau BT/HTA (reseau-bt, reseau-souterrain-bt, reseau-hta, "
            "reseau-souterrain-hta: GeoJSON or shapefile) → reseau_bt or reseau_hta; BT/HTA and the "
            "pose come from the file name (or a 'tension' field).\n"
            "- Mérimée monuments historiques (CSV ';' or GeoJSON; coordonnees_au_format_wgs84 as "
            "{\"lat\": .., \"lon\": ..} or \"lat, lon\") → monuments_historiques.\n"
            "- CNIG SUP assiettes (surfaces; AC1_ASSIETTE_SUP_S…, or GPU lower-case fields): AC1 → "
            "abords_mh (facteur 1.3), AC2 sites (1.3) and AC4 SPR (1.5) → spr.\n"
            "- ANCT liste PVD (insee_com, lib_com, id_pvd, date_signature) or liste ORT (Code "
            "commune, Commune, Signée ?, Si signée, date de signature), dates YYYY-MM-DD or "
            "DD/MM/YYYY → a table (no geometry) in the ort_perimetres schema.\n"
            "- BD TOPO troncon_de_route → espaces_publics: roadway surfaces largeur_de_chaussee wide "
            "(or a width by nature), classe chaussee or non_revetu, cout_m the middle of the "
            "placeholder range (€/m).\n\n"
            "INSEE: optional commune codes separated by commas or spaces (e.g. 14035, 14342); rows of "
            "their delegated communes (Vaubadon 14727, Castilly 14142 …) are kept and given the "
            "current commune's code.\n\n"
            "A file without a field the format needs stops with a message naming the file, the "
            "field and the format expected.")
        consumption = self.tr(
            "- Enedis consommation annuelle par adresse (consommation-annuelle-residentielle-par-adresse, "
            "CSV ';') and Enedis consommation par IRIS et secteur d'activité "
            "(consommation-electrique-par-secteurs-dactivite, CSV ';') → consommation_electrique: one "
            "point per address or IRIS, year and sector with conso_mwh and nb_sites. The per-address file "
            "as published has no coordinates: its records are kept without geometry (geocode the file "
            "first, or aggregate per IRIS); the per-IRIS file is placed at the IRIS centroid.")
        sup = self.tr(
            "- GPU servitudes: INPUT may be one assiette file, or the folder or zip of the CNIG SUP package "
            "as downloaded from the Géoportail de l'urbanisme (2016 CamelCase or 2019 lower-case fields), or "
            "an API Carto GPU answer (GeoJSON). AC1 assiettes 'Egal au générateur' are the monuments' own "
            "footprints: the CNIG SUP format leaves them out of abords_mh, and the GPU SUP AC1 monuments "
            "format turns them into monuments_historiques points (protection from the generator table, "
            "name from the servitude table, commune from the generator's ADRESSE). 'Zone tampon' and "
            "'Périmètre des abords' give abords_mh with pda = 0; 'Périmètre délimité des abords' gives "
            "abords_mh with pda = 1.")
        more = self.tr(
            "- BD TOPO troncon_de_route also gives, along urban streets (urbain), a sidewalk strip on each "
            "side (classe trottoir, SIDEWALK_WIDTH metres wide, never over a roadway), so that trench "
            "routes follow the sidewalks.\n"
            "- Etalab cadastre parcelles (cadastre-<code>-parcelles.json or .json.gz, per commune or "
            "department) → parcelles (id = IDU, commune, prefixe, section, numero, contenance_m2); "
            "cadastre bâtiments → batiments (no height).\n"
            "- BD TOPO batiment → batiments with usage (usage_1) and hauteur_m (hauteur, m). The table has "
            "no commune code: insee stays empty here (pvd:preparecommune gives it from the commune outlines).\n"
            "- Base Adresse Nationale adresses-<dept>.csv or .csv.gz → adresses.\n"
            "- IGN Admin Express COMMUNE (shapefile INSEE_COM, NOM or GeoPackage code_insee, nom_officiel) "
            "→ communes.\n"
            "- Mérimée: the national export separated by '|' (Date_et_typologie_de_la_protection such as "
            "\"1977/12/30 : inscrit MH ; 2013/05/16 : classé MH\" gives classe, 2013-05-16) is read too.\n"
            "- Enedis réseau: the CSV exports with the 'Geo Shape' column (field names or labels) are read too.\n"
            "National and department files are read once, streamed and filtered by INSEE code.")
        energy = self.tr(
            "- INSEE Filosofi carreaux 200 m (the INSEE download: Idcar_200m, Ind, Men, Men_pauv, Ind_snv, "
            "Log_av45 …, as a CSV with the cell id only or a GeoPackage; or the Géoplateforme WFS layer in "
            "lower case with id_inspire) → carreaux_filosofi. Without geometry, each cell is rebuilt from its "
            "id CRS3035RES200mN<y>E<x>: the 200 m square whose lower-left corner is (E, N) in EPSG:3035.\n"
            "- ADEME DPE logements existants / neufs (the CSV export with its 200+ columns: N°DPE, "
            "Etiquette_DPE, Date_établissement_DPE, Coordonnée_cartographique_X_(BAN) …, Lambert-93; or the "
            "API's JSON answer with _geopoint) → dpe points; a DPE without an energy label A–G is left out.")
        details = self.tr(
            "Output fields: the model layer's fields, then the source's attributes under plain lower-case "
            "names (prefixed src_ on a clash). Rows whose position is impossible are left out and listed by "
            "row number (the header being row 1) or feature id, one warning per reason: not finite or "
            "beyond ±90° / ±180°, latitude and longitude swapped (a Calvados point written -0.84, 49.18), "
            "outside France (the bounding boxes of metropolitan France, Corsica and the overseas "
            "departments and collectivities). A shapefile without its .prj is refused, unless every "
            "coordinate is a longitude/latitude in France (then read as EPSG:4326, with a warning). CSV "
            "files are decoded as UTF-8 (with or without BOM), Windows-1252/Latin-1 or UTF-16, decided per "
            "file; a stray non-UTF-8 row is decoded alone and named in the log. Numbers are read the French "
            "way too (12,5 = 12.5; 1 026,95); a value that is not a number is called unreadable in the log, "
            "with its field and rows, never read as 0.") + "\n\n" + self.tr(
            "Filosofi fields read: Idcar_200m, Ind, Men, Men_pauv, Men_prop, Men_surf, Log_av45, Log_45_70, "
            "Log_70_90, Log_ap90, Ind_snv, I_est_200, lcog_geo; the Géoplateforme layer carreaux_200m has "
            "them in lower case with id_inspire, depcom and extra *_div_* fields, as GeoJSON in EPSG:4326. "
            "The lower-left corner is the convention of the Géoplateforme's own geometries, checked on a "
            "real extract. DPE: the CSV export is UTF-8 with a BOM and quoted columns (N°DPE, "
            "Etiquette_DPE, Date_établissement_DPE, Type_bâtiment, Surface_habitable_logement, "
            "Code_INSEE_(BAN), Coordonnée_cartographique_X_(BAN) and _Y_(BAN) in Lambert-93, "
            "Type_énergie_principale_chauffage …); the API's JSON answer is {\"total\", \"next\", "
            "\"results\"} with lower-case names and _geopoint \"lat,lon\". DPE without a label A–G are "
            "counted in the log; DPE without a position are kept without geometry.")
        return text + "\n" + consumption + "\n" + sup + "\n" + more + "\n" + energy + "\n\n" + details + \
            "\n\n" + self.tr(
            "Example: INPUT = poste-electrique.csv downloaded from the Enedis open-data portal, FORMAT = "
            "Enedis postes électriques, INSEE = 14035, 14312, 14342, 14370, 14711: the HTA/BT substations of "
            "the five communes (delegated communes included) in the postes_hta_bt schema.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:importopendata -- INPUT=poste-electrique.csv FORMAT=0 INSEE=14035,14342 OUTPUT=/tmp/postes.gpkg
qgis_process.bin run pvd:importopendata -- INPUT=carreaux_200m_met.csv FORMAT=14 OUTPUT=/tmp/carreaux.gpkg
qgis_process.bin run pvd:importopendata -- INPUT=dpe-v2-logements-existants.csv FORMAT=15 INSEE=14342 OUTPUT=/tmp/dpe.gpkg"""),
        ("python", r"""processing.run("pvd:importopendata", {"INPUT": "merimee.csv", "FORMAT": 2, "INSEE": "14035 14342",
                                      "OUTPUT": "/tmp/monuments.gpkg"})"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("Open-data file")))
        self.addParameter(QgsProcessingParameterEnum(self.FORMAT, self.tr("Format"), self.format_names(),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.INSEE, self.tr("INSEE codes of the communes to keep (empty: all)"), optional=True))
        width = QgsProcessingParameterNumber(
            self.SIDEWALK_WIDTH, self.tr("Sidewalk width along urban streets (BD TOPO tronçons, m)"),
            QgsProcessingParameterNumber.Double, defaultValue=DEFAULT_SIDEWALK_WIDTH_M, minValue=0.0)
        width.setFlags(width.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(width)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Imported layer"), QgsProcessing.TypeVectorAnyGeometry))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.opendata import FORMATS, import_open_data

        path = self.parameterAsFile(parameters, self.INPUT, context)
        data_format = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        text = self.parameterAsString(parameters, self.INSEE, context) or ""
        communes = [code for code in re.split(r"[\s,;]+", text) if code]
        bad = [code for code in communes if not re.match(r"^(\d{5}|2[AB]\d{3})$", code)]
        if bad:
            raise QgsProcessingException(self.tr("Not an INSEE commune code: {}").format(", ".join(bad)))
        options = {"sidewalk_width": self.parameterAsDouble(parameters, self.SIDEWALK_WIDTH, context)} \
            if data_format == "bdtopo_routes" else {}
        result = import_open_data(path, data_format, communes or None, self.progress_callback(feedback, 0, 80),
                                  **options)
        for warning in result.warnings:
            feedback.pushWarning(localized(warning))

        fields = QgsFields()
        date_columns = []
        for index, (name, kind) in enumerate(result.fields):
            fields.append(QgsField(name, QVARIANT_TYPES[kind]))
            if kind == "date":
                date_columns.append(index)
        rows = []
        for row in result.rows:
            row = list(row)
            for index in date_columns:
                row[index] = QDate.fromString(row[index], "yyyy-MM-dd") if row[index] else None
            rows.append(row)
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, fields,
                                           WKB_TYPES[result.geometry_type], QgsCoordinateReferenceSystem("EPSG:2154"))
        write_features(sink, fields, result.geometries, rows, feedback,
                       multi=result.geometry_type not in (None, "Point"))
        feedback.pushInfo(self.tr("{0} feature(s) imported into the model layer '{1}'.").format(
            len(rows), result.layer))
        return {self.OUTPUT: dest_id}
