"""pvd:heritagevisibility: described once, by its shortHelpString() and technical_help() below."""
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ...core import defaults, model
from ..base import PvdAlgorithm
from ..qgis_io import layer_label, metres_per_map_unit, number_column, qgs_fields, read_features, write_features


class HeritageVisibilityAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "heritagevisibility"
    GROUP_ID = "analysis"
    REQUIRES = ("numpy", "shapely")

    INPUT = "INPUT"
    DEM = "DEM"
    BUILDINGS = "BUILDINGS"
    HEIGHT_FIELD = "HEIGHT_FIELD"
    DISTANCE = "DISTANCE"
    MONUMENT_HEIGHT = "MONUMENT_HEIGHT"
    OBSERVER_HEIGHT = "OBSERVER_HEIGHT"
    CELL_SIZE = "CELL_SIZE"
    OUTPUT = "OUTPUT"
    MODEL_INPUTS = {INPUT: "monuments_historiques", BUILDINGS: "batiments"}
    MODEL_FIELDS = {HEIGHT_FIELD: (BUILDINGS, "hauteur_m")}
    MODEL_INPUTS = {INPUT: "monuments_historiques", BUILDINGS: "batiments"}
    MODEL_FIELDS = {HEIGHT_FIELD: (BUILDINGS, "hauteur_m")}
    ADVANCED = (OBSERVER_HEIGHT, CELL_SIZE)
    DECIMALS = {DISTANCE: 0, MONUMENT_HEIGHT: 1, OBSERVER_HEIGHT: 2, CELL_SIZE: 1}

    def displayName(self):
        return self.tr("Field of view of monuments (Champ de visibilité des monuments)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr("Draws, for each monument historique, the ground within 500 m (by default) from which it can be "
                    "seen. Without a delimited perimeter (PDA), the abords are what lies within 500 m and is visible "
                    "from the monument or together with it (Code du patrimoine L621-30): works there need the accord "
                    "of the Architecte des Bâtiments de France, elsewhere within 500 m a simple avis."),
            self.tr("The ground is an elevation model (metres) plus the heights of the buildings (metres above the "
                    "ground); the line of sight runs from the monument's top (10 m by default) to a person of 1.6 m, "
                    "cell by cell (2 m by default). Seeing it together from a third point is not computed."),
            self.tr("Example: with the sample loaded, keep the monuments and buildings, choose an elevation model of "
                    "the commune (IGN RGE ALTI) and run: one polygon per monument, the area that sees it.")))

    def technical_help(self):
        return self.tr(
            "Draws, for each monument historique, the ground within DISTANCE metres (default 500) "
            "that sees it. Code du patrimoine L621-30: without a PDA, the abords are what lies within "
            "500 m and is visible from the monument or visible together with it; inside, works need "
            "the accord of the Architecte des Bâtiments de France (L632-2), elsewhere within 500 m a "
            "simple avis (see pvd:abfconsultation).\n\n"
            "The surface is the elevation model DEM (metres, in a projected CRS in metres) plus the "
            "heights of the BUILDINGS (optional polygons, field HEIGHT_FIELD in metres above the "
            "ground, default hauteur as in BD TOPO); buildings that hold the monument are left out "
            "(its own roof). The line of sight runs from the monument's visible top, MONUMENT_HEIGHT "
            "metres above the ground (default 10), to a person of OBSERVER_HEIGHT metres (default "
            "1.6) on each cell of CELL_SIZE metres (default 2; the DEM is resampled, bilinear). "
            "The viewshed is GDAL's (gdal_viewshed, mode of the narrowest shadows, standard "
            "refraction); covisibility from a third point is not computed.\n\n"
            "Output (in the DEM's CRS): one polygon per monument with its attributes, "
            "surface_visible_m2 and part_visible (share of the disc of DISTANCE, %). Cells without "
            "elevation are never visible (warning).\n\n"
            "Example: monuments_historiques of the sample GeoPackage, DEM = a RGE ALTI 1 m or 5 m tile "
            "in Lambert-93, BUILDINGS = batiments (hauteur), DISTANCE 500.") + "\n\n" + self.tr(
            "Buildings are burnt into the surface by cell centre. The viewshed is gdal.ViewshedGenerate in "
            "its mode with the narrowest shadows: the prudent side, since being seen means the ABF's "
            "accord. Checked on a flat surface where a 20 m wall 101 m east of a 10 m monument hides the "
            "sector behind it (111 333 m² worked out by hand; GDAL's interpolation widens the edges of the "
            "shadow by at most 4 800 m²), and against gdal.ViewshedGenerate run directly on the same "
            "surface (within 0.5 %).")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:heritagevisibility -- \
  INPUT='sample_layers/pvd_isigny_omaha.gpkg|layername=monuments_historiques' DEM=/path/to/rgealti_1m.tif \
  BUILDINGS='sample_layers/pvd_isigny_omaha.gpkg|layername=batiments' HEIGHT_FIELD=hauteur_m \
  DISTANCE=500 MONUMENT_HEIGHT=10 OUTPUT=/tmp/champ_visibilite.gpkg"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Monuments historiques (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("Elevation model (DEM, metres)")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Buildings (polygons with a height)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.HEIGHT_FIELD, self.tr("Building height field (m)"), "hauteur", parentLayerParameterName=self.BUILDINGS,
            type=QgsProcessingParameterField.Numeric, optional=True))
        for name, label, default in (
                (self.DISTANCE, self.tr("Distance (m)"), defaults.VISIBILITY_DISTANCE_M),
                (self.MONUMENT_HEIGHT, self.tr("Height of the monument's visible top (m above the ground)"),
                 defaults.VISIBILITY_MONUMENT_HEIGHT_M),
                (self.OBSERVER_HEIGHT, self.tr("Observer's eye height (m)"), defaults.VISIBILITY_OBSERVER_HEIGHT_M),
                (self.CELL_SIZE, self.tr("Cell size (m)"), defaults.VISIBILITY_CELL_SIZE_M)):
            self.addParameter(QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Double, default, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Field of view"), QgsProcessing.TypeVectorPolygon))

    def run_algorithm(self, parameters, context, feedback):
        import numpy as np

        from ...core import visibility

        source = self.required_source(parameters, self.INPUT, context)
        dem = self.required_raster(parameters, self.DEM, context)
        crs = dem.crs()
        if metres_per_map_unit(crs, dem.name()) != 1.0:
            raise QgsProcessingException(self.tr(
                "The elevation model '{0}' must be in a CRS in metres (got {1}).").format(dem.name(), crs.authid()))
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        table = read_features(source, context, feedback, crs=crs, progress_span=(0, 5))
        buildings, heights = self._buildings(parameters, context, feedback, crs)
        views = visibility.fields_of_view(
            dem.source(), list(table.geometries), buildings, heights, distance,
            self.parameterAsDouble(parameters, self.MONUMENT_HEIGHT, context),
            self.parameterAsDouble(parameters, self.OBSERVER_HEIGHT, context),
            self.parameterAsDouble(parameters, self.CELL_SIZE, context),
            progress=self.progress_callback(feedback, 10, 90))

        fields = QgsFields(source.fields())
        for output in model.VISIBILITY_FIELDS:
            if fields.lookupField(output.name) < 0:
                fields = qgs_fields((output,), fields)
        disc = np.pi * distance ** 2
        geometries, rows = [], []
        for fid, attributes, view in zip(table.fids, table.attributes, views):
            if view is None:
                feedback.pushWarning(self.tr("Monument (feature {0}) has no geometry: skipped.").format(fid))
                continue
            if view.no_data_cells:
                feedback.pushWarning(self.tr(
                    "Monument (feature {0}): {1} cell(s) of its window have no elevation in '{2}': not "
                    "visible.").format(fid, view.no_data_cells, dem.name()))
            row = list(attributes) + [None] * (fields.count() - len(attributes))
            row[fields.lookupField(model.VISIBILITY_FIELDS.surface_visible_m2.name)] = round(view.visible_m2, 1)
            row[fields.lookupField(model.VISIBILITY_FIELDS.part_visible.name)] = round(100.0 * view.visible_m2 / disc, 2)
            geometries.append(view.geometry)
            rows.append(row)
        sink, dest_id = self.required_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs)
        write_features(sink, fields, geometries, rows, feedback, multi=True)
        feedback.pushInfo(self.tr("{0} field(s) of view of {1} m written.").format(len(rows), distance))
        return {self.OUTPUT: dest_id}

    def _buildings(self, parameters, context, feedback, crs):
        """Building polygons in the DEM's CRS and their heights (m; NaN → 0 with a warning)."""
        import numpy as np

        source = self.parameterAsSource(parameters, self.BUILDINGS, context)
        if source is None:
            return None, None
        field_name = self.parameterAsString(parameters, self.HEIGHT_FIELD, context)
        if not field_name or source.fields().lookupField(field_name) < 0:
            raise QgsProcessingException(self.tr(
                "Layer '{0}' has no height field '{1}' (metres above the ground): choose HEIGHT_FIELD.").format(
                    layer_label(self, parameters, self.BUILDINGS, context), field_name))
        table = read_features(source, context, feedback, crs=crs, progress_span=(5, 10))
        heights = number_column(table.column(field_name))
        unknown = [str(fid) for fid, height in zip(table.fids, heights) if not np.isfinite(height)]
        if unknown:
            feedback.pushWarning(self.tr(
                "Layer '{0}', field '{1}': {2} building(s) without a height: left out of the surface ({3}).").format(
                    layer_label(self, parameters, self.BUILDINGS, context), field_name, len(unknown),
                    ", ".join(unknown[:10])))
        return table.geometries, heights
