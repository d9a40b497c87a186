"""pvd:abfconsultation: described once, by its shortHelpString() and technical_help() below."""
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import defaults, model
from ..base import PvdAlgorithm
from ..qgis_io import layer_label, python_column, qgs_fields, read_features, write_features


class AbfConsultationAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "abfconsultation"
    GROUP_ID = "analysis"
    REQUIRES = ("numpy", "shapely")

    INPUT = "INPUT"
    PERIMETERS = "PERIMETERS"
    VISIBILITY = "VISIBILITY"
    NAME_FIELD = "NAME_FIELD"
    OUTPUT = "OUTPUT"
    MODEL_INPUTS = {INPUT: "projets_espaces_publics", PERIMETERS: "abords_mh"}
    MODEL_INPUTS = {INPUT: "projets_espaces_publics", PERIMETERS: "abords_mh"}
    ADVANCED = (NAME_FIELD,)

    def displayName(self):
        return self.tr("ABF consultation (Consultation de l'ABF)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr("Says, for each project or work, what the Architecte des Bâtiments de France has to say about it "
                    "(Code du patrimoine L621-30, L632-2): accord (inside a delimited perimeter, or within a "
                    "monument's circle and in its field of view: a refusal blocks the works, silence means accord), "
                    "simple avis (within the circle but out of sight) or outside the abords; and the monuments "
                    "concerned."),
            self.tr("The abords come from the heritage perimeters, the fields of view (optional) from the fields of "
                    "view of the monuments. Without fields of view, everything within a circle is accord: the prudent"
                    " answer."),
            self.tr("Example: with the sample loaded, take the public-space projects, the abords and the fields of "
                    "view and run: each project with accord, avis simple or hors abords.")))

    def technical_help(self):
        return self.tr(
            "Says, for each feature of INPUT (projects, works, any geometry), what the Architecte des "
            "Bâtiments de France has to say about works there (Code du patrimoine L621-30, L632-2):\n"
            "- accord: inside a PDA, or within a monument's circle and in its field of view: the ABF's "
            "accord is needed (a refusal blocks the works; silence means accord);\n"
            "- avis_simple: within the circle but out of sight of the monument: a simple avis;\n"
            "- hors_abords: in no abords.\n"
            "A feature touching several abords gets the strongest answer; monuments lists the names of "
            "all the monuments concerned.\n\n"
            "PERIMETERS: the output of pvd:heritageperimeters (its field mode tells a PDA from a "
            "circle; a layer without it holds circles). VISIBILITY (optional): the output of "
            "pvd:heritagevisibility. Monuments are matched by NAME_FIELD (default nom), a field of "
            "both; a dissolved perimeter names its monuments in its field monuments. Without "
            "VISIBILITY everything within a circle is accord, the prudent answer, as the log says. "
            "Covisibility (seen together from a third point) is not computed: an avis_simple feature "
            "seen together with the monument from a street is an accord.\n\n"
            "Output: the INPUT features with avis_abf and monuments; other layers are reprojected "
            "to the INPUT's CRS.\n\n"
            "Example: INPUT = projets_espaces_publics of the sample GeoPackage, PERIMETERS = abords "
            "from pvd:heritageperimeters, VISIBILITY = the fields of view from pvd:heritagevisibility.") + \
            "\n\n" + self.tr(
                "The monuments field lists the names concerned, joined with '; '. A layer of abords without the "
                "field mode, such as the sample's abords_mh, holds circles.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:abfconsultation -- \
  INPUT='sample_layers/pvd_isigny_omaha.gpkg|layername=projets_espaces_publics' \
  PERIMETERS=/tmp/abords.gpkg VISIBILITY=/tmp/champ_visibilite.gpkg NAME_FIELD=nom OUTPUT=/tmp/consultation_abf.gpkg"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Projects or works"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PERIMETERS, self.tr("Abords (output of heritageperimeters)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VISIBILITY, self.tr("Fields of view (output of heritagevisibility)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NAME_FIELD, self.tr("Monument name field (in the abords and the fields of view)"), "nom",
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("ABF consultation"), QgsProcessing.TypeVectorAnyGeometry))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.heritage import abf_opinions

        source = self.required_source(parameters, self.INPUT, context)
        perimeters_source = self.required_source(parameters, self.PERIMETERS, context)
        crs = source.sourceCrs()
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        table = read_features(source, context, feedback, progress_span=(0, 10))
        perimeters = read_features(perimeters_source, context, feedback, crs=crs, progress_span=(10, 20))
        names = self._perimeter_names(perimeters, layer_label(self, parameters, self.PERIMETERS, context), name_field,
                                      feedback)
        mode_field = model.HERITAGE_FIELDS.mode.name  # how pvd:heritageperimeters drew each perimeter
        modes = (python_column(perimeters, mode_field) if perimeters.fields.lookupField(mode_field) >= 0
                 else [defaults.HERITAGE_MODE_RAYON] * len(perimeters))
        if any(mode not in (defaults.HERITAGE_MODE_PDA, defaults.HERITAGE_MODE_RAYON) for mode in modes):
            feedback.pushWarning(self.tr(
                "Layer '{0}': dissolved abords mixing PDA and circles are taken as circles; run "
                "heritageperimeters without DISSOLVE.").format(layer_label(self, parameters, self.PERIMETERS, context)))

        views = view_names = None
        visibility_source = self.parameterAsSource(parameters, self.VISIBILITY, context)
        if visibility_source is None:
            feedback.pushInfo(self.tr(
                "No fields of view (VISIBILITY): everything within a circle is taken as visible from the "
                "monument, so accord (the prudent answer)."))
        else:
            if not name_field or visibility_source.fields().lookupField(name_field) < 0:
                raise QgsProcessingException(self.tr(
                    "Layer '{0}' has no field '{1}' naming its monuments (NAME_FIELD).").format(
                        layer_label(self, parameters, self.VISIBILITY, context), name_field))
            visible = read_features(visibility_source, context, feedback, crs=crs, progress_span=(20, 30))
            views, view_names = visible.geometries, python_column(visible, name_field)
        feedback.setProgress(30)

        result = abf_opinions(table.geometries, perimeters.geometries, names, modes, views, view_names)
        fields = QgsFields(source.fields())
        for output in model.ABF_FIELDS:
            if fields.lookupField(output.name) < 0:
                fields = qgs_fields((output,), fields)
            else:
                feedback.pushWarning(self.tr("The input already has a field '{0}': its values are replaced.").format(
                    output.name))
        rows = []
        avis_index, monuments_index = (fields.lookupField(output.name) for output in model.ABF_FIELDS)
        for attributes, avis, monuments in zip(table.attributes, result.avis, result.monuments):
            row = list(attributes) + [None] * (fields.count() - len(attributes))
            row[avis_index] = avis
            row[monuments_index] = monuments or None
            rows.append(row)
        for fid, avis in zip(table.fids, result.avis):
            if avis is None:
                feedback.pushWarning(self.tr("Feature {0} of '{1}' has no geometry: no answer.").format(
                    fid, layer_label(self, parameters, self.INPUT, context)))
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, fields, source.wkbType(), crs)
        write_features(sink, fields, table.geometries, rows, feedback,
                       multi=QgsWkbTypes.isMultiType(source.wkbType()))
        counts = {answer: result.avis.count(answer)
                  for answer in (defaults.AVIS_ACCORD, defaults.AVIS_SIMPLE, defaults.HORS_ABORDS)}
        feedback.pushInfo(self.tr("{0} accord, {1} avis_simple, {2} hors_abords.").format(
            counts[defaults.AVIS_ACCORD], counts[defaults.AVIS_SIMPLE], counts[defaults.HORS_ABORDS]))
        return {self.OUTPUT: dest_id}

    def _perimeter_names(self, perimeters, label, name_field, feedback):
        """Per perimeter, the names of its monuments: NAME_FIELD, else 'monuments' ('; '-joined), else its id."""
        if name_field and perimeters.fields.lookupField(name_field) >= 0:
            return [[value] if value is not None else [str(fid)]
                    for fid, value in zip(perimeters.fids, python_column(perimeters, name_field))]
        monuments = model.HERITAGE_DISSOLVED_FIELDS.monuments.name
        if perimeters.fields.lookupField(monuments) >= 0:
            return [[part.strip() for part in str(value).split(";")] if value else [str(fid)]
                    for fid, value in zip(perimeters.fids, python_column(perimeters, monuments))]
        feedback.pushWarning(self.tr(
            "Layer '{0}' has no field '{1}' nor 'monuments': abords are named by their feature id.").format(
                label, name_field))
        return [[str(fid)] for fid in perimeters.fids]
