"""pvd:importopendata — French open-data files into the PVD data model (EPSG:2154)."""
import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

from ...i18n import localized
from ..base import PvdAlgorithm
from ..qgis_io import write_features

QVARIANT_TYPES = {"string": QVariant.String, "integer": QVariant.Int, "real": QVariant.Double, "date": QVariant.Date}
WKB_TYPES = {"Point": QgsWkbTypes.Point, "MultiLineString": QgsWkbTypes.MultiLineString,
             "MultiPolygon": QgsWkbTypes.MultiPolygon, None: QgsWkbTypes.NoGeometry}


class ImportOpenDataAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "importopendata"
    GROUP_ID = "data"
    REQUIRES = ("numpy", "shapely", "fiona", "pyproj")

    INPUT = "INPUT"
    FORMAT = "FORMAT"
    INSEE = "INSEE"
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
        return text + "\n" + consumption + "\n\n" + self.tr(
            "Example: INPUT = poste-electrique.csv downloaded from the Enedis open-data portal, FORMAT = "
            "Enedis postes électriques, INSEE = 14035, 14312, 14342, 14370, 14711: the HTA/BT substations of "
            "the five communes (delegated communes included) in the postes_hta_bt schema.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("Open-data file")))
        self.addParameter(QgsProcessingParameterEnum(self.FORMAT, self.tr("Format"), self.format_names(),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.INSEE, self.tr("INSEE codes of the communes to keep (empty: all)"), optional=True))
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
        result = import_open_data(path, data_format, communes or None, self.progress_callback(feedback, 0, 80))
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
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             WKB_TYPES[result.geometry_type], QgsCoordinateReferenceSystem("EPSG:2154"))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_features(sink, fields, result.geometries, rows, feedback,
                       multi=result.geometry_type not in (None, "Point"))
        feedback.pushInfo(self.tr("{0} feature(s) imported into the model layer '{1}'.").format(
            len(rows), result.layer))
        return {self.OUTPUT: dest_id}
