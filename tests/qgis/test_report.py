"""pvd:report writes a PDF: a map page and a results page per commune."""
import re

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.fixtures import read_gpkg, write_gpkg


def pdf_pages(path):
    """Page count from the PDF's page tree (``/Type /Pages ... /Count n``)."""
    counts = re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", path.read_bytes())
    return max(int(c) for c in counts)


def test_report_of_two_communes_has_four_pages(pvd_provider, sample_gpkg, tmp_path):
    import processing

    out = tmp_path / "rapport.pdf"
    processing.run("pvd:report", {"GEOPACKAGE": sample_gpkg, "COMMUNES": "14342, Trévières", "OUTPUT": str(out)})
    assert out.read_bytes().startswith(b"%PDF")
    assert pdf_pages(out) == 4
    assert not list(tmp_path.glob("*.part.pdf"))


def test_report_tables_take_the_routes_of_the_commune(pvd_provider, sample_gpkg, tmp_path):
    import processing

    routes = write_gpkg(tmp_path / "routes.gpkg", "routes", 2154, ogr.wkbLineString, [
        # inside Isigny-sur-Mer (its Château de Castilly is at about 407 100, 6 915 000)
        ("LINESTRING (407100 6915000, 407140 6915030)", {"target_id": "D1", "total_eur": 4200.0}),
        # in Balleroy-sur-Drôme, not in Isigny-sur-Mer
        ("LINESTRING (420100 6904500, 420120 6904520)", {"target_id": "D2", "total_eur": 9999.0}),
    ])
    out = tmp_path / "rapport.pdf"
    log = processing.run("pvd:report", {"GEOPACKAGE": sample_gpkg, "COMMUNES": "14342", "ROUTES": routes,
                                        "OUTPUT": str(out)})
    assert log["OUTPUT"] == str(out)
    assert pdf_pages(out) == 2


def test_unknown_commune_is_a_clear_error(pvd_provider, sample_gpkg, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException):
        processing.run("pvd:report", {"GEOPACKAGE": sample_gpkg, "COMMUNES": "Paris",
                                      "OUTPUT": str(tmp_path / "x.pdf")})
    assert not (tmp_path / "x.pdf").exists()


def test_routes_from_a_loaded_layer_are_drawn_styled(pvd_provider):
    from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsProcessingContext, QgsProject, QgsVectorLayer

    routes = QgsVectorLayer("LineString?crs=EPSG:2154&field=total_eur:double", "routes", "memory")
    feature = QgsFeature(routes.fields())
    feature.setAttributes([4200.0])
    feature.setGeometry(QgsGeometry.fromWkt("LINESTRING (407100 6915000, 407140 6915030)"))
    routes.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(routes)
    try:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("pvd:report")
        layer = algorithm.routes_map_layer({"ROUTES": routes.id()}, context)
        assert layer is not None and layer.featureCount() == 1
        assert layer.renderer().type() == "graduatedSymbol"
        assert layer.renderer().classAttribute() == "total_eur"
    finally:
        QgsProject.instance().removeMapLayer(routes.id())


def test_saving_of_shared_trenches_is_reported_per_commune(pvd_provider, sample_gpkg, tmp_path):
    import processing
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("pvd:report")
    independent = [{"total_eur": 6000.0}, {"total_eur": 4000.0}]
    shared = [{"total_eur": 3500.0}, {"total_eur": 2500.0}]
    assert algorithm.saving_figure(independent, shared, "en") == (
        "Shared trenches: 10,000 € as independent routes, 6,000 € shared, saving 4,000 € (40.0 %).")

    def routes(name, cost):
        return write_gpkg(tmp_path / (name + ".gpkg"), name, 2154, ogr.wkbLineString, [
            ("LINESTRING (407100 6915000, 407140 6915030)", {"target_id": "D1", "total_eur": cost})])

    out = tmp_path / "rapport.pdf"
    processing.run("pvd:report", {"GEOPACKAGE": sample_gpkg, "COMMUNES": "14342", "ROUTES": routes("shared", 3000.0),
                                  "ROUTES_INDEPENDENT": routes("alone", 5000.0), "OUTPUT": str(out)})
    assert pdf_pages(out) == 2


def test_every_request_is_counted_in_its_commune_even_on_the_network(pvd_provider, sample_gpkg, tmp_path):
    """25 requests in the sample: the five communes' reports count 25, 0 m routes included."""
    import processing
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        lines = []

        def pushInfo(self, info):  # noqa: N802 (QGIS API name)
            self.lines.append(info)

    def layer(table):
        return "{}|layername={}".format(sample_gpkg, table)

    routes = processing.run("pvd:connectionroutes", {
        "TARGETS": layer("demandes_raccordement"), "TARGET_ID_FIELD": "id_demande",
        "SOURCES": [layer("postes_hta_bt"), layer("reseau_bt")], "SURFACES": layer("espaces_publics"),
        "CELL_SIZE": 2.0, "MARGIN": 250.0, "OUTPUT": str(tmp_path / "routes.gpkg")})["OUTPUT"]
    on_network = sum(1 for f in QgsVectorLayer(routes).getFeatures() if f["length_m"] == 0)
    assert on_network > 0  # the sample plants requests on the network
    feedback = Log()
    processing.run("pvd:report", {"GEOPACKAGE": sample_gpkg, "ROUTES": routes,
                                  "OUTPUT": str(tmp_path / "rapport.pdf")}, feedback=feedback)
    counts = [re.search(r"Connection routes: (\d+) requests(?: \((\d+) on the network)?", line).groups()
              for line in feedback.lines if "Connection routes:" in line]
    assert len(counts) == 5
    assert sum(int(total) for total, _ in counts) == 25
    assert sum(int(zero or 0) for _, zero in counts) == on_network


def test_energy_precarity_pages_follow_the_analyses(pvd_provider, sample_gpkg, tmp_path):
    """With PRECARITY, each commune gets two more pages: the map of the index and its first cells."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    layer = "{}|layername={}".format
    index = str(tmp_path / "precarite.gpkg")
    processing.run("pvd:energyprecarity", {"CELLS": layer(sample_gpkg, "carreaux_filosofi"),
                                           "DPE": layer(sample_gpkg, "dpe"), "OUTPUT": index})
    effect = str(tmp_path / "effet.gpkg")
    processing.run("pvd:renovationeffect", {"CONSUMPTION": layer(sample_gpkg, "consommation_electrique"),
                                            "WORKS": layer(sample_gpkg, "ort_perimetres"), "YEAR_BEFORE": 2022,
                                            "YEAR_AFTER": 2023, "OUTPUT": effect})
    out = tmp_path / "rapport.pdf"
    processing.run("pvd:report", {"GEOPACKAGE": sample_gpkg, "COMMUNES": "14342, 14711", "PRECARITY": index,
                                  "RENOVATION": effect, "OUTPUT": str(out)})
    assert pdf_pages(out) == 8  # per commune: map, analyses, index map, first cells

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("pvd:report")
    from pvd_qgis_plugin.processing_provider.report_layout import ReportLayout

    pages = []
    original = ReportLayout.tables_page

    def spy(self, title, figures, tables):
        pages.append((title, figures, tables))
        return original(self, title, figures, tables)

    ReportLayout.tables_page = spy
    try:
        algorithm.run({"GEOPACKAGE": sample_gpkg, "COMMUNES": "14342", "PRECARITY": index, "RENOVATION": effect,
                       "OUTPUT": str(tmp_path / "isigny.pdf")}, QgsProcessingContext(), QgsProcessingFeedback())
    finally:
        ReportLayout.tables_page = original
    title, figures, tables = pages[-1]
    assert "14342" not in title and "Isigny-sur-Mer" in title
    (_heading, headers, rows, _left), (_heading2, _headers2, works, _left2) = tables
    # the commune's cells by rank (the ranks are the territory's): its best ranked cell first
    ranks = sorted(values["rang"] for _wkt, values in read_gpkg(index) if values["insee"] == "14342" and values["rang"])
    assert [int(row[0]) for row in rows] == ranks[:len(rows)]
    assert all(row[1].startswith("CRS3035RES200mN") for row in rows)
    assert [row[0] for row in works] == ["ORT-14342"]
