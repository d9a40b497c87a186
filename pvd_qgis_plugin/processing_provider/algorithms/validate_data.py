"""pvd:validatedata: described once, by its shortHelpString() and technical_help() below."""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ...core import model
from ...i18n import localized
from .. import project_layers
from ..base import PvdAlgorithm
from ..qgis_io import qgs_fields


class ValidateDataAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "validatedata"
    GROUP_ID = "data"
    REQUIRES = ("numpy", "shapely", "fiona", "pyproj")

    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    PROBLEMS = "PROBLEMS"
    MODEL_INPUTS = {INPUT: project_layers.GEOPACKAGE_FILE}

    def displayName(self):
        return self.tr("Check a PVD GeoPackage")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr(
                "Checks a PVD GeoPackage against the plugin's data model: missing layers or fields, wrong "
                "types, a coordinate system other than Lambert-93 (EPSG:2154), empty or invalid "
                "geometries, missing or unexpected values, duplicate identifiers, start dates after end "
                "dates."),
            self.tr(
                "Result: a table with one row per problem (layer, feature, field, problem and detail); "
                "the log counts the problems by kind. The file is not modified."),
            self.tr(
                "Example: with the sample loaded, its GeoPackage is preselected: the sample has no "
                "problem."),
        ))

    def technical_help(self):
        return self.tr(
            "Checks a GeoPackage against the PVD data model (docs/data-model.md): missing layers or "
            "fields, wrong field types, wrong geometry type, a CRS other than EPSG:2154, empty or "
            "invalid geometries, empty required values, values outside the allowed list, duplicate "
            "identifiers, start dates after end dates, and values stored against their field's type: "
            "text in number fields (QGIS reads 'abc' as 0 and '12,5' as 12), decimals in integer fields, "
            "dates that are not YYYY-MM-DD or do not exist (31/02/2024, 2024-02-31, 'demain': QGIS reads them "
            "as NULL or as another day). These are read as stored in the file, with their feature id.\n\n"
            "Output: a table with one row per problem: layer, feature_id (the feature's fid, empty "
            "for a layer-level problem), field, problem (missing_layer, missing_field, field_type, "
            "geometry_type, crs, empty_geometry, invalid_geometry, missing_value, value_not_allowed, "
            "duplicate_id, dates_out_of_order, not_a_number, invalid_date) and detail. The log gives the count per problem kind; "
            "PROBLEMS is the total.\n\n"
            "Layers that are not part of the model are ignored. The file is not modified.\n\n"
            "Example: the plugin's sample pvd_isigny_omaha.gpkg has no problem.") + "\n\n" + self.tr(
            "Stored values are read raw with SQLite's typeof(); detail gives the value found, and for "
            "invalid_geometry the reason GEOS gives.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:validatedata -- INPUT=sample_layers/pvd_isigny_omaha.gpkg OUTPUT=/tmp/problems.csv"""),
        ("python", r"""processing.run("pvd:validatedata", {"INPUT": "/path/to/file.gpkg", "OUTPUT": "TEMPORARY_OUTPUT"})"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("PVD GeoPackage"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Problems"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.PROBLEMS, self.tr("Number of problems")))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.validation import summary, validate_geopackage

        path = self.parameterAsFile(parameters, self.INPUT, context)
        try:
            import fiona

            fiona.listlayers(path)
        except Exception as error:  # fiona raises several error types for unreadable files
            raise QgsProcessingException(self.tr("'{0}' cannot be read as a GeoPackage: {1}").format(path, error))
        problems = validate_geopackage(path, self.progress_callback(feedback, 0, 90))

        fields = qgs_fields(model.VALIDATION_FIELDS)
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        features = []
        for problem in problems:
            feature = QgsFeature(fields)
            feature.setAttributes([problem.layer, problem.feature_id, problem.field, problem.problem,
                                   localized(problem.detail)])
            features.append(feature)
        if features and not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.tr("Could not write the problem table."))

        if problems:
            feedback.pushWarning(self.tr("{0} problem(s) found in {1}:").format(len(problems), path))
            for kind, count in summary(problems).items():
                feedback.pushInfo("  {}: {}".format(kind, count))
        else:
            feedback.pushInfo(self.tr("No problem found: {} follows the PVD data model.").format(path))
        return {self.OUTPUT: dest_id, self.PROBLEMS: len(problems)}
