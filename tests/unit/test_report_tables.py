"""Report tables: formatting, sorting, truncation and spatial filtering."""
import shapely

from pvd_qgis_plugin.core.report_tables import format_number, rows_in_zone, table, total


def test_french_and_english_number_formats():
    assert format_number(1234567.891, 2, "fr", "€") == "1\u202f234\u202f567,89 €"
    assert format_number(1234567.891, 1, "en") == "1,234,567.9"
    assert format_number(None) == "–"
    assert format_number(float("nan")) == "–"


def test_table_sorts_truncates_and_drops_absent_columns():
    rows = [{"id": "a", "cost": 10.0}, {"id": "b", "cost": 30.0}, {"id": "c", "cost": None}, {"id": "d", "cost": 20.0}]
    headers, text_rows, left_out = table(
        rows, [("id", "Id", None, ""), ("cost", "Cost", 0, "€"), ("absent", "X", 0, "")], sort_by="cost", limit=3)
    assert headers == ["Id", "Cost"]
    assert text_rows == [["b", "30 €"], ["d", "20 €"], ["a", "10 €"]]
    assert left_out == 1
    assert total(rows, "cost") == 60.0
    assert total(rows, "absent") is None


def test_rows_in_zone_keeps_what_intersects():
    zone = shapely.box(0, 0, 10, 10)
    geometries = [shapely.Point(5, 5), shapely.Point(20, 20), None, shapely.LineString([(-5, 5), (5, 5)])]
    assert list(rows_in_zone(geometries, zone)) == [0, 3]
    assert list(rows_in_zone(geometries, None)) == [0, 1, 2, 3]
