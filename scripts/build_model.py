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
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_NAME = "Chaîne PVD complète"
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


# Layout of the modeler canvas: inputs on the left, steps in the middle, outputs on the right.
INPUT_X, STEP_X, REPORT_X, OUTPUT_X = 120.0, 520.0, 860.0, 1180.0
ROW = 110.0  # vertical spacing of the boxes


def parameter(name):
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def add_input(model, definition, row):
    component = QgsProcessingModelParameter(definition.name())
    component.setPosition(QPointF(INPUT_X, 80.0 + row * ROW * 0.75))
    model.addModelParameter(definition, component)


def number_input(model, row, name, description, default, decimals=2, integer=False, minimum=0.0, maximum=None):
    """A cost or size assumption of the chain, an input of the model with its default shown."""
    kind = QgsProcessingParameterNumber.Integer if integer else QgsProcessingParameterNumber.Double
    definition = QgsProcessingParameterNumber(name, description, kind, default, minValue=minimum)
    if maximum is not None:
        definition.setMaximum(maximum)
    definition.setMetadata({"widget_wrapper": {"decimals": decimals}})
    add_input(model, definition, row)


def add_child(model, child_id, algorithm_id, description, parameters, row, outputs=(), x=STEP_X, output_row=None):
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(x, 80.0 + row * ROW))
    for name, source in parameters.items():
        child.addParameterSources(name, [source])
    # The modeler wants every mandatory parameter set: give the others their documented default.
    for definition in QgsApplication.processingRegistry().algorithmById(algorithm_id).parameterDefinitions():
        if (definition.name() not in parameters and not definition.flags() & definition.FlagOptional
                and not definition.isDestination() and definition.defaultValue() is not None):
            child.addParameterSources(definition.name(), [value(definition.defaultValue())])
    model_outputs = {}
    for number, (output_name, name) in enumerate(outputs):
        out = QgsProcessingModelOutput(name, name)
        out.setChildOutputName(output_name)
        out.setChildId(child_id)
        out.setPosition(QPointF(OUTPUT_X, 80.0 + ((row if output_row is None else output_row) + 0.45 * number) * ROW))
        if output_name != "OUTPUT" or algorithm_id != "pvd:report":  # layers may stay temporary; the PDF needs a path
            out.setDefaultValue("TEMPORARY_OUTPUT")
            out.setMandatory(False)
        model_outputs[name] = out
    child.setModelOutputs(model_outputs)
    model.addChildAlgorithm(child)
    return child_id


# Names of the model's outputs, as the dialog shows them (and scripts give them: "<step>:<name>").
ROUTES_OUTPUT = "Tracés de raccordement (mutualisés)"
TRENCHES_OUTPUT = "Réseau de tranchées"
REPORT_OUTPUT = "Rapport communal (PDF)"


def build():
    from pvd_qgis_plugin.core import defaults

    model = QgsProcessingModelAlgorithm(MODEL_NAME, "Petites villes de demain", "pvd")
    model.setHelpContent({"ALG_DESC": (
        "Vérifie un GeoPackage PVD, analyse les recouvrements des travaux de raccordement avec l'ORT, "
        "le patrimoine et les espaces publics, trace les raccordements à moindre coût (tranchées "
        "mutualisées et indépendantes, pour l'économie), repère les travaux à coordonner, classe les "
        "postes à embellir et produit le rapport communal PDF. Chaque hypothèse de coût est une entrée "
        "du modèle, avec sa valeur par défaut.")})
    add_input(model, QgsProcessingParameterFile("geopackage", "GeoPackage PVD", extension="gpkg"), 0)
    add_input(model, QgsProcessingParameterString(
        "communes", "Communes du rapport (codes INSEE ou noms ; vide = toutes)", optional=True), 1)
    number_input(model, 2, "cout_defaut", "Coût de tranchée hors espaces publics (€/m)",
                 defaults.ROUTING_DEFAULT_COST_EUR_M)
    number_input(model, 3, "cout_fixe", "Coût fixe par raccordement (€, le branchement)", 1000.0, decimals=0)
    number_input(model, 4, "refaction", "Réfaction (part prise en charge par le tarif, 0 à 1)", defaults.REFACTION,
                 maximum=1.0)
    number_input(model, 5, "reutilisation", "Coût d'une tranchée réutilisée (part de son prix, 0 à 1)",
                 defaults.REUSE_FACTOR, maximum=1.0)
    number_input(model, 6, "taille_cellule", "Taille de cellule du calcul des tracés (m)", 2.0, minimum=0.01)
    number_input(model, 7, "marge", "Marge de recherche autour des demandes (m)", 250.0, decimals=0)
    number_input(model, 8, "cout_coordination", "Coût unitaire de tranchée pour la coordination (€/m)",
                 defaults.COORDINATION_UNIT_COST, decimals=0)

    add_child(model, "validate", "pvd:validatedata", "Vérifier le GeoPackage",
              {"INPUT": parameter("geopackage")}, 0, [("OUTPUT", "Problèmes du GeoPackage")])
    add_child(model, "overlap", "pvd:overlapanalysis", "Recouvrement des travaux",
              {"INPUT": layer("travaux_raccordement"),
               "OVERLAYS": layers("ort_perimetres", "abords_mh", "spr", "espaces_publics"),
               "LABEL_FIELD": value("nom")}, 1, [("OUTPUT", "Recouvrement des travaux")])
    routing = {"TARGETS": layer("demandes_raccordement"), "TARGET_ID_FIELD": value("id_demande"),
               "SOURCES": layers("postes_hta_bt", "reseau_bt"), "SOURCE_ID_FIELD": value("id_poste"),
               "SURFACES": layer("espaces_publics"),
               "SURFACE_COST_FIELD": value("cout_m"), "BARRIERS": layers("batiments"),
               "PENALTY_ZONES": layers("abords_mh", "spr"), "DEFAULT_COST": parameter("cout_defaut"),
               "CELL_SIZE": parameter("taille_cellule"), "MARGIN": parameter("marge"),
               "FIXED_COST": parameter("cout_fixe"), "REFACTION": parameter("refaction"),
               "REUSE_FACTOR": parameter("reutilisation")}
    add_child(model, "routes", "pvd:connectionroutes", "Tracés de raccordement mutualisés",
              dict(routing, SHARED_TRENCHES=value(True)), 2,
              [("OUTPUT", ROUTES_OUTPUT), ("OUTPUT_NETWORK", TRENCHES_OUTPUT)])
    add_child(model, "routes_alone", "pvd:connectionroutes", "Tracés de raccordement indépendants",
              dict(routing, SHARED_TRENCHES=value(False)), 3)
    add_child(model, "coordination", "pvd:workscoordination", "Coordination des travaux",
              {"WORKS": layer("travaux_raccordement"), "PROJECTS": layer("projets_espaces_publics"),
               "SURFACES": layer("espaces_publics"), "UNIT_COST": parameter("cout_coordination")}, 4,
              [("OUTPUT", "Coordination des travaux")])
    add_child(model, "priorities", "pvd:substationpriority", "Priorités d'embellissement des postes",
              {"SUBSTATIONS": layer("postes_hta_bt"), "TYPE_FIELD": value("type_poste"),
               "ORT": layer("ort_perimetres"), "HERITAGE": layers("abords_mh", "spr"),
               "PUBLIC_SPACES": layer("espaces_publics")}, 5, [("OUTPUT", "Priorités des postes")])
    report = add_child(model, "report", "pvd:report", "Rapport communal",
                       {"GEOPACKAGE": parameter("geopackage"), "COMMUNES": parameter("communes"),
                        "ROUTES": child_output("routes"), "ROUTES_INDEPENDENT": child_output("routes_alone"),
                        "OVERLAPS": child_output("overlap"),
                        "COORDINATION": child_output("coordination"),
                        "PRIORITIES": child_output("priorities")}, 2.5, [("OUTPUT", REPORT_OUTPUT)], x=REPORT_X,
                       output_row=6)
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
