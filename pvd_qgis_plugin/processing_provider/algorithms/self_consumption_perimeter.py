"""pvd:selfconsumptionperimeter: described once, by its shortHelpString() and technical_help() below."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import defaults, model
from ...i18n import number
from ..base import PvdAlgorithm
from ..qgis_io import (layer_label, optional_column, python_column, qgs_fields, read_features, use_stored_values,
                       write_features)

PRODUCER, CONSUMER = "producteur", "consommateur"


class SelfConsumptionPerimeterAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "selfconsumptionperimeter"
    GROUP_ID = "network"
    REQUIRES = ("numpy", "shapely", "pyproj")

    PRODUCERS = "PRODUCERS"
    CONSUMERS = "CONSUMERS"
    PRODUCER_ID_FIELD = "PRODUCER_ID_FIELD"
    CONSUMER_ID_FIELD = "CONSUMER_ID_FIELD"
    MAX_DISTANCE = "MAX_DISTANCE"
    DEROGATION = "DEROGATION"
    SUBSTATIONS = "SUBSTATIONS"
    SUBSTATION_ID_FIELD = "SUBSTATION_ID_FIELD"
    COMMUNES = "COMMUNES"
    DENSITY_FIELD = "DENSITY_FIELD"
    TOTAL_POWER_KW = "TOTAL_POWER_KW"
    MAX_POWER_MW = "MAX_POWER_MW"
    OUTPUT_CIRCLE = "OUTPUT_CIRCLE"
    OUTPUT_PAIR = "OUTPUT_PAIR"
    OUTPUT_PARTICIPANTS = "OUTPUT_PARTICIPANTS"
    OUTPUT_SUBSTATIONS = "OUTPUT_SUBSTATIONS"
    # producers: the connection requests (photovoltaic ones inject); consumers: the consumption points
    MODEL_INPUTS = {PRODUCERS: "demandes_raccordement", CONSUMERS: "consommation_electrique",
                    SUBSTATIONS: "postes_hta_bt"}
    MODEL_FIELDS = {PRODUCER_ID_FIELD: (PRODUCERS, "id_demande"), CONSUMER_ID_FIELD: (CONSUMERS, "id_conso"),
                    SUBSTATION_ID_FIELD: (SUBSTATIONS, "id_poste")}
    ADVANCED = (PRODUCER_ID_FIELD, CONSUMER_ID_FIELD, SUBSTATION_ID_FIELD)
    DECIMALS = {MAX_DISTANCE: 0}

    def displayName(self):
        return self.tr("Collective self-consumption perimeter (Périmètre d'autoconsommation collective)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr(
                "Checks the distance criterion of a collective self-consumption operation (arrêté of 21 "
                "November 2019): the two participants farthest apart must be at most 2 km from each other "
                "(10 or 20 km with a derogation for peri-urban or rural communes)."),
            self.tr(
                "Give the producers (injection points, e.g. a solar roof) and the consumers (delivery "
                "points); optionally the HTA/BT substations, to see which ones the operation involves."),
            self.tr(
                "Result: the smallest circle enclosing all participants, the line between the two "
                "farthest participants with their distance (m), every participant with its distance to "
                "the farthest other one, and whether the operation complies. Given the communes' density "
                "class, the derogation is read commune by commune; given the producers' power, the power cap "
                "is checked. Whether all are on one low-voltage network is not checked."),
            self.tr(
                "Example: producers = a solar roof on the school, consumers = the town hall, the sports "
                "hall and 20 dwellings of the same town centre, limit 2 000 m: the circle, the farthest "
                "pair and whether the operation complies."),
        ))

    def technical_help(self):
        text = self.tr(
            "Checks the geographic criterion of an extended collective self-consumption operation "
            "(autoconsommation collective étendue, code de l'énergie L315-2; arrêté of 21 November "
            "2019): the distance between the two participants farthest apart must not exceed 2 km, "
            "measured between the consumers' delivery points and the producers' injection points.\n\n"
            "MAX_DISTANCE: the limit in metres (default 2000). DEROGATION: the limits a minister's "
            "derogation can grant (arrêté of 19 September 2023): 10 000 m when every participant is in "
            "a rural or peri-urban commune of the INSEE density grid, 20 000 m when every participant "
            "is in a rural commune; a derogation replaces MAX_DISTANCE.\n\n"
            "Outputs:\n"
            "- Circle: the smallest circle enclosing all participants (exact, GEOS's minimum bounding circle) with "
            "rayon_m, diametre_m, distance_max_m (the farthest pair, the distance the rule bears on), "
            "limite_m, conforme, nb_hors_regle and nb_postes_cercle.\n"
            "- Farthest pair: a line between the two participants farthest apart.\n"
            "- Participants: every producer and consumer with dist_max_m (to the farthest other "
            "participant), nb_hors_distance (participants farther than the limit from it) and "
            "hors_regle = at least one participant is farther than the limit from it; the operation "
            "complies when no participant breaks the rule.\n"
            "- Substations (with an HTA/BT substation layer): the substations involved, i.e. the "
            "nearest substation of at least one participant (nb_participants) or inside the circle "
            "(dans_cercle); each participant also gets id_poste_proche and dist_poste_m.\n\n"
            "Distances are metres on the ground in any CRS."
        )
        text += "\n\n" + self.tr(
            "Every distance is measured on the ground, geodesically on the layer's ellipsoid, whatever "
            "its CRS: a projection's scale error (Lambert-93 is up to 0.1 % off near 46.5° N) would "
            "otherwise make a pair 2 000.3 m apart compliant.\n"
            "COMMUNES (optional polygons) with DENSITY_FIELD (the INSEE communal density grid in 7 "
            "levels, 1–7 or its labels; default DENS): the derogation is read per commune (arrêté of "
            "19 September 2023): 20 km when every participant is in a rural commune (5 bourgs "
            "ruraux, 6–7 rural à habitat dispersé / très dispersé), 10 km when every participant is "
            "in a rural or peri-urban one (3 ceintures urbaines, 4 petites villes), else "
            "MAX_DISTANCE; a participant outside the communes or with an unknown class gets no "
            "derogation. The derogation read from the communes replaces DEROGATION; each participant "
            "gets classe_densite.\n"
            "TOTAL_POWER_KW (optional field of the producers, kW): the total power of the operation, "
            "checked against MAX_POWER_MW (default 3 MW, the cap of the arrêté of 21 November 2019; "
            "later texts raised it to 5 MW, and up to 10 MW for some operations of public bodies: set "
            "the cap in force). The circle gets puissance_kw, puissance_max_kw and "
            "puissance_conforme; conforme stays the distance criterion.")
        text += "\n\n" + self.tr(
            "The rule, in the words of the arrêté: « la distance séparant les deux participants les plus "
            "éloignés n'excède pas deux kilomètres ». The minister may grant a derogation: 20 km for "
            "isolated, sparsely populated places (arrêté of 14 October 2020); since the arrêté of 19 "
            "September 2023, the limits of DEROGATION. The rule bears on the farthest pair (the diameter of "
            "the set); the smallest enclosing circle shows the perimeter, and its diameter lies between the "
            "farthest-pair distance d and 2d/√3.\n"
            "The circle also gives nb_participants, nb_producteurs, nb_consommateurs, centre_x and "
            "centre_y. Farthest pair: id_a, role_a, id_b, role_b, distance_m, limite_m, conforme. "
            "Participants: id_participant (the id field, else the feature id) and role (producteur or "
            "consommateur). Substations involved: id_poste, dans_cercle, nb_participants. With COMMUNES, a "
            "warning says when the derogation read from the communes differs from DEROGATION.\n"
            "Distances are measured with pyproj's Geod; the pairs a local azimuthal equidistant frame could "
            "misjudge are measured again. So a pair 2 000.3 m apart on the ground is not conforme though "
            "Lambert-93 reads 1 998.4 m near 46.5° N, and a pair 1 999.7 m apart is. Not checked: whether "
            "all participants are on one low-voltage network.")
        return text + "\n\n" + self.tr(
            "Example: PRODUCERS = a solar roof on the school, CONSUMERS = the town hall, the sports hall and "
            "20 dwellings of the same town centre, MAX_DISTANCE 2000: the enclosing circle, the farthest pair"
            " and whether the operation complies.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:selfconsumptionperimeter -- PRODUCERS=/tmp/acc.gpkg\|layername=producteurs \
  CONSUMERS=/tmp/acc.gpkg\|layername=consommateurs MAX_DISTANCE=2000 DEROGATION=0 \
  SUBSTATIONS='sample_layers/pvd_isigny_omaha.gpkg|layername=postes_hta_bt' \
  OUTPUT_CIRCLE=/tmp/cercle.gpkg OUTPUT_PAIR=/tmp/paire.gpkg OUTPUT_PARTICIPANTS=/tmp/participants.gpkg \
  OUTPUT_SUBSTATIONS=/tmp/postes.gpkg"""),
        ("python", r"""processing.run("pvd:selfconsumptionperimeter", {
    "PRODUCERS": producers_layer, "CONSUMERS": consumers_layer, "MAX_DISTANCE": 2000, "DEROGATION": 2,
    "OUTPUT_CIRCLE": "memory:", "OUTPUT_PAIR": "memory:", "OUTPUT_PARTICIPANTS": "memory:"})"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PRODUCERS, self.tr("Producers (injection points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CONSUMERS, self.tr("Consumers (delivery points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.PRODUCER_ID_FIELD, self.tr("Producer identifier field"),
            parentLayerParameterName=self.PRODUCERS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CONSUMER_ID_FIELD, self.tr("Consumer identifier field"),
            parentLayerParameterName=self.CONSUMERS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DISTANCE, self.tr("Maximum distance between the two farthest participants (metres)"),
            QgsProcessingParameterNumber.Double, defaults.SELF_CONSUMPTION_MAX_DISTANCE_M, minValue=1.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.DEROGATION, self.tr("Derogation"),
            [self.tr("None (MAX_DISTANCE)"),
             self.tr("Rural or peri-urban communes: 10 000 m"),
             self.tr("Rural communes: 20 000 m")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SUBSTATIONS, self.tr("HTA/BT substations (postes)"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SUBSTATION_ID_FIELD, self.tr("Substation identifier field"), "id_poste",
            parentLayerParameterName=self.SUBSTATIONS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNES, self.tr("Communes with their density class (derogation per commune)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DENSITY_FIELD, self.tr("INSEE density grid class field (1–7)"), "DENS",
            parentLayerParameterName=self.COMMUNES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.TOTAL_POWER_KW, self.tr("Producers: power field (kW)"), "puissance_kw",
            parentLayerParameterName=self.PRODUCERS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_POWER_MW, self.tr("Power cap of the operation (MW)"), QgsProcessingParameterNumber.Double,
            defaults.SELF_CONSUMPTION_MAX_POWER_MW, minValue=0.0, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_CIRCLE, self.tr("Smallest enclosing circle"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PAIR, self.tr("Farthest pair"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PARTICIPANTS, self.tr("Participants"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SUBSTATIONS, self.tr("Substations involved"), QgsProcessing.TypeVectorPoint,
            optional=True))

    def _ids(self, parameters, name, context, source, table, feedback, layer_parameter):
        field_name = self.parameterAsString(parameters, name, context)
        label = layer_label(self, parameters, layer_parameter, context, source)
        if field_name and source.fields().lookupField(field_name) < 0:
            if name == self.SUBSTATION_ID_FIELD:
                feedback.pushWarning(self.tr("Layer '{0}' has no field '{1}': substations are named by feature id.").format(
                    label, field_name))
                return [str(fid) for fid in table.fids]
            raise QgsProcessingException(self.tr("Layer '{0}' has no field '{1}'.").format(label, field_name))
        if not field_name:
            if name != self.SUBSTATION_ID_FIELD:
                feedback.pushWarning(self.tr(
                    "Layer '{0}': no identifier field ({1}) is chosen: its features are named by their feature "
                    "id, which the other layer's features may share (the role column tells them apart).").format(
                        label, name))
            return [str(fid) for fid in table.fids]
        return [None if value is None else str(value) for value in python_column(table, field_name)]

    def run_algorithm(self, parameters, context, feedback):
        import numpy as np
        import shapely

        from ...core import self_consumption as core

        producers = self.required_source(parameters, self.PRODUCERS, context)
        consumers = self.required_source(parameters, self.CONSUMERS, context)
        crs = producers.sourceCrs()
        derogation = self.parameterAsEnum(parameters, self.DEROGATION, context)
        limit = {1: core.DEROGATION_PERIURBAN_RURAL_M, 2: core.DEROGATION_RURAL_M}.get(
            derogation, self.parameterAsDouble(parameters, self.MAX_DISTANCE, context))

        tables, kept = [], {}
        for role, source, id_name, span, layer_parameter in (
                (PRODUCER, producers, self.PRODUCER_ID_FIELD, (0, 10), self.PRODUCERS),
                (CONSUMER, consumers, self.CONSUMER_ID_FIELD, (10, 20), self.CONSUMERS)):
            table = read_features(source, context, feedback, crs=crs, progress_span=span)
            ids = self._ids(parameters, id_name, context, source, table, feedback, layer_parameter)
            present = ~shapely.is_missing(table.geometries)
            present[present] = ~shapely.is_empty(table.geometries[present])
            for index in np.flatnonzero(~present):
                feedback.pushWarning(self.tr("{0} {1} (layer '{2}') has no geometry: left out.").format(
                    role, ids[index], layer_label(self, parameters, layer_parameter, context, source)))
            tables.append((role, table.geometries[present], [ids[i] for i in np.flatnonzero(present)]))
            kept[role] = (table, present)
        roles = [role for role, geometries, _ids in tables for _ in range(len(geometries))]
        ids = [value for _role, _geometries, table_ids in tables for value in table_ids]
        geometries = np.concatenate([geometries for _role, geometries, _ids in tables])
        if len(geometries) == 0:
            raise QgsProcessingException(self.tr("No participant with a geometry in the producer and consumer layers."))
        if PRODUCER not in roles or CONSUMER not in roles:
            feedback.pushWarning(self.tr("An operation needs at least one producer and one consumer."))

        substations = self.parameterAsSource(parameters, self.SUBSTATIONS, context)
        station_table = station_ids = None
        if substations is not None:
            station_table = read_features(substations, context, feedback, crs=crs, progress_span=(20, 30))
            station_ids = self._ids(parameters, self.SUBSTATION_ID_FIELD, context, substations, station_table,
                                    feedback, self.SUBSTATIONS)

        levels = self._density_levels(parameters, context, feedback, geometries, ids, crs)
        if levels is not None:
            from_communes = core.limit_for_levels(levels, self.parameterAsDouble(parameters, self.MAX_DISTANCE, context))
            if derogation and from_communes != limit:
                feedback.pushWarning(self.tr(
                    "DEROGATION ({0:.0f} m) replaced by the limit the communes' density classes allow "
                    "({1:.0f} m).").format(limit, from_communes))
            limit = from_communes
            feedback.pushInfo(self.tr("Limit read from the communes' density classes: {0:.0f} m.").format(limit))
        power = self._power(parameters, context, feedback, producers, *kept[PRODUCER])

        result = core.self_consumption_perimeter(
            geometries, limit, None if station_table is None else station_table.geometries,
            crs=crs.toWkt(), progress=self.progress_callback(feedback, 30, 90))
        return self._write(parameters, context, feedback, crs, result, roles, ids, geometries,
                           station_table, station_ids, levels, power)

    def _density_levels(self, parameters, context, feedback, geometries, ids, crs):
        """Density level (1–7 or None) of each participant's commune; None without COMMUNES."""
        from ...core import self_consumption as core

        communes = self.parameterAsSource(parameters, self.COMMUNES, context)
        if communes is None:
            return None
        communes_label = layer_label(self, parameters, self.COMMUNES, context, communes)
        field_name = self.parameterAsString(parameters, self.DENSITY_FIELD, context)
        if not field_name or communes.fields().lookupField(field_name) < 0:
            raise QgsProcessingException(self.tr(
                "Layer '{0}' has no density class field '{1}' (INSEE density grid, 1–7): choose DENSITY_FIELD.").format(
                    communes_label, field_name))
        table = read_features(communes, context, feedback, crs=crs, progress_span=(20, 25))
        values = python_column(table, field_name)
        unknown = [str(fid) for fid, value in zip(table.fids, values) if core.density_level(value) is None]
        if unknown:
            feedback.pushWarning(self.tr(
                "Layer '{0}', field '{1}': feature(s) {2} have no density class 1–7: no derogation there.").format(
                    communes_label, field_name, ", ".join(unknown)))
        levels = core.levels_at(geometries, table.geometries, values)
        outside = [str(ids[k]) for k, level in enumerate(levels) if level is None]
        if outside:
            feedback.pushWarning(self.tr(
                "Participant(s) {0}: in no commune of '{1}' with a density class: no derogation for the "
                "operation.").format(", ".join(outside), communes_label))
        return levels

    def _power(self, parameters, context, feedback, producers, table, present):
        """(total kW, cap kW, within the cap) of the producers kept, or None without TOTAL_POWER_KW."""
        import numpy as np

        from ...core import self_consumption as core
        from ...core.messages import listing
        from ...core.numbers import parse_numbers

        field_name = self.parameterAsString(parameters, self.TOTAL_POWER_KW, context)
        use_stored_values(table, self.parameterAsVectorLayer(parameters, self.PRODUCERS, context), [field_name])
        label = layer_label(self, parameters, self.PRODUCERS, context, producers)
        values = optional_column(producers, table, field_name, feedback, self.tr("the power is not checked"), label)
        if values is None:
            return None
        parsed = parse_numbers([value for value, keep in zip(values, present) if keep])
        values = [None if np.isnan(value) else value for value in parsed.values]
        if len(parsed.unreadable):
            feedback.pushWarning(self.tr(
                "Layer '{0}', field '{1}': {2} value(s) unreadable as numbers, treated as NULL: feature(s) {3}.").format(
                label, field_name, len(parsed.unreadable),
                listing(int(fid) for fid in table.fids[present][parsed.unreadable])))
        missing = sum(1 for value in values if value is None)
        if missing:
            feedback.pushWarning(self.tr("{0} producer(s) have no power in '{1}': counted as 0 kW.").format(
                missing, field_name))
        cap_mw = self.parameterAsDouble(parameters, self.MAX_POWER_MW, context)
        total, within = core.power_check(values, cap_mw)
        feedback.pushInfo(self.tr("Total power of the producers: {0:.1f} kW; the cap is {1:.0f} kW: {2}.").format(
            total, cap_mw * 1000.0, self.tr("within it") if within else self.tr("above it")))
        return total, cap_mw * 1000.0, within

    def _write(self, parameters, context, feedback, crs, result, roles, ids, geometries, station_table, station_ids,
               levels, power):
        import numpy as np

        with_stations = station_table is not None
        nearest = [None] * len(ids)
        if with_stations:
            nearest = [station_ids[index] if index >= 0 else None for index in result.nearest_substation]
        circle_fields = qgs_fields(model.SELF_CONSUMPTION_CIRCLE_FIELDS)
        centre = result.centre_in_crs
        circle_row = [len(ids), roles.count(PRODUCER), roles.count(CONSUMER), centre[0], centre[1],
                      result.radius_m, 2 * result.radius_m, result.farthest_distance_m, result.limit_m,
                      result.compliant, int(result.breaks_rule.sum()),
                      int(result.in_circle.sum()) if with_stations else None] + (
                          [None] * 3 if power is None else [power[0], power[1], bool(power[2])])
        i, j = result.farthest_pair
        pair_fields = qgs_fields(model.SELF_CONSUMPTION_PAIR_FIELDS)
        pair_row = [ids[i], roles[i], ids[j], roles[j], result.farthest_distance_m, result.limit_m, result.compliant]
        participant_fields = qgs_fields(model.SELF_CONSUMPTION_PARTICIPANT_FIELDS)
        participant_rows = [
            [ids[k], roles[k], float(result.max_distance_m[k]), int(result.nb_too_far[k]), bool(result.breaks_rule[k]),
             nearest[k], float(result.substation_distance_m[k]) if with_stations and nearest[k] is not None else None,
             None if levels is None else levels[k]]
            for k in range(len(ids))]

        outputs = {}
        for name, fields, geometry_type, geometry_list, rows in (
                (self.OUTPUT_CIRCLE, circle_fields, QgsWkbTypes.Polygon, [result.circle], [circle_row]),
                (self.OUTPUT_PAIR, pair_fields, QgsWkbTypes.LineString, [result.farthest_line], [pair_row]),
                (self.OUTPUT_PARTICIPANTS, participant_fields, QgsWkbTypes.Point, list(geometries), participant_rows)):
            sink, dest_id = self.required_sink(parameters, name, context, fields, geometry_type, crs)
            write_features(sink, fields, geometry_list, rows)
            outputs[name] = dest_id
        if with_stations:
            involved = np.flatnonzero(result.in_circle | (result.nb_participants > 0))
            station_fields = qgs_fields(model.SELF_CONSUMPTION_SUBSTATION_FIELDS)
            sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_SUBSTATIONS, context, station_fields,
                                                 QgsWkbTypes.Point, crs)
            if sink is not None:
                write_features(sink, station_fields, station_table.geometries[involved],
                               [[station_ids[k], bool(result.in_circle[k]), int(result.nb_participants[k])]
                                for k in involved])
                outputs[self.OUTPUT_SUBSTATIONS] = dest_id
        verdict = self.tr("complies with") if result.compliant else self.tr("breaks")
        feedback.pushInfo(self.tr(
            "Farthest participants {0} and {1}: {2} m apart; the operation {3} the {4} m limit "
            "({5} participant(s) farther than the limit from another).").format(
                ids[i], ids[j], number(result.farthest_distance_m), verdict, number(result.limit_m),
                int(result.breaks_rule.sum())))
        return outputs
