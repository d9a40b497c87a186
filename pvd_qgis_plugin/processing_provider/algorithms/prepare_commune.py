"""pvd:preparecommune: described once, by its shortHelpString() and technical_help() below."""
import os
import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ...i18n import localized, tr
from ..base import PvdAlgorithm
from ..qgis_io import python_value, read_features


class PrepareCommuneAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "preparecommune"
    GROUP_ID = "data"
    REQUIRES = ("numpy", "shapely", "fiona", "pyproj")

    INSEE = "INSEE"
    FILES = "FILES"
    FOLDER = "FOLDER"
    ORT = "ORT"
    COST_TABLE = "COST_TABLE"
    OUTPUT = "OUTPUT"
    MATCH_RATE = "MATCH_RATE"
    MODEL_INPUTS = {ORT: "ort_perimetres"}

    def displayName(self):
        return self.tr("Prepare the PVD data of a commune")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr("Builds, in one run, the PVD GeoPackage of your commune from the files you download: commune "
                    "outlines (IGN Admin Express), cadastre (Etalab), buildings and roads (IGN BD TOPO), addresses "
                    "(Base Adresse Nationale), monuments (Mérimée) and servitudes (Géoportail de l'urbanisme), the "
                    "Enedis network and consumption, the ANCT lists, INSEE Filosofi and ADEME DPE."),
            self.tr("Give the commune by its INSEE code or its name; each file is recognised from its content, "
                    "whatever its name, and national or department files are read once, filtered on the commune. "
                    "Streets get sidewalk strips so that connection routes follow them; the consumption per address "
                    "is placed through the addresses. The GeoPackage lists every file read in a sources table (rows "
                    "kept and rejected, licence)."),
            self.tr("The ORT perimeters are never invented: give your own layer, or the layer stays empty."),
            self.tr("Example: commune 14035 (or Balleroy-sur-Drôme), the folder of the downloaded files and a new "
                    "GeoPackage: every analysis of the plugin then runs on it.")))

    def technical_help(self):
        return self.tr(
            "Builds the PVD GeoPackage of one or more communes from the files you can download, in one run. "
            "Each file's format is told from its content, not its name; national and department files are "
            "read once, streamed and filtered by INSEE code (and by the communes' outlines when an Admin "
            "Express file is given).\n\n"
            "INSEE: one or more INSEE codes or commune names (names are matched without case or accents in "
            "the Admin Express file), separated by commas. Rows of delegated communes are kept under the "
            "current code.\n"
            "FILES: any mix of Admin Express COMMUNE, Etalab cadastre parcelles / bâtiments (.json, .json.gz), "
            "BD TOPO batiment and troncon_de_route (GeoPackage or shapefile), BAN adresses (.csv, .csv.gz), "
            "Mérimée (national '|' export or API CSV/JSON), GPU servitudes (CNIG SUP package as zip or folder, "
            "API Carto JSON), Enedis postes, réseaux (CSV with Geo Shape or GeoJSON) and consumption per "
            "address or per IRIS, ANCT PVD/ORT list.\n"
            "FOLDER: optional, every supported file in it (a SUP package folder counts as one file).\n"
            "ORT: optional polygon layer of the ORT perimeters; without it ort_perimetres stays empty "
            "(never invented).\n"
            "COST_TABLE: optional table with the fields classe and cout_m (€/m of trench per surface "
            "class); without it the costs are the indicative middles of the ranges of the data model.\n\n"
            "What it writes (OUTPUT, a new GeoPackage): every layer of the PVD data model (it passes "
            "pvd:validatedata), with BD TOPO roads as roadway and sidewalk surfaces (espaces_publics with "
            "cout_m) and buildings (batiments) ready for pvd:connectionroutes; the Enedis consumption per "
            "address placed at its BAN address (same commune, number, repetition index and normalised "
            "street name: the match rate is logged and given as MATCH_RATE); the table "
            "consommation_non_geocodee (records no address matched, with the reason); the table sources "
            "(fichier, format, lus = rows of the communes read, gardes = kept, rejetes and raison, "
            "date_fichier, licence). Files of no supported format and formats with no row for the "
            "communes are named in warnings. Enedis does not publish the kind of its substations: "
            "type_poste is poste_au_sol for all, flagged type_poste_defaut = 1.\n\n"
            "Example: INSEE = 14035, FOLDER = the folder of the downloaded files (COMMUNE.shp of Admin "
            "Express, the BD TOPO GeoPackage of the department, cadastre-14-parcelles.json.gz, "
            "adresses-14.csv.gz, poste-electrique.csv …), ORT = the ORT perimeters, OUTPUT = balleroy.gpkg.") + \
            "\n\n" + self.tr(
                "Energy precarity files are read too: INSEE Filosofi 200 m cells (CSV, GeoPackage or Géoplateforme "
                "GeoJSON; when the file gives no commune code, the cells whose centre lies in the communes' Admin "
                "Express outlines) and ADEME DPE (CSV export or API JSON) → carreaux_filosofi and dpe, the inputs "
                "of pvd:energyprecarity.") + "\n\n" + self.tr(
                "In qgis_process, give each file in its own FILES=… argument. GPU SUP packages may follow the "
                "CNIG 2016 or 2019 layout.\n"
                "Rules: BD TOPO buildings are preferred to the cadastre's (they carry heights); a SUP monument "
                "whose IdGen ends with the digits of a Mérimée reference is that monument (the Mérimée point is "
                "kept and the abords refer to it). Geocoding compares the commune, the number, the repetition "
                "index (bis = B …) and the street name normalised: case, accents, articles and abbreviations "
                "(R/RUE, AV/AVENUE, BD/BOULEVARD, ST/SAINT …).\n"
                "Memory: every file is read once and filtered while it is read (CSV and line-per-feature "
                "GeoJSON streamed, BD TOPO through GDAL's spatial filter on the communes' extent). National CSV "
                "files are filtered by an attribute (the INSEE code), which a spatial index does not serve, and "
                "the department GeoPackages carry their own R-tree, which GDAL's spatial filter uses: preparing "
                "a second commune does not scan them again.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process run pvd:preparecommune -- INSEE=14035 FILES=COMMUNE.shp FILES=adresses-14.csv.gz \
    FILES=consommation-annuelle-residentielle-par-adresse.csv OUTPUT=/tmp/balleroy.gpkg"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            self.INSEE, self.tr("Communes (INSEE codes or names, separated by commas)")))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.FILES, self.tr("Downloaded files"), QgsProcessing.TypeFile, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.FOLDER, self.tr("Folder of downloaded files"), QgsProcessingParameterFile.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ORT, self.tr("ORT perimeters"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COST_TABLE, self.tr("Trench costs per surface class (classe, cout_m)"), [QgsProcessing.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("PVD GeoPackage"), self.tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber(self.MATCH_RATE, self.tr("Share of consumption records geocoded")))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.commune import inputs_of, prepare_commune, read_cost_table, resolve_communes, write_commune

        texts = [text for text in re.split(r"[,;]+", self.parameterAsString(parameters, self.INSEE, context) or "")
                 if text.strip()]
        files = self.parameterAsFileList(parameters, self.FILES, context) if parameters.get(self.FILES) else []
        folder = self.parameterAsFile(parameters, self.FOLDER, context) or None
        if folder and not os.path.isdir(folder):
            raise QgsProcessingException(self.tr("FOLDER '{}' is not a folder.").format(folder))
        missing = [path for path in files if not os.path.exists(path)]
        if missing:
            raise QgsProcessingException(self.tr("File(s) not found: {}").format(", ".join(missing)))
        inputs = inputs_of(files, folder)
        if not inputs:
            raise QgsProcessingException(self.tr("No file given: FILES or FOLDER must name the downloaded files."))
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".gpkg"):
            output += ".gpkg"
        communes = resolve_communes(texts, inputs)
        feedback.pushInfo(self.tr("Communes: {}").format(", ".join(communes)))
        for path, formats in inputs:
            feedback.pushInfo("  {} → {}".format(os.path.basename(path), ", ".join(formats) or "—"))

        ort = None
        source = self.parameterAsSource(parameters, self.ORT, context)
        if source is not None:
            table = read_features(source, context, feedback, crs=QgsCoordinateReferenceSystem("EPSG:2154"))
            names = table.fields.names()
            ort = (table.geometries, [{name: python_value(value) for name, value in zip(names, row)}
                                      for row in table.attributes])
        costs = None
        source = self.parameterAsSource(parameters, self.COST_TABLE, context)
        if source is not None:
            names = source.fields().names()
            costs = read_cost_table(names, [[python_value(v) for v in f.attributes()] for f in source.getFeatures()])
            feedback.pushInfo(self.tr("Trench costs from COST_TABLE: {}").format(
                ", ".join("{} {:g} €/m".format(name, value) for name, value in sorted(costs.items()))))

        prepared = prepare_commune(inputs, communes, ort, costs, self.progress_callback(feedback, 10, 90), tr)
        for warning in prepared.warnings:
            feedback.pushWarning(localized(warning))
        counts = write_commune(prepared, output, self.progress_callback(feedback, 90, 100))
        for name, count in counts.items():
            if count:
                feedback.pushInfo("  {}: {}".format(name, count))
        if prepared.match_rate is not None:
            feedback.pushInfo(self.tr("Consumption per address placed at a BAN address: {:.0%}.").format(
                prepared.match_rate))
        feedback.setProgress(100)
        rate = prepared.match_rate if prepared.match_rate is not None else -1.0
        return {self.OUTPUT: output, self.MATCH_RATE: rate}
