"""Write resources/models/pvd_chaine.model3, the processing model chaining the main steps.

    scripts/with_qgis_env.sh .venv/bin/python scripts/build_model.py

The model takes a PVD GeoPackage and the communes of the report; it checks the
GeoPackage, measures how much of the connection works lies in the ORT, heritage
zones and public spaces, routes the connection requests (shared trenches),
finds the works to coordinate, ranks the substations to embellish, and writes
the communal PDF report. Open it in the graphical modeler to change a step.
"""
import os
import sys

from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildDependency,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "resources", "models", "pvd_chaine.model3")


def layer(name):
    return QgsProcessingModelChildParameterSource.fromExpression("@geopackage || '|layername={}'".format(name))


def layers(*names):
    return QgsProcessingModelChildParameterSource.fromExpression(
        "array({})".format(", ".join("@geopackage || '|layername={}'".format(n) for n in names)))


def value(v):
    return QgsProcessingModelChildParameterSource.fromStaticValue(v)


def child_output(child_id, output="OUTPUT"):
    return QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)


def add_child(model, child_id, algorithm_id, description, parameters, x, outputs=()):
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(x, 200))
    for name, source in parameters.items():
        child.addParameterSources(name, [source])
    # The modeler wants every mandatory parameter set: give the others their documented default.
    for definition in QgsApplication.processingRegistry().algorithmById(algorithm_id).parameterDefinitions():
        if (definition.name() not in parameters and not definition.flags() & definition.FlagOptional
                and not definition.isDestination() and definition.defaultValue() is not None):
            child.addParameterSources(definition.name(), [value(definition.defaultValue())])
    model_outputs = {}
    for output_name, name, title in outputs:
        out = QgsProcessingModelOutput(name, title)
        out.setChildOutputName(output_name)
        out.setChildId(child_id)
        if name != "rapport":  # every layer may stay temporary; the PDF needs a path
            out.setDefaultValue("TEMPORARY_OUTPUT")
            out.setMandatory(False)
        model_outputs[name] = out
    child.setModelOutputs(model_outputs)
    model.addChildAlgorithm(child)
    return child_id


def build():
    model = QgsProcessingModelAlgorithm("Chaîne PVD : de la vérification au rapport communal",
                                        "Petites villes de demain", "pvd")
    model.setHelpContent({"ALG_DESC": (
        "Vérifie un GeoPackage PVD, analyse les recouvrements des travaux de raccordement avec l'ORT, "
        "le patrimoine et les espaces publics, trace les raccordements à moindre coût (tranchées "
        "mutualisées), repère les travaux à coordonner, classe les postes à embellir et produit le "
        "rapport communal PDF.")})
    gpkg = QgsProcessingParameterFile("geopackage", "GeoPackage PVD", extension="gpkg")
    model.addModelParameter(gpkg, QgsProcessingModelParameter("geopackage"))
    communes = QgsProcessingParameterString("communes", "Communes du rapport (codes INSEE ou noms)", optional=True)
    model.addModelParameter(communes, QgsProcessingModelParameter("communes"))

    add_child(model, "validate", "pvd:validatedata", "Vérifier le GeoPackage",
              {"INPUT": QgsProcessingModelChildParameterSource.fromModelParameter("geopackage")}, 100,
              [("OUTPUT", "verification", "Problèmes du GeoPackage")])
    add_child(model, "overlap", "pvd:overlapanalysis", "Recouvrement des travaux",
              {"INPUT": layer("travaux_raccordement"),
               "OVERLAYS": layers("ort_perimetres", "abords_mh", "spr", "espaces_publics"),
               "LABEL_FIELD": value("nom")}, 300, [("OUTPUT", "recouvrements", "Recouvrements des travaux")])
    routing = {"TARGETS": layer("demandes_raccordement"), "TARGET_ID_FIELD": value("id_demande"),
               "SOURCES": layers("postes_hta_bt", "reseau_bt"), "SURFACES": layer("espaces_publics"),
               "SURFACE_COST_FIELD": value("cout_m"), "BARRIERS": layers("batiments"),
               "PENALTY_ZONES": layers("abords_mh", "spr"), "CELL_SIZE": value(2.0),
               "MARGIN": value(250.0), "FIXED_COST": value(1000.0)}
    add_child(model, "routes", "pvd:connectionroutes", "Tracés de raccordement mutualisés",
              dict(routing, SHARED_TRENCHES=value(True)), 500,
              [("OUTPUT", "traces", "Tracés de raccordement"), ("OUTPUT_NETWORK", "tranchees", "Réseau de tranchées")])
    add_child(model, "routes_alone", "pvd:connectionroutes", "Tracés de raccordement indépendants",
              dict(routing, SHARED_TRENCHES=value(False)), 500)
    add_child(model, "coordination", "pvd:workscoordination", "Coordination des travaux",
              {"WORKS": layer("travaux_raccordement"), "PROJECTS": layer("projets_espaces_publics"),
               "SURFACES": layer("espaces_publics")}, 700, [("OUTPUT", "coordination", "Coordination des travaux")])
    add_child(model, "priorities", "pvd:substationpriority", "Priorités d'embellissement des postes",
              {"SUBSTATIONS": layer("postes_hta_bt"), "TYPE_FIELD": value("type_poste"),
               "ORT": layer("ort_perimetres"), "HERITAGE": layers("abords_mh", "spr"),
               "PUBLIC_SPACES": layer("espaces_publics")}, 900, [("OUTPUT", "priorites", "Priorités des postes")])
    report = add_child(model, "report", "pvd:report", "Rapport communal",
                       {"GEOPACKAGE": QgsProcessingModelChildParameterSource.fromModelParameter("geopackage"),
                        "COMMUNES": QgsProcessingModelChildParameterSource.fromModelParameter("communes"),
                        "ROUTES": child_output("routes"), "ROUTES_INDEPENDENT": child_output("routes_alone"),
                        "OVERLAPS": child_output("overlap"),
                        "COORDINATION": child_output("coordination"),
                        "PRIORITIES": child_output("priorities")}, 1100, [("OUTPUT", "rapport", "Rapport PDF")])
    model.childAlgorithm(report).setDependencies([QgsProcessingModelChildDependency("validate")])
    return model


def main(path=OUTPUT):
    sys.path.insert(0, os.path.join(ROOT, "build"))
    app = QgsApplication([], False)
    app.initQgis()
    from pvd_qgis_plugin.processing_provider.provider import PvdProvider

    provider = PvdProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    model = build()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not model.toFile(path):
        sys.exit("could not write " + path)
    print(path)


if __name__ == "__main__":
    main(*sys.argv[1:])
