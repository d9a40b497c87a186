"""pvd:consumptionzones: described once, by its shortHelpString() and technical_help() below."""

from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ...core import defaults, model
from ...i18n import number
from ..base import PvdAlgorithm
from ..qgis_io import (FeatureTable, id_list, is_missing, layer_label, misstored_values, qgs_fields, read_features,
                       write_features)


def _value(number, integer=False):
    if is_missing(number):
        return None
    return int(round(number)) if integer else float(number)


class ConsumptionZonesAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "consumptionzones"
    GROUP_ID = "network"
    REQUIRES = ("numpy", "shapely")

    POINTS = "POINTS"
    ZONES = "ZONES"
    GRID_SIZE = "GRID_SIZE"
    YEAR_FIELD = "YEAR_FIELD"
    MWH_FIELD = "MWH_FIELD"
    SITES_FIELD = "SITES_FIELD"
    INSEE_FIELD = "INSEE_FIELD"
    YEAR = "YEAR"
    COMPARE_YEAR = "COMPARE_YEAR"
    PERCENTILE = "PERCENTILE"
    MIN_SITES = "MIN_SITES"
    OUTPUT = "OUTPUT"
    MODEL_INPUTS = {POINTS: "consommation_electrique"}
    ADVANCED = (YEAR_FIELD, MWH_FIELD, SITES_FIELD, INSEE_FIELD, PERCENTILE, MIN_SITES)
    DECIMALS = {GRID_SIZE: 0, PERCENTILE: 0}

    def displayName(self):
        return self.tr("Electricity consumption per zone (Consommation électrique par zone)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr(
                "Sums the annual electricity consumption per zone and per year, to find where consumption "
                "concentrates and how it changed before and after works."),
            self.tr(
                "Give the consumption points (the Enedis open data imported by the plugin) and, "
                "optionally, zones (ORT perimeters, IRIS, communes); without zones, a square grid of 200 "
                "m is used. Choose the year and, to measure a change, a comparison year (e.g. before the "
                "works)."),
            self.tr(
                "Result per zone: number of sites, consumption (MWh), MWh per site, share of the "
                "commune's consumption (%), whether the zone is among the highest (above the 90th "
                "percentile) and, with a comparison year, the change in MWh and in %. To protect privacy, "
                "a zone with fewer than 10 sites is masked: its values are left empty."),
            self.tr(
                "Example: with the sample loaded, keep the consumption points, no zones, year 2023 and "
                "comparison year 2022: 200 m cells of the five towns with their 2023 consumption and its "
                "change since 2022."),
        ))

    def technical_help(self):
        text = self.tr(
            "Sums annual electricity consumption points (such as the layer consommation_electrique "
            "imported from the Enedis open data) per zone and per year, to find where consumption "
            "concentrates and how it changed before/after works.\n\n"
            "Zones: any polygon layer (ORT perimeters, IRIS, communes); a point inside several zones, "
            "or on their shared edge, counts in each. Without zones, a square grid of GRID_SIZE metres "
            "aligned on multiples of the size (points in a projected CRS in metres); only cells "
            "holding at least one point are written.\n\n"
            "Fields of the points: year (YEAR_FIELD), annual consumption in MWh (MWH_FIELD), number of "
            "sites or delivery points (SITES_FIELD), commune INSEE code (INSEE_FIELD, optional). "
            "Points with a NULL value are ignored and counted in the log.\n\n"
            "Output per zone: annee, nb_sites, conso_mwh, mwh_par_site; insee = the commune holding "
            "most of the zone's MWh; part_commune_pct = the zone's MWh in percent of the total of the "
            "communes present in the zone (all their points, inside zones or not); "
            "au_dessus_percentile = the zone's MWh is strictly above the PERCENTILE of the unmasked "
            "zones' MWh (seuil_percentile_mwh). With COMPARE_YEAR (the reference, e.g. before works): "
            "nb_sites_comparaison, conso_mwh_comparaison, evolution_mwh = MWh of YEAR minus MWh of "
            "COMPARE_YEAR, evolution_pct = that change in percent of COMPARE_YEAR.\n\n"
            "Privacy: a zone with fewer than MIN_SITES sites (default 10) in a year is masked: its "
            "values for that year are NULL and masque (or masque_comparaison) is true, so that no "
            "household can be re-identified. Publish the output only with masking kept on."
        )
        text += "\n\n" + self.tr(
            "A grid cell is named id_zone = E<xmin>N<ymin> (its lower-left corner, in metres). The output "
            "also gives annee_comparaison and masque_comparaison. The share of the commune needs no commune "
            "layer: the communes are those of the points' INSEE field, all their points counted. Masking "
            "does not prevent differencing (a commune total minus its unmasked zones): publish commune "
            "totals with care.\n"
            "Points and zones that are whole, unfiltered file layers (GeoPackage, shapefile…) in the same "
            "CRS are read in bulk through GDAL (only the year, MWh, sites and INSEE fields of the points); "
            "memory layers, selections, filtered layers and points in another CRS than the zones are read "
            "through QGIS. Both give the same output.")
        return text + "\n\n" + self.tr(
            "Example: POINTS = consommation_electrique of the sample GeoPackage, no zones, GRID_SIZE 200, "
            "YEAR 2023, COMPARE_YEAR 2022: 200 m cells of the five towns with their 2023 consumption, their "
            "change since 2022 and the cells under 10 sites masked.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:consumptionzones -- \
  POINTS='sample_layers/pvd_isigny_omaha.gpkg|layername=consommation_electrique' \
  ZONES='sample_layers/pvd_isigny_omaha.gpkg|layername=ort_perimetres' \
  YEAR=2023 COMPARE_YEAR=2022 PERCENTILE=90 MIN_SITES=10 OUTPUT=/tmp/conso_ort.gpkg"""),
        ("python", r"""processing.run("pvd:consumptionzones", {
    "POINTS": "/path/to/pvd_isigny_omaha.gpkg|layername=consommation_electrique",
    "GRID_SIZE": 200, "YEAR": 2023, "COMPARE_YEAR": 2022, "OUTPUT": "/tmp/conso_grille.gpkg"})"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POINTS, self.tr("Consumption points"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (polygons; empty = regular grid)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.GRID_SIZE, self.tr("Grid cell size (metres, used without zones)"),
            QgsProcessingParameterNumber.Double, defaults.CONSUMPTION_GRID_SIZE_M, minValue=1.0))
        for name, label, default in ((self.YEAR_FIELD, self.tr("Year field"), "annee"),
                                     (self.MWH_FIELD, self.tr("Consumption field (MWh per year)"), "conso_mwh"),
                                     (self.SITES_FIELD, self.tr("Number of sites field"), "nb_sites")):
            # optional only so that the defaults (the model layer's names) apply when omitted;
            # an empty value is refused in run_algorithm
            self.addParameter(QgsProcessingParameterField(
                name, label, default, parentLayerParameterName=self.POINTS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INSEE_FIELD, self.tr("Commune INSEE code field (for the share of the commune total)"),
            "insee", parentLayerParameterName=self.POINTS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year"), QgsProcessingParameterNumber.Integer, defaults.CONSUMPTION_YEAR, minValue=1900,
            maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(
            self.COMPARE_YEAR, self.tr("Comparison (reference) year"), QgsProcessingParameterNumber.Integer,
            None, optional=True, minValue=1900, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(
            self.PERCENTILE, self.tr("Percentile flagging the highest zones"),
            QgsProcessingParameterNumber.Double, defaults.CONSUMPTION_PERCENTILE, minValue=0.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_SITES, self.tr("Minimum number of sites (smaller zones are masked)"),
            QgsProcessingParameterNumber.Integer, defaults.CONSUMPTION_MIN_SITES, minValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Consumption per zone"), QgsProcessing.TypeVectorPolygon))

    def _field(self, parameters, name, context, source, required=True):
        field_name = self.parameterAsString(parameters, name, context)
        if not field_name:
            if required:
                raise QgsProcessingException(self.tr("Parameter {} needs a field of layer '{}'.").format(
                    name, layer_label(self, parameters, self.POINTS, context, source)))
            return None
        if source.fields().lookupField(field_name) < 0:
            raise QgsProcessingException(self.tr("Layer '{0}' has no field '{1}' ({2}).").format(
                layer_label(self, parameters, self.POINTS, context, source), field_name, name))
        return field_name

    def run_algorithm(self, parameters, context, feedback):
        import numpy as np

        from ...core.consumption_zones import consumption_by_zone

        points_source = self.required_source(parameters, self.POINTS, context)
        zones_source = self.parameterAsSource(parameters, self.ZONES, context)
        fields = [self._field(parameters, name, context, points_source)
                  for name in (self.YEAR_FIELD, self.MWH_FIELD, self.SITES_FIELD)]
        insee_field = self._field(parameters, self.INSEE_FIELD, context, points_source, required=False)
        year = self.parameterAsInt(parameters, self.YEAR, context)
        raw_compare = parameters.get(self.COMPARE_YEAR)
        compare_year = None if raw_compare in (None, "") else self.parameterAsInt(parameters, self.COMPARE_YEAR, context)
        percentile = self.parameterAsDouble(parameters, self.PERCENTILE, context)
        min_sites = self.parameterAsInt(parameters, self.MIN_SITES, context)
        grid_size = self.parameterAsDouble(parameters, self.GRID_SIZE, context)

        zone_table = None
        if zones_source is not None:
            zone_table = self._read_zones(parameters, context, zones_source, feedback)
            crs = zones_source.sourceCrs()
        else:
            crs = points_source.sourceCrs()
            if crs.isGeographic() or crs.mapUnits() != QgsUnitTypes.DistanceMeters:
                raise QgsProcessingException(self.tr(
                    "Layer '{}' is not in a projected CRS in metres: a grid of {} m cannot be drawn. "
                    "Reproject it (e.g. to EPSG:2154) or give a zone layer.").format(
                        layer_label(self, parameters, self.POINTS, context, points_source), grid_size))
        point_fids, point_geometries, columns = self._read_points(
            parameters, context, points_source, fields + ([insee_field] if insee_field else []), crs, feedback)
        stored = misstored_values(self.parameterAsVectorLayer(parameters, self.POINTS, context), fields)
        label = layer_label(self, parameters, self.POINTS, context)
        years, mwh, sites = (self._numbers(columns[name], point_fids, stored.get(name, {}), label, name, feedback)
                             for name in fields)
        insee = None
        if insee_field:
            insee = [None if is_missing(value) else str(value) for value in columns[insee_field]]
        if not np.any(years == year):
            feedback.pushWarning(self.tr("No point of layer '{0}' has year {1} in field '{2}'.").format(
                layer_label(self, parameters, self.POINTS, context, points_source), year, fields[0]))

        result = consumption_by_zone(
            point_geometries, years, mwh, sites, year,
            zones=None if zone_table is None else zone_table.geometries,
            grid_size=None if zone_table is not None else grid_size, insee=insee,
            compare_year=compare_year, percentile=percentile, min_sites=min_sites,
            progress=self.progress_callback(feedback, 15, 85))
        if result.repaired_zones:
            feedback.pushWarning(self.tr(
                "Layer '{0}': {1} invalid zone geometry(ies) repaired to find the points inside (feature ids "
                "{2}).").format(layer_label(self, parameters, self.ZONES, context, zones_source),
                                result.repaired_zones, id_list(zone_table.fids[result.repaired_zone_indices])))
        if result.ignored_points:
            feedback.pushWarning(self.tr(
                "{} point(s) without geometry or with a NULL year, consumption or number of sites: "
                "ignored.").format(result.ignored_points))

        out_fields, rows, geometries = self._output(zone_table, result, year, compare_year, feedback)
        geometry_type = QgsWkbTypes.MultiPolygon if zone_table is not None else QgsWkbTypes.Polygon
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, out_fields, geometry_type, crs)
        write_features(sink, out_fields, geometries, rows, feedback, multi=zone_table is not None)
        feedback.pushInfo(self.tr(
            "{0} zone(s): {1} masked (fewer than {2} sites), {3} above the {4}th percentile "
            "({5} MWh).").format(number(len(rows)), number(int(result.masked.sum())), number(min_sites),
                                 number(int(result.above_percentile.sum())), number(percentile, None),
                                 number(result.threshold_mwh, 1)))
        return {self.OUTPUT: dest_id}

    def _read_points(self, parameters, context, source, names, crs, feedback):
        """(point geometries in ``crs``, {field: values}) of the fields ``names`` of the points.

        An unfiltered file layer in ``crs`` is read in bulk (only these fields);
        any other source through QGIS. Both give the same values.
        """
        from .. import gpkg_bulk

        layer = self.parameterAsVectorLayer(parameters, self.POINTS, context)
        bulk = gpkg_bulk.read_source(parameters.get(self.POINTS), layer, source, names, floats=names, crs=crs)
        if bulk is not None:
            feedback.setProgress(15)
            return bulk
        table = read_features(source, context, feedback, crs=crs, progress_span=(5, 15))
        return table.fids, table.geometries, {name: table.column(name) for name in names}

    def _numbers(self, values, fids, stored, label, field, feedback):
        """A field's values as floats, NaN for NULL; unreadable values NaN too, with a warning naming them.

        ``stored``: {fid: text} the GeoPackage stores in a number field (QGIS reads ``12,5`` as 12 and
        ``abc`` as 0): those values are read from the stored text instead.
        """
        import numpy as np

        from ...core.messages import listing
        from ...core.numbers import parse_numbers

        parsed = parse_numbers(values)
        numbers = np.array(parsed.values, dtype=float)
        unreadable = [int(fids[i]) for i in parsed.unreadable]
        corrected = []
        if stored:
            position = {int(fid): index for index, fid in enumerate(fids)}
            for fid, text in stored.items():
                if fid not in position:
                    continue
                number = parse_numbers([text])
                numbers[position[fid]] = number.values[0]
                (unreadable if len(number.unreadable) else corrected).append(fid)
        if corrected:
            feedback.pushWarning(self.tr(
                "Layer '{0}', field '{1}': {2} number(s) stored as text (such as '12,5'), read from the text: "
                "feature(s) {3}.").format(label, field, len(corrected), listing(sorted(corrected))))
        if unreadable:
            feedback.pushWarning(self.tr(
                "Layer '{0}', field '{1}': {2} value(s) unreadable as numbers, treated as NULL (the points are "
                "ignored, never counted as 0): feature(s) {3}.").format(label, field, len(unreadable),
                                                                         listing(sorted(unreadable))))
        return numbers

    def _read_zones(self, parameters, context, source, feedback):
        """The zones as a :class:`FeatureTable`, read in bulk from an unfiltered file layer."""
        from .. import gpkg_bulk

        layer = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        bulk = gpkg_bulk.read_source(parameters.get(self.ZONES), layer, source)
        if bulk is None:
            return read_features(source, context, feedback, progress_span=(0, 5))
        fids, geometries, columns = bulk
        rows = [list(row) for row in zip(*columns.values())] if columns else [[] for _fid in fids]
        return FeatureTable(fids, geometries, rows, source.fields(), source.sourceCrs())

    def _output(self, zone_table, result, year, compare_year, feedback):
        out_fields = QgsFields()
        added = model.names(model.CONSUMPTION_ZONE_FIELDS)
        kept_columns = []
        if zone_table is not None:
            for index, field in enumerate(zone_table.fields):
                if field.name() in added:
                    feedback.pushWarning(self.tr(
                        "The zones already have a field '{}': the computed value replaces it.").format(field.name()))
                    continue
                out_fields.append(field)
                kept_columns.append(index)
        else:
            out_fields = qgs_fields((model.CONSUMPTION_ZONE_ID,))
        out_fields = qgs_fields(model.CONSUMPTION_ZONE_FIELDS, out_fields)
        n_zones = len(result.masked)
        rows = []
        for zone in range(n_zones):
            if zone_table is not None:
                row = [zone_table.attributes[zone][index] for index in kept_columns]
            else:
                row = [result.zone_ids[zone]]
            masked = bool(result.masked[zone])
            row += [year, _value(result.nb_sites[zone], True), _value(result.conso_mwh[zone]),
                    _value(result.mwh_per_site[zone]), None if masked else result.insee[zone],
                    _value(result.part_commune_pct[zone]), _value(result.threshold_mwh),
                    None if masked else bool(result.above_percentile[zone]), masked]
            if compare_year is None:
                row += [None] * 6
            else:
                row += [compare_year, _value(result.ref_nb_sites[zone], True), _value(result.ref_conso_mwh[zone]),
                        bool(result.ref_masked[zone]), _value(result.change_mwh[zone]),
                        _value(result.change_pct[zone])]
            rows.append(row)
        geometries = zone_table.geometries if zone_table is not None else result.geometries
        return out_fields, rows, geometries
