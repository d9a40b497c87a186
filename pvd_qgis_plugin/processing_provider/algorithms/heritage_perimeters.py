"""pvd:heritageperimeters: described once, by its shortHelpString() and technical_help() below."""
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ...core import defaults, model
from ...core.defaults import HERITAGE_MODE_PDA as MODE_PDA
from ..base import PvdAlgorithm
from ..qgis_io import layer_label, python_column, qgs_fields, read_features, write_features


class HeritagePerimetersAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "heritageperimeters"
    GROUP_ID = "analysis"
    REQUIRES = ("numpy", "shapely", "pyproj")

    INPUT = "INPUT"
    DISTANCE = "DISTANCE"
    NAME_FIELD = "NAME_FIELD"
    DISSOLVE = "DISSOLVE"
    PDA = "PDA"
    PDA_ID_FIELD = "PDA_ID_FIELD"
    OUTPUT = "OUTPUT"
    MODEL_INPUTS = {INPUT: "monuments_historiques"}
    MODEL_FIELDS = {NAME_FIELD: (INPUT, "nom")}
    DECIMALS = {DISTANCE: 1}
    ADVANCED = (PDA_ID_FIELD,)

    def displayName(self):
        return self.tr("Heritage perimeters (abords of monuments historiques)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr(
                "Draws the abords of monuments historiques: the zone within 500 m of each monument (Code "
                "du patrimoine L621-30, where no PDA has been delimited). Inside it, works that change "
                "the exterior aspect need the accord of the Architecte des Bâtiments de France."),
            self.tr(
                "Give the monuments (points or polygons) and the distance in metres; tick Dissolve to get "
                "one merged zone instead of one zone per monument. Distances are metres on the ground, "
                "whatever the layer's coordinate system."),
            self.tr(
                "Where a périmètre délimité des abords has been delimited, give the PDA polygons: a "
                "monument with a PDA gets it as its perimeter instead of the circle."),
            self.tr(
                "Example: with the sample loaded, keep the monuments and 500 m: a zone of 500 m around "
                "each monument of the five communes."),
        ))

    def technical_help(self):
        return self.tr(
            "Draws the abords of monuments historiques: the zone within DISTANCE metres of each "
            "monument (500 m by default, Code du patrimoine L621-30, where no PDA has been "
            "delimited). Inside it, works that change the exterior aspect need the accord of the "
            "Architecte des Bâtiments de France.\n\n"
            "Monuments: points or polygons (a polygon's abords are measured from its outline), in "
            "any CRS. Distances are metres on the ground: planar in a projected CRS, exact "
            "geodesic circles around points in a geographic CRS.\n\n"
            "Name field (optional): names the monuments in the log and in the merged zone.\n"
            "Dissolve: off gives one perimeter per monument with all its attributes; on gives one "
            "merged zone with the fields nb_monuments and monuments (names, '; '-joined).\n\n"
            "Output field rayon_m: the distance used, in metres.\n"
            "Missing or empty geometries are skipped and listed in the log; invalid ones are "
            "repaired and listed.\n\n"
            "Example: monuments_historiques of the sample GeoPackage, DISTANCE 500, DISSOLVE off."
        ) + "\n\n" + self.tr(
            "PDA (optional polygons): the périmètres délimités des abords. Where a PDA has been "
            "delimited it replaces the circle (Code du patrimoine L621-30): a monument whose NAME_FIELD "
            "value equals a PDA's PDA_ID_FIELD value gets that PDA as its perimeter (several polygons "
            "of one id are merged). Output field mode: pda (the PDA) or rayon (the circle; rayon_m is "
            "empty for a PDA). PDA ids matching no monument are listed in the log.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:heritageperimeters -- \
  INPUT='sample_layers/pvd_isigny_omaha.gpkg|layername=monuments_historiques' \
  DISTANCE=500 NAME_FIELD=nom DISSOLVE=false OUTPUT=/tmp/abords.gpkg"""),
        ("python", r"""import processing
processing.run("pvd:heritageperimeters", {
    "INPUT": "/path/to/pvd_isigny_omaha.gpkg|layername=monuments_historiques",
    "DISTANCE": 500, "NAME_FIELD": "nom", "DISSOLVE": False, "OUTPUT": "/tmp/abords.gpkg"})"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Monuments historiques"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            self.DISTANCE, self.tr("Distance (metres, whatever the layer's CRS)"),
            QgsProcessingParameterNumber.Double, defaults.ABORDS_DISTANCE_M, minValue=0.001))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Name field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DISSOLVE, self.tr("Dissolve into one zone"), False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PDA, self.tr("Périmètres délimités des abords (PDA)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.PDA_ID_FIELD, self.tr("PDA: monument field (matched against the name field)"),
            parentLayerParameterName=self.PDA, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Abords"), QgsProcessing.TypeVectorPolygon))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.heritage import GEOGRAPHIC_MAX_DISTANCE_M, heritage_perimeters

        source = self.required_source(parameters, self.INPUT, context)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        if not distance > 0:
            raise QgsProcessingException(self.tr("The distance must be greater than 0 m."))
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        dissolve = self.parameterAsBool(parameters, self.DISSOLVE, context)
        if name_field and source.fields().lookupField(name_field) < 0:
            raise QgsProcessingException(self.tr("Layer '{0}' has no field '{1}'.").format(
                layer_label(self, parameters, self.INPUT, context, source), name_field))

        if source.sourceCrs().isGeographic() and distance > GEOGRAPHIC_MAX_DISTANCE_M:
            raise QgsProcessingException(self.tr(
                "Layer '{0}' is in a geographic CRS (degrees): buffers are drawn as geodesic circles or in "
                "the local UTM zone, which stay right up to {1:.0f} m; DISTANCE {2:.0f} m is beyond that limit. "
                "Reproject the layer to a projected CRS (e.g. EPSG:2154) or use a smaller distance.").format(
                    layer_label(self, parameters, self.INPUT, context, source),
                    GEOGRAPHIC_MAX_DISTANCE_M, distance))
        table = read_features(source, context, feedback)
        names = table.column(name_field) if name_field else [str(fid) for fid in table.fids]
        pda = self._pda(parameters, context, feedback, source, names, name_field)
        result = heritage_perimeters(
            table.geometries, distance, dissolve=dissolve, crs=source.sourceCrs().toWkt(),
            progress=self.progress_callback(feedback, 10, 90), pda=pda)

        for index in result.skipped:
            feedback.pushWarning(self.tr("Monument {0} (feature {1}) has no geometry: skipped.").format(
                names[index], table.fids[index]))
        for index in result.repaired:
            feedback.pushWarning(self.tr("Monument {0} (feature {1}) had an invalid geometry: repaired.").format(
                names[index], table.fids[index]))

        fields, rows = self._output_table(table, names, result, distance, dissolve, feedback)
        sink, dest_id = self.required_sink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, source.sourceCrs())
        write_features(sink, fields, result.geometries, rows, feedback, multi=True)
        feedback.pushInfo(self.tr("{0} perimeter(s) of {1} m written.").format(len(rows), distance))
        self.style_output_on_load(context, dest_id, "abords_mh")
        return {self.OUTPUT: dest_id}

    def _pda(self, parameters, context, feedback, source, names, name_field):
        """{monument index: PDA geometry in the monuments' CRS}, or None without PDA."""
        from ...core.heritage import pda_by_monument

        pda_source = self.parameterAsSource(parameters, self.PDA, context)
        if pda_source is None:
            return None
        pda_label = layer_label(self, parameters, self.PDA, context, pda_source)
        id_field = self.parameterAsString(parameters, self.PDA_ID_FIELD, context)
        if not name_field or not id_field or pda_source.fields().lookupField(id_field) < 0:
            raise QgsProcessingException(self.tr(
                "With a PDA layer ('{0}'), choose the monuments' NAME_FIELD and the PDA's PDA_ID_FIELD "
                "(a field of '{0}' holding the monument's name); got '{1}' and '{2}'.").format(
                    pda_label, name_field, id_field))
        table = read_features(pda_source, context, feedback, crs=source.sourceCrs(), progress_span=(5, 10))
        matched, unmatched = pda_by_monument(names, table.geometries, python_column(table, id_field))
        if unmatched:
            feedback.pushWarning(self.tr("PDA of '{0}' matching no monument (field '{1}'): {2}.").format(
                pda_label, id_field, ", ".join(unmatched)))
        feedback.pushInfo(self.tr("{0} monument(s) get their PDA, the others the circle.").format(len(matched)))
        return matched

    def _output_table(self, table, names, result, distance, dissolve, feedback):
        radius_field, mode_field = model.HERITAGE_FIELDS
        if dissolve:
            fields = qgs_fields(model.HERITAGE_DISSOLVED_FIELDS + model.HERITAGE_FIELDS)
            rows = [[len(members), "; ".join(sorted(str(names[i]) for i in members)), distance, mode]
                    for members, mode in zip(result.members, result.modes)]
            return fields, rows
        fields = QgsFields(table.fields)
        radius_index = fields.lookupField(radius_field.name)
        if radius_index < 0:
            fields = qgs_fields((radius_field,), fields)
        else:
            feedback.pushWarning(self.tr("The input already has a field 'rayon_m': its values are replaced."))
        mode_index = fields.lookupField(mode_field.name)
        if mode_index < 0:
            fields = qgs_fields((mode_field,), fields)
        rows = []
        for members, mode in zip(result.members, result.modes):
            row = list(table.attributes[members[0]])
            radius = None if mode == MODE_PDA else distance
            if radius_index < 0:
                row.append(radius)
            else:
                row[radius_index] = radius
            if mode_index < 0:
                row.append(mode)
            else:
                row[mode_index] = mode
            rows.append(row)
        return fields, rows
