"""Inputs shared by the suite: a copy of the sample territory and per-algorithm parameters.

The copy (``territory(tmp_path)``) is the shipped sample GeoPackage, so every layer of the
PVD data model is there; cases that need exact numbers build their own small files.
"""
import os
import shutil

from tests.conftest import SAMPLE_GPKG

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OPENDATA = os.path.join(REPO, "tests", "data", "opendata")

#: Every algorithm of the provider (a test checks the list is complete).
ALGORITHMS = ("connectionroutes", "consumptionzones", "heritageperimeters", "importopendata",
              "overlapanalysis", "preparecommune", "report", "selfconsumptionperimeter", "substationpriority",
              "tabulateintersection", "validatedata", "workscoordination", "energyprecarity",
              "renovationeffect", "heritagevisibility", "abfconsultation")


def territory(folder, name="pvd.gpkg"):
    """A copy of the sample GeoPackage in ``folder``."""
    path = os.path.join(str(folder), name)
    shutil.copyfile(SAMPLE_GPKG, path)
    return path


def layer(path, table):
    return "{}|layername={}".format(path, table)


def csv_copy(folder, name="poste-electrique.csv"):
    path = os.path.join(str(folder), name)
    shutil.copyfile(os.path.join(OPENDATA, name), path)
    return path


def flat_dem(folder, name="mnt.tif"):
    """A flat elevation model (30 m, cells of 20 m) over the sample's monuments, in Lambert-93."""
    import numpy as np
    from osgeo import gdal, osr

    path = os.path.join(str(folder), name)
    if os.path.exists(path):
        return path
    left, top, cell = 406000.0, 6928000.0, 20.0  # the monuments lie in 407 129–420 119 × 6 904 530–6 926 709
    columns, rows = int((421500 - left) / cell), int((top - 6903500) / cell)
    dataset = gdal.GetDriverByName("GTiff").Create(path, columns, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((left, cell, 0.0, top, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(np.full((rows, columns), 30.0, dtype=np.float32))
    dataset = None
    return path


def parameters(algorithm, gpkg, csv=None):
    """Valid parameters of ``algorithm`` whose inputs come from the GeoPackage ``gpkg``
    (``csv``: the open-data file of pvd:importopendata) and whose outputs are temporary.

    Returns (parameters, {input parameter: table it reads}, main output parameter).
    """
    def lay(table):
        return layer(gpkg, table)

    table = {
        "connectionroutes": ({"TARGETS": lay("demandes_raccordement"), "SOURCES": [lay("postes_hta_bt")],
                              "CELL_SIZE": 5, "MARGIN": 50},
                             {"TARGETS": "demandes_raccordement", "SOURCES": "postes_hta_bt"}, "OUTPUT"),
        "consumptionzones": ({"POINTS": lay("consommation_electrique")},
                             {"POINTS": "consommation_electrique"}, "OUTPUT"),
        "heritageperimeters": ({"INPUT": lay("monuments_historiques")},
                               {"INPUT": "monuments_historiques"}, "OUTPUT"),
        "importopendata": ({"INPUT": csv, "FORMAT": 0}, {"INPUT": os.path.basename(csv or "")}, "OUTPUT"),
        "overlapanalysis": ({"INPUT": lay("travaux_raccordement"), "OVERLAYS": [lay("abords_mh")]},
                            {"INPUT": "travaux_raccordement", "OVERLAYS": "abords_mh"}, "OUTPUT"),
        "preparecommune": ({"INSEE": "14035", "FILES": [csv]}, {"FILES": os.path.basename(csv or "")}, "OUTPUT"),
        "report": ({"GEOPACKAGE": gpkg, "COMMUNES": "14342"}, {"GEOPACKAGE": os.path.basename(gpkg)}, "OUTPUT"),
        "selfconsumptionperimeter": ({"PRODUCERS": lay("postes_hta_bt"), "CONSUMERS": lay("demandes_raccordement"),
                                      "OUTPUT_CIRCLE": "TEMPORARY_OUTPUT", "OUTPUT_PAIR": "TEMPORARY_OUTPUT",
                                      "OUTPUT_PARTICIPANTS": "TEMPORARY_OUTPUT"},
                                     {"PRODUCERS": "postes_hta_bt", "CONSUMERS": "demandes_raccordement"},
                                     "OUTPUT_CIRCLE"),
        "substationpriority": ({"SUBSTATIONS": lay("postes_hta_bt"), "PUBLIC_SPACES": lay("espaces_publics")},
                               {"SUBSTATIONS": "postes_hta_bt", "PUBLIC_SPACES": "espaces_publics"}, "OUTPUT"),
        "tabulateintersection": ({"ZONES": lay("ort_perimetres"), "ZONE_FIELD": "nom",
                                  "CLASSES": lay("espaces_publics"), "CLASS_FIELD": "classe"},
                                 {"ZONES": "ort_perimetres", "CLASSES": "espaces_publics"}, "OUTPUT"),
        "validatedata": ({"INPUT": gpkg}, {"INPUT": os.path.basename(gpkg)}, "OUTPUT"),
        "workscoordination": ({"WORKS": lay("travaux_raccordement"), "PROJECTS": lay("projets_espaces_publics"),
                               "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"},
                              {"WORKS": "travaux_raccordement", "PROJECTS": "projets_espaces_publics"}, "OUTPUT"),
        "energyprecarity": ({"CELLS": lay("carreaux_filosofi"), "DPE": lay("dpe"),
                             "CONSUMPTION": lay("consommation_electrique")},
                            {"CELLS": "carreaux_filosofi", "DPE": "dpe", "CONSUMPTION": "consommation_electrique"},
                            "OUTPUT"),
        "renovationeffect": ({"CONSUMPTION": lay("consommation_electrique"), "WORKS": lay("ort_perimetres"),
                              "YEAR_BEFORE": 2022, "YEAR_AFTER": 2023},
                             {"CONSUMPTION": "consommation_electrique", "WORKS": "ort_perimetres"}, "OUTPUT"),
        "heritagevisibility": ({"INPUT": lay("monuments_historiques"), "BUILDINGS": lay("batiments"),
                                "HEIGHT_FIELD": "hauteur_m", "DEM": flat_dem(os.path.dirname(gpkg)), "CELL_SIZE": 5},
                               {"INPUT": "monuments_historiques", "BUILDINGS": "batiments"}, "OUTPUT"),
        "abfconsultation": ({"INPUT": lay("projets_espaces_publics"), "PERIMETERS": lay("abords_mh")},
                            {"INPUT": "projets_espaces_publics", "PERIMETERS": "abords_mh"}, "OUTPUT"),
    }
    values, tables, output = table[algorithm]
    values = dict(values)
    values.setdefault(output, "TEMPORARY_OUTPUT")
    return values, tables, output
