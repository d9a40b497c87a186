"""Write the files of one small commune in the shapes they are published in (run once, output committed).

    .venv/bin/python tests/data/commune/build_fixtures.py

Commune 14035 (Balleroy-sur-Drôme) is drawn as the 2 km × 1 km rectangle
419000–421000 × 6904000–6905000 (Lambert-93), its neighbour 14342 east of it; every file also holds
a row of the neighbour (or of a delegated commune, 14727 Vaubadon -> 14035) so that the INSEE
filter is exercised. Geometries are simple so that areas and lengths can be checked by hand.
"""
import csv
import gzip
import json
import os
import shutil

import fiona
import pyproj
import shapely
from shapely.geometry import mapping

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")  # the downloads, as a user keeps them in one folder
TO_WGS84 = pyproj.Transformer.from_crs(2154, 4326, always_xy=True)
L93 = "EPSG:2154"

BALLEROY = shapely.box(419000, 6904000, 421000, 6905000)
ISIGNY = shapely.box(421000, 6904000, 423000, 6905000)


def wgs84(geometry, digits=7):
    def project(coords):
        import numpy as np

        x, y = TO_WGS84.transform(coords[:, 0], coords[:, 1])
        return np.round(np.column_stack([x, y]), digits)

    return shapely.transform(geometry, project)


def lon_lat(x, y):
    lon, lat = TO_WGS84.transform(x, y)
    return round(lon, 6), round(lat, 6)


def admin_express():
    schema = {"geometry": "Polygon", "properties": {"ID": "str:24", "NOM": "str:50", "NOM_M": "str:50",
                                                    "INSEE_COM": "str:5", "STATUT": "str:26", "POPULATION": "int",
                                                    "INSEE_CAN": "str:2", "INSEE_ARR": "str:2", "INSEE_DEP": "str:3",
                                                    "INSEE_REG": "str:2", "SIREN_EPCI": "str:20"}}
    rows = [(BALLEROY, "COMMUNE_0000000009751234", "Balleroy-sur-Drôme", "BALLEROY-SUR-DROME", "14035", 1021),
            (ISIGNY, "COMMUNE_0000000009751999", "Isigny-sur-Mer", "ISIGNY-SUR-MER", "14342", 3386)]
    with fiona.open(os.path.join(FILES, "COMMUNE.shp"), "w", driver="ESRI Shapefile", schema=schema, crs=L93,
                    encoding="utf-8") as out:
        for geometry, ident, name, upper, code, population in rows:
            out.write({"geometry": mapping(geometry), "properties": {
                "ID": ident, "NOM": name, "NOM_M": upper, "INSEE_COM": code, "STATUT": "Commune simple",
                "POPULATION": population, "INSEE_CAN": "10", "INSEE_ARR": "1", "INSEE_DEP": "14", "INSEE_REG": "28",
                "SIREN_EPCI": "200066801"}})


def bdtopo():
    path = os.path.join(FILES, "BDT_3-3_GPKG_LAMB93_D014-ED2024-03-15.gpkg")
    if os.path.exists(path):
        os.remove(path)
    roads = {"geometry": "3D LineString", "properties": {
        "cleabs": "str", "nature": "str", "nom_collaboratif_gauche": "str", "importance": "str",
        "nombre_de_voies": "int", "largeur_de_chaussee": "float", "urbain": "bool", "acces_pieton": "str",
        "nom_1_gauche": "str", "nom_1_droite": "str", "insee_commune_gauche": "str", "insee_commune_droite": "str"}}
    streets = [
        # 1 600 m of Grande Rue, 6 m wide, urban: sidewalks.
        ("TRONROUT0000000100000001", "Route à 1 chaussée", 6.0, True, "GRANDE RUE", "14035",
         [(419200, 6904500, 50.0), (420800, 6904500, 52.0)]),
        # 400 m of Rue du Château north of Grande Rue, no width: 6 m by nature, urban.
        ("TRONROUT0000000100000002", "Route à 1 chaussée", None, True, "RUE DU CHATEAU", "14035",
         [(420000, 6904500, 51.0), (420000, 6904900, 55.0)]),
        # A 600 m chemin of the delegated commune Vaubadon, not urban: no sidewalk.
        ("TRONROUT0000000100000003", "Chemin", None, False, None, "14727",
         [(419100, 6904200, 48.0), (419100, 6904800, 49.0)]),
        ("TRONROUT0000000100000004", "Route à 1 chaussée", 5.0, True, "RUE DE BAYEUX", "14342",
         [(421500, 6904500, 10.0), (422500, 6904500, 12.0)]),
    ]
    with fiona.open(path, "w", driver="GPKG", layer="troncon_de_route", schema=roads, crs=L93) as out:
        for cleabs, nature, width, urban, name, code, coords in streets:
            out.write({"geometry": mapping(shapely.LineString(coords)), "properties": {
                "cleabs": cleabs, "nature": nature, "nom_collaboratif_gauche": name, "importance": "4",
                "nombre_de_voies": 2, "largeur_de_chaussee": width, "urbain": urban, "acces_pieton": "Libre",
                "nom_1_gauche": name, "nom_1_droite": name, "insee_commune_gauche": code,
                "insee_commune_droite": code}})
    buildings = {"geometry": "3D MultiPolygon", "properties": {
        "cleabs": "str", "nature": "str", "usage_1": "str", "usage_2": "str", "construction_legere": "bool",
        "etat_de_l_objet": "str", "nombre_de_logements": "int", "nombre_d_etages": "int", "hauteur": "float",
        "altitude_minimale_sol": "float", "altitude_maximale_toit": "float", "origine_du_batiment": "str",
        "identifiants_rnb": "str"}}
    houses = [("BATIMENT0000000300000001", shapely.box(419400, 6904510, 419420, 6904525), "Résidentiel", 2, 7.5),
              ("BATIMENT0000000300000002", shapely.box(420100, 6904510, 420130, 6904530), "Commercial et services",
               0, 12.0),
              ("BATIMENT0000000300000003", shapely.box(421500, 6904510, 421520, 6904525), "Résidentiel", 1, 6.0)]
    with fiona.open(path, "w", driver="GPKG", layer="batiment", schema=buildings, crs=L93) as out:
        for cleabs, footprint, usage, dwellings, height in houses:
            solid = shapely.MultiPolygon([shapely.Polygon([(x, y, 50.0) for x, y in footprint.exterior.coords])])
            out.write({"geometry": mapping(solid), "properties": {
                "cleabs": cleabs, "nature": "Indifférenciée", "usage_1": usage, "usage_2": None,
                "construction_legere": False, "etat_de_l_objet": "En service", "nombre_de_logements": dwellings,
                "nombre_d_etages": 2, "hauteur": height, "altitude_minimale_sol": 50.0,
                "altitude_maximale_toit": 50.0 + height, "origine_du_batiment": "Cadastre",
                "identifiants_rnb": None}})


def cadastre():
    parcels = [("14035000AB0012", "14035", "AB", "12", shapely.box(419390, 6904505, 419430, 6904540), 1400),
               ("14035000AB0013", "14035", "AB", "13", shapely.box(420090, 6904505, 420140, 6904540), 1750),
               ("14342000ZC0001", "14342", "ZC", "1", shapely.box(421490, 6904505, 421530, 6904540), 1400)]
    lines = ['{"type":"FeatureCollection","features":[']
    for number, (ident, code, section, numero, geometry, area) in enumerate(parcels):
        feature = {"type": "Feature", "id": ident, "geometry": mapping(wgs84(geometry)), "properties": {
            "id": ident, "commune": code, "prefixe": "000", "section": section, "numero": numero,
            "contenance": area, "arpente": False, "created": "2004-06-03", "updated": "2023-01-10"}}
        lines.append(json.dumps(feature, separators=(",", ":"), ensure_ascii=False)
                     + ("," if number < len(parcels) - 1 else ""))
    lines.append("]}")
    with gzip.open(os.path.join(FILES, "cadastre-14-parcelles.json.gz"), "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    buildings = [("14035", shapely.box(419400, 6904510, 419420, 6904525), "01"),
                 ("14342", shapely.box(421500, 6904510, 421520, 6904525), "02")]
    lines = ['{"type":"FeatureCollection","features":[']
    for number, (code, geometry, kind) in enumerate(buildings):
        feature = {"type": "Feature", "geometry": mapping(wgs84(geometry)), "properties": {
            "type": kind, "nom": None, "commune": code, "created": "2004-06-03", "updated": "2023-01-10"}}
        lines.append(json.dumps(feature, separators=(",", ":")) + ("," if number < len(buildings) - 1 else ""))
    lines.append("]}")
    with open(os.path.join(FILES, "cadastre-14035-batiments.json"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


BAN_HEADER = ("id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;code_insee_ancienne_commune;"
              "nom_ancienne_commune;x;y;lon;lat;type_position;alias;nom_ld;libelle_acheminement;nom_afnor;"
              "source_position;source_nom_voie;certification_commune;cad_parcelles").split(";")


def ban():
    addresses = [("14035_0120_00012", "12", "", "Grande Rue", "14035", "Balleroy-sur-Drôme", 419410, 6904506,
                  "14035000AB0012"),
                 ("14035_0120_00014_bis", "14", "bis", "Grande Rue", "14035", "Balleroy-sur-Drôme", 420115, 6904506,
                  "14035000AB0013"),
                 ("14035_0150_00003", "3", "", "Rue du Château", "14035", "Balleroy-sur-Drôme", 420006, 6904700, ""),
                 ("14342_0300_00001", "1", "", "Rue de Bayeux", "14342", "Isigny-sur-Mer", 421510, 6904506, "")]
    with gzip.open(os.path.join(FILES, "adresses-14.csv.gz"), "wt", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(BAN_HEADER)
        for ident, number, rep, street, code, name, x, y, parcels in addresses:
            lon, lat = lon_lat(x, y)
            writer.writerow([ident, "", number, rep, street, "14490", code, name, "", "", "{:.2f}".format(x),
                             "{:.2f}".format(y), lon, lat, "entrée", "", "", name.upper(), street.upper(),
                             "commune", "commune", "1", parcels])


def enedis():
    header = ["Année", "Code IRIS", "Nom IRIS", "Numéro de voie", "Indice de répétition", "Type de voie",
              "Libellé de voie", "Code Commune", "Nom Commune", "Segment de client", "Nombre de logements",
              "Consommation annuelle totale de l'adresse (MWh)",
              "Consommation annuelle moyenne par site de l'adresse (MWh)",
              "Consommation annuelle moyenne de la commune (MWh)", "Adresse", "Code EPCI", "Code Département",
              "Code Région", "Tri des adresses"]
    rows = [("12", "", "RUE", "GRANDE RUE", "12 GRANDE RUE", 12, "54.6"),
            ("14", "B", "RUE", "GRANDE RUE", "14 B GRANDE RUE", 10, "41.0"),
            ("3", "", "R", "DU CHATEAU", "3 R DU CHATEAU", 11, "38.5"),
            ("40", "", "RUE", "GRANDE RUE", "40 GRANDE RUE", 10, "30.0"),
            ("5", "", "RUE", "INCONNUE", "5 RUE INCONNUE", 10, "25.0")]
    with open(os.path.join(FILES, "consommation-annuelle-residentielle-par-adresse.csv"), "w", encoding="utf-8-sig",
              newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        for number, rep, kind, street, address, dwellings, mwh in rows:
            writer.writerow(["2023", "140350000", "Balleroy-sur-Drôme", number, rep, kind, street, "14035",
                             "Balleroy-sur-Drôme", "RESIDENTIEL", dwellings, mwh, "4.5", "4.9", address,
                             "200066801", "14", "28", "1"])
    labels = ["Code Commune", "Nom Commune", "Code EPCI", "Nom EPCI", "Code Département", "Nom Département",
              "Code Région", "Nom Région", "Geo Shape", "Geo Point"]
    posts = [("14035", "Balleroy-sur-Drôme", 419600, 6904520), ("14035", "Balleroy-sur-Drôme", 420300, 6904490),
             ("14342", "Isigny-sur-Mer", 421600, 6904520)]
    with open(os.path.join(FILES, "poste-electrique.csv"), "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(labels)
        for code, name, x, y in posts:
            lon, lat = lon_lat(x, y)
            writer.writerow([code, name, "200066801", "CC Isigny-Omaha Intercom", "14", "Calvados", "28", "Normandie",
                             json.dumps({"type": "Point", "coordinates": [lon, lat]}), "{}, {}".format(lat, lon)])
    lines = [("14035", "Balleroy-sur-Drôme", [(419600, 6904495), (420300, 6904495)]),
             ("14342", "Isigny-sur-Mer", [(421600, 6904495), (422000, 6904495)])]
    names = ["code_commune", "nom_commune", "code_epci", "nom_epci", "code_departement", "nom_departement",
             "code_region", "nom_region", "geo_shape", "geo_point_2d"]
    with open(os.path.join(FILES, "reseau-souterrain-bt.csv"), "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(names)
        for code, name, coords in lines:
            line = wgs84(shapely.LineString(coords))
            middle = shapely.line_interpolate_point(line, 0.5, normalized=True)
            writer.writerow([code, name, "200066801", "CC Isigny-Omaha Intercom", "14", "Calvados", "28", "Normandie",
                             json.dumps(mapping(line)), "{}, {}".format(middle.y, middle.x)])


MERIMEE = ["Reference", "Appellation_courante", "Titre_editorial_de_la_notice", "Denomination_de_l_edifice",
           "Region", "Departement_en_lettres", "Departement_format_numerique", "Commune_forme_index",
           "Commune_forme_editoriale", "Cog_insee_lors_de_la_protection", "Adresse_forme_editoriale",
           "Cadastre", "Nature_de_la_protection", "Date_et_typologie_de_la_protection",
           "Typologie_de_la_protection", "Precision_de_la_protection", "coordonnees_au_format_WGS84",
           "Precision_de_la_localisation", "Statut_juridique_de_l_edifice", "Datation_de_l_edifice"]


def merimee():
    monuments = [("PA00111111", "Château de Balleroy", "14035", 419800, 6904600,
                  "1977/12/30 : inscrit MH ; 2013/05/16 : classé MH", "classé MH"),
                 ("PA00222222", "Église Saint-Martin", "14342", 421700, 6904600, "1927/03/09 : inscrit MH",
                  "inscrit MH")]
    with open(os.path.join(FILES, "liste-des-immeubles-proteges-au-titre-des-monuments-historiques.csv"), "w",
              encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="|", lineterminator="\n")
        writer.writerow(MERIMEE)
        for ref, name, code, x, y, dated, typology in monuments:
            lon, lat = lon_lat(x, y)
            writer.writerow([ref, name, name, "château", "Normandie", "Calvados", "14", name, name, code, "",
                             "AB 12", "", dated, typology, "", "{}, {}".format(lat, lon), "Localisation exacte",
                             "propriété privée", "17e siècle"])


def gpu_sup():
    folder = os.path.join(FILES, "AC1_14_172014607_20240101")
    if os.path.exists(folder):
        shutil.rmtree(folder)
    data = os.path.join(folder, "Donnees_geographiques")
    os.makedirs(data)
    footprint = shapely.box(419785, 6904590, 419815, 6904610)  # 30 m × 20 m = 600 m² château
    zone = shapely.Point(419800, 6904600).buffer(500, quad_segs=16)
    assiettes = {"geometry": "Polygon", "properties": {
        "IdGen": "str:40", "idAss": "str:40", "nomAss": "str:100", "typeAss": "str:40", "ModegeoAss": "str:40",
        "paramcalc": "float", "srcGeoAss": "str:30", "dateSrcAss": "str:8"}}
    with fiona.open(os.path.join(data, "AC1_ASSIETTE_SUP_S.shp"), "w", driver="ESRI Shapefile", schema=assiettes,
                    crs=L93, encoding="utf-8") as out:
        for geometry, ident, name, mode, param in (
                (footprint, "1", "AC1_ChateaudeBalleroy_ass", "Egal au générateur", None),
                (zone, "2", "AC1_Abords-ChateaudeBalleroy_ass", "Zone tampon", 500.0)):
            out.write({"geometry": mapping(geometry), "properties": {
                "IdGen": "AC1-172014607-00111111", "idAss": "AC1-172014607-00111111-" + ident, "nomAss": name,
                "typeAss": "Périmètre de protection", "ModegeoAss": mode, "paramcalc": param, "srcGeoAss": "RGE",
                "dateSrcAss": None}})
    generators = {"geometry": "Polygon", "properties": {
        "IdGen": "str:40", "IdSup": "str:40", "nomGen": "str:100", "typeGen": "str:40", "modeGenere": "str:50",
        "srcGeoGen": "str:30", "dateSrcGen": "str:8", "refBDExt": "str:50", "idBDExt": "str:50", "type": "str:8",
        "ADRESSE": "str:63"}}
    with fiona.open(os.path.join(data, "AC1_GENERATEUR_SUP_S.shp"), "w", driver="ESRI Shapefile", schema=generators,
                    crs=L93, encoding="utf-8") as out:
        out.write({"geometry": mapping(footprint), "properties": {
            "IdGen": "AC1-172014607-00111111", "IdSup": "AC1-172014607-00111111",
            "nomGen": "AC1_ChateaudeBalleroy_gen", "typeGen": "Monument", "modeGenere": "Digitalisation",
            "srcGeoGen": "RGE", "dateSrcGen": None, "refBDExt": None, "idBDExt": None, "type": "Classé",
            "ADRESSE": "14035|Balleroy-sur-Drôme"}})


def ort():
    path = os.path.join(HERE, "perimetres-ort.gpkg")
    if os.path.exists(path):
        os.remove(path)
    schema = {"geometry": "Polygon", "properties": {"secteur": "str", "code_insee": "str"}}
    with fiona.open(path, "w", driver="GPKG", layer="secteurs_ort", schema=schema, crs=L93) as out:
        out.write({"geometry": mapping(shapely.box(419700, 6904300, 420400, 6904700)),
                   "properties": {"secteur": "Centre-bourg de Balleroy", "code_insee": "14035"}})


if __name__ == "__main__":
    os.makedirs(FILES, exist_ok=True)
    admin_express()
    bdtopo()
    cadastre()
    ban()
    enedis()
    merimee()
    gpu_sup()
    ort()
