"""Print layout of the communal report: a map page and a results page per commune."""
import os
import re

from qgis.core import (
    QgsApplication,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..i18n import tr
from ..resources_path import resource_path

# Bottom to top: what the map shows of a PVD GeoPackage.
MAP_LAYERS = [
    "communes", "espaces_publics", "batiments", "spr", "abords_mh", "ort_perimetres",
    "projets_espaces_publics", "reseau_hta", "reseau_bt", "travaux_raccordement",
    "postes_hta_bt", "monuments_historiques", "demandes_raccordement",
]
PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape, mm
MARGIN = 8.0  # mm kept free at the page edges
LEGEND_X, LEGEND_Y, LEGEND_H = 213.0, 25.0, 160.0  # right of the map, as high as it


def fit_legend(legend, width, height, scale=1.0):
    """Set the legend's fonts and symbols, smaller until it fits in ``width`` × ``height`` mm."""
    while True:
        for style, size, bold in ((QgsLegendStyle.Title, 11, True), (QgsLegendStyle.Group, 8, True),
                                  (QgsLegendStyle.Subgroup, 7, True), (QgsLegendStyle.SymbolLabel, 6, False)):
            font = QFont("DejaVu Sans")
            font.setPointSizeF(size * scale)
            font.setBold(bold)
            legend.rstyle(style).setFont(font)
            margin = 0.8 if style != QgsLegendStyle.SymbolLabel else 0.4
            legend.rstyle(style).setMargin(QgsLegendStyle.Top, margin * scale)
        legend.setSymbolHeight(3.0 * scale)
        legend.setSymbolWidth(5.0 * scale)
        legend.adjustBoxSize()
        size = legend.sizeWithUnits()
        if (size.width() <= width and size.height() <= height) or scale < 0.5:
            return scale
        scale *= 0.9


def style_layer(layer, style):
    """Apply ``resources/styles/<style>.qml`` when it exists; returns the layer."""
    qml = resource_path("styles", "{}.qml".format(style))
    if os.path.exists(qml):
        layer.loadNamedStyle(qml)
    return layer


def load_styled_layer(uri, name, style, provider="ogr"):
    layer = QgsVectorLayer(uri, name, provider)
    return style_layer(layer, style) if layer.isValid() else None


def gpkg_layers(gpkg_path, titles):
    """The PVD layers present in the GeoPackage, styled, bottom to top.

    Drawn at every scale: a commune's map shows its requests and network even when its
    extent is wider than the scales the styles keep them for on screen.
    """
    layers = []
    for name in MAP_LAYERS:
        layer = load_styled_layer("{}|layername={}".format(gpkg_path, name), titles.get(name, name), name)
        if layer is not None:
            layer.setScaleBasedVisibility(False)
            layers.append(layer)
    return layers


class ReportLayout:
    """Builds the layout page by page; ``export(path)`` writes the PDF."""

    def __init__(self, title):
        self.project = QgsProject()
        self.layout = QgsPrintLayout(self.project)
        self.layout.initializeDefaults()
        self.layout.setName(title)
        self.layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))
        self.pages_used = 0

    def new_page(self):
        collection = self.layout.pageCollection()
        if self.pages_used > 0:
            page = QgsLayoutItemPage(self.layout)
            page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H))
            collection.addPage(page)
        self.pages_used += 1
        return self.pages_used - 1

    def place(self, item, page, x, y, w=None, h=None):
        self.layout.addLayoutItem(item)
        if w is not None:
            item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
        item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)
        return item

    def label(self, page, text, x, y, w, h, size=10, bold=False):
        item = QgsLayoutItemLabel(self.layout)
        item.setText(text)
        font = QFont("DejaVu Sans", size)
        font.setBold(bold)
        item.setFont(font)
        return self.place(item, page, x, y, w, h)

    def map_page(self, title, subtitle, layers, extent, sources, crs=None):
        page = self.new_page()
        self.project.addMapLayers(layers, False)
        self.label(page, title, 10, 6, 277, 10, size=18, bold=True)
        self.label(page, subtitle, 10, 16, 277, 7, size=10)
        map_item = QgsLayoutItemMap(self.layout)
        map_item.setLayers(list(reversed(layers)))
        map_item.setFrameEnabled(True)
        self.place(map_item, page, 10, 25, 200, 160)
        map_item.setCrs(crs if crs is not None else (layers[0].crs() if layers else map_item.crs()))
        map_item.zoomToExtent(extent)

        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(tr("Legend"))
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.clear()
        for layer in reversed(layers):
            root.addLayer(layer)
        legend.setLinkedMap(map_item)
        legend.setLegendFilterByMapEnabled(True)
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend.setEqualColumnWidth(False)
        self.place(legend, page, LEGEND_X, LEGEND_Y)
        fit_legend(legend, PAGE_W - MARGIN - LEGEND_X, LEGEND_H)

        scale_bar = QgsLayoutItemScaleBar(self.layout)
        scale_bar.setStyle("Single Box")
        scale_bar.setLinkedMap(map_item)
        scale_bar.setUnits(QgsUnitTypes.DistanceMeters)
        scale_bar.setUnitLabel("m")
        scale_bar.applyDefaultSize()
        self.place(scale_bar, page, 12, 187)

        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setPicturePath(north_arrow_svg())
        self.place(arrow, page, 195, 27, 12, 12)
        self.label(page, sources, 90, 187, 195, 16, size=7)
        return page

    def tables_page(self, title, figures, tables):
        """``tables``: list of (heading, headers, rows, left_out); up to four per page."""
        page = self.new_page()
        self.label(page, title, 10, 6, 277, 10, size=16, bold=True)
        self.label(page, figures, 10, 17, 277, 14, size=9)
        slots = [(10, 34), (153, 34), (10, 120), (153, 120)]
        for (heading, headers, rows, left_out), (x, y) in zip(tables, slots):
            self.label(page, heading, x, y, 134, 6, size=10, bold=True)
            if not rows:
                self.label(page, tr("No result for this commune."), x, y + 7, 134, 6, size=8)
                continue
            self.text_table(page, headers, rows, x, y + 7, 134, 70)
            if left_out:
                self.label(page, tr("… and {} more rows (see the output layer).").format(left_out),
                           x, y + 79, 134, 5, size=7)
        return page

    def text_table(self, page, headers, rows, x, y, w, h):
        table = QgsLayoutItemTextTable(self.layout)
        self.layout.addMultiFrame(table)
        table.setColumns([QgsLayoutTableColumn(header) for header in headers])
        for row in rows:
            table.addRow(row)
        content = QgsTextFormat()
        content.setFont(QFont("DejaVu Sans"))
        content.setSize(7)
        table.setContentTextFormat(content)
        header = QgsTextFormat()
        header_font = QFont("DejaVu Sans")
        header_font.setBold(True)
        header.setFont(header_font)
        header.setSize(7)
        table.setHeaderTextFormat(header)
        table.setGridStrokeWidth(0.2)
        table.setBackgroundColor(QColor(255, 255, 255))
        frame = QgsLayoutFrame(self.layout, table)
        frame.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
        frame.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), page=page)
        table.addFrame(frame)
        table.recalculateFrameSizes()
        if table.totalWidth() > w:  # too wide for its slot: narrower columns, long cells wrapped
            columns = table.columns()
            for column, width in zip(columns, _column_widths(headers, rows, w - len(columns) * (
                    2 * table.cellMargin() + table.gridStrokeWidth()))):
                column.setWidth(width)
            table.setColumns(columns)
            table.setWrapBehavior(QgsLayoutTable.WrapText)
            table.recalculateFrameSizes()
        return table

    def export(self, path):
        exporter = QgsLayoutExporter(self.layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        return exporter.exportToPdf(path, settings)


#: Width of one character of the 7 pt table font, mm (DejaVu Sans, a little generous).
_CHARACTER_MM = 1.45
_UNBREAKABLE = re.compile(r" (?![€%]|m\b|m²)")


def _column_widths(headers, rows, available):
    """Column widths (mm) summing to ``available``: each column gets at least its longest word
    (so that no word is cut), the rest is shared in proportion to its longest cell."""
    texts = [[str(header)] + [str(row[i]) for row in rows] for i, header in enumerate(headers)]
    # words break at ordinary spaces only, never inside a number ("3 428", narrow no-break space) nor
    # before its unit ("3 428 €", "50,8 %", "26 m")
    word = [max(len(part) for text in column for part in _UNBREAKABLE.split(text)) * _CHARACTER_MM
            for column in texts]
    whole = [max(len(text) for text in column) * _CHARACTER_MM for column in texts]
    if sum(word) >= available:
        return [available * width / sum(word) for width in word]
    spare = available - sum(word)
    extra = [max(0.0, a - b) for a, b in zip(whole, word)]
    total = sum(extra) or 1.0
    return [base + spare * more / total for base, more in zip(word, extra)]


def north_arrow_svg():
    for folder in QgsApplication.svgPaths():
        candidate = os.path.join(folder, "arrows", "NorthArrow_02.svg")
        if os.path.exists(candidate):
            return candidate
    return ""
