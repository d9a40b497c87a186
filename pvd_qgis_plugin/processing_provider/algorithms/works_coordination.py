"""pvd:workscoordination: described once, by its shortHelpString() and technical_help() below."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ...core import defaults, model
from ...i18n import number
from ..base import PvdAlgorithm
from ..qgis_io import (
    layer_label,
    metres_per_map_unit,
    optional_column,
    python_column,
    qgs_fields,
    read_features,
    use_stored_values,
    write_features,
)

MAX_LISTED = 10


def _listing(items):
    """'a, b, c' with at most MAX_LISTED items, then '… (N in all)'."""
    items = list(items)
    text = ", ".join(items[:MAX_LISTED])
    return text if len(items) <= MAX_LISTED else "{}, … ({})".format(text, len(items))


def _sibling_layer(layer, name):
    """Layer ``name`` of the GeoPackage that holds ``layer``, as a feature source; None if there is none."""
    from qgis.core import QgsProviderRegistry, QgsVectorLayer

    if layer is None or layer.providerType() != "ogr":
        return None
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path")
    if not path or not path.lower().endswith(".gpkg"):
        return None
    sibling = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    return sibling if sibling.isValid() else None


def _qdate(day):
    import numpy as np

    if np.isnat(day):
        return None
    value = day.astype(object)
    return QDate(value.year, value.month, value.day)


class WorksCoordinationAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "workscoordination"
    GROUP_ID = "network"
    REQUIRES = ("numpy", "shapely")

    WORKS = "WORKS"
    WORKS_ID_FIELD = "WORKS_ID_FIELD"
    WORKS_START_FIELD = "WORKS_START_FIELD"
    WORKS_END_FIELD = "WORKS_END_FIELD"
    WORKS_STATUS_FIELD = "WORKS_STATUS_FIELD"
    WORKS_COMMUNE_FIELD = "WORKS_COMMUNE_FIELD"
    PROJECTS = "PROJECTS"
    PROJECTS_ID_FIELD = "PROJECTS_ID_FIELD"
    PROJECTS_START_FIELD = "PROJECTS_START_FIELD"
    PROJECTS_END_FIELD = "PROJECTS_END_FIELD"
    PROJECTS_STATUS_FIELD = "PROJECTS_STATUS_FIELD"
    DISTANCE = "DISTANCE"
    WINDOW_MONTHS = "WINDOW_MONTHS"
    MORATORIUM_MONTHS = "MORATORIUM_MONTHS"
    UNIT_COST = "UNIT_COST"
    SURFACES = "SURFACES"
    SURFACES_ID_FIELD = "SURFACES_ID_FIELD"
    SURFACES_COST_FIELD = "SURFACES_COST_FIELD"
    SURFACES_DATE_FIELD = "SURFACES_DATE_FIELD"
    AGGLOMERATION = "AGGLOMERATION"
    L49_AGGLOMERATION_M = "L49_AGGLOMERATION_M"
    L49_OUTSIDE_M = "L49_OUTSIDE_M"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    OUTPUT_WORKS = "OUTPUT_WORKS"
    N_L49 = "N_L49_PUBLICITE"
    TOTAL_SAVING = "TOTAL_SAVING_EUR"
    MODEL_INPUTS = {WORKS: "travaux_raccordement", PROJECTS: "projets_espaces_publics",
                    SURFACES: "espaces_publics"}
    ADVANCED = (WORKS_ID_FIELD, WORKS_START_FIELD, WORKS_END_FIELD, WORKS_STATUS_FIELD, WORKS_COMMUNE_FIELD,
                PROJECTS_ID_FIELD, PROJECTS_START_FIELD, PROJECTS_END_FIELD, PROJECTS_STATUS_FIELD,
                SURFACES_ID_FIELD, SURFACES_COST_FIELD, SURFACES_DATE_FIELD, WINDOW_MONTHS, MORATORIUM_MONTHS)
    DECIMALS = {DISTANCE: 0, UNIT_COST: 0}

    def displayName(self):
        return self.tr("Works coordination (connection works and public-space projects)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr(
                "Dig once: finds the connection works that pass near a public-space project (within 10 m) "
                "and says what to do about each pair: pool them in one trench, avoid digging into a "
                "surface renovated less than 3 years before (moratorium), or review their order."),
            self.tr(
                "Give the connection works and the public-space projects, each with start and end dates "
                "and a status (réalisé or prévu); optionally the public spaces with their trench cost "
                "(€/m) and last renovation date. Dates may be dates or text such as 2025-03-01 or "
                "01/03/2025."),
            self.tr(
                "Result: one line per pair with what to do (to pool, moratorium conflict, to "
                "re-sequence), the shared length (m), the days between the two periods and the saving of "
                "pooling (€, at 150 €/m or the cost of the surfaces crossed); a summary per commune and "
                "project."),
            self.tr(
                "Example: with the sample loaded, keep the preselected layers: the pairs to pool with "
                "their saving, and the works that would reopen a freshly renovated street."),
        ))

    def technical_help(self):
        return self.tr(
            "Dig once: finds the connection works (WORKS, lines or points with start and end dates) "
            "that pass within DISTANCE metres of a public-space project (PROJECTS, polygons or lines "
            "with start and end dates, done or planned) and says what to do about each pair.\n\n"
            "relation = mutualisable: project and work both planned, the later one starting at most "
            "WINDOW_MONTHS after the earlier one ends: one trench can serve both.\n"
            "relation = conflit_moratoire: the work starts less than MORATORIUM_MONTHS after a done "
            "project (status réalisé) ended, i.e. it digs into a freshly renovated surface. With "
            "SURFACES and their renovation date field, a work crossing a public space renovated "
            "inside the moratorium is reported too (id_projet empty, id_surface set), unless it "
            "already conflicts with a done project.\n"
            "relation = sequence_a_revoir: both planned, the project ends before the work starts, "
            "too early to pool them, and the work would reopen the new surface inside the "
            "moratorium: review the order.\n\n"
            "Dates: date or date-time fields, or text as YYYY-MM-DD (ISO) or JJ/MM/AAAA (French). "
            "A missing date field, an unreadable date or a start after its end stops the algorithm "
            "with the features concerned; features with an empty date are left out with a warning. "
            "Status fields: 'realise' (réalisé, any case) means done, anything else planned; clear "
            "the status field to treat everything as planned. A work already done is only checked "
            "for moratorium conflicts. Month arithmetic follows the calendar (31 January + 1 month "
            "= 28/29 February); window edges are included, the moratorium ends on its last day.\n\n"
            "Output (one row per pair, geometry = the stretch of the work within DISTANCE of the "
            "project): id_travaux, id_projet, id_surface, relation, insee (work's commune), "
            "longueur_commune_m (metres of that stretch), ecart_jours (days between the two periods, "
            "0 if they overlap; for a conflict, days since the renovation), economie_eur (trench cost "
            "saved by pooling, mutualisable rows only: length × unit cost), cout_unitaire_eur_m, "
            "debut_travaux, fin_travaux, debut_projet, fin_projet, date_refection.\n"
            "UNIT_COST: €/m of trench (default 150 €/m, between the usual sidewalk 80–150 and "
            "roadway 120–250 €/m; adapt it). With SURFACES and a cost field (cout_m, €/m), the "
            "stretch is priced at the cost of the surfaces it crosses, elsewhere at UNIT_COST.\n"
            "Summary table: per commune and project, the number of pairs of each relation, the "
            "pooled length and the total saving.\n\n"
            "Layers in a projected CRS (metres); other layers are reprojected to the works' CRS.\n"
            "Example: travaux_raccordement × projets_espaces_publics of the sample GeoPackage, "
            "SURFACES espaces_publics.") + "\n\n" + self.tr(
            "The rules behind the defaults. Road code L115-1: in agglomeration the mayor coordinates "
            "the works on roads and may refuse, without giving reasons, works on a road surface less "
            "than three years old: MORATORIUM_MONTHS defaults to 36.\n"
            "CPCE L49 (code des postes et des communications électroniques; décret 2010-726): the "
            "owner of works of at least 150 m in agglomeration (L49_AGGLOMERATION_M) or 1 000 m "
            "outside (L49_OUTSIDE_M) must publish them so that other networks can join the trench "
            "(dig once). Each pair gets l49_publicite (true/false) for its work, and OUTPUT_WORKS "
            "lists every work with longueur_m, agglomeration and l49_publicite. The agglomeration is "
            "the AGGLOMERATION polygons; without them, the ORT perimeters (layer ort_perimetres of "
            "the works' GeoPackage) count as agglomeration; without either, every work is taken as "
            "in agglomeration (the lower threshold, the prudent answer), said in the log. A work "
            "touching the agglomeration counts as in it with its whole length; point works have no "
            "length.") + "\n\n" + self.tr(
            "ISO dates may carry a time. The message of a missing date field names the layer and the field, "
            "that of an unreadable date lists the feature ids and values, and nothing is written. Other "
            "pairs (works before the project and outside the window, a moratorium over…) are not listed. An "
            "optional field the layer lacks is reported in a warning saying what is done instead. "
            "cout_unitaire_eur_m is the mean €/m used for the stretch; date_refection is the renovation "
            "behind a conflict.\n"
            "Fields of the summary table: insee, id_projet, nb_mutualisable, nb_conflit_moratoire, "
            "nb_sequence_a_revoir, longueur_mutualisable_m, economie_eur. OUTPUT_WORKS (written by default) "
            "also gives id_travaux and insee of each work; N_L49_PUBLICITE counts the works to publish.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:workscoordination -- \
  WORKS='sample_layers/pvd_isigny_omaha.gpkg|layername=travaux_raccordement' \
  PROJECTS='sample_layers/pvd_isigny_omaha.gpkg|layername=projets_espaces_publics' \
  SURFACES='sample_layers/pvd_isigny_omaha.gpkg|layername=espaces_publics' \
  DISTANCE=10 WINDOW_MONTHS=12 MORATORIUM_MONTHS=36 UNIT_COST=150 \
  OUTPUT=/tmp/coordination.gpkg OUTPUT_SUMMARY=/tmp/coordination_synthese.gpkg"""),
        ("python", r"""import processing
gpkg = "/path/to/pvd_isigny_omaha.gpkg"
result = processing.run("pvd:workscoordination", {
    "WORKS": gpkg + "|layername=travaux_raccordement",
    "PROJECTS": gpkg + "|layername=projets_espaces_publics",
    "SURFACES": gpkg + "|layername=espaces_publics",
    "OUTPUT": "/tmp/coordination.gpkg", "OUTPUT_SUMMARY": "/tmp/coordination_synthese.gpkg"})
print(result["TOTAL_SAVING_EUR"], result["N_CONFLIT_MORATOIRE"])"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.WORKS, self.tr("Connection works (travaux de raccordement)"),
            [QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPoint]))
        self._field(self.WORKS_ID_FIELD, self.tr("Works: id field"), self.WORKS, "id_travaux", True)
        self._field(self.WORKS_START_FIELD, self.tr("Works: start date field"), self.WORKS, "date_debut", True)
        self._field(self.WORKS_END_FIELD, self.tr("Works: end date field"), self.WORKS, "date_fin", True)
        self._field(self.WORKS_STATUS_FIELD, self.tr("Works: status field (réalisé / prévu)"), self.WORKS,
                    "statut", True)
        self._field(self.WORKS_COMMUNE_FIELD, self.tr("Works: commune field (summary)"), self.WORKS,
                    "insee", True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROJECTS, self.tr("Public-space projects (projets d'espaces publics)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorLine]))
        self._field(self.PROJECTS_ID_FIELD, self.tr("Projects: id field"), self.PROJECTS, "id_projet", True)
        self._field(self.PROJECTS_START_FIELD, self.tr("Projects: start date field"), self.PROJECTS, "date_debut", True)
        self._field(self.PROJECTS_END_FIELD, self.tr("Projects: end date field"), self.PROJECTS, "date_fin", True)
        self._field(self.PROJECTS_STATUS_FIELD, self.tr("Projects: status field (réalisé / prévu)"),
                    self.PROJECTS, "statut", True)
        self.addParameter(QgsProcessingParameterNumber(
            self.DISTANCE, self.tr("Distance between a work and a project (metres)"),
            QgsProcessingParameterNumber.Double, defaults.COORDINATION_DISTANCE_M, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.WINDOW_MONTHS, self.tr("Pooling window (months)"),
            QgsProcessingParameterNumber.Integer, defaults.COORDINATION_WINDOW_MONTHS, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MORATORIUM_MONTHS, self.tr("Moratorium after a renovation (months)"),
            QgsProcessingParameterNumber.Integer, defaults.COORDINATION_MORATORIUM_MONTHS, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.UNIT_COST, self.tr("Trench unit cost (€/m)"),
            QgsProcessingParameterNumber.Double, defaults.COORDINATION_UNIT_COST, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SURFACES, self.tr("Public spaces with costs and renovation dates (espaces publics)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self._field(self.SURFACES_ID_FIELD, self.tr("Public spaces: id field"), self.SURFACES, "id_ep", True)
        self._field(self.SURFACES_COST_FIELD, self.tr("Public spaces: trench cost field (€/m)"),
                    self.SURFACES, "cout_m", True, QgsProcessingParameterField.Numeric)
        self._field(self.SURFACES_DATE_FIELD, self.tr("Public spaces: last renovation date field"),
                    self.SURFACES, "date_refection", True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AGGLOMERATION, self.tr("Agglomeration (polygons; default: the ORT perimeters)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.L49_AGGLOMERATION_M, self.tr("CPCE L49: length to publish in agglomeration (m)"),
            QgsProcessingParameterNumber.Double, defaults.L49_AGGLOMERATION_M, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.L49_OUTSIDE_M, self.tr("CPCE L49: length to publish outside agglomeration (m)"),
            QgsProcessingParameterNumber.Double, defaults.L49_OUTSIDE_M, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Work/project pairs"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUMMARY, self.tr("Summary per commune and project"), QgsProcessing.TypeVector,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_WORKS, self.tr("Works to publish (CPCE L49)"), QgsProcessing.TypeVectorLine,
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_SAVING, self.tr("Total saving of pooling (€)")))
        self.addOutput(QgsProcessingOutputNumber(self.N_L49, self.tr("Works to publish (CPCE L49)")))
        for relation in defaults.RELATIONS:
            self.addOutput(QgsProcessingOutputNumber("N_" + relation.upper(), relation))

    def _field(self, name, description, parent, default, optional=False,
               data_type=QgsProcessingParameterField.Any):
        # Date fields are "optional" for Processing only: QGIS 3.22 and qgis_process demand a
        # value for a mandatory field parameter even when it has a default; run_algorithm
        # stops with a clear message when a date field is empty or absent.
        self.addParameter(QgsProcessingParameterField(
            name, description, default, parentLayerParameterName=parent, type=data_type, optional=optional))

    def run_algorithm(self, parameters, context, feedback):
        import numpy as np

        from ...core import coordination as core

        works_source = self.required_source(parameters, self.WORKS, context)
        projects_source = self.required_source(parameters, self.PROJECTS, context)
        surfaces_source = self.parameterAsSource(parameters, self.SURFACES, context)
        crs = works_source.sourceCrs()
        unit_m = metres_per_map_unit(crs, layer_label(self, parameters, self.WORKS, context))

        works = self._dated_layer(parameters, context, feedback, self.WORKS, works_source, self.WORKS_ID_FIELD,
                                  self.WORKS_START_FIELD, self.WORKS_END_FIELD, crs, (0, 10))
        projects = self._dated_layer(parameters, context, feedback, self.PROJECTS, projects_source,
                                     self.PROJECTS_ID_FIELD, self.PROJECTS_START_FIELD, self.PROJECTS_END_FIELD,
                                     crs, (10, 20))
        works_status = self._optional_column(parameters, context, feedback, works, self.WORKS_STATUS_FIELD,
                                             self.tr("every work is taken as planned"))
        projects_status = self._optional_column(parameters, context, feedback, projects, self.PROJECTS_STATUS_FIELD,
                                                self.tr("every project is taken as planned"))
        commune = self._optional_column(parameters, context, feedback, works, self.WORKS_COMMUNE_FIELD,
                                        self.tr("the summary has no commune"))
        surfaces = self._surfaces(parameters, context, feedback, surfaces_source, crs)

        result = core.coordinate_works(
            works["table"].geometries, works["start"], works["end"],
            projects["table"].geometries, projects["start"], projects["end"],
            core.is_done(projects_status) if projects_status is not None else np.zeros(len(projects["ids"]), bool),
            distance_m=self.parameterAsDouble(parameters, self.DISTANCE, context),
            window_months=self.parameterAsInt(parameters, self.WINDOW_MONTHS, context),
            moratorium_months=self.parameterAsInt(parameters, self.MORATORIUM_MONTHS, context),
            unit_cost=self.parameterAsDouble(parameters, self.UNIT_COST, context),
            work_done=core.is_done(works_status) if works_status is not None else None,
            surfaces=surfaces["geometries"], surface_cost=surfaces["cost"],
            surface_renovated=surfaces["renovated"],
            commune=np.array(commune, dtype=object) if commune is not None else None,
            unit_m=unit_m, progress=self.progress_callback(feedback, 20, 90))

        publicity = self._publicity(parameters, context, feedback, works, crs, unit_m)
        geometry_type = (QgsWkbTypes.MultiPoint if QgsWkbTypes.geometryType(works_source.wkbType())
                         == QgsWkbTypes.PointGeometry else QgsWkbTypes.MultiLineString)
        fields, rows = self._pair_rows(result, works, projects, surfaces, commune)
        for row, work in zip(rows, result.work):
            row.append(bool(publicity.publish[work]))
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, fields, geometry_type, crs)
        write_features(sink, fields, result.geometries, rows, feedback, multi=True)
        outputs = {self.OUTPUT: dest_id}
        self.style_output_on_load(context, dest_id, "works_coordination")

        summary_fields, summary_rows = self._summary_rows(result.summary, projects)
        summary_sink, summary_id = self.parameterAsSink(
            parameters, self.OUTPUT_SUMMARY, context, summary_fields, QgsWkbTypes.NoGeometry, crs)
        if summary_sink is not None:
            write_features(summary_sink, summary_fields, [None] * len(summary_rows), summary_rows)
            outputs[self.OUTPUT_SUMMARY] = summary_id

        works_fields, works_rows = self._works_rows(works, commune, publicity)
        works_sink, works_id = self.parameterAsSink(
            parameters, self.OUTPUT_WORKS, context, works_fields, geometry_type, crs)
        if works_sink is not None:
            write_features(works_sink, works_fields, works["table"].geometries, works_rows, multi=True)
            outputs[self.OUTPUT_WORKS] = works_id
        outputs[self.N_L49] = int(publicity.publish.sum())
        published = [str(works["ids"][k]) for k in range(len(works_rows)) if publicity.publish[k]]
        feedback.pushInfo(self.tr("CPCE L49: {0} work(s) to publish so that other networks can join: {1}.").format(
            len(published), _listing(published) or "-"))

        total_saving = float(result.saving_eur.sum())
        outputs[self.TOTAL_SAVING] = total_saving
        for relation in core.RELATIONS:
            outputs["N_" + relation.upper()] = int((result.relation == relation).sum())
        feedback.pushInfo(self.tr(
            "{0} pair(s) to pool, saving {1} of trench; {2} in conflict with a moratorium; "
            "{3} to re-sequence.").format(
            outputs["N_MUTUALISABLE"], number(total_saving, 0, "€"), outputs["N_CONFLIT_MORATOIRE"],
            outputs["N_SEQUENCE_A_REVOIR"]))
        return outputs

    def _publicity(self, parameters, context, feedback, works, crs, unit_m):
        """CPCE L49 per work, the agglomeration read from AGGLOMERATION or the ORT perimeters."""
        from ...core.coordination import l49_publicity

        source = self.parameterAsSource(parameters, self.AGGLOMERATION, context)
        if source is None:
            sibling = _sibling_layer(self.parameterAsVectorLayer(parameters, self.WORKS, context), "ort_perimetres")
            if sibling is not None:
                source = QgsProcessingFeatureSource(sibling, context)
                feedback.pushInfo(self.tr(
                    "CPCE L49: the ORT perimeters of the works' GeoPackage count as agglomeration."))
        zones = None
        if source is not None:
            zones = read_features(source, context, feedback, crs=crs, attributes=False,
                                  progress_span=(90, 90)).geometries
        else:
            feedback.pushInfo(self.tr(
                "CPCE L49: no agglomeration layer and no ORT perimeters: every work is taken as in "
                "agglomeration (the lower threshold)."))
        return l49_publicity(
            works["table"].geometries, zones, unit_m,
            self.parameterAsDouble(parameters, self.L49_AGGLOMERATION_M, context),
            self.parameterAsDouble(parameters, self.L49_OUTSIDE_M, context))

    def _works_rows(self, works, commune, publicity):
        fields = qgs_fields(model.COORDINATION_WORKS_FIELDS)
        rows = [[str(works["ids"][k]),
                 str(commune[k]) if commune is not None and commune[k] is not None else None,
                 round(float(publicity.length_m[k]), 2), bool(publicity.agglomeration[k]),
                 bool(publicity.publish[k])] for k in range(len(works["ids"]))]
        return fields, rows

    def _dated_layer(self, parameters, context, feedback, layer_param, source, id_param, start_param, end_param,
                     crs, span):
        """Features of a layer with ids and start/end days (NaT where empty: left out by the core)."""
        import numpy as np

        from ...core.coordination import start_after_end

        label = layer_label(self, parameters, layer_param, context)
        start_field = self.parameterAsString(parameters, start_param, context)
        end_field = self.parameterAsString(parameters, end_param, context)
        for field in (start_field, end_field):
            if not field:
                raise QgsProcessingException(self.tr("Layer '{0}': choose its start and end date fields.").format(
                    label))
            if source.fields().lookupField(field) < 0:
                raise QgsProcessingException(self.tr(
                    "Layer '{0}' has no date field '{1}': choose its start and end date fields.").format(
                    label, field))
        table = read_features(source, context, feedback, crs=crs, progress_span=span)
        use_stored_values(table, self.parameterAsVectorLayer(parameters, layer_param, context), (start_field, end_field))
        start = self._days(python_column(table, start_field), table, label, start_field)
        end = self._days(python_column(table, end_field), table, label, end_field)
        wrong = start_after_end(start, end)
        if len(wrong):
            raise QgsProcessingException(self.tr(
                "Layer '{0}': the start date ({1}) is after the end date ({2}) for feature(s) {3}.").format(
                label, start_field, end_field,
                _listing("{} ({} > {})".format(table.fids[i], start[i], end[i]) for i in wrong)))
        undated = [str(fid) for fid in table.fids[np.isnat(start) | np.isnat(end)]]
        if undated:
            feedback.pushWarning(self.tr("Layer '{0}': feature(s) {1} have no start or end date: left out.").format(
                label, _listing(undated)))
        layer = {"source": source, "label": label, "table": table, "start": start, "end": end}
        ids = self._optional_column(parameters, context, feedback, layer, id_param,
                                    self.tr("features are named by their feature id"))
        layer["ids"] = ids if ids is not None else [str(fid) for fid in table.fids]
        self._report_geometries_and_ids(feedback, layer, self.parameterAsString(parameters, id_param, context)
                                        if ids is not None else None)
        return layer

    def _report_geometries_and_ids(self, feedback, layer, id_field):
        """Warn about features left out for want of a geometry, and about ids given to several
        features (each is analysed on its own, but the output cannot tell them apart)."""
        import shapely

        table, label = layer["table"], layer["label"]
        geometries = table.geometries
        missing = shapely.is_missing(geometries)
        missing[~missing] = shapely.is_empty(geometries[~missing])
        if missing.any():
            feedback.pushWarning(self.tr("Layer '{0}': feature(s) {1} have no geometry: left out.").format(
                label, _listing(str(fid) for fid in table.fids[missing])))
        if id_field is None:
            return
        positions = {}
        for position, value in enumerate(layer["ids"]):
            if value is not None:
                positions.setdefault(str(value), []).append(position)
        repeated = [(value, rows) for value, rows in positions.items() if len(rows) > 1]
        if repeated:
            feedback.pushWarning(self.tr(
                "Layer '{0}', field '{1}': id(s) shared by several features: {2}. Each feature is analysed on "
                "its own, but rows of the output with that id cannot be told apart: give each feature its own "
                "id.").format(label, id_field, _listing("{} ({})".format(
                    value, ", ".join(str(table.fids[i]) for i in rows)) for value, rows in repeated)))

    def _days(self, values, table, label, field):
        from ...core.dates import parse_dates

        parsed = parse_dates(values)
        if len(parsed.invalid):
            raise QgsProcessingException(self.tr(
                "Layer '{0}', field '{1}': unreadable date(s) (expected a date field, YYYY-MM-DD or "
                "JJ/MM/AAAA) for feature(s) {2}.").format(
                label, field,
                _listing("{} ('{}')".format(table.fids[i], values[i]) for i in parsed.invalid)))
        return parsed.days

    def _optional_column(self, parameters, context, feedback, layer, param, consequence):
        """Values of an optional field of ``layer`` (a dict with source, label and table)."""
        field = self.parameterAsString(parameters, param, context)
        return optional_column(layer["source"], layer["table"], field, feedback, consequence, layer["label"])

    def _surfaces(self, parameters, context, feedback, source, crs):
        empty = {"geometries": None, "cost": None, "renovated": None, "ids": None}
        if source is None:
            return empty
        table = read_features(source, context, feedback, crs=crs, progress_span=(20, 25))
        use_stored_values(table, self.parameterAsVectorLayer(parameters, self.SURFACES, context), [
            self.parameterAsString(parameters, name, context) for name in (self.SURFACES_COST_FIELD,
                                                                            self.SURFACES_DATE_FIELD)])
        layer = {"source": source, "label": layer_label(self, parameters, self.SURFACES, context), "table": table}
        surfaces = dict(empty, geometries=table.geometries)
        cost = self._optional_column(parameters, context, feedback, layer, self.SURFACES_COST_FIELD,
                                     self.tr("trenches are priced at the unit cost"))
        if cost is not None:
            surfaces["cost"] = self._costs(cost, table, layer["label"],
                                           self.parameterAsString(parameters, self.SURFACES_COST_FIELD, context))
        renovated = self._optional_column(parameters, context, feedback, layer, self.SURFACES_DATE_FIELD,
                                          self.tr("no renovation date is checked"))
        if renovated is not None:
            surfaces["renovated"] = self._days(
                renovated, table, layer["label"], self.parameterAsString(parameters, self.SURFACES_DATE_FIELD, context))
        ids = self._optional_column(parameters, context, feedback, layer, self.SURFACES_ID_FIELD,
                                    self.tr("public spaces are named by their feature id"))
        surfaces["ids"] = ids if ids is not None else [str(fid) for fid in table.fids]
        return surfaces

    def _costs(self, values, table, label, field):
        """€/m per surface (``12,5`` is 12.5), NaN where empty; a clear error for text that is not a number."""
        from ...core.numbers import parse_numbers

        parsed = parse_numbers(values)
        if len(parsed.unreadable):
            raise QgsProcessingException(self.tr(
                "Layer '{0}', field '{1}': trench costs must be numbers (€/m); feature(s) {2}.").format(
                label, field, _listing("{} ('{}')".format(table.fids[i], values[i]) for i in parsed.unreadable)))
        return parsed.values

    def _pair_rows(self, result, works, projects, surfaces, commune):
        """The pairs' fields (the last, l49_publicite, filled by the caller) and rows."""
        fields = qgs_fields(model.COORDINATION_PAIR_FIELDS)
        rows = []
        for k, (w, p, s) in enumerate(zip(result.work, result.project, result.surface)):
            if p >= 0:
                renovated = projects["end"][p] if result.relation[k] == "conflit_moratoire" else None
                project_dates = [_qdate(projects["start"][p]), _qdate(projects["end"][p])]
            else:
                renovated = surfaces["renovated"][s]
                project_dates = [None, None]
            rows.append([
                str(works["ids"][w]), str(projects["ids"][p]) if p >= 0 else None,
                str(surfaces["ids"][s]) if s >= 0 else None, result.relation[k],
                str(commune[w]) if commune is not None and commune[w] is not None else None,
                round(float(result.shared_length_m[k]), 2), int(result.gap_days[k]),
                round(float(result.saving_eur[k]), 2), round(float(result.unit_cost_eur_m[k]), 2),
                _qdate(works["start"][w]), _qdate(works["end"][w])] + project_dates
                + [_qdate(renovated) if renovated is not None else None])
        return fields, rows

    def _summary_rows(self, summary, projects):
        fields = qgs_fields(model.COORDINATION_SUMMARY_FIELDS)
        rows = []
        for g, (commune, project) in enumerate(zip(summary.commune, summary.project)):
            rows.append(
                [str(commune) if commune is not None else None,
                 str(projects["ids"][project]) if project >= 0 else None]
                + [int(summary.counts[relation][g]) for relation in defaults.RELATIONS]
                + [round(float(summary.shared_length_m[g]), 2), round(float(summary.saving_eur[g]), 2)])
        return fields, rows
