"""pvd:energyprecarity: described once, by its shortHelpString() and technical_help() below."""
from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import defaults, model
from .. import gpkg_bulk
from ..base import PvdAlgorithm
from ..qgis_io import (layer_label, metres_per_map_unit, output_destination, qgs_fields, read_columns,
                       read_consumption, read_features, replacing_fields, write_features)

# criterion -> weight parameter
WEIGHT_PARAMETERS = {
    "pauvrete": "WEIGHT_POVERTY",
    "niveau_vie": "WEIGHT_INCOME",
    "logements_anciens": "WEIGHT_OLD_DWELLINGS",
    "passoires": "WEIGHT_DPE_FG",
    "chauffage_electrique": "WEIGHT_ELECTRIC_HEATING",
    "consommation": "WEIGHT_CONSUMPTION",
}
CELL_ID_FIELDS = ("idcar_200m", "id_inspire")


class EnergyPrecarityAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "energyprecarity"
    GROUP_ID = "analysis"
    REQUIRES = ("numpy", "shapely")

    CELLS = "CELLS"
    DPE = "DPE"
    DPE_LABEL_FIELD = "DPE_LABEL_FIELD"
    DPE_HEATING_FIELD = "DPE_HEATING_FIELD"
    CONSUMPTION = "CONSUMPTION"
    YEAR = "YEAR"
    ZONES = "ZONES"
    MEDIAN_INCOME = "MEDIAN_INCOME"
    HIGH_CONSUMPTION = "HIGH_CONSUMPTION"
    OUTPUT = "OUTPUT"
    MODEL_INPUTS = {CELLS: "carreaux_filosofi", DPE: "dpe", CONSUMPTION: "consommation_electrique"}
    MODEL_FIELDS = {DPE_LABEL_FIELD: (DPE, "etiquette_dpe"), DPE_HEATING_FIELD: (DPE, "energie_chauffage")}
    ADVANCED = (DPE_LABEL_FIELD, DPE_HEATING_FIELD, YEAR, MEDIAN_INCOME, HIGH_CONSUMPTION) + \
        tuple(WEIGHT_PARAMETERS.values())
    DECIMALS = dict({MEDIAN_INCOME: 0, HIGH_CONSUMPTION: 1}, **{name: 1 for name in WEIGHT_PARAMETERS.values()})

    def displayName(self):
        return self.tr("Energy precarity (Précarité énergétique)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr("Points at the places where households are most likely to struggle to pay for heating and "
                    "electricity: each INSEE Filosofi 200 m cell (or each zone you give: IRIS, ORT perimeters…) gets "
                    "an index out of 10 and a rank. The index points at places to look at (a home visit programme, an"
                    " OPAH, a renovation campaign), never at people."),
            self.tr("Criteria, each with its weight: the share of poor households and their standard of living (INSEE"
                    " Filosofi), the share of dwellings built before 1970, the share of energy labels F and G (the "
                    "\"passoires thermiques\", in ADEME's energy performance diagnostics), electric heating (the same "
                    "diagnostics) and the electricity used per dwelling (Enedis)."),
            self.tr("Privacy: a figure drawn from fewer than 11 households, 5 diagnostics or 10 electricity sites is "
                    "masked, as INSEE and Enedis do."),
            self.tr("Example: with the sample loaded, keep the preselected Filosofi cells and energy diagnostics and "
                    "run: the cells ranked by their index, the first ones where poverty and old, poorly rated "
                    "dwellings meet.")))

    def technical_help(self):
        return self.tr(
            "Ranks INSEE Filosofi 200 m cells (CELLS, the layer carreaux_filosofi), or zones (ZONES: IRIS, "
            "ORT perimeters…), by an energy precarity index: where households are most likely to "
            "struggle to pay for heating and electricity. The index points at places to look at "
            "(for a home visit programme, an OPAH, a renovation campaign), never at people: every "
            "figure is an aggregate of at least 11 households, 5 DPE or 10 sites.\n\n"
            "Criteria, each worth between 0 and 1 and multiplied by its weight (its points):\n"
            "- poverty: the share of poor households (standard of living under 60 % of the national "
            "median), men_pauv / men, from INSEE Filosofi (WEIGHT_POVERTY, default 3);\n"
            "- income: the mean standard of living Ind_snv / Ind (Filosofi, € per person and year): 0 at "
            "or above MEDIAN_INCOME (default 22 040 €, the national median of Filosofi 2019), 1 at or under "
            "the poverty line (60 % of it), linear in between (WEIGHT_INCOME, default 2);\n"
            "- old dwellings: the share of dwellings built before 1970, before any thermal regulation, "
            "(log_av45 + log_45_70) / all dated dwellings, Filosofi (WEIGHT_OLD_DWELLINGS, default 1.5);\n"
            "- energy sieves (passoires thermiques): the share of DPE labelled F or G in the cell, from the "
            "ADEME energy performance diagnostics (DPE, optional; WEIGHT_DPE_FG, default 2);\n"
            "- electric heating: the share of DPE whose main heating is electric (DPE_HEATING_FIELD, "
            "default energie_chauffage; WEIGHT_ELECTRIC_HEATING, default 0.5);\n"
            "- consumption: the electricity used per dwelling, MWh per site, of the CONSUMPTION points "
            "(Enedis, residential sector when the layer has a secteur field, year YEAR or the latest), "
            "divided by HIGH_CONSUMPTION (default 10 MWh) and capped at 1 (WEIGHT_CONSUMPTION, default 1).\n\n"
            "Small groups are masked as the publishers do: Filosofi figures of fewer than 11 households "
            "(INSEE already merges smaller cells before publishing them), DPE shares of fewer than 5 DPE, "
            "consumption of fewer than 10 sites (the Enedis rule); the column masque names the masked "
            "groups (filosofi, dpe, conso). A masked or missing criterion is left out: indice = sum of "
            "the points × (sum of all weights / sum of the weights of the known criteria), out of 10 with "
            "the default weights. rang = 1 for the highest index, ties share a rank.\n\n"
            "Output, per cell (keeping idcar_200m and insee) or per zone (keeping the zone's fields): men, "
            "part_men_pauvres_pc, niveau_vie_eur, part_logements_avant_1970_pc, nb_dpe, part_dpe_fg_pc, "
            "part_chauffage_electrique_pc, conso_mwh_par_logement, the points pts_pauvrete, pts_niveau_vie, "
            "pts_logements_anciens, pts_passoires, pts_chauffage_electrique, pts_consommation, indice, rang, "
            "masque; features by rank. Per zone, a cell's households are shared out by the area of the "
            "cell inside the zone. Distances and areas need a projected CRS: the other layers are "
            "reprojected to the CELLS' CRS.\n"
            "Example: CELLS carreaux_filosofi, DPE dpe, CONSUMPTION consommation_electrique of the sample "
            "GeoPackage: the cells of the five town centres by index, the old centres first.") + "\n\n" + self.tr(
            "DPE labels are read without case or spaces (f, ' G '); a DPE without a label A–G is left out "
            "of every DPE figure and counted in the log.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:energyprecarity -- \
  CELLS='sample_layers/pvd_isigny_omaha.gpkg|layername=carreaux_filosofi' \
  DPE='sample_layers/pvd_isigny_omaha.gpkg|layername=dpe' \
  CONSUMPTION='sample_layers/pvd_isigny_omaha.gpkg|layername=consommation_electrique' OUTPUT=/tmp/precarite.gpkg"""),
        ("python", r"""processing.run("pvd:energyprecarity", {"CELLS": gpkg + "|layername=carreaux_filosofi",
                                       "DPE": gpkg + "|layername=dpe", "ZONES": "iris.gpkg",
                                       "WEIGHT_DPE_FG": 4, "OUTPUT": "/tmp/precarite_iris.gpkg"})"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CELLS, self.tr("INSEE Filosofi 200 m cells (carreaux_filosofi)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DPE, self.tr("Energy performance diagnostics (DPE points)"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DPE_LABEL_FIELD, self.tr("DPE energy label field (A to G)"), "etiquette_dpe",
            parentLayerParameterName=self.DPE, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DPE_HEATING_FIELD, self.tr("DPE main heating energy field"), "energie_chauffage",
            parentLayerParameterName=self.DPE, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CONSUMPTION, self.tr("Electricity consumption points (consommation_electrique)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year of the consumption (empty: the latest)"), QgsProcessingParameterNumber.Integer,
            optional=True, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones to report on instead of the cells (IRIS, ORT perimeters…)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        labels = {
            "pauvrete": self.tr("Weight: share of poor households"),
            "niveau_vie": self.tr("Weight: low standard of living"),
            "logements_anciens": self.tr("Weight: dwellings built before 1970"),
            "passoires": self.tr("Weight: DPE labelled F or G"),
            "chauffage_electrique": self.tr("Weight: electric heating (DPE)"),
            "consommation": self.tr("Weight: electricity per dwelling"),
        }
        for criterion in defaults.PRECARITY_CRITERIA:
            self.addParameter(QgsProcessingParameterNumber(
                WEIGHT_PARAMETERS[criterion], labels[criterion], QgsProcessingParameterNumber.Double,
                defaults.PRECARITY_WEIGHTS[criterion], minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MEDIAN_INCOME, self.tr("National median standard of living (€ per person and year)"),
            QgsProcessingParameterNumber.Double, defaults.PRECARITY_MEDIAN_INCOME_EUR, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.HIGH_CONSUMPTION, self.tr("High electricity use per dwelling (MWh per year)"),
            QgsProcessingParameterNumber.Double, defaults.PRECARITY_HIGH_CONSUMPTION_MWH, minValue=0.1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Energy precarity index"), QgsProcessing.TypeVectorPolygon))

    def run_algorithm(self, parameters, context, feedback):
        import numpy as np
        import shapely

        from ...core.energy_precarity import FILOSOFI_COUNTS, OUTPUT_COLUMNS, POINTS_COLUMNS, energy_precarity

        cells_source = self.required_source(parameters, self.CELLS, context)
        crs = cells_source.sourceCrs()
        cells_label = layer_label(self, parameters, self.CELLS, context)
        metres_per_map_unit(crs, cells_label)
        names = cells_source.fields().names()
        if "men" not in names:
            raise QgsProcessingException(self.tr(
                "Layer '{0}' has no field 'men' (households): the CELLS must be INSEE Filosofi cells "
                "(import them with pvd:importopendata, format INSEE Filosofi).").format(cells_label))
        missing = [name for name in FILOSOFI_COUNTS if name not in names]
        if missing:
            feedback.pushWarning(self.tr("Layer '{0}' has no field {1}: the criteria that need it are left "
                                         "out.").format(cells_label, ", ".join(missing)))
        id_field = next((name for name in CELL_ID_FIELDS if name in names), None)
        present = [name for name in FILOSOFI_COUNTS if name in names]
        extra = [name for name in (id_field, "insee") if name and name in names]
        _fids, cells, columns = read_columns(self, parameters, self.CELLS, context, present + extra,
                                             feedback=feedback, floats=present)
        filosofi = {name: columns[name] for name in present}
        feedback.setProgress(10)

        dpe = labels = heating = None
        if self.parameterAsSource(parameters, self.DPE, context) is not None:
            dpe, labels, heating = self._dpe(parameters, context, crs, feedback)
        feedback.setProgress(20)
        consumption = mwh = sites = None
        if self.parameterAsSource(parameters, self.CONSUMPTION, context) is not None:
            consumption, mwh, sites = self._consumption(parameters, context, crs, feedback)
        feedback.setProgress(30)
        zone_table = None
        if self.parameterAsSource(parameters, self.ZONES, context) is not None:
            zone_table = read_features(self.parameterAsSource(parameters, self.ZONES, context), context, crs=crs)
        weights = {criterion: self.parameterAsDouble(parameters, WEIGHT_PARAMETERS[criterion], context)
                   for criterion in defaults.PRECARITY_CRITERIA}
        if not any(weights.values()):
            raise QgsProcessingException(self.tr("Every weight is 0: give at least one criterion a weight."))

        result = energy_precarity(
            cells, filosofi, zones=None if zone_table is None else zone_table.geometries, dpe=dpe,
            dpe_labels=labels, dpe_heating=heating, consumption=consumption, consumption_mwh=mwh,
            consumption_sites=sites, weights=weights,
            median_income=self.parameterAsDouble(parameters, self.MEDIAN_INCOME, context),
            high_consumption_mwh=self.parameterAsDouble(parameters, self.HIGH_CONSUMPTION, context),
            progress=self.progress_callback(feedback, 30, 85))
        if result.invalid_labels:
            feedback.pushWarning(self.tr("{0} DPE without an energy label A to G: left out of the DPE figures.").format(
                result.invalid_labels))
        if result.ignored_points:
            feedback.pushWarning(self.tr("{0} DPE or consumption point(s) without geometry: ignored.").format(
                result.ignored_points))

        if zone_table is None:
            fields, kept = QgsFields(), []
            for name in extra:
                fields.append(QgsField("idcar_200m" if name == id_field else name, QVariant.String))
            fields = qgs_fields(model.PRECARITY_FIELDS, fields)
            geometries = cells
        else:
            fields, kept = replacing_fields(zone_table.fields, model.PRECARITY_FIELDS, feedback)
            geometries = zone_table.geometries
        order = result.order
        values = dict(result.figures, indice=result.indice)
        for criterion, column in POINTS_COLUMNS.items():
            values[column] = result.points[criterion]
        computed = {name: np.asarray(values[name], dtype=float)[order] for name in OUTPUT_COLUMNS[:-2]}
        computed["rang"] = result.rang[order]
        computed["masque"] = np.array([result.masque[unit] for unit in order], dtype=object)
        if zone_table is None:
            inputs = [[None if value is None else str(value) for value in np.asarray(columns[name], dtype=object)[order]]
                      for name in extra]
        else:
            inputs = [[zone_table.attributes[unit][i] for unit in order] for i in kept]
        destination = output_destination(parameters, self.OUTPUT, context)  # registers no phantom layer
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs)
        shown = geometries[order]
        if zone_table is None and gpkg_bulk.gpkg_destination(destination):
            del sink  # QGIS has created the GeoPackage with its schema; the rows go in by SQL (gpkg_bulk)
            gpkg_bulk.fill_from_columns(
                gpkg_bulk.gpkg_output_path(dest_id), gpkg_bulk.promote_to_multi(shapely.to_wkb(shown)),
                shapely.bounds(shown), dict(zip(fields.names(), inputs)), computed,
                self.progress_callback(feedback, 90, 100))
        else:
            rows = [list(row) for row in zip(*inputs, *(gpkg_bulk.python_values(computed[name])
                                                         for name in OUTPUT_COLUMNS))]
            write_features(sink, fields, shown, rows, feedback, multi=True)
        ranked = int(np.count_nonzero(result.rang))
        feedback.pushInfo(self.tr("{0} {1} ranked of {2}; {3} with masked figures.").format(
            ranked, self.tr("zone(s)") if zone_table is not None else self.tr("cell(s)"), len(order),
            sum(mask is not None for mask in result.masque)))
        self.style_output_on_load(context, dest_id, "energy_precarity")
        return {self.OUTPUT: dest_id}

    def _dpe(self, parameters, context, crs, feedback):
        source = self.parameterAsSource(parameters, self.DPE, context)
        label_field = self.parameterAsString(parameters, self.DPE_LABEL_FIELD, context) or "etiquette_dpe"
        heating_field = self.parameterAsString(parameters, self.DPE_HEATING_FIELD, context)
        names = source.fields().names()
        dpe_label = layer_label(self, parameters, self.DPE, context)
        if label_field not in names:
            raise QgsProcessingException(self.tr("Layer '{0}' has no field '{1}' (the DPE energy label A to G).").format(
                dpe_label, label_field))
        if heating_field and heating_field not in names:
            feedback.pushWarning(self.tr("Layer '{0}' has no field '{1}': the electric heating criterion is left "
                                         "out.").format(dpe_label, heating_field))
            heating_field = None
        wanted = [label_field] + ([heating_field] if heating_field else [])
        _fids, points, columns = read_columns(self, parameters, self.DPE, context, wanted, crs=crs, feedback=feedback,
                                              progress_span=(10, 20))
        return points, columns[label_field], columns[heating_field] if heating_field else None

    def _consumption(self, parameters, context, crs, feedback):
        import numpy as np

        points, columns, label = read_consumption(self, parameters, self.CONSUMPTION, context, crs, feedback,
                                                  progress_span=(20, 30))
        years = columns["annee"]
        raw_year = parameters.get(self.YEAR)
        if raw_year in (None, ""):
            known = years[np.isfinite(years)]
            if not len(known):
                raise QgsProcessingException(self.tr("Layer '{0}' has no year in field 'annee'.").format(label))
            year = int(known.max())
        else:
            year = self.parameterAsInt(parameters, self.YEAR, context)
        keep = (years == year) & columns["residentiel"]
        if not keep.any():
            feedback.pushWarning(self.tr("Layer '{0}' has no residential consumption in {1}: the consumption "
                                         "criterion is left out.").format(label, year))
        feedback.pushInfo(self.tr("Consumption of {0}, residential sector: {1} point(s).").format(year, int(keep.sum())))
        return points[keep], columns["conso_mwh"][keep], columns["nb_sites"][keep]
