"""pvd:connectionroutes: described once, by its shortHelpString() and technical_help() below."""
import math

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core import defaults, model, pricing
from ...i18n import number
from ..base import PvdAlgorithm
from ..qgis_io import (
    id_list,
    is_missing,
    layer_label,
    layer_title,
    metres_per_unit_exact,
    number_column,
    output_destination,
    qgs_fields,
    read_features,
    use_stored_values,
    write_features,
)


class ConnectionRoutesAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "connectionroutes"
    GROUP_ID = "network"
    REQUIRES = ("numpy", "shapely", "scipy")

    TARGETS = "TARGETS"
    TARGET_ID_FIELD = "TARGET_ID_FIELD"
    SOURCES = "SOURCES"
    SOURCE_ID_FIELD = "SOURCE_ID_FIELD"
    COST_RASTER = "COST_RASTER"
    SURFACES = "SURFACES"
    SURFACE_COST_FIELD = "SURFACE_COST_FIELD"
    DEFAULT_COST = "DEFAULT_COST"
    BARRIERS = "BARRIERS"
    PENALTY_ZONES = "PENALTY_ZONES"
    PENALTY_FACTOR = "PENALTY_FACTOR"
    CELL_SIZE = "CELL_SIZE"
    MARGIN = "MARGIN"
    MAX_LENGTH = "MAX_LENGTH"
    FIXED_COST = "FIXED_COST"
    REFACTION = "REFACTION"
    SHARED_TRENCHES = "SHARED_TRENCHES"
    REUSE_FACTOR = "REUSE_FACTOR"
    BAREME = "BAREME"
    POWER_FIELD = "POWER_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_NETWORK = "OUTPUT_NETWORK"
    MODEL_INPUTS = {TARGETS: "demandes_raccordement", SOURCES: ("postes_hta_bt", "reseau_bt"),
                    SURFACES: "espaces_publics", BARRIERS: ("batiments",), PENALTY_ZONES: ("abords_mh", "spr")}
    # a BT line's id_poste is the substation feeding it: each route names the substation it reaches
    MODEL_FIELDS = {TARGET_ID_FIELD: (TARGETS, "id_demande"), SOURCE_ID_FIELD: (SOURCES, "id_poste"),
                    SURFACE_COST_FIELD: (SURFACES, "cout_m")}

    def displayName(self):
        return self.tr("Least-cost connection routes (tracés de raccordement à moindre coût)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr("Finds, for each connection request, the cheapest trench route to the existing electricity "
                    "network (a substation, or any point of a low-voltage line) and prices it in euros."),
            self.tr("Give the connection requests (points), the network (substations and low-voltage lines) "
                    "and what a metre of trench costs: the public-space surfaces with their cost in €/m "
                    "(roadway, sidewalk, heritage paving…); elsewhere the default cost applies (100 €/m). "
                    "Buildings are obstacles a trench never crosses; inside the abords of monuments and the "
                    "remarkable heritage sites (SPR) the cost is multiplied by the zone's factor (1.5 when it has none)."),
            self.tr("Result: one route per request with its length (m), the trench cost and the total with the "
                    "fixed cost per connection (€), the requester's share after the réfaction (the 40 % paid by "
                    "the network tariff) and its nature: branchement up to 30 m, extension beyond. A request "
                    "already on the network gets a route of 0 m (a branchement)."),
            self.tr("Two figures per request: the works cost (what digging the route costs, whoever pays) "
                    "and the contribution Enedis bills the requester under its price schedule (barème; "
                    "indicative defaults, to replace with the schedule in force in the advanced parameters)."),
            self.tr("Share trenches: later connections reuse the trenches already dug (a reused metre costs "
                    "20 % of its price). The log gives the total of independent routes, the total with shared "
                    "trenches and the saving; the trench network tells how many connections each trench serves."),
            self.tr("Advanced parameters: the search margin around each request (300 m), the cell size of the "
                    "calculation (1 m; 2 m is about four times faster), a cost raster instead of the surfaces, a "
                    "maximum length, a fixed cost per connection."),
            self.tr("Example: with the sample loaded, keep the preselected layers, tick Share trenches and run: "
                    "every request is priced, and the log shows the saving of the shared trenches.")))

    def technical_help(self):
        text = self.tr(
            "Finds the cheapest trench route from each connection request (TARGETS) to the existing "
            "network (SOURCES: substations as points, the BT network as lines; a route may end "
            "anywhere on a line) and prices it in euros.\n\n"
            "Costs per metre of trench come from COST_RASTER (€/m per cell; no-data or ≤ 0 = "
            "impassable; its grid is then the routing grid) or from the SURFACES polygons "
            "(field SURFACE_COST_FIELD, €/m; where surfaces overlap the dearer applies) over "
            "DEFAULT_COST (0: impassable outside the surfaces). BARRIERS (buildings...) are impassable; inside PENALTY_ZONES (abords of "
            "monuments, SPR) costs are multiplied by the zone's field 'facteur' when it has one, "
            "else by PENALTY_FACTOR.\n\n"
            "Moving between two of the 8 neighbouring cells costs distance × (c1 + c2) / 2, as in "
            "GRASS r.cost and scikit-image MCP_Geometric. The search area is MARGIN metres around the requests (a "
            "square window around each request): a route never leaves it, and a request that "
            "reaches no network inside it is unreachable. Requests whose windows overlap or touch "
            "are routed together on one grid of CELL_SIZE metres (the raster's cells when "
            "given), in the raster's CRS (else the requests' CRS, which must be projected); "
            "other inputs are reprojected; all requests of a group are routed in one multi-source "
            "search.\n\n"
            "Output fields: target_id, source_id, length_m, cost_eur (trench), total_eur (+ "
            "FIXED_COST), part_demandeur_eur (after the réfaction REFACTION paid by the network "
            "tariff), penalty_m (metres inside penalty zones), nature (branchement up to 30 m, "
            "else extension) and status (ok, unreachable, too_long beyond MAX_LENGTH).\n\n"
            "SHARED_TRENCHES grows one trench network per group from the sources to its requests: a cell already trenched costs REUSE_FACTOR times its price to later "
            "connections. The log gives the total of independent routes, the shared total and the "
            "saving; OUTPUT_NETWORK holds the trenches with the number of connections each serves.")
        text += "\n\n" + self.tr(
            "Two figures per request. The works cost (cost_eur, total_eur) is what digging the route "
            "costs the community, whoever pays. The contribution (contribution_eur) is what Enedis "
            "bills the requester under its price schedule (barème Enedis-PRO-RAC_03E, v7.1 of "
            "3 August 2024; arrêté of 28 August 2007, art. 6): branchement (1 − REFACTION) × (CfB + "
            "CvB × lb_m) and extension (1 − REFACTION) × (CfE + CvE × le_m), where lb_m is the route "
            "length up to 30 m and le_m the rest (0: the site is desservi, no extension; "
            "contribution_extension_eur = 0). Réfaction 40 % for consumers (arrêté of 30 November "
            "2017). Since loi 2025-391 the extension part is due from the planning-permit holder. "
            "The least-cost route estimates the reference connection operation (arrêté of 28 August "
            "2007, art. 1: the one that minimises the cost of the connection works).\n"
            "BAREME: one row per power band: upper bound (kVA), CfB (€), CvB (€/m), CfE (€), CvE "
            "(€/m); a request gets the first band whose bound is at least its power (POWER_FIELD, "
            "kVA, default puissance_kva). In qgis_process give the rows flattened: "
            "BAREME=36,1000,20,2000,50. The default rows are indicative, not the official "
            "coefficients (those are the barème's tables): replace them with the schedule in force.")
        text += "\n\n" + self.tr(
            "Where penalty zones overlap, the largest factor applies; polygons are burnt into the grid by "
            "cell centre. Each request's window of MARGIN metres is snapped outwards to whole cells (the "
            "raster's cells when COST_RASTER is given, clipped to it); each group of requests is routed on "
            "its own grid, the bounding box of its windows with the cells outside them made impassable, "
            "with the network features that cross its windows. So requests scattered over a whole "
            "intercommunality cost a few small grids, not one grid over the whole territory. The cell "
            "budget, 60 million cells per group (environment variable PVD_ROUTING_MAX_CELLS), is checked "
            "for all groups before any work, with a message suggesting a larger CELL_SIZE or a smaller "
            "MARGIN; the log suggests a larger MARGIN for a request that reaches no network.\n"
            "A route runs from the source's cell to the request's cell through cell centres, collinear "
            "steps merged. The status unreachable means inside a barrier, cut off, no network within "
            "MARGIN, outside the cost raster, or no geometry. OUTPUT_NETWORK segments carry connections "
            "(how many routes use them), length_m and cost_eur (full price). With shared trenches, "
            "connections are priced from the network outwards, and a request whose route through the shared "
            "network would cost more than its own route keeps its own: every request's shared cost is at "
            "most its independent cost, and so is the total.\n"
            "Contribution fields: lb_m (min(route length, 30 m)), le_m (the rest), "
            "contribution_branchement_eur, contribution_extension_eur and contribution_eur (their sum). "
            "Without POWER_FIELD the first band applies; a power above the last band, or missing, gives no "
            "contribution, with a warning naming the requests. With the default rows a 30 m branchement up "
            "to 36 kVA comes to 1 650 € after réfaction, near the published 1 658,88 €.")
        return text + "\n\n" + self.tr(
            "Example: TARGETS = demandes_raccordement of the sample GeoPackage, SOURCES = postes_hta_bt "
            "and reseau_bt, SURFACES = espaces_publics (cout_m), BARRIERS = batiments, PENALTY_ZONES = "
            "abords_mh and spr, CELL_SIZE 1, SHARED_TRENCHES on: every request priced, and the saving of "
            "the shared trenches in the log.")

    ADVANCED = ("SOURCE_ID_FIELD", "COST_RASTER", "DEFAULT_COST", "PENALTY_FACTOR", "CELL_SIZE", "MARGIN",
                "MAX_LENGTH", "FIXED_COST", "REFACTION", "REUSE_FACTOR", "BAREME", "POWER_FIELD")
    DECIMALS = {"MARGIN": 0, "MAX_LENGTH": 0, "FIXED_COST": 0}

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:connectionroutes -- \
  TARGETS='sample_layers/pvd_isigny_omaha.gpkg|layername=demandes_raccordement' TARGET_ID_FIELD=id_demande \
  SOURCES='sample_layers/pvd_isigny_omaha.gpkg|layername=postes_hta_bt' \
  SOURCES='sample_layers/pvd_isigny_omaha.gpkg|layername=reseau_bt' SOURCE_ID_FIELD=id_poste \
  SURFACES='sample_layers/pvd_isigny_omaha.gpkg|layername=espaces_publics' SURFACE_COST_FIELD=cout_m \
  PENALTY_ZONES='sample_layers/pvd_isigny_omaha.gpkg|layername=abords_mh' \
  BARRIERS='sample_layers/pvd_isigny_omaha.gpkg|layername=batiments' \
  CELL_SIZE=1 MARGIN=250 FIXED_COST=1000 SHARED_TRENCHES=true \
  OUTPUT=/tmp/raccordements.gpkg OUTPUT_NETWORK=/tmp/tranchees.gpkg"""),
        ("python", r"""import processing
gpkg = "/path/to/pvd_isigny_omaha.gpkg|layername="
result = processing.run("pvd:connectionroutes", {
    "TARGETS": gpkg + "demandes_raccordement", "TARGET_ID_FIELD": "id_demande",
    "SOURCES": [gpkg + "postes_hta_bt", gpkg + "reseau_bt"], "SOURCE_ID_FIELD": "id_poste",
    "COST_RASTER": "/path/to/cout_tranchee.tif",  # or SURFACES / BARRIERS / PENALTY_ZONES
    "SHARED_TRENCHES": True, "OUTPUT": "/tmp/raccordements.gpkg", "OUTPUT_NETWORK": "/tmp/tranchees.gpkg"})
print(result["INDEPENDENT_TOTAL_EUR"], result["SHARED_TOTAL_EUR"], result["SAVING_EUR"])"""),
    )

    def initAlgorithm(self, config=None):
        polygon = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TARGETS, self.tr("Connection requests (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.TARGET_ID_FIELD, self.tr("Request id field"), parentLayerParameterName=self.TARGETS,
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.SOURCES, self.tr("Network: substations and lines"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCE_ID_FIELD, self.tr("Network id field (in every network layer)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.COST_RASTER, self.tr("Cost raster (€/m per cell)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SURFACES, self.tr("Surfaces (polygons with a cost in €/m)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SURFACE_COST_FIELD, self.tr("Surface cost field (€/m)"), "cout_m",
            parentLayerParameterName=self.SURFACES, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEFAULT_COST, self.tr("Default cost (€/m; 0 = impassable outside the surfaces)"), QgsProcessingParameterNumber.Double,
            defaults.ROUTING_DEFAULT_COST_EUR_M, minValue=0.0))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.BARRIERS, self.tr("Barriers (impassable polygons)"), QgsProcessing.TypeVectorPolygon,
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.PENALTY_ZONES, self.tr("Penalty zones (abords, SPR)"), QgsProcessing.TypeVectorPolygon,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PENALTY_FACTOR, self.tr("Penalty factor where a zone has no 'facteur'"),
            QgsProcessingParameterNumber.Double, defaults.ROUTING_PENALTY_FACTOR, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (m, without a cost raster)"), QgsProcessingParameterNumber.Double,
            defaults.ROUTING_CELL_SIZE_M, minValue=0.01))
        self.addParameter(QgsProcessingParameterNumber(
            self.MARGIN, self.tr("Search margin around the requests (m)"), QgsProcessingParameterNumber.Double,
            defaults.ROUTING_MARGIN_M, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_LENGTH, self.tr("Maximum route length (m, 0 = none)"), QgsProcessingParameterNumber.Double,
            defaults.ROUTING_MAX_LENGTH_M, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.FIXED_COST, self.tr("Fixed cost per connection (€)"), QgsProcessingParameterNumber.Double,
            defaults.ROUTING_FIXED_COST_EUR, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.REFACTION, self.tr("Réfaction (share paid by the network tariff)"),
            QgsProcessingParameterNumber.Double, defaults.REFACTION, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SHARED_TRENCHES, self.tr("Share trenches between connections"), False))
        self.addParameter(QgsProcessingParameterNumber(
            self.REUSE_FACTOR, self.tr("Cost factor of an already trenched cell"),
            QgsProcessingParameterNumber.Double, defaults.REUSE_FACTOR, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterMatrix(
            self.BAREME, self.tr("Barème (indicative defaults): one row per power band"), hasFixedNumberRows=False,
            headers=[self.tr("Up to (kVA)"), self.tr("CfB (€)"), self.tr("CvB (€/m)"), self.tr("CfE (€)"),
                     self.tr("CvE (€/m)")],
            defaultValue=pricing.flatten(pricing.DEFAULT_BAREME), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POWER_FIELD, self.tr("Requested power field (kVA)"), "puissance_kva",
            parentLayerParameterName=self.TARGETS, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Connection routes"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_NETWORK, self.tr("Trench network"), QgsProcessing.TypeVectorLine, optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("INDEPENDENT_TOTAL_EUR", self.tr("Total of independent routes (€)")))
        self.addOutput(QgsProcessingOutputNumber("SHARED_TOTAL_EUR", self.tr("Total with shared trenches (€)")))
        self.addOutput(QgsProcessingOutputNumber("SAVING_EUR", self.tr("Saving of shared trenches (€)")))

    def run_algorithm(self, parameters, context, feedback):
        import numpy as np
        import shapely

        from ...core import routing

        targets_source = self.required_source(parameters, self.TARGETS, context)
        raster = self.parameterAsRasterLayer(parameters, self.COST_RASTER, context)
        crs = raster.crs() if raster is not None else targets_source.sourceCrs()
        if not crs.isValid() or crs.isGeographic():
            raise QgsProcessingException(self.tr(
                "Routing needs a projected CRS in metres: the {0} has CRS '{1}'. Reproject it first "
                "(e.g. to EPSG:2154).").format(
                    self.tr("cost raster") if raster is not None else self.tr("layer of connection requests"),
                    crs.authid() or crs.description()))
        # Parameters and results are metres and €/m; the grid is in the CRS's units (feet…).
        unit_m = metres_per_unit_exact(crs)

        targets = read_features(targets_source, context, feedback, crs=crs, progress_span=(0, 5))
        target_ids = self._ids(targets, self.parameterAsString(parameters, self.TARGET_ID_FIELD, context),
                               layer_label(self, parameters, self.TARGETS, context, targets_source))
        bands = self._bands(parameters, context, targets, targets_source, target_ids, feedback)
        sources, source_ids = self._read_sources(parameters, context, feedback, crs)
        if not len(sources):
            raise QgsProcessingException(self.tr("The network layers (substations and lines) have no feature."))

        points = targets.geometries
        has_point = ~(shapely.is_missing(points) | shapely.is_empty(points))
        xy = np.full((len(points), 2), np.nan)
        if has_point.any():
            xy[has_point] = shapely.get_coordinates(shapely.centroid(points[has_point]))
        for position in np.flatnonzero(~has_point):
            feedback.pushWarning(self.tr("Request {0} has no geometry: unreachable.").format(target_ids[position]))

        margin = self.parameterAsDouble(parameters, self.MARGIN, context)
        model, cell_size, extent = self._cost_model(parameters, context, feedback, crs, raster, unit_m)
        with_point = np.flatnonzero(has_point)
        try:
            areas, _outside = routing.plan_areas(xy[with_point, 0], xy[with_point, 1], margin / unit_m, cell_size,
                                                 extent)
        except routing.GridTooLarge as error:
            raise QgsProcessingException(self.tr(
                "The routing grid would have {0} cells ({1} × {2}), more than the budget of {3}: "
                "use a larger cell size or a smaller search margin.").format(
                    number(error.rows * error.cols), number(error.rows), number(error.cols), number(error.budget)))
        for area in areas:
            area.targets = with_point[area.targets]
        if extent is not None:
            off = (xy[:, 0] < extent[0]) | (xy[:, 0] >= extent[2]) | (xy[:, 1] <= extent[1]) | (xy[:, 1] > extent[3])
            for position in np.flatnonzero(has_point & off):
                feedback.pushWarning(self.tr("Request {0} lies outside the cost raster: unreachable.").format(
                    target_ids[position]))
        feedback.pushInfo(self.tr(
            "Search area: {0} m around the requests, {1} group(s) of requests, {2} cells of {3} m in all.").format(
                number(margin, None), len(areas), number(sum(area.cells for area in areas)),
                number(cell_size * unit_m, None)))

        shared = self.parameterAsBool(parameters, self.SHARED_TRENCHES, context)
        result = routing.route_areas(
            areas, model, cell_size, sources, xy[:, 0], xy[:, 1],
            max_length=self.parameterAsDouble(parameters, self.MAX_LENGTH, context) / unit_m,
            shared=shared, reuse_factor=self.parameterAsDouble(parameters, self.REUSE_FACTOR, context),
            network=bool(output_destination(parameters, self.OUTPUT_NETWORK, context)),
            progress=self.progress_callback(feedback, 10, 90))
        for position in result.no_source:
            feedback.pushWarning(self.tr(
                "Request {0}: no network feature within the search margin ({1} m): unreachable; use a larger "
                "margin.").format(target_ids[position], number(margin, None)))
        explained = set(result.no_source) | set(np.flatnonzero(~has_point).tolist())
        if extent is not None:
            explained |= set(np.flatnonzero(has_point & off).tolist())
        blocked = [route.target for route in result.routes
                   if route.status == "unreachable" and route.target not in explained]
        self._explain_blocked(feedback, blocked, points, target_ids, model, margin)
        unused = int(np.count_nonzero(~result.used_sources))
        if unused:
            feedback.pushInfo(self.tr("{0} of {1} network feature(s) lie farther than the search margin from every request: "
                "not used.").format(number(unused), number(len(sources))))
        if result.blocked:
            feedback.pushWarning(self.tr("{0} network cell(s) lie in barriers or no-data cells.").format(result.blocked))
        return self._write(parameters, context, feedback, crs, result, target_ids, source_ids, shared, bands, unit_m)

    def _explain_blocked(self, feedback, blocked, points, target_ids, model, margin):
        """Say why requests with a network nearby are unreachable: inside a barrier, or walled in."""
        import numpy as np
        import shapely

        if not blocked:
            return
        barriers = [geometry for layer in model.barriers for geometry in layer if geometry is not None]
        inside = set()
        if barriers:
            tree = shapely.STRtree(np.array(barriers, dtype=object))
            hits = tree.query(points[np.array(blocked)], predicate="intersects")[0]
            inside = {blocked[i] for i in np.unique(hits)}
        for position in blocked:
            if position in inside:
                feedback.pushWarning(self.tr(
                    "Request {0} lies inside a barrier (an impassable polygon such as a building): unreachable; "
                    "place the request on the street side of the building.").format(target_ids[position]))
            else:
                feedback.pushWarning(self.tr(
                    "Request {0} is walled in: every way to the network within MARGIN ({1} m) crosses barriers or "
                    "impassable cells (no-data or cost ≤ 0, or DEFAULT_COST 0 outside the surfaces): unreachable. "
                    "Check the barriers and costs around it, or use a larger MARGIN.").format(
                        target_ids[position], margin))

    def _ids(self, table, field_name, layer_name):
        if not field_name:
            return [str(fid) for fid in table.fids]
        try:
            values = table.column(field_name)
        except KeyError:
            raise QgsProcessingException(self.tr("Layer '{0}' has no field '{1}'.").format(layer_name, field_name))
        return [None if is_missing(value, only_null=True) else str(value) for value in values]

    def _layers(self, parameters, name, context):
        """(feature source, name for messages: its table) of each layer of a multiple-layer parameter."""
        return [(QgsProcessingFeatureSource(layer, context), layer_title(layer))
                for layer in self.parameterAsLayerList(parameters, name, context) or []]

    def _read_sources(self, parameters, context, feedback, crs):
        import numpy as np

        field_name = self.parameterAsString(parameters, self.SOURCE_ID_FIELD, context)
        geometries, ids = [], []
        for source, title in self._layers(parameters, self.SOURCES, context):
            if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry:
                raise QgsProcessingException(self.tr(
                    "Network layer '{0}' has polygons: give points (substations) or lines (network).").format(
                        title))
            table = read_features(source, context, feedback, crs=crs, progress_span=(5, 10))
            layer_ids = self._ids(table, field_name, title)
            if not field_name:  # the layer's table keeps two layers of one GeoPackage apart
                layer_ids = ["{}:{}".format(title, value) for value in layer_ids]
            geometries.extend(table.geometries)
            ids.extend(layer_ids)
        return np.array(geometries, dtype=object), ids

    def _cost_model(self, parameters, context, feedback, crs, raster, unit_m=1.0):
        """The pricing of the cells (core CostModel, € per CRS unit), the cell size (CRS units) and
        the raster's extent. ``unit_m``: metres in one CRS unit (costs are given in €/m)."""
        import numpy as np

        from ...core import routing

        if raster is not None:
            reader, cell_size, extent = self._raster_reader(raster, unit_m)
            model = routing.CostModel(raster=reader)
        else:
            cell_size, extent = self.parameterAsDouble(parameters, self.CELL_SIZE, context) / unit_m, None
            model = routing.CostModel(
                default_cost=self.parameterAsDouble(parameters, self.DEFAULT_COST, context) * unit_m)
        surfaces = self.parameterAsSource(parameters, self.SURFACES, context)
        if surfaces is not None:
            surfaces_name = layer_label(self, parameters, self.SURFACES, context, surfaces)
            field_name = self.parameterAsString(parameters, self.SURFACE_COST_FIELD, context) or "cout_m"
            table = read_features(surfaces, context, feedback, crs=crs, progress_span=(5, 7))
            use_stored_values(table, self.parameterAsVectorLayer(parameters, self.SURFACES, context), [field_name])
            try:
                values = table.column(field_name)
            except KeyError:
                raise QgsProcessingException(self.tr("Layer '{0}' has no field '{1}' (cost in €/m).").format(
                    surfaces_name, field_name))
            costs = number_column(values)
            valid = np.isfinite(costs) & (costs > 0)
            if (~valid).any():
                feedback.pushWarning(self.tr(
                    "{0} feature(s) of '{1}' have no positive '{2}': the cost under them is unchanged "
                    "(feature ids {3}).").format(
                        int((~valid).sum()), surfaces_name, field_name, id_list(table.fids[~valid])))
            # over a raster, its no-data cells stay impassable; otherwise surfaces open the grid
            model.surfaces = (table.geometries[valid], costs[valid] * unit_m)
        default_factor = self.parameterAsDouble(parameters, self.PENALTY_FACTOR, context)
        for source, _title in self._layers(parameters, self.PENALTY_ZONES, context):
            table = read_features(source, context, feedback, crs=crs, progress_span=(7, 8))
            factors = np.full(len(table), default_factor)
            if table.fields.lookupField("facteur") >= 0:
                given = number_column(table.column("facteur"))
                factors = np.where(np.isfinite(given) & (given > 0), given, default_factor)
            model.penalties.append((table.geometries, factors))
        for source, _title in self._layers(parameters, self.BARRIERS, context):
            table = read_features(source, context, feedback, crs=crs, attributes=False, progress_span=(8, 10))
            model.barriers.append(table.geometries)
        return model, cell_size, extent

    def _raster_reader(self, raster, unit_m=1.0):
        """A reader of the raster's cells for the core (€ per CRS unit, inf = impassable), its cell
        size and extent (CRS units)."""
        import numpy as np
        from osgeo import gdal

        dataset = gdal.Open(raster.source())
        if dataset is None:
            raise QgsProcessingException(self.tr("The cost raster '{0}' cannot be opened.").format(raster.source()))
        gt = dataset.GetGeoTransform()
        if gt[2] or gt[4] or gt[5] >= 0 or not math.isclose(gt[1], -gt[5], rel_tol=1e-9):
            raise QgsProcessingException(self.tr(
                "The cost raster '{0}' must be north-up with square cells.").format(raster.name()))
        extent = (gt[0], gt[3] + gt[5] * dataset.RasterYSize, gt[0] + gt[1] * dataset.RasterXSize, gt[3])
        path = raster.source()
        if not _has_passable_cell(dataset.GetRasterBand(1)):
            raise QgsProcessingException(self.tr(
                "The cost raster '{0}' has no passable cell: every cell is no-data or a cost ≤ 0, so no route "
                "can be found. Check its no-data value and that its costs are in €/m (> 0).").format(raster.name()))
        dataset = None

        def read(area, out):
            # opened for each group and closed at once: GDAL's block cache is freed before the search
            opened = gdal.Open(path)
            band = opened.GetRasterBand(1)
            band.ReadAsArray(area.first_col, area.first_row, area.cols, area.rows, buf_obj=out)
            nodata = band.GetNoDataValue()
            band = opened = None
            impassable = ~(out > 0)
            if nodata is not None:
                impassable |= out == np.float32(nodata)
            if unit_m != 1.0:
                out *= np.float32(unit_m)
            out[impassable] = np.inf

        return read, gt[1], extent

    def _bands(self, parameters, context, targets, source, target_ids, feedback):
        """The barème band of each request (None: no contribution), with warnings naming the requests."""
        # optional for Processing only (a mandatory matrix refuses its own default): empty = default rows
        values = self.parameterAsMatrix(parameters, self.BAREME, context)
        bareme = pricing.parse_bareme(values) if values else list(pricing.DEFAULT_BAREME)
        field_name = self.parameterAsString(parameters, self.POWER_FIELD, context)
        label = layer_label(self, parameters, self.TARGETS, context, source)
        if not field_name or targets.fields.lookupField(field_name) < 0:
            if field_name:
                feedback.pushWarning(self.tr(
                    "Layer '{0}' has no field '{1}': every request is priced with the first band of the "
                    "barème (up to {2} kVA).").format(label, field_name, bareme[0].max_kva))
            return [bareme[0]] * len(targets)
        use_stored_values(targets, self.parameterAsVectorLayer(parameters, self.TARGETS, context), [field_name])
        bands, unknown, above = pricing.bands_for(bareme, number_column(targets.column(field_name)))
        if unknown:
            feedback.pushWarning(self.tr(
                "Layer '{0}', field '{1}': no power for request(s) {2}: no contribution computed.").format(
                    label, field_name, ", ".join(str(target_ids[position]) for position in unknown)))
        if above:
            feedback.pushWarning(self.tr(
                "Request(s) {0}: power above the last band of the barème ({1} kVA): no contribution "
                "computed.").format(", ".join(str(target_ids[position]) for position in above),
                                    bareme[-1].max_kva))
        return bands

    def _write(self, parameters, context, feedback, crs, result, target_ids, source_ids, shared, bands, unit_m=1.0):
        fixed = self.parameterAsDouble(parameters, self.FIXED_COST, context)
        refaction = self.parameterAsDouble(parameters, self.REFACTION, context)
        fields = qgs_fields(model.ROUTE_FIELDS)
        geometries, rows = [], []
        for route in result.routes:
            if route.status == "unreachable":
                geometries.append(None)
                rows.append([target_ids[route.target], None, None, None, None, None, None, None, route.status]
                            + [None] * 5)
                continue
            total, part = pricing.works_totals(route.cost_eur, fixed, refaction)
            length_m = route.length_m * unit_m
            geometries.append(route.line)
            band = bands[route.target]
            billed = None if band is None else pricing.contribution(length_m, band, refaction)
            rows.append([target_ids[route.target], source_ids[route.source], length_m, route.cost_eur,
                         total, part, route.penalty_m * unit_m, pricing.nature(length_m), route.status]
                        + ([None] * 5 if billed is None else
                           [billed.lb_m, billed.le_m, billed.branchement_eur, billed.extension_eur, billed.total_eur]))
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.LineString, crs)
        write_features(sink, fields, geometries, rows, feedback)
        outputs = {self.OUTPUT: dest_id}
        self.style_output_on_load(context, dest_id, "connection_routes")
        if shared:
            self.name_output_on_load(context, dest_id, self.tr("Connection routes (shared trenches)"), self.OUTPUT)

        network_fields = qgs_fields(model.TRENCH_FIELDS)
        network_sink, network_id = self.parameterAsSink(
            parameters, self.OUTPUT_NETWORK, context, network_fields, QgsWkbTypes.LineString, crs)
        if network_sink is not None:
            segments = result.network
            write_features(network_sink, network_fields, [s[0] for s in segments],
                           [[s[1], s[2] * unit_m, s[3]] for s in segments], feedback)
            outputs[self.OUTPUT_NETWORK] = network_id
            self.style_output_on_load(context, network_id, "trench_network")

        counts = {status: sum(1 for r in result.routes if r.status == status) for status in ("ok", "unreachable", "too_long")}
        feedback.pushInfo(self.tr("{0} route(s) ok, {1} unreachable, {2} too long.").format(
            counts["ok"], counts["unreachable"], counts["too_long"]))
        independent = pricing.works_total(result.independent_total, fixed, counts["ok"])
        feedback.pushInfo(self.tr("Total of independent routes: {0}.").format(number(independent, 0, "€")))
        outputs["INDEPENDENT_TOTAL_EUR"] = independent
        if shared:
            shared_total = pricing.works_total(result.shared_total, fixed, counts["ok"])
            saved, saved_pc = pricing.saving(independent, shared_total)
            feedback.pushInfo(self.tr("Total with shared trenches: {0}; saving {1} ({2}).").format(
                number(shared_total, 0, "€"), number(saved, 0, "€"), number(saved_pc, 1, "%")))
            outputs["SHARED_TOTAL_EUR"] = shared_total
            outputs["SAVING_EUR"] = saved
        return outputs


def _has_passable_cell(band):
    """True when one cell of a raster band holds a cost > 0 that is not its no-data value."""
    import numpy as np

    nodata = band.GetNoDataValue()
    # a first band of about 65 000 cells answers for most rasters; then bands 4 times larger,
    # up to 4 M cells, so that a raster of no-data is read only once too
    row, cells = 0, 65_536
    while row < band.YSize:
        rows = max(1, min(band.YSize - row, cells // max(1, band.XSize)))
        values = band.ReadAsArray(0, row, band.XSize, rows).astype(np.float64)
        passable = np.isfinite(values) & (values > 0)
        if nodata is not None:
            passable &= values != np.float32(nodata)
        if passable.any():
            return True
        row, cells = row + rows, min(4 * cells, 4_000_000)
    return False
