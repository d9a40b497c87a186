"""pvd:renovationeffect: described once, by its shortHelpString() and technical_help() below."""
import datetime

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core import defaults, model
from ..base import PvdAlgorithm
from ..qgis_io import (layer_label, metres_per_map_unit, python_value, read_consumption, read_features,
                       replacing_fields, write_features)


class RenovationEffectAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "renovationeffect"
    GROUP_ID = "analysis"
    REQUIRES = ("numpy", "shapely")

    CONSUMPTION = "CONSUMPTION"
    RESIDENTIAL_ONLY = "RESIDENTIAL_ONLY"
    WORKS = "WORKS"
    WORKS_DATE_FIELD = "WORKS_DATE_FIELD"
    POINT_RADIUS = "POINT_RADIUS"
    YEAR_BEFORE = "YEAR_BEFORE"
    YEAR_AFTER = "YEAR_AFTER"
    DJU = "DJU"
    DJU_YEAR_FIELD = "DJU_YEAR_FIELD"
    DJU_VALUE_FIELD = "DJU_VALUE_FIELD"
    DJU_REFERENCE = "DJU_REFERENCE"
    HEATING_SHARE = "HEATING_SHARE"
    MIN_SITES = "MIN_SITES"
    OUTPUT = "OUTPUT"
    MODEL_INPUTS = {CONSUMPTION: "consommation_electrique", WORKS: "ort_perimetres"}
    ADVANCED = (RESIDENTIAL_ONLY, WORKS_DATE_FIELD, POINT_RADIUS, DJU_YEAR_FIELD, DJU_VALUE_FIELD, DJU_REFERENCE,
                HEATING_SHARE, MIN_SITES)
    DECIMALS = {POINT_RADIUS: 0, DJU_REFERENCE: 0, HEATING_SHARE: 2}

    def displayName(self):
        return self.tr("Effect of renovation works (Effet des travaux de rénovation)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr("Tells whether renovation works saved electricity: the consumption per site of a year before the "
                    "works and of a year after, inside each works zone (an OPAH perimeter, renovated blocks or "
                    "buildings), compared with the rest of the same communes over the same years."),
            self.tr("The effect is the zone's change minus that of the rest of the commune, in percentage points: −20"
                    " % in the zone while the rest is at −5 % gives −15 points, what the works saved beyond the "
                    "winter, prices and sobriety everyone had. Heating degree days (optional) correct the weather on "
                    "the heating share."),
            self.tr("A figure drawn from too few sites (10 by default) is masked."),
            self.tr("Example: with the sample loaded, keep the consumption and the ORT perimeters as works zones, "
                    "2022 before and 2023 after: each town centre's change beside that of the rest of its commune.")))

    def technical_help(self):
        return self.tr(
            "Compares the electricity consumption (CONSUMPTION, the layer consommation_electrique with "
            "two years or more) of a year before renovation works (YEAR_BEFORE) and a year after "
            "(YEAR_AFTER), inside each works zone (WORKS: polygons such as an OPAH perimeter or renovated "
            "blocks, or points of renovated buildings, taken as the disc of POINT_RADIUS metres, default "
            "50), and in the comparison group: the consumption points of the same communes outside "
            "every works zone. The effect is the zone's change minus the comparison group's change, in "
            "percentage points: -20 % in the zone while the rest of the commune is at -5 % gives an "
            "effect of -15 points, what the works saved beyond the winter, prices and sobriety everyone "
            "had.\n\n"
            "Changes are computed on the consumption per site (MWh / number of sites), so that new "
            "dwellings do not pass for an increase. Only the residential sector counts when "
            "RESIDENTIAL_ONLY is checked (default) and the layer has a secteur field.\n\n"
            "Weather (optional): DJU is a table of heating degree days per year (fields DJU_YEAR_FIELD, "
            "default annee, and DJU_VALUE_FIELD, default dju, e.g. from Météo-France or the local "
            "energy agency). The weather-dependent share HEATING_SHARE of each year's consumption (default "
            "0.3, a placeholder: more where dwellings are heated electrically) is brought to the "
            "reference winter: consumption × ((1 - HEATING_SHARE) + HEATING_SHARE × DJU_REFERENCE / "
            "DJU of the year); DJU_REFERENCE defaults to the mean of the table.\n\n"
            "Output, per works zone with its attributes: annee_avant, annee_apres, sites_avant, "
            "sites_apres (number of sites behind each figure), conso_avant_mwh, conso_apres_mwh "
            "(weather-corrected with DJU), evolution_pc, the same for the comparison group "
            "(temoin_sites_avant, temoin_sites_apres, temoin_conso_avant_mwh, temoin_conso_apres_mwh, "
            "temoin_evolution_pc), effet_pts, masque. Figures on fewer than MIN_SITES sites (default 10, "
            "the Enedis rule) are not given, nor the changes that need them; masque says which group "
            "(travaux, temoin). With WORKS_DATE_FIELD, works not dated between the two years are listed "
            "in the log.\n"
            "Example: CONSUMPTION consommation_electrique and WORKS ort_perimetres of the sample "
            "GeoPackage, YEAR_BEFORE 2022, YEAR_AFTER 2023: the town centres, where the synthetic "
            "dwellings within 150 m of the centre use 12 % less in 2023, against the rest of each commune.") + \
            "\n\n" + self.tr(
                "On the sample, the five ORT perimeters show −4.9 % to −6.2 % against −2.9 % to −3.8 % for the "
                "rest of their commune: effects of −1.3 to −3.2 points. The sites behind a masked figure are "
                "still counted (sites_avant, sites_apres).")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:renovationeffect -- \
  CONSUMPTION='sample_layers/pvd_isigny_omaha.gpkg|layername=consommation_electrique' \
  WORKS='sample_layers/pvd_isigny_omaha.gpkg|layername=ort_perimetres' YEAR_BEFORE=2022 YEAR_AFTER=2023 \
  OUTPUT=/tmp/effet_renovation.gpkg"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CONSUMPTION, self.tr("Electricity consumption points (consommation_electrique)"),
            [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterBoolean(
            self.RESIDENTIAL_ONLY, self.tr("Residential sector only"), True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.WORKS, self.tr("Renovation works (polygons or points)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.WORKS_DATE_FIELD, self.tr("Date of the works (optional field)"), None,
            parentLayerParameterName=self.WORKS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.POINT_RADIUS, self.tr("Radius around works points (metres)"), QgsProcessingParameterNumber.Double,
            defaults.RENOVATION_POINT_RADIUS_M, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR_BEFORE, self.tr("Year before the works"), QgsProcessingParameterNumber.Integer,
            defaults.RENOVATION_YEAR_BEFORE,
            minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR_AFTER, self.tr("Year after the works"), QgsProcessingParameterNumber.Integer,
            defaults.RENOVATION_YEAR_AFTER,
            minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DJU, self.tr("Heating degree days per year (DJU table)"), [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DJU_YEAR_FIELD, self.tr("DJU year field"), "annee", parentLayerParameterName=self.DJU, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DJU_VALUE_FIELD, self.tr("DJU value field"), "dju", parentLayerParameterName=self.DJU, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DJU_REFERENCE, self.tr("Reference DJU (empty: the mean of the table)"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.HEATING_SHARE, self.tr("Weather-dependent (heating) share of consumption"),
            QgsProcessingParameterNumber.Double, defaults.RENOVATION_HEATING_SHARE, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_SITES, self.tr("Mask figures on fewer sites than"), QgsProcessingParameterNumber.Integer,
            defaults.RENOVATION_MIN_SITES, minValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Renovation effect per works zone"), QgsProcessing.TypeVectorPolygon))

    def run_algorithm(self, parameters, context, feedback):
        import numpy as np

        from ...core.renovation_effect import renovation_effect

        self.required_source(parameters, self.CONSUMPTION, context)
        works_source = self.required_source(parameters, self.WORKS, context)
        crs = works_source.sourceCrs()
        works_label = layer_label(self, parameters, self.WORKS, context)
        unit_m = metres_per_map_unit(crs, works_label)
        points, columns, label = read_consumption(self, parameters, self.CONSUMPTION, context, crs, feedback)
        year_before = self.parameterAsInt(parameters, self.YEAR_BEFORE, context)
        year_after = self.parameterAsInt(parameters, self.YEAR_AFTER, context)
        keep = np.ones(len(points), dtype=bool)
        if self.parameterAsBoolean(parameters, self.RESIDENTIAL_ONLY, context):
            keep = columns["residentiel"]
        for year in (year_before, year_after):
            if not np.any(keep & (columns["annee"] == year)):
                feedback.pushWarning(self.tr("Layer '{0}' has no consumption in {1}.").format(label, year))
        feedback.setProgress(10)
        works = read_features(works_source, context, feedback, progress_span=(10, 15))
        self._check_dates(parameters, context, works, year_before, year_after, feedback)
        dju = self._dju(parameters, context)
        raw_reference = parameters.get(self.DJU_REFERENCE)
        reference = None if raw_reference in (None, "") else self.parameterAsDouble(parameters, self.DJU_REFERENCE,
                                                                                     context)

        result = renovation_effect(
            points[keep], columns["annee"][keep], columns["conso_mwh"][keep], columns["nb_sites"][keep],
            works.geometries, year_before, year_after,
            insee=[columns["insee"][i] for i in np.flatnonzero(keep)] if "insee" in columns else None,
            radius_m=self.parameterAsDouble(parameters, self.POINT_RADIUS, context) / unit_m, dju=dju,
            dju_reference=reference, heating_share=self.parameterAsDouble(parameters, self.HEATING_SHARE, context),
            min_sites=self.parameterAsInt(parameters, self.MIN_SITES, context),
            progress=self.progress_callback(feedback, 20, 85))
        if result.ignored:
            feedback.pushWarning(self.tr("{0} consumption point(s) without geometry or with a NULL year, "
                                         "consumption or number of sites: ignored.").format(result.ignored))
        if dju:
            feedback.pushInfo(self.tr("Weather correction factors: {0} × {1:.4f}, {2} × {3:.4f}.").format(
                year_before, result.factors[year_before], year_after, result.factors[year_after]))

        fields, kept = replacing_fields(works.fields, model.RENOVATION_FIELDS, feedback)
        rows = []
        for zone in range(len(works)):
            row = [works.attributes[zone][i] for i in kept] + [year_before, year_after]
            for output in model.RENOVATION_FIGURES:
                value = result.values[output.name][zone]
                row.append(None if not np.isfinite(value) else (int(round(value)) if output.type == model.INTEGER
                                                                 else float(value)))
            rows.append(row + [result.masque[zone]])
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs)
        write_features(sink, fields, result.zones, rows, feedback, multi=True)
        effects = result.values["effet_pts"][np.isfinite(result.values["effet_pts"])]
        feedback.pushInfo(self.tr("{0} works zone(s), {1} with an effect; {2} masked.").format(
            len(rows), len(effects), sum(mask is not None for mask in result.masque)))
        self.style_output_on_load(context, dest_id)
        return {self.OUTPUT: dest_id}

    def _check_dates(self, parameters, context, works, year_before, year_after, feedback):
        field = self.parameterAsString(parameters, self.WORKS_DATE_FIELD, context)
        if not field:
            return
        index = works.fields.lookupField(field)
        outside = []
        for fid, row in zip(works.fids, works.attributes):
            value = python_value(row[index])
            year = value.year if isinstance(value, (datetime.date, datetime.datetime)) else None
            if year is None:
                try:
                    year = int(str(value)[:4])
                except (TypeError, ValueError):
                    year = None
            if year is not None and not year_before < year < year_after:
                outside.append("{} ({})".format(fid, year))
        if outside:
            feedback.pushWarning(self.tr("Works not dated between {0} and {1} (feature, year): {2}; their "
                                         "before/after may include the works themselves.").format(
                year_before, year_after, ", ".join(outside)))

    def _dju(self, parameters, context):
        source = self.parameterAsSource(parameters, self.DJU, context)
        if source is None:
            return None
        label = layer_label(self, parameters, self.DJU, context)
        year_field = self.parameterAsString(parameters, self.DJU_YEAR_FIELD, context) or "annee"
        value_field = self.parameterAsString(parameters, self.DJU_VALUE_FIELD, context) or "dju"
        table = read_features(source, context)
        for name in (year_field, value_field):
            if table.fields.lookupField(name) < 0:
                raise QgsProcessingException(self.tr("Layer '{0}' has no field '{1}' (heating degree days per "
                                                     "year).").format(label, name))
        from ...core.numbers import parse_number

        dju = {}
        for fid, year, value in zip(table.fids, table.column(year_field), table.column(value_field)):
            try:
                degree_days = parse_number(python_value(value), finite=False)
                if degree_days is None:
                    raise ValueError(value)
                dju[int(python_value(year))] = degree_days
            except (TypeError, ValueError):
                raise QgsProcessingException(self.tr("Layer '{0}', feature {1}: '{2}' / '{3}' is not a year and a "
                                                     "number of degree days.").format(label, fid, year, value))
        return dju
