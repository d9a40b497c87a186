"""pvd:overlapanalysis: described once, by its shortHelpString() and technical_help() below."""
import os

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import model
from ...i18n import number
from ..base import PvdAlgorithm
from ..field_labels import overlap_aliases
from ..gpkg_bulk import python_values
from ..qgis_io import (
    QVARIANT_TYPES,
    crs_arguments,
    id_list,
    is_missing,
    layer_label,
    layer_title,
    output_destination,
    qgs_fields,
    read_features,
    write_features,
)

# Features read, measured and let go at a time on the bulk path: the memory of the run
# is that of one chunk (plus the computed columns), not of the whole layer.
CHUNK = 50000


def label_values(fids, values):
    """Names of overlay features: label values where given, else feature ids.

    Null labels fall back to the feature id. Numbers stay numbers (sorted numerically)
    unless some values are text.
    """
    import numpy as np

    if values is None:
        return fids
    values = [fid if is_missing(value, only_null=True) else value for value, fid in zip(values, fids)]
    if all(isinstance(value, (int, float)) and not isinstance(value, bool) for value in values):
        return np.array(values)
    return np.array([str(value) for value in values], dtype=object)


def layer_kind(wkb_type):
    """'area', 'length' or 'points' of a layer's geometry type; None when it is not one of them."""
    from ...core.overlap import AREA, LENGTH, POINTS

    return {QgsWkbTypes.PointGeometry: POINTS, QgsWkbTypes.LineGeometry: LENGTH,
            QgsWkbTypes.PolygonGeometry: AREA}.get(QgsWkbTypes.geometryType(wkb_type))


def _untouched_values(columns):
    """Computed values of a feature that meets no overlay feature: 0 m², 0 %, 0, ''."""
    suffixes = model.OVERLAP_SUFFIXES
    untouched = {suffixes.noms.name: "", suffixes.n.name: 0}
    return {name: untouched.get(name.rsplit("_", 1)[-1], 0.0) for name in columns}


class OverlapAnalysisAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "overlapanalysis"
    GROUP_ID = "analysis"
    REQUIRES = ("numpy", "shapely")  # and pyproj for a geographic CRS, see crs_arguments

    INPUT = "INPUT"
    OVERLAYS = "OVERLAYS"
    LABEL_FIELD = "LABEL_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    MODEL_INPUTS = {INPUT: "travaux_raccordement",
                    OVERLAYS: ("ort_perimetres", "abords_mh", "spr", "espaces_publics")}
    MODEL_FIELDS = {LABEL_FIELD: (OVERLAYS, "nom")}

    def displayName(self):
        return self.tr("Overlap analysis (ORT, abords, SPR, public spaces)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr("Tells, for every feature of a layer (connection works, substations, parcels, projects), "
                    "how much of it lies inside each zone layer (ORT perimeters, abords of monuments, SPR, "
                    "public spaces…) and which zones those are."),
            self.tr("Result: the features with all their attributes, plus for each zone layer the area (m²) or "
                    "length (m) inside its zones, that part as a percentage of the feature, the number of zones "
                    "touched and their names. A summary table (optional) gives one line per zone layer with "
                    "the total inside and its share of the whole layer."),
            self.tr("Areas and lengths are in square metres and metres, whatever the layers' coordinate "
                    "system. Invalid geometries are repaired and listed in the log."),
            self.tr("Example: with the sample loaded, keep the preselected layers (the connection works against "
                    "the ORT perimeters, abords, SPR and public spaces) and run: each work with the metres it "
                    "runs inside each zone layer and the names of those zones.")))

    def technical_help(self):
        text = self.tr(
            "For every input feature (points, lines or polygons: substations, connection works, "
            "parcels, projects), how much of it lies inside each overlay layer (ORT perimeters, "
            "abords of monuments, SPR, public spaces…) and which zones those are.\n\n"
            "Overlay layers: one or more polygon layers; a layer in another CRS is reprojected to "
            "the input's CRS. Each overlay layer gives a field prefix derived from its layer name: "
            "lower-case ASCII without accents, only a-z, 0-9 and _, at most 20 characters, made "
            "unique with _2, _3… (also against the input's own fields).\n\n"
            "Output: every input feature with its geometry and all its attributes, plus per overlay "
            "layer:\n"
            "- <prefix>_area (polygon input): area in m² of the part of the feature inside the union "
            "of that layer's polygons (overlapping overlay polygons count once);\n"
            "- <prefix>_len (line input): length in m of the part inside that union (point input has "
            "neither field);\n"
            "- <prefix>_pc: that part as a percentage (0–100) of the feature's own area or length; "
            "for points 0 or 100 (a multipoint: the share of its points inside); a point on a zone's "
            "boundary is inside;\n"
            "- <prefix>_n: number of overlay features the feature intersects (touching counts);\n"
            "- <prefix>_noms: the LABEL_FIELD values of those features (feature ids where the layer "
            "has no such field or the value is empty), sorted and joined with '; '.\n\n"
            "Label field (optional): a field name looked up in every overlay layer, e.g. nom.\n\n"
            "Summary table (optional): one row per overlay layer with prefix, source_layer, "
            "n_touched (input features intersecting the layer), total (m², m or points inside), unit "
            "and share_pc (percentage of the input's total area, length or point count).\n\n"
            "Units: m² and m, planar in a projected CRS (converted from feet etc.), on the "
            "ellipsoid in a geographic CRS (never degrees).\n"
            "Bad geometries: invalid input or overlay geometries are repaired (make_valid) and "
            "listed in the log with their feature ids; features without geometry get NULL in every "
            "computed field (never a false 0 %) and are listed too.\n"
            "Progress is reported while reading, computing and writing; Cancel stops the run and "
            "writes nothing. A file input (GeoPackage, shapefile…) with a GeoPackage output file uses "
            "a bulk reader and writer (same result, much faster on large layers)."
        )
        text += "\n\n" + self.tr(
            "The prefix comes from the layer's name: its table name for file.gpkg|layername=…. On the "
            "ellipsoid, areas are measured in a Lambert azimuthal equal-area projection centred on the data "
            "(equal-area, so exact up to the shape of edges between vertices) and lengths geodesically, "
            "segment by segment. A bow-tie polygon is repaired into two triangles.\n"
            "How: each overlay layer is dissolved once (cluster by cluster) and cut into small tiles; one "
            "STRtree query gives the (feature, tile) pairs; features inside a tile take their own measure, "
            "the others are clipped, with a vectorised Sutherland–Hodgman clip wherever one side is convex "
            "(exact), with GEOS otherwise. The bulk path applies when the input is a file layer with no "
            "selection or filter and the output a .gpkg file: the input is read through GDAL's Arrow stream "
            "(GDAL 3.6 or later) and QGIS only creates the output table, filled in one SQLite transaction "
            "(from a GeoPackage, input rows copied byte for byte with the computed columns joined; from "
            "another format, rows inserted from the Arrow columns), with a packed R-tree spatial index; "
            "outputs pass GDAL's validate_gpkg.py. Memory layers, PostGIS, selections and temporary outputs "
            "go through QGIS's feature API, with the same results.")
        return text + "\n\n" + self.tr(
            "Example: INPUT = travaux_raccordement of the sample GeoPackage, OVERLAYS = ort_perimetres, "
            "abords_mh, spr and espaces_publics, LABEL_FIELD = nom: each work with ort_perimetres_len, "
            "ort_perimetres_pc, abords_mh_noms… and a summary row per overlay layer.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:overlapanalysis -- \
  INPUT='pvd.gpkg|layername=postes_hta_bt' \
  OVERLAYS='pvd.gpkg|layername=ort_perimetres' OVERLAYS='pvd.gpkg|layername=abords_mh' \
  LABEL_FIELD=nom OUTPUT=/tmp/recouvrement.gpkg OUTPUT_SUMMARY=/tmp/recouvrement_resume.gpkg"""),
        ("python", r"""processing.run("pvd:overlapanalysis", {
    "INPUT": "pvd.gpkg|layername=projets_espaces_publics",
    "OVERLAYS": ["pvd.gpkg|layername=ort_perimetres", "pvd.gpkg|layername=spr"],
    "LABEL_FIELD": "nom", "OUTPUT": "/tmp/recouvrement.gpkg"})"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Input features (points, lines or polygons)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.OVERLAYS, self.tr("Overlay layers (polygons)"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterString(
            self.LABEL_FIELD, self.tr("Field naming the overlay zones (e.g. nom)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Overlap"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUMMARY, self.tr("Summary per overlay layer"), QgsProcessing.TypeVector,
            optional=True, createByDefault=False))

    def run_algorithm(self, parameters, context, feedback):
        import shapely

        import numpy as np

        from ...core.overlap import field_prefixes, overlap_analysis, overlap_in_chunks
        from .. import gpkg_bulk

        source = self.required_source(parameters, self.INPUT, context)
        overlays = self.parameterAsLayerList(parameters, self.OVERLAYS, context)
        if not overlays:
            raise QgsProcessingException(self.tr("Give at least one overlay layer (OVERLAYS)."))
        for layer in overlays:
            if getattr(layer, "geometryType", None) is None or layer.geometryType() != QgsWkbTypes.PolygonGeometry:
                raise QgsProcessingException(self.tr("Overlay layer '{}' is not a polygon layer.").format(layer_title(layer)))
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context).strip()
        crs = source.sourceCrs()

        overlay_geometries, overlay_labels, overlay_fids, names = [], [], [], []
        for layer in overlays:
            layer_fids, geometries_of_layer, labels = self._read_overlay(layer, label_field, crs, context)
            if label_field and labels is None:
                feedback.pushWarning(self.tr("Overlay layer '{0}' has no field '{1}': its zones are named by "
                                             "feature id.").format(layer_title(layer), label_field))
            overlay_geometries.append(geometries_of_layer)
            overlay_labels.append(label_values(layer_fids, labels))
            overlay_fids.append(layer_fids)
            names.append(layer_title(layer))
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled by the user: nothing was written."))
        feedback.setProgress(5)

        bulk = self._bulk_location(parameters, context, source)
        progress = self.progress_callback(feedback, 5, 85)
        arguments = crs_arguments(crs)
        wkb = attributes = None
        if bulk is None:
            table = read_features(source, context, feedback)
            fids, rows = table.fids, table.attributes
            geometries = table.geometries
            result = overlap_analysis(geometries, overlay_geometries, overlay_labels, progress=progress, **arguments)
            bounds = None
        else:
            if bulk[0] == "gpkg":
                batches = gpkg_bulk.read_batches(bulk[1], bulk[2], [], batch_size=CHUNK)
            else:
                fids, wkb, attributes = gpkg_bulk.read_table(bulk[1], bulk[2], source.fields().names(), bulk[3])
                batches = ((fids[start:start + CHUNK], wkb[start:start + CHUNK], None)
                           for start in range(0, len(wkb), CHUNK))
            fid_parts, bound_parts = [], []

            def chunks():
                for batch_fids, batch_wkb, _ in batches:
                    chunk = gpkg_bulk.geometries_from_wkb(batch_wkb)
                    fid_parts.append(batch_fids)
                    bound_parts.append(shapely.bounds(chunk))
                    yield chunk

            result = overlap_in_chunks(chunks(), overlay_geometries, overlay_labels, layer_kind(source.wkbType()),
                                       progress=progress, size=source.featureCount(), **arguments)
            fids = np.concatenate(fid_parts) if fid_parts else np.empty(0, dtype=np.int64)
            bounds = np.concatenate(bound_parts) if bound_parts else np.empty((0, 4))
        input_layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        input_name = layer_label(self, parameters, self.INPUT, context, source)
        self._report_geometries(feedback, input_name, fids, result, names, overlay_fids)

        prefixes = field_prefixes(names, [field.name() for field in source.fields()])
        fields, columns = self._computed_columns(source.fields(), prefixes, result)
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, fields, source.wkbType(), crs)
        if bulk is not None:
            del sink  # QGIS has created the file with its schema; the rows go in by SQL.
            output_path = gpkg_bulk.gpkg_output_path(dest_id)
            progress = self.progress_callback(feedback, 85, 100)
            try:
                if bulk[0] == "gpkg":
                    gpkg_bulk.fill_copy_of_input(output_path, bulk[1], bulk[2], fids, bounds,
                                                 columns, progress, defaults=_untouched_values(columns))
                else:
                    if QgsWkbTypes.isMultiType(source.wkbType()):
                        wkb = gpkg_bulk.promote_to_multi(wkb)
                    gpkg_bulk.fill_from_columns(output_path, wkb, bounds, attributes,
                                                columns, progress)
            except BaseException:
                os.remove(output_path)  # a new file QGIS just created: leave nothing half-written
                raise
        else:
            computed = [python_values(values) for values in columns.values()]
            rows = [list(row) + list(extra) for row, extra in zip(rows, zip(*computed))] if computed else rows
            write_features(sink, fields, geometries, rows, feedback,
                           multi=QgsWkbTypes.isMultiType(source.wkbType()))
        outputs = {self.OUTPUT: dest_id}
        self.style_output_on_load(context, dest_id, aliases=overlap_aliases(prefixes, names))
        self.name_output_on_load(context, dest_id, self.tr("Overlap — {}").format(
            input_layer.name() if input_layer is not None else input_name), self.OUTPUT)
        summary = self._write_summary(parameters, context, prefixes, names, result)
        if summary is not None:
            outputs[self.OUTPUT_SUMMARY] = summary
        feedback.pushInfo(self.tr("{0} feature(s) analysed against {1} overlay layer(s).").format(
            number(len(fids)), len(overlays)))
        return outputs

    @staticmethod
    def _computed_columns(input_fields, prefixes, result):
        """(output fields = input fields + computed ones, {computed field: numpy column})."""
        import numpy as np

        from ...core.overlap import LENGTH, POINTS

        suffixes = model.OVERLAP_SUFFIXES
        measure_suffix = {POINTS: None, LENGTH: suffixes.len}.get(result.kind, suffixes.area)
        fields = QgsFields(input_fields)
        columns = {}
        for prefix, layer_result in zip(prefixes, result.layers):
            computed = [(suffixes.pc, layer_result.percent),
                        (suffixes.n, np.where(np.isnan(layer_result.percent), None, layer_result.count.astype(object))),
                        (suffixes.noms, layer_result.names)]
            if measure_suffix:
                computed.insert(0, (measure_suffix, layer_result.measure))
            for suffix, values in computed:
                name = model.overlap_field(prefix, suffix)
                fields.append(QgsField(name, QVARIANT_TYPES[suffix.type]))
                columns[name] = values
        return fields, columns

    @staticmethod
    def _read_overlay(layer, label_field, crs, context):
        """(fids, geometries in ``crs``, label values or None when the layer lacks the field)."""
        from .. import gpkg_bulk

        has_label = bool(label_field) and layer.fields().lookupField(label_field) >= 0
        location = gpkg_bulk.gpkg_table(layer)
        if location is not None and layer.crs() == crs:
            return gpkg_bulk.read_geometries(*location, column=label_field if has_label else None)
        table = read_features(QgsProcessingFeatureSource(layer, context, False), context, crs=crs,
                              attributes=has_label)
        return table.fids, table.geometries, (table.column(label_field) if has_label else None)

    def _bulk_location(self, parameters, context, source):
        """Where the bulk path reads the input (:func:`gpkg_bulk.copy_location`), else None."""
        from .. import gpkg_bulk

        return gpkg_bulk.copy_location(parameters.get(self.INPUT),
                                       self.parameterAsVectorLayer(parameters, self.INPUT, context), source,
                                       output_destination(parameters, self.OUTPUT, context))

    def _report_geometries(self, feedback, input_name, fids, result, names, overlay_fids):
        if len(result.missing):
            feedback.pushWarning(self.tr("Layer '{0}': {1} feature(s) without geometry get NULL measures "
                                         "(feature ids {2}).").format(input_name, len(result.missing),
                                                                      id_list(fids[result.missing])))
        if len(result.repaired):
            feedback.pushWarning(self.tr("Layer '{0}': {1} invalid geometry(ies) repaired (feature ids {2}).").format(
                input_name, len(result.repaired), id_list(fids[result.repaired])))
        if len(result.degenerate):
            feedback.pushWarning(self.tr("Layer '{0}': {1} feature(s) of zero length or area get NULL measures: "
                                         "no share of them can be computed (feature ids {2}).").format(
                input_name, len(result.degenerate), id_list(fids[result.degenerate])))
        for name, layer_fids, layer_result in zip(names, overlay_fids, result.layers):
            if len(layer_result.repaired):
                feedback.pushWarning(self.tr("Overlay layer '{0}': {1} invalid geometry(ies) repaired "
                                             "(feature ids {2}).").format(
                    name, len(layer_result.repaired), id_list(layer_fids[layer_result.repaired])))
            if len(layer_result.missing):
                feedback.pushWarning(self.tr("Overlay layer '{0}': {1} feature(s) without geometry ignored "
                                             "(feature ids {2}).").format(
                    name, len(layer_result.missing), id_list(layer_fids[layer_result.missing])))

    def _write_summary(self, parameters, context, prefixes, names, result):
        from ...core.overlap import AREA, LENGTH

        if parameters.get(self.OUTPUT_SUMMARY) in (None, ""):
            return None
        fields = qgs_fields(model.OVERLAP_SUMMARY_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_SUMMARY, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            return None
        unit = {AREA: "m2", LENGTH: "m"}.get(result.kind, "points")
        rows = []
        for prefix, name, layer_result in zip(prefixes, names, result.layers):
            share = result.share(layer_result)
            rows.append([prefix, name, layer_result.touched, layer_result.total, unit,
                         None if is_missing(share) else share])
        write_features(sink, fields, [None] * len(rows), rows)
        return dest_id
