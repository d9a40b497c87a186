"""pvd:tabulateintersection: described once, by its shortHelpString() and technical_help() below."""
from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ...core import model
from ..base import PvdAlgorithm
from ..qgis_io import crs_arguments, id_list, is_missing, layer_label, qgs_fields, read_features, write_features

NULL_KEY = "\x00null"


def group_keys(table, field_name):
    """(keys as strings for grouping, {string key: original value}) of one field; NULL is its own key."""
    import numpy as np

    originals = {}
    keys = []
    for value in table.column(field_name):
        key = NULL_KEY if is_missing(value, only_null=True) else "{}\x00{}".format(type(value).__name__, value)
        originals.setdefault(key, None if key == NULL_KEY else value)
        keys.append(key)
    return np.array(keys, dtype=object), originals


class TabulateIntersectionAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "tabulateintersection"
    GROUP_ID = "analysis"
    REQUIRES = ("numpy", "shapely")  # and pyproj for a geographic CRS, see crs_arguments

    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    CLASSES = "CLASSES"
    CLASS_FIELD = "CLASS_FIELD"
    OUTPUT = "OUTPUT"
    MODEL_INPUTS = {ZONES: "ort_perimetres", CLASSES: "espaces_publics"}
    MODEL_FIELDS = {ZONE_FIELD: (ZONES, "nom"), CLASS_FIELD: (CLASSES, "classe")}

    def displayName(self):
        return self.tr("Tabulate intersection (zones × classes)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr(
                "Crosses zones with classes: for every zone (ORT perimeters, communes) and every class "
                "(public-space surfaces, network types), how much of the class lies in the zone: square "
                "metres for surfaces, metres for lines, a count for points, and its share in percent."),
            self.tr(
                "Give the zone layer and the field naming the zones, then the class layer and the field "
                "giving the classes. Areas and lengths are in m² and m, whatever the coordinate system."),
            self.tr(
                "Example: with the sample loaded, keep the ORT perimeters by name and the public spaces "
                "by class: the square metres of roadway, sidewalk, square and heritage paving in each ORT "
                "perimeter, and their share of it."),
        ))

    def technical_help(self):
        text = self.tr(
            "Crosses zones with classes, like ArcGIS Tabulate Intersection: for every zone (e.g. "
            "ORT perimeters, communes) and every class (e.g. public-space classes, network "
            "types), how much of the class lies in the zone.\n\n"
            "Zones: polygons, grouped by the values of ZONE_FIELD (features sharing a value form one "
            "zone; overlaps count once). Classes: polygons, lines or points, grouped by CLASS_FIELD "
            "(features of one class are merged, so overlapping polygons or lines count once). A "
            "class layer in another CRS is reprojected to the zones' CRS. NULL is a value of its "
            "own.\n\n"
            "Output table, one row per (zone, class) pair that meet:\n"
            "- zone: the ZONE_FIELD value; class: the CLASS_FIELD value;\n"
            "- area (polygon classes): m² of the class inside the zone;\n"
            "- length (line classes): m of the class lines inside the zone;\n"
            "- pnt_count (point classes): number of class points inside the zone (a point on the "
            "border of two zones counts in both);\n"
            "- percentage: for polygons, the share of the zone's area covered by the class; for "
            "lines, the class's share of all class lines inside the zone; for points, the class's "
            "share of all class points inside the zone (so for lines and points the percentages "
            "of a zone add up to 100).\n\n"
            "Units: m² and m, planar in a projected CRS, on the ellipsoid in a geographic CRS.\n"
            "Invalid geometries are repaired and listed in the log; features without geometry are "
            "ignored and listed. Progress is reported; Cancel writes nothing."
        )
        return text + "\n\n" + self.tr(
            "Example: ZONES = ort_perimetres (ZONE_FIELD nom), CLASSES = espaces_publics (CLASS_FIELD "
            "classe): the square metres of roadway, sidewalk, square and heritage paving in each ORT "
            "perimeter, and their share of it.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:tabulateintersection -- \
  ZONES='pvd.gpkg|layername=ort_perimetres' ZONE_FIELD=nom \
  CLASSES='pvd.gpkg|layername=espaces_publics' CLASS_FIELD=classe OUTPUT=/tmp/tableau.csv"""),
        ("python", r"""processing.run("pvd:tabulateintersection", {
    "ZONES": "pvd.gpkg|layername=communes", "ZONE_FIELD": "insee",
    "CLASSES": "pvd.gpkg|layername=reseau_bt", "CLASS_FIELD": "pose", "OUTPUT": "/tmp/bt.csv"})"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (polygons)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, self.tr("Zone field"), parentLayerParameterName=self.ZONES))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CLASSES, self.tr("Classes (polygons, lines or points)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.CLASS_FIELD, self.tr("Class field"), parentLayerParameterName=self.CLASSES))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Intersection table"), QgsProcessing.TypeVector))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.overlap import AREA, LENGTH, tabulate_intersection

        zones = self.required_source(parameters, self.ZONES, context)
        classes = self.required_source(parameters, self.CLASSES, context)
        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context)
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        for source, name, parameter in ((zones, zone_field, self.ZONES), (classes, class_field, self.CLASSES)):
            if source.fields().lookupField(name) < 0:
                raise QgsProcessingException(self.tr("Layer '{0}' has no field '{1}'.").format(
                    layer_label(self, parameters, parameter, context, source), name))

        zone_table = read_features(zones, context, feedback, progress_span=(0.0, 10.0))
        class_table = read_features(classes, context, feedback, crs=zones.sourceCrs(), progress_span=(10.0, 20.0))
        zone_keys, zone_values = group_keys(zone_table, zone_field)
        class_keys, class_values = group_keys(class_table, class_field)
        result = tabulate_intersection(zone_table.geometries, zone_keys, class_table.geometries, class_keys,
                                       progress=self.progress_callback(feedback, 20, 90),
                                       **crs_arguments(zones.sourceCrs()))
        for name, table, repaired, missing in (
                (layer_label(self, parameters, self.ZONES, context, zones), zone_table, result.repaired_zones,
                 result.missing_zones),
                (layer_label(self, parameters, self.CLASSES, context, classes), class_table, result.repaired_classes,
                 result.missing_classes)):
            if len(repaired):
                feedback.pushWarning(self.tr("Layer '{0}': {1} invalid geometry(ies) repaired (feature ids {2}).").format(
                    name, len(repaired), id_list(table.fids[repaired])))
            if len(missing):
                feedback.pushWarning(self.tr("Layer '{0}': {1} feature(s) without geometry ignored (feature ids "
                                             "{2}).").format(name, len(missing), id_list(table.fids[missing])))

        measures = model.TABULATE_MEASURES
        measure_field = {AREA: measures.area, LENGTH: measures.length}.get(result.kind, measures.pnt_count)
        fields = QgsFields()
        for source, name, output in ((zones, zone_field, model.TABULATE_ZONE),
                                     (classes, class_field, model.TABULATE_CLASS)):
            field = QgsField(source.fields().field(name))
            field.setName(output.name)
            fields.append(field)
        fields = qgs_fields((measure_field, model.TABULATE_PERCENTAGE), fields)
        counted = measure_field.type == model.INTEGER
        rows = []
        for zone, klass, measure, percent in zip(result.zones, result.classes, result.measure, result.percent):
            value = int(round(measure)) if counted else float(measure)
            rows.append([zone_values[zone], class_values[klass], value, float(percent)])
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        write_features(sink, fields, [None] * len(rows), rows, feedback)
        feedback.pushInfo(self.tr("{0} (zone, class) pair(s) written.").format(len(rows)))
        return {self.OUTPUT: dest_id}
