"""Hand-built works and projects shared by the coordination tests (Lambert-93 metres).

Each work runs along the x axis at the height of one project, so the shared
stretch is the project's width plus DISTANCE on each side (100 + 2 × 10 = 120 m).
"""
import datetime

from osgeo import ogr

from tests.fixtures import write_gpkg

X0, Y0 = 400000.0, 6900000.0
D = datetime.date


def box(x1, y1, x2, y2):
    return "MULTIPOLYGON ((({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1})))".format(
        X0 + x1, Y0 + y1, X0 + x2, Y0 + y2)


def line(x1, x2, y):
    return "MULTILINESTRING (({} {}, {} {}))".format(X0 + x1, Y0 + y, X0 + x2, Y0 + y)


# id, statut, start, end, footprint
PROJECTS = [
    ("P1", "prevu", D(2027, 3, 1), D(2027, 6, 30), box(0, 0, 100, 20)),       # place, planned
    ("P2", "Réalisé", D(2025, 1, 1), D(2025, 6, 30), box(0, 200, 100, 220)),  # street, done
    ("P3", "prevu", D(2026, 1, 1), D(2026, 3, 31), box(0, 400, 100, 420)),    # street, planned early
    ("P4", "prevu", D(2027, 1, 1), D(2027, 12, 31), box(5000, 0, 5100, 20)),  # far from every work
]
# id, statut, start, end (French text, as many spreadsheets hold them), geometry
WORKS = [
    ("W1", "prevu", "01/09/2027", "31/10/2027", line(-50, 150, 10)),   # 2 months after P1: pool
    ("W2", "prevu", "01/09/2026", "30/09/2026", line(-50, 150, 210)),  # 14 months after P2: moratorium
    ("W3", "prevu", "01/09/2027", "30/09/2027", line(-50, 150, 410)),  # 17 months after P3: sequence
    ("W4", "prevu", "01/09/2027", "30/09/2027", line(-50, 150, 2000)),  # alone
]


def write_projects(path, rows=PROJECTS, layer="projets_espaces_publics"):
    return write_gpkg(path, layer, 2154, ogr.wkbMultiPolygon, [
        (wkt, {"id_projet": pid, "statut": status, "date_debut": start, "date_fin": end, "insee": "14342"})
        for pid, status, start, end, wkt in rows],
        fields={"id_projet": str, "statut": str, "date_debut": D, "date_fin": D, "insee": str})


def write_works(path, rows=WORKS, layer="travaux_raccordement"):
    return write_gpkg(path, layer, 2154, ogr.wkbMultiLineString, [
        (wkt, {"id_travaux": wid, "statut": status, "date_debut": start, "date_fin": end, "insee": "14342"})
        for wid, status, start, end, wkt in rows],
        fields={"id_travaux": str, "statut": str, "date_debut": str, "date_fin": str, "insee": str})
