"""pvd:report: described once, by its shortHelpString() and technical_help() below."""
import datetime
import os
import tempfile

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QUrl

from ...core import model
from ...i18n import user_locale
from ..field_labels import value_label
from ...resources_path import sample_path
from .. import project_layers
from ..base import PvdAlgorithm
from ..qgis_io import is_missing, python_value, read_features

LAMBERT93 = "EPSG:2154"
ROUTE, PAIR, PRIORITY = model.ROUTE_FIELDS, model.COORDINATION_PAIR_FIELDS, model.PRIORITY_FIELDS
PRECARITY, RENOVATION = model.PRECARITY_FIELDS, model.RENOVATION_FIELDS


class ReportAlgorithm(PvdAlgorithm):
    ALGORITHM_ID = "report"
    GROUP_ID = "report"
    REQUIRES = ("numpy", "shapely")

    GEOPACKAGE = "GEOPACKAGE"
    COMMUNES = "COMMUNES"
    ROUTES = "ROUTES"
    ROUTES_INDEPENDENT = "ROUTES_INDEPENDENT"
    OVERLAPS = "OVERLAPS"
    COORDINATION = "COORDINATION"
    PRIORITIES = "PRIORITIES"
    PRECARITY = "PRECARITY"
    RENOVATION = "RENOVATION"
    OUTPUT = "OUTPUT"
    MODEL_INPUTS = {GEOPACKAGE: project_layers.GEOPACKAGE_FILE}

    def flags(self):
        # Layout rendering uses QGIS objects that must stay on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def displayName(self):
        return self.tr("Communal report (PDF)")

    def shortHelpString(self):
        return "\n\n".join((
            self.tr(
                "Writes a PDF report per commune for the mayor: a map of the town centre (ORT perimeter, "
                "heritage zones, network, connection requests and routes) with legend, scale and sources, "
                "then a page of tables: connection routes with their cost, overlap shares, works to "
                "coordinate and substations to embellish first."),
            self.tr(
                "Give the PVD GeoPackage (the one loaded, else the sample) and choose one commune or all; "
                "add the results of the other tools you ran: connection routes (and the independent "
                "routes, to report the saving of shared trenches), overlap, works coordination, "
                "substation priorities. Every request counts in the commune where it lies, those already "
                "on the network (a branchement, 0 m of trench) included."),
            self.tr(
                "After a run from the QGIS window the PDF opens; the log gives its link."),
            self.tr(
                "Example: with the sample loaded, choose Isigny-sur-Mer (14342) and the routes you "
                "computed: two pages, the map and the tables of Isigny-sur-Mer."),
        ))

    def technical_help(self):
        text = self.tr(
            "Writes a PDF report for one commune or several: for each, a map of the town centre (ORT "
            "perimeter, heritage zones, Enedis network, connection requests and analysed routes) with "
            "legend, scale bar, north arrow and sources, then a page of tables: connection routes with "
            "their costs, overlap shares, works coordination opportunities and the substations to "
            "embellish first.\n\n"
            "PVD GeoPackage: the territory (layers of the PVD data model; the shipped sample by default).\n"
            "Communes: INSEE codes or names separated by commas; empty for every commune of the "
            "GeoPackage.\n"
            "Analysis layers (all optional): outputs of pvd:connectionroutes, pvd:overlapanalysis, "
            "pvd:workscoordination and pvd:substationpriority. Each commune's tables keep the features "
            "that intersect the commune.\n\n"
            "Works without the QGIS window (qgis_process). Example: COMMUNES=14342 gives the report of "
            "Isigny-sur-Mer."
        )
        return text + "\n\n" + self.tr(
            "Independent connection routes (optional): the output of pvd:connectionroutes without shared "
            "trenches, next to ROUTES computed with them: the report then gives each commune's saving.") + "\n\n" + \
            self.tr("Energy precarity (optional): the output of pvd:energyprecarity adds, per commune, a page "
                    "\"Précarité énergétique\" with the map of the index and a page with its first cells; "
                    "with the output of pvd:renovationeffect (optional), the before/after of the works zones "
                    "follows.") + "\n\n" + self.tr(
                "Communes are matched without case or accents, and one word that names a single commune is "
                "enough (Trevieres, isigny). In the dialog, a list offers the GeoPackage's communes and All "
                "communes, and the GeoPackage is the one of the loaded PVD layers.\n"
                "The map page frames the town centre around the ORT perimeter and every route the tables list; "
                "the legend shrinks to fit inside the page. A route counts in the commune of its request (its "
                "last point), a route of 0 m (a request on the network: a branchement, priced at the fixed "
                "cost) included. Headers and coded values are in French (à mutualiser, cabine haute, tracé "
                "trouvé), substations are ranked within the commune, numbers are rounded and written the French "
                "way. The log gives each commune's figures and the link of the PDF; after a run from the QGIS "
                "window the PDF opens.")

    # Command lines shown on the offline help page and in the README (not translated)
    EXAMPLES = (
        ("sh", r"""qgis_process.bin run pvd:report -- COMMUNES=14342 OUTPUT=/tmp/rapport_isigny.pdf"""),
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.GEOPACKAGE, self.tr("PVD GeoPackage (empty = the shipped sample)"), extension="gpkg",
            defaultValue=sample_path("pvd_isigny_omaha.gpkg"), optional=True))
        communes = QgsProcessingParameterString(
            self.COMMUNES, self.tr("Communes (INSEE codes or names, comma-separated; empty = all)"),
            optional=True)
        # in the dialog, a list of the GeoPackage's communes (the value stays this text)
        communes.setMetadata({"widget_wrapper": {
            "class": __name__.split(".")[0] + ".gui.commune_choice.CommuneWidgetWrapper"}})
        self.addParameter(communes)
        for name, label in ((self.ROUTES, self.tr("Connection routes")),
                            (self.ROUTES_INDEPENDENT,
                             self.tr("Independent connection routes (to report the shared-trench saving)")),
                            (self.OVERLAPS, self.tr("Overlap analysis")),
                            (self.COORDINATION, self.tr("Works coordination")),
                            (self.PRIORITIES, self.tr("Substation priorities")),
                            (self.PRECARITY, self.tr("Energy precarity (output of pvd:energyprecarity)")),
                            (self.RENOVATION, self.tr("Effect of renovation works (output of pvd:renovationeffect)"))):
            self.addParameter(QgsProcessingParameterFeatureSource(
                name, label, [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("PDF report"), self.tr("PDF files (*.pdf)")))

    def run_algorithm(self, parameters, context, feedback):
        import shapely

        from ...core.report_tables import (format_number, match_communes, rank_within, route_request_points,
                                           rows_in_zone, table, total)
        from ..report_layout import ReportLayout, gpkg_layers

        gpkg = self.parameterAsFile(parameters, self.GEOPACKAGE, context) or sample_path("pvd_isigny_omaha.gpkg")
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        # Everything is measured and drawn in Lambert-93, whatever the GeoPackage's CRS (a map
        # of a GeoPackage in degrees would otherwise be buffered by 250 "degrees").
        crs = QgsCoordinateReferenceSystem(LAMBERT93)
        communes = self._communes(gpkg, crs, context, feedback)
        wanted = match_communes(communes, self.parameterAsString(parameters, self.COMMUNES, context))
        lang = "fr" if user_locale() == "fr" else "en"

        analyses = {}
        for name in (self.ROUTES, self.ROUTES_INDEPENDENT, self.OVERLAPS, self.COORDINATION, self.PRIORITIES,
                     self.PRECARITY, self.RENOVATION):
            source = self.parameterAsSource(parameters, name, context)
            if source is not None:
                features = read_features(source, context, feedback, crs=crs)
                names = features.fields.names()
                geometries = features.geometries
                if name in (self.ROUTES, self.ROUTES_INDEPENDENT):
                    # a route belongs to the commune of its request, a 0 m route too
                    geometries = route_request_points(geometries)
                rows = [{field: value_label(field, value) for field, value in zip(names, row)}
                        for row in features.attributes]
                analyses[name] = (geometries, rows, features.geometries)

        orts = self._ort_zones(gpkg, crs, context)
        titles = {"communes": self.tr("Communes"), "ort_perimetres": self.tr("ORT perimeters"),
                  "espaces_publics": self.tr("Public spaces"), "batiments": self.tr("Buildings"),
                  "monuments_historiques": self.tr("Monuments historiques"),
                  "abords_mh": self.tr("Abords of monuments (500 m)"), "spr": self.tr("SPR"),
                  "postes_hta_bt": self.tr("HTA/BT substations"), "reseau_hta": self.tr("HTA network"),
                  "reseau_bt": self.tr("BT network"), "travaux_raccordement": self.tr("Connection works"),
                  "demandes_raccordement": self.tr("Connection requests"),
                  "projets_espaces_publics": self.tr("Public-space projects")}
        layers = gpkg_layers(gpkg, titles)
        routes = self.routes_map_layer(parameters, context)
        if routes is not None:
            layers.append(routes)

        report = ReportLayout(self.tr("Communal report"))
        today = datetime.date.today().strftime("%d/%m/%Y" if lang == "fr" else "%Y-%m-%d")
        sources = self.tr(
            "Sources: IGN – Admin Express COG 2018 (Licence Ouverte); Mérimée, Ministère de la Culture; "
            "network, public spaces and works: PVD GeoPackage ({}); analyses: QGIS plugin "
            "Petites villes de demain.").format(os.path.basename(gpkg))
        for number, (insee, name, geometry) in enumerate(wanted):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled by the user: nothing was written."))
            zone = orts.get(insee)
            extent_geometry = shapely.buffer(zone, 250.0) if zone is not None else geometry
            if self.ROUTES in analyses:  # the map shows every route its table lists
                shown = self._drawn(analyses[self.ROUTES], geometry, rows_in_zone)
                extent_geometry = shapely.union_all([extent_geometry, shapely.buffer(shown, 60.0)])
            xmin, ymin, xmax, ymax = shapely.bounds(extent_geometry)
            from qgis.core import QgsRectangle

            report.map_page(self.tr("Communal report — {0} ({1})").format(name, insee),
                            self.tr("Petites villes de demain · town centre and ORT perimeter · {}").format(today),
                            layers, QgsRectangle(xmin, ymin, xmax, ymax), sources, crs=crs)
            tables, figures = [], []
            if self.ROUTES in analyses:
                rows = self._rows(analyses[self.ROUTES], geometry, rows_in_zone)
                tables.append((self.tr("Connection routes"),) + table(rows, [
                    (ROUTE.target_id.name, self.tr("Request"), None, ""),
                    (ROUTE.source_id.name, self.tr("Source"), None, ""),
                    (ROUTE.length_m.name, self.tr("Length"), 0, "m"), (ROUTE.total_eur.name, self.tr("Total"), 0, "€"),
                    (ROUTE.part_demandeur_eur.name, self.tr("Applicant"), 0, "€"),
                    (ROUTE.contribution_eur.name, self.tr("Billed by Enedis"), 0, "€"),
                    (ROUTE.nature.name, self.tr("Nature"), None, ""), (ROUTE.status.name, self.tr("Status"), None, "")],
                    sort_by=ROUTE.total_eur.name, lang=lang))
                on_network = sum(1 for row in rows if row.get(ROUTE.length_m.name) == 0)
                if on_network:
                    template = self.tr(
                        "Connection routes: {0} requests ({1} on the network: a branchement, 0 m of trench), "
                        "total {2}, applicants' share {3}.")
                else:
                    template = self.tr("Connection routes: {0} requests, total {2}, applicants' share {3}.")
                figures.append(template.format(
                    len(rows), on_network, format_number(total(rows, ROUTE.total_eur.name), 0, lang, "€"),
                    format_number(total(rows, ROUTE.part_demandeur_eur.name), 0, lang, "€")))
                if self.ROUTES_INDEPENDENT in analyses:
                    alone = self._rows(analyses[self.ROUTES_INDEPENDENT], geometry, rows_in_zone)
                    figures.append(self.saving_figure(alone, rows, lang))
            if self.OVERLAPS in analyses:
                rows = self._rows(analyses[self.OVERLAPS], geometry, rows_in_zone)
                tables.append((self.tr("Overlap shares (%)"),) + table(rows, self._overlap_columns(rows, titles),
                                                                       lang=lang))
            if self.COORDINATION in analyses:
                rows = self._rows(analyses[self.COORDINATION], geometry, rows_in_zone)
                tables.append((self.tr("Works coordination"),) + table(rows, [
                    (PAIR.id_travaux.name, self.tr("Works"), None, ""),
                    (PAIR.id_projet.name, self.tr("Project"), None, ""),
                    (PAIR.relation.name, self.tr("Relation"), None, ""),
                    (PAIR.longueur_commune_m.name, self.tr("Shared"), 0, "m"),
                    (PAIR.ecart_jours.name, self.tr("Gap (days)"), 0, ""),
                    (PAIR.economie_eur.name, self.tr("Saving"), 0, "€")],
                    sort_by=PAIR.economie_eur.name, lang=lang))
                figures.append(self.tr("Works coordination: {0} pair(s), possible saving {1}.").format(
                    len(rows), format_number(total(rows, PAIR.economie_eur.name), 0, lang, "€")))
            if self.PRIORITIES in analyses:
                rows = rank_within(self._rows(analyses[self.PRIORITIES], geometry, rows_in_zone))
                tables.append((self.tr("Substations to embellish first"),) + table(
                    rows, [(PRIORITY.rang.name, self.tr("Rank in the commune"), 0, ""),
                           ("id_poste", self.tr("Substation"), None, ""),
                           ("nom", self.tr("Name"), None, ""), ("type_poste", self.tr("Type"), None, ""),
                           (PRIORITY.score.name, self.tr("Score"), 1, "")],
                    sort_by=PRIORITY.rang.name, descending=False, limit=10, lang=lang))
            if not tables:
                figures.append(self.tr("No analysis layer was given: only the map is reported."))
            feedback.pushInfo("{} — {}".format(name, " ".join(figures)))
            report.tables_page(self.tr("Analyses — {}").format(name), "\n".join(figures), tables)
            if self.PRECARITY in analyses:
                self.precarity_pages(report, parameters, context, gpkg, (insee, name, geometry), analyses, lang,
                                     sources)
            feedback.setProgress(100.0 * (number + 1) / len(wanted))
            keep_window_responsive()

        # A temporary file of this run only, next to the PDF, renamed at once when complete:
        # concurrent runs to one PDF each write their own, the last rename wins.
        handle, partial = tempfile.mkstemp(prefix=os.path.basename(output) + ".", suffix=".part.pdf",
                                           dir=os.path.dirname(os.path.abspath(output)))
        os.close(handle)
        try:
            if report.export(partial) != QgsLayoutExporter.Success:
                raise QgsProcessingException(self.tr("The PDF could not be written to {}.").format(output))
            os.replace(partial, output)
            self.remember_output_file(output)  # removed if the run is cancelled at the last moment
        finally:
            if os.path.exists(partial):
                os.remove(partial)
        feedback.pushInfo(self.tr("Report of {0} commune(s) written to {1}.").format(
            len(wanted), QUrl.fromLocalFile(output).toString()))
        self._written = output
        return {self.OUTPUT: output}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API name)
        """After a run from the QGIS window, open the PDF in the system's viewer."""
        output = getattr(self, "_written", None)
        if output and window_is_shown():
            from qgis.PyQt.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(output))
        return {}

    def precarity_pages(self, report, parameters, context, gpkg, commune, analyses, lang, sources):
        """The pages "Précarité énergétique" of a commune: the map of the index and its first cells.

        Cells are the commune's (field ``insee``, else those that intersect it); the works zones
        of ``RENOVATION`` that intersect the commune follow with their before/after.
        """
        import shapely
        from qgis.core import QgsRectangle

        from ...core.report_tables import rows_in_zone, table
        from ..report_layout import load_styled_layer, style_layer

        insee, name, geometry = commune
        geometries, rows = analyses[self.PRECARITY][:2]
        rows = [{key: python_value(value) for key, value in row.items()} for row in rows]
        chosen = [i for i in rows_in_zone(geometries, geometry) if rows[i].get("insee") in (None, insee)]
        cells = [rows[i] for i in chosen]
        ranked = [row for row in cells if row.get(PRECARITY.rang.name)]
        index = self.parameterAsVectorLayer(parameters, self.PRECARITY, context).materialize(QgsFeatureRequest())
        index.setName(self.tr("Energy precarity index"))
        layers = [layer for layer in (
            load_styled_layer("{}|layername=communes".format(gpkg), self.tr("Communes"), "communes"),
            style_layer(index, "energy_precarity"),
            load_styled_layer("{}|layername=ort_perimetres".format(gpkg), self.tr("ORT perimeters"), "ort_perimetres"),
        ) if layer is not None]
        shown = shapely.union_all(geometries[chosen]) if chosen else geometry
        xmin, ymin, xmax, ymax = shapely.bounds(shapely.buffer(shown, 100.0))
        report.map_page(self.tr("Energy precarity — {0} ({1})").format(name, insee),
                        self.tr("Index per 200 m cell (INSEE Filosofi, ADEME DPE, Enedis): places to look at, "
                                "not people"), layers, QgsRectangle(xmin, ymin, xmax, ymax), sources)
        tables = [(self.tr("Cells with the highest index"),) + table(ranked, [
            (PRECARITY.rang.name, self.tr("Rank"), 0, ""), ("idcar_200m", self.tr("Cell"), None, ""),
            (PRECARITY.indice.name, self.tr("Index"), 2, ""), (PRECARITY.men.name, self.tr("Households"), 0, ""),
            (PRECARITY.part_men_pauvres_pc.name, self.tr("Poor"), 0, "%"),
            (PRECARITY.part_logements_avant_1970_pc.name, self.tr("Pre-1970"), 0, "%"),
            (PRECARITY.part_dpe_fg_pc.name, self.tr("DPE F/G"), 0, "%"),
            (PRECARITY.masque.name, self.tr("Masked"), None, "")],
            sort_by=PRECARITY.rang.name, descending=False, limit=12, lang=lang)]
        figures = [self.tr("{0} cell(s) of 200 m, {1} ranked; index out of the sum of the weights (10 by default). "
                           "Figures of fewer than 11 households, 5 DPE or 10 sites are masked.").format(
            len(cells), len(ranked))]
        if self.RENOVATION in analyses:
            works = [{key: python_value(value) for key, value in row.items()}
                     for row in self._rows(analyses[self.RENOVATION], geometry, rows_in_zone)]
            tables.append((self.tr("Effect of renovation works (per site)"),) + table(works, [
                (next((f for f in (works[0] if works else {}) if f.startswith("id_")), "fid"), self.tr("Zone"), None, ""),
                (RENOVATION.evolution_pc.name, self.tr("Change"), 1, "%"),
                (RENOVATION.temoin_evolution_pc.name, self.tr("Rest of commune"), 1, "%"),
                (RENOVATION.effet_pts.name, self.tr("Effect (points)"), 1, ""),
                (RENOVATION.sites_avant.name, self.tr("Sites"), 0, ""),
                (RENOVATION.masque.name, self.tr("Masked"), None, "")],
                lang=lang))
        report.tables_page(self.tr("Energy precarity — {}").format(name), "\n".join(figures), tables)

    def saving_figure(self, independent_rows, shared_rows, lang):
        """The sentence comparing independent and shared routes of one commune (total_eur)."""
        from ...core.pricing import saving
        from ...core.report_tables import format_number, total

        independent = total(independent_rows, ROUTE.total_eur.name) or 0.0
        shared = total(shared_rows, ROUTE.total_eur.name) or 0.0
        saved, share = saving(independent, shared)
        return self.tr("Shared trenches: {0} as independent routes, {1} shared, saving {2} ({3} %).").format(
            format_number(independent, 0, lang, "€"), format_number(shared, 0, lang, "€"),
            format_number(saved, 0, lang, "€"), format_number(share, 1, lang))

    def routes_map_layer(self, parameters, context):
        """A styled copy of the ROUTES layer for the map (a file, a loaded layer or a model output)."""
        from ..report_layout import style_layer

        layer = self.parameterAsVectorLayer(parameters, self.ROUTES, context)
        if layer is None:
            return None
        copy = layer.materialize(QgsFeatureRequest())
        copy.setName(self.tr("Connection routes"))
        return style_layer(copy, "connection_routes")

    def _communes(self, gpkg, crs, context, feedback):
        """(insee, name, geometry in ``crs``) of the communes with a geometry and an INSEE code."""
        import shapely

        # The QGIS layer is read in a helper and gone before any error is raised: a layer kept
        # alive by the error's traceback until the interpreter exits crashes it.
        problem, rows = self._read_communes(gpkg, crs, context)
        if problem is not None:
            raise QgsProcessingException(problem)
        communes, without_geometry, without_code = [], [], []
        for insee, name, fid, wkb in rows:
            label = "{} (fid {})".format(name if name is not None else "?", fid)
            if wkb is None:
                without_geometry.append(label)
            elif is_missing(insee):
                without_code.append(label)
            else:
                communes.append((str(insee).strip(), str(name) if name is not None else str(insee),
                                 shapely.from_wkb(wkb)))
        if without_geometry:
            feedback.pushWarning(self.tr("Layer 'communes': commune(s) without geometry left out of the report: "
                                         "{}.").format(", ".join(without_geometry)))
        if without_code:
            feedback.pushWarning(self.tr("Layer 'communes': commune(s) without INSEE code left out of the report: "
                                         "{}.").format(", ".join(without_code)))
        if not communes:
            raise QgsProcessingException(self.tr(
                "Layer 'communes' of '{}' has no commune with an INSEE code and a geometry: there is nothing to "
                "report (no PDF written).").format(os.path.basename(gpkg)))
        return communes

    def _read_communes(self, gpkg, crs, context):
        """(message or None, [(insee, name, fid, WKB in ``crs`` or None)]) of the layer 'communes'."""
        from ..qgis_io import crs_is_unknown

        layer = QgsVectorLayer("{}|layername=communes".format(gpkg), "communes", "ogr")
        if not layer.isValid():
            return self.tr("'{}' is not a PVD GeoPackage: it has no layer 'communes'.").format(gpkg), []
        for field in ("insee", "nom"):
            if layer.fields().lookupField(field) < 0:
                return self.tr("Layer '{0}' has no field '{1}'.").format("communes", field), []
        if crs_is_unknown(layer.crs()):
            return self.tr(
                "Layer 'communes' of '{0}' has no coordinate reference system: the map and the tables cannot be "
                "placed. Set it (e.g. EPSG:2154) and run again.").format(os.path.basename(gpkg)), []
        rows = []
        for feature in layer.getFeatures(QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())):
            geometry = feature.geometry()
            wkb = None if geometry.isNull() or geometry.isEmpty() else bytes(geometry.asWkb())
            rows.append((python_value(feature["insee"]), python_value(feature["nom"]), feature.id(), wkb))
        return None, rows

    def _ort_zones(self, gpkg, crs, context):
        import shapely

        layer = QgsVectorLayer("{}|layername=ort_perimetres".format(gpkg), "ort", "ogr")
        zones = {}
        if not layer.isValid() or layer.fields().lookupField("insee") < 0:
            return zones
        for feature in layer.getFeatures(QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty() or is_missing(feature["insee"], only_null=True):
                continue
            geometry = shapely.from_wkb(bytes(geometry.asWkb()))
            insee = str(feature["insee"]).strip()
            zones[insee] = geometry if insee not in zones else shapely.union(zones[insee], geometry)
        return zones

    @staticmethod
    def _rows(analysis, zone, rows_in_zone):
        geometries, rows, _drawn = analysis
        return [rows[i] for i in rows_in_zone(geometries, zone)]

    @staticmethod
    def _drawn(analysis, zone, rows_in_zone):
        """The drawn geometries (routes) of the rows of one commune."""
        import shapely

        geometries, _rows, drawn = analysis
        chosen = [drawn[i] for i in rows_in_zone(geometries, zone) if drawn[i] is not None]
        return shapely.union_all(chosen) if chosen else None

    def _overlap_columns(self, rows, titles):
        """The feature's identifier (first ``id_…`` field) and the ``<prefix>_pc`` shares, headed by
        the zone layers' titles ("Périmètres ORT", whatever prefix the layer's name gave)."""
        from ...core.overlap import field_prefix

        if not rows:
            return []
        headers = {}
        for table_name in model.LAYERS_BY_NAME:
            for name in (table_name, model.layer(table_name).title, titles.get(table_name, "")):
                if name:
                    headers.setdefault(field_prefix(name), titles.get(table_name, model.layer(table_name).title))
        fields = list(rows[0])
        ids = [f for f in fields if f.startswith("id_")] or [f for f in fields if f != "fid"][:1]
        id_header = {"id_travaux": self.tr("Works"), "id_poste": self.tr("Substation"),
                     "id_demande": self.tr("Request"), "id_projet": self.tr("Project")}.get(ids[0], ids[0])
        share = model.overlap_field("", model.OVERLAP_SUFFIXES.pc)  # "<prefix>_pc"
        return ([(ids[0], id_header, None, "")] + [(f, headers.get(f[:-len(share)], f[:-len(share)]), 1, "%")
                                                   for f in fields if f.endswith(share)][:5]
                + [(model.ABF_FIELDS.avis_abf.name, "ABF", None, "")])  # after pvd:abfconsultation


def keep_window_responsive():
    """Let the QGIS window repaint between pages (the layout must be built on the main thread)."""
    from qgis.PyQt.QtCore import QCoreApplication, QThread

    application = QCoreApplication.instance()
    if application is not None and QThread.currentThread() == application.thread():
        QCoreApplication.processEvents()


def window_is_shown():
    """True inside the QGIS desktop window (not qgis_process, not a script without a window)."""
    try:
        from qgis.utils import iface
    except ImportError:
        return False
    window = iface.mainWindow() if iface is not None else None
    return bool(window is not None and window.isVisible())
