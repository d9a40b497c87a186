"""pvd:substationpriority: described once, by its shortHelpString() and technical_help() below."""
from qgis.core import (
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import defaults, model
from ..base import PvdAlgorithm
from ..qgis_io import (
    layer_label,
    layer_title,
    metres_per_map_unit,
    optional_column,
    read_features,
    replacing_fields,
    write_features,
)

# criterion -> its weight parameter (the points of each are model.PRIORITY_FIELDS, in criterion order)
WEIGHT_PARAMETERS = {"ort": "WEIGHT_ORT", "patrimoine": "WEIGHT_HERITAGE", "espaces_publics": "WEIGHT_PUBLIC_SPACES",
                     "type": "WEIGHT_TYPE"}


class SubstationPriorityAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "substationpriority"
    GROUP_ID = "network"
    REQUIRES = ("numpy", "shapely")

    SUBSTATIONS = "SUBSTATIONS"
    TYPE_FIELD = "TYPE_FIELD"
    ORT = "ORT"
    HERITAGE = "HERITAGE"
    PUBLIC_SPACES = "PUBLIC_SPACES"
    VISIBILITY_DISTANCE = "VISIBILITY_DISTANCE"
    OUTPUT = "OUTPUT"
    MODEL_INPUTS = {SUBSTATIONS: "postes_hta_bt", ORT: "ort_perimetres", HERITAGE: ("abords_mh", "spr"),
                    PUBLIC_SPACES: "espaces_publics"}
    MODEL_FIELDS = {TYPE_FIELD: (SUBSTATIONS, "type_poste")}
    ADVANCED = (TYPE_FIELD, VISIBILITY_DISTANCE, "WEIGHT_ORT", "WEIGHT_HERITAGE", "WEIGHT_PUBLIC_SPACES",
                "WEIGHT_TYPE")
    DECIMALS = {VISIBILITY_DISTANCE: 0, "WEIGHT_ORT": 1, "WEIGHT_HERITAGE": 1, "WEIGHT_PUBLIC_SPACES": 1,
                "WEIGHT_TYPE": 1}

    def displayName(self):
        return self.tr("Substation embellishment priorities (postes HTA/BT)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr(
                "Ranks the HTA/BT substations to embellish first (painting, landscape integration): those "
                "standing in the town centre, near heritage and in view of passers-by come first."),
            self.tr(
                "Each substation scores points out of 10: 2 inside an ORT perimeter, 2 inside a heritage "
                "zone (abords, SPR), up to 2 for the public space around it within 25 m, and up to 4 for "
                "its type (a tower cabin is seen from afar, a pole-mounted box hardly). The weights are "
                "advanced parameters: set one to 0 to ignore its criterion."),
            self.tr(
                "Result: the substations with the points of each criterion, their score and their rank (1 "
                "= the first to embellish)."),
            self.tr(
                "Example: with the sample loaded, keep the preselected layers: the tower cabins of the "
                "town centres come first."),
        ))

    def technical_help(self):
        return self.tr(
            "Ranks HTA/BT substations (SUBSTATIONS, points) for embellishment (painting, landscape "
            "integration): the ones that stand where the town centre, heritage and passers-by are "
            "come first.\n\n"
            "Criteria, each worth between 0 and 1 and multiplied by its weight:\n"
            "- ORT: 1 inside an ORT perimeter (weight WEIGHT_ORT, default 2);\n"
            "- heritage: 1 inside a zone of any HERITAGE layer, e.g. abords of monuments historiques "
            "and SPR (weight WEIGHT_HERITAGE, default 2);\n"
            "- public spaces: the share of the disc of VISIBILITY_DISTANCE metres (default 25) around "
            "the substation covered by PUBLIC_SPACES polygons (weight WEIGHT_PUBLIC_SPACES, default 2);\n"
            "- type (TYPE_FIELD, default type_poste): cabine_haute 1, poste_au_sol 0.5, "
            "poste_sur_poteau 0.1; case, accents, spaces and hyphens are ignored; another or an empty "
            "value counts 0 and is listed in the log (weight WEIGHT_TYPE, default 4: the cabin's own "
            "visibility counts most).\n"
            "A context layer left empty gives 0 to its criterion.\n\n"
            "Output: the substations with their attributes, plus one column per "
            "criterion holding its points (weight × value): pts_ort, pts_patrimoine, "
            "pts_espaces_publics, pts_type; score = their sum (out of 10 with the default weights); "
            "rang = 1 for the highest score, equal scores share a rank (1, 2, 2, 4). Features are "
            "written by rank (ties in input order); a GeoPackage that keeps the input's fid lists "
            "them by fid: sort on rang.\n\n"
            "Changing the weights: set any weight to what matters locally, e.g. WEIGHT_HERITAGE 5 to "
            "favour heritage, or 0 to ignore a criterion. Only ratios between weights change the "
            "ranking.\n\n"
            "Substations without geometry are left out and listed in the log. Distances are metres: "
            "the substations' CRS must be projected; the other layers are reprojected to it.\n"
            "Example: postes_hta_bt of the sample GeoPackage with ORT ort_perimetres, HERITAGE "
            "abords_mh and spr, PUBLIC_SPACES espaces_publics.") + "\n\n" + self.tr(
            "With the default weights the substation's own visibility counts most: a tower cabin inside the "
            "ORT or a heritage zone scores as much as a ground-level substation inside both (6 points each "
            "before the public spaces, which then decide).")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:substationpriority -- \
  SUBSTATIONS='sample_layers/pvd_isigny_omaha.gpkg|layername=postes_hta_bt' TYPE_FIELD=type_poste \
  ORT='sample_layers/pvd_isigny_omaha.gpkg|layername=ort_perimetres' \
  HERITAGE='sample_layers/pvd_isigny_omaha.gpkg|layername=abords_mh' \
  HERITAGE='sample_layers/pvd_isigny_omaha.gpkg|layername=spr' \
  PUBLIC_SPACES='sample_layers/pvd_isigny_omaha.gpkg|layername=espaces_publics' \
  VISIBILITY_DISTANCE=25 WEIGHT_HERITAGE=3 OUTPUT=/tmp/priorites_postes.gpkg"""),
        ("python", r"""processing.run("pvd:substationpriority", {
    "SUBSTATIONS": gpkg + "|layername=postes_hta_bt", "ORT": gpkg + "|layername=ort_perimetres",
    "HERITAGE": [gpkg + "|layername=abords_mh", gpkg + "|layername=spr"],
    "PUBLIC_SPACES": gpkg + "|layername=espaces_publics", "OUTPUT": "/tmp/priorites_postes.gpkg"})"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SUBSTATIONS, self.tr("HTA/BT substations (postes)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.TYPE_FIELD, self.tr("Substation type field (cabine_haute, poste_au_sol, poste_sur_poteau)"),
            "type_poste", parentLayerParameterName=self.SUBSTATIONS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ORT, self.tr("ORT perimeters"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.HERITAGE, self.tr("Heritage zones (abords, SPR…)"), QgsProcessing.TypeVectorPolygon,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PUBLIC_SPACES, self.tr("Public spaces"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.VISIBILITY_DISTANCE, self.tr("Visibility distance for public spaces (metres)"),
            QgsProcessingParameterNumber.Double, defaults.PRIORITY_VISIBILITY_M, minValue=0.0))
        labels = {
            "ort": self.tr("Weight: inside an ORT perimeter"),
            "patrimoine": self.tr("Weight: inside a heritage zone"),
            "espaces_publics": self.tr("Weight: share of public space around"),
            "type": self.tr("Weight: visibility of the substation type"),
        }
        for criterion in defaults.PRIORITY_CRITERIA:
            self.addParameter(QgsProcessingParameterNumber(
                WEIGHT_PARAMETERS[criterion], labels[criterion], QgsProcessingParameterNumber.Double,
                defaults.PRIORITY_WEIGHTS[criterion], minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Substations by priority"), QgsProcessing.TypeVectorPoint))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.substation_priority import substation_priority

        source = self.required_source(parameters, self.SUBSTATIONS, context)
        crs = source.sourceCrs()
        label = layer_label(self, parameters, self.SUBSTATIONS, context)
        unit_m = metres_per_map_unit(crs, label)
        table = read_features(source, context, feedback, progress_span=(0, 10))
        types = optional_column(source, table, self.parameterAsString(parameters, self.TYPE_FIELD, context),
                                feedback, self.tr("the type criterion is 0 for all"), label)
        ort = self._polygons(self.parameterAsSource(parameters, self.ORT, context), context, crs)
        public_spaces = self._polygons(self.parameterAsSource(parameters, self.PUBLIC_SPACES, context), context, crs)
        heritage = []
        for layer in self.parameterAsLayerList(parameters, self.HERITAGE, context):
            if layer.type() != QgsMapLayer.VectorLayer or layer.geometryType() != QgsWkbTypes.PolygonGeometry:
                raise QgsProcessingException(self.tr("Heritage layer '{0}' is not a polygon layer.").format(
                    layer_title(layer)))
            heritage.append(self._polygons(QgsProcessingFeatureSource(layer, context), context, crs))
        weights = {criterion: self.parameterAsDouble(parameters, WEIGHT_PARAMETERS[criterion], context)
                   for criterion in defaults.PRIORITY_CRITERIA}

        result = substation_priority(
            table.geometries, types=types, ort=ort, heritage=heritage, public_spaces=public_spaces,
            visibility_m=self.parameterAsDouble(parameters, self.VISIBILITY_DISTANCE, context),
            weights=weights, unit_m=unit_m, progress=self.progress_callback(feedback, 20, 90))
        if len(result.skipped):
            feedback.pushWarning(self.tr("Substation(s) without geometry left out: feature(s) {0}.").format(
                ", ".join(str(fid) for fid in table.fids[result.skipped])))
        if types is not None and len(result.unknown_types):
            values = sorted({str(types[i]) for i in result.unknown_types})
            feedback.pushWarning(self.tr(
                "{0} substation(s) have a type that is not cabine_haute, poste_au_sol or poste_sur_poteau "
                "({1}): their type criterion is 0.").format(len(result.unknown_types), ", ".join(values)))

        fields, kept = replacing_fields(table.fields, model.PRIORITY_FIELDS, feedback)
        rows = []
        for index in result.order:
            row = [table.attributes[index][i] for i in kept]
            row += [float(result.points[criterion][index]) for criterion in defaults.PRIORITY_CRITERIA]
            row += [float(result.score[index]), int(result.rank[index])]
            rows.append(row)
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, fields, source.wkbType(), crs)
        write_features(sink, fields, table.geometries[result.order], rows, feedback)
        feedback.pushInfo(self.tr("{0} substation(s) ranked; weights ORT {1}, heritage {2}, public spaces {3}, "
                                  "type {4}.").format(len(rows), *(weights[c] for c in defaults.PRIORITY_CRITERIA)))
        self.style_output_on_load(context, dest_id, "substation_priority")
        return {self.OUTPUT: dest_id}

    @staticmethod
    def _polygons(source, context, crs):
        if source is None:
            return None
        return read_features(source, context, crs=crs, attributes=False).geometries
