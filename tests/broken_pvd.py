"""A GeoPackage breaking the PVD model in every way the validator checks (one problem of each kind)."""
import datetime

from osgeo import ogr

from tests.fixtures import write_gpkg

SQUARE = "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)))"
BOWTIE = "MULTIPOLYGON (((0 0, 10 10, 10 0, 0 10, 0 0)))"


def store_raw(path, sql):
    """Run an SQL statement on a GeoPackage through GDAL (which provides the functions of its triggers):
    SQLite then stores any value in any column, as another program may have."""
    dataset = ogr.Open(str(path), 1)
    dataset.ExecuteSQL(sql)
    dataset = None


def write_broken_pvd(path):
    """Layers present: communes, espaces_publics, postes_hta_bt, travaux_raccordement, demandes_raccordement."""
    write_gpkg(path, "communes", 4326, ogr.wkbMultiPolygon, [  # crs
        ("MULTIPOLYGON (((-0.9 49.2, -0.8 49.2, -0.8 49.3, -0.9 49.2)))", {"insee": "14035", "nom": "Balleroy"})])
    write_gpkg(path, "espaces_publics", 2154, ogr.wkbMultiPolygon, [  # missing_field cout_m
        (SQUARE, {"id_ep": "EP1", "nom": "Rue A", "insee": "14035", "classe": "chaussee"}),
        (BOWTIE, {"id_ep": "EP2", "nom": "Rue B", "insee": "14035", "classe": "trottoir"}),  # invalid_geometry
        (None, {"id_ep": "EP3", "nom": "Rue C", "insee": "14035", "classe": "trottoir"}),  # empty_geometry
        (SQUARE, {"id_ep": "EP1", "nom": "Rue D", "insee": "14035", "classe": "place"}),  # duplicate_id
        (SQUARE, {"id_ep": "EP5", "nom": "Rue E", "insee": "14035", "classe": "asphalte"}),  # value_not_allowed
        (SQUARE, {"id_ep": "", "nom": "Rue F", "insee": "14035", "classe": "parking"}),  # missing_value
    ], fields={"id_ep": str, "nom": str, "insee": str, "classe": str, "date_refection": datetime.date})
    write_gpkg(path, "postes_hta_bt", 2154, ogr.wkbMultiPolygon, [  # geometry_type
        (SQUARE, {"id_poste": "P1", "nom": "Bourg", "type_poste": "poste_au_sol", "puissance_kva": 250.0,
                  "insee": "14035"})])
    write_gpkg(path, "travaux_raccordement", 2154, ogr.wkbMultiLineString, [  # dates_out_of_order
        ("MULTILINESTRING ((0 0, 30 0))", {
            "id_travaux": "T1", "nature": "extension", "statut": "prevu", "date_debut": datetime.date(2027, 5, 1),
            "date_fin": datetime.date(2027, 4, 1), "cout_eur": 4000.0, "longueur_m": 30.0, "insee": "14035"}),
        ("MULTILINESTRING ((0 10, 30 10))", {
            "id_travaux": "T2", "nature": "branchement", "statut": "realise", "date_debut": datetime.date(2024, 5, 1),
            "date_fin": datetime.date(2024, 5, 1), "cout_eur": 1600.0, "longueur_m": 30.0, "insee": "14035"}),
        ("MULTILINESTRING ((0 20, 30 20))", {
            "id_travaux": "T3", "nature": "branchement", "statut": "realise", "date_debut": datetime.date(2024, 2, 1),
            "date_fin": datetime.date(2024, 2, 28), "cout_eur": 1600.0, "longueur_m": 30.0, "insee": "14035"}),
    ])
    store_raw(path, "UPDATE travaux_raccordement SET cout_eur = 'abc', date_fin = '2024-02-31' "
                    "WHERE id_travaux = 'T3'")  # not_a_number, invalid_date
    write_gpkg(path, "demandes_raccordement", 2154, ogr.wkbPoint, [  # field_type puissance_kva
        ("POINT (5 5)", {"id_demande": "D1", "usage": "logement", "puissance_kva": "12 kVA", "insee": "14035",
                         "date_demande": datetime.date(2026, 1, 5)})])
    return str(path)
