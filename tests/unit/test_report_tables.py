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


COMMUNES = [("14035", "Balleroy-sur-Drôme"), ("14342", "Isigny-sur-Mer"), ("14370", "Le Molay-Littry"),
            ("14711", "Trévières")]


def test_communes_match_by_code_or_name_without_case_or_accents():
    from pvd_qgis_plugin.core.report_tables import match_communes

    assert match_communes(COMMUNES, "Trevieres, isigny") == [COMMUNES[3], COMMUNES[1]]
    assert match_communes(COMMUNES, "14035;MOLAY-LITTRY") == [COMMUNES[0], COMMUNES[2]]
    assert match_communes(COMMUNES, "  ") == COMMUNES


def test_unknown_or_ambiguous_commune_is_a_message():
    import pytest

    from pvd_qgis_plugin.core.messages import UserError
    from pvd_qgis_plugin.core.report_tables import match_communes

    with pytest.raises(UserError, match="Unknown commune 'Paris'"):
        match_communes(COMMUNES, "Paris")
    with pytest.raises(UserError, match="ambiguous"):
        match_communes(COMMUNES + [("14999", "Isigny-le-Buat")], "isigny")


def test_a_route_belongs_to_its_request_even_at_0_m():
    import shapely

    from pvd_qgis_plugin.core.report_tables import route_request_points, rows_in_zone

    routes = [shapely.LineString([(0, 0), (50, 0)]),  # from the network at x = 0 to the request at x = 50
              shapely.LineString([(70, 5), (70, 5)]),  # 0 m: the request is on the network
              None]  # unreachable
    points = route_request_points(routes)
    assert points[0].equals(shapely.Point(50, 0)) and points[1].equals(shapely.Point(70, 5)) and points[2] is None
    commune = shapely.box(40, -10, 100, 10)  # holds both requests, not the start of the first route
    assert list(rows_in_zone(points, commune)) == [0, 1]


def test_ranks_count_within_the_commune():
    from pvd_qgis_plugin.core.report_tables import rank_within

    rows = [{"id": "A", "score": 4.5, "rang": 12}, {"id": "B", "score": 8.5, "rang": 3}, {"id": "C", "score": None}]
    assert [(row["id"], row["rang"]) for row in rank_within(rows)] == [("B", 1), ("A", 2), ("C", 3)]
