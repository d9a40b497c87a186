"""Every algorithm of the pvd provider follows the same contract."""
import os
import re

from qgis.PyQt.QtCore import QUrl


def test_every_algorithm_has_id_help_page_and_instance(pvd_provider):
    algorithms = pvd_provider.algorithms()
    assert algorithms
    for algorithm in algorithms:
        assert re.fullmatch(r"[a-z0-9]+", algorithm.name()), algorithm.name()
        assert algorithm.id() == "pvd:" + algorithm.name()
        assert algorithm.displayName() and algorithm.group()
        assert len(algorithm.shortHelpString()) > 100, algorithm.id()
        assert "Example" in algorithm.shortHelpString(), algorithm.id()
        page = QUrl(algorithm.helpUrl()).toLocalFile()
        assert os.path.exists(page), (algorithm.id(), page)
        assert os.path.exists(page.replace(".html", ".fr.html")) or page.endswith(".fr.html")
        clone = algorithm.createInstance()
        assert type(clone) is type(algorithm)
        assert not algorithm.icon().isNull()


def test_provider_identity(pvd_provider):
    assert pvd_provider.id() == "pvd"
    assert pvd_provider.name() == "Petites villes de demain"


def test_the_help_names_the_declared_output_fields(pvd_provider):
    """The technical help lists each algorithm's output fields as core.model declares them (a few
    it leaves to the attribute table are named here)."""
    from pvd_qgis_plugin.core import model

    declared = {
        "connectionroutes": (model.ROUTE_FIELDS, model.TRENCH_FIELDS),
        "overlapanalysis": (model.OVERLAP_SUFFIXES, model.OVERLAP_SUMMARY_FIELDS),
        "tabulateintersection": ((model.TABULATE_ZONE, model.TABULATE_CLASS, model.TABULATE_PERCENTAGE),
                                 model.TABULATE_MEASURES),
        "validatedata": (model.VALIDATION_FIELDS,),
        "workscoordination": (model.COORDINATION_PAIR_FIELDS, model.COORDINATION_SUMMARY_FIELDS,
                              model.COORDINATION_WORKS_FIELDS),
        "substationpriority": (model.PRIORITY_FIELDS,),
        "energyprecarity": (model.PRECARITY_FIELDS,),
        "renovationeffect": (model.RENOVATION_FIELDS,),
        "consumptionzones": ((model.CONSUMPTION_ZONE_ID,), model.CONSUMPTION_ZONE_FIELDS),
        "selfconsumptionperimeter": (model.SELF_CONSUMPTION_CIRCLE_FIELDS, model.SELF_CONSUMPTION_PAIR_FIELDS,
                                     model.SELF_CONSUMPTION_PARTICIPANT_FIELDS,
                                     model.SELF_CONSUMPTION_SUBSTATION_FIELDS),
        "heritageperimeters": (model.HERITAGE_DISSOLVED_FIELDS, model.HERITAGE_FIELDS),
        "abfconsultation": (model.ABF_FIELDS,),
        "heritagevisibility": (model.VISIBILITY_FIELDS,),
    }
    for name, declarations in declared.items():
        algorithm = pvd_provider.algorithm(name)
        text = algorithm.technical_help() + algorithm.shortHelpString()
        names = [output.name for outputs in declarations for output in outputs]
        # a field stands as a word of its own, or after "<prefix>_" (overlap suffixes)
        missing = [field for field in names
                   if not re.search(r"(?<![A-Za-z0-9])_?{}(?![A-Za-z0-9_])".format(re.escape(field)), text)]
        assert missing == [], name
