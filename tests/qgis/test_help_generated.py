"""Help written once: the README's algorithm sections and the offline pages come from the algorithms."""
import difflib
import os
import re

import pytest
from qgis.PyQt.QtCore import QUrl

import pvd_qgis_plugin
from pvd_qgis_plugin.processing_provider.base import PvdAlgorithm
from tests.fixtures import load_script

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
README = os.path.join(REPO, "README.md")


@pytest.fixture(scope="module")
def build_help():
    return load_script("build_help", "scripts", "build_help.py")


@pytest.fixture(scope="module")
def readme():
    with open(README, encoding="utf-8") as handle:
        return handle.read()


def generated_part(build_help, readme):
    return readme[readme.index(build_help.BEGIN):readme.index(build_help.END)]


def test_readme_algorithm_sections_are_generated_from_the_help(build_help, pvd_provider, readme):
    block = build_help.readme_block(pvd_provider, os.path.dirname(pvd_qgis_plugin.__file__))
    wanted = build_help.replace_block(readme, block)
    if wanted != readme:
        diff = difflib.unified_diff(readme.splitlines(), wanted.splitlines(), "README.md", "generated",
                                    lineterm="", n=1)
        pytest.fail("README.md's algorithm sections are not those of the algorithms' help: run `make readme` "
                    "(scripts/build_help.py --readme) and commit README.md\n" + "\n".join(list(diff)[:60]))


def test_every_algorithm_of_the_provider_has_its_section(build_help, pvd_provider, readme):
    algorithms = [alg for alg in pvd_provider.algorithms() if isinstance(alg, PvdAlgorithm)]
    assert len(algorithms) == 16
    sections = re.split(r"^### ", generated_part(build_help, readme), flags=re.M)[1:]
    by_id = {section.split("\n", 1)[0].strip("`"): section for section in sections}
    assert sorted(by_id) == sorted(alg.id() for alg in algorithms)
    for algorithm in algorithms:
        section = by_id[algorithm.id()]
        assert "**{}**".format(algorithm.displayName().replace("*", "\\*")) in section, algorithm.id()
        for definition in algorithm.parameterDefinitions():
            assert "\n| `{}` |".format(definition.name()) in section, (algorithm.id(), definition.name())
        for output in algorithm.outputDefinitions():
            assert "\n| `{}` |".format(output.name()) in section, (algorithm.id(), output.name())
        assert algorithm.EXAMPLES, algorithm.id()
        for language, code in algorithm.EXAMPLES:
            assert "```{}\n{}\n```".format(language, code) in section, algorithm.id()
    # the processing model is the one algorithm described by hand, outside the generated part
    others = [alg.id() for alg in pvd_provider.algorithms() if not isinstance(alg, PvdAlgorithm)]
    assert others in ([], ["pvd:chainepvd"])
    assert "(`pvd:chainepvd`)" in readme.replace(generated_part(build_help, readme), "")


def test_examples_run_the_algorithm_with_its_own_parameter_names(pvd_provider):
    for algorithm in pvd_provider.algorithms():
        if not isinstance(algorithm, PvdAlgorithm):
            continue
        names = {definition.name() for definition in algorithm.parameterDefinitions()}
        for language, code in algorithm.EXAMPLES:
            assert algorithm.id() in code, algorithm.id()
            if language == "sh":
                used = re.findall(r"(?:^|\s)([A-Z][A-Z0-9_]*)=", code)
            else:
                used = re.findall(r'"([A-Z][A-Z0-9_]*)":', code)
            assert used and set(used) <= names, (algorithm.id(), sorted(set(used) - names))


def test_a_section_holds_the_french_name_the_help_and_the_defaults_without_machine_paths(build_help, readme):
    part = generated_part(build_help, readme)
    report = part[part.index("### `pvd:report`"):part.index("### `pvd:consumptionzones`")]
    assert "— en français *Rapport communal (PDF)* · group Reports (*Rapports*)" in report
    assert "Writes a PDF report per commune for the mayor" in report  # the dialog's help
    assert "**Technical details**" in report and "(Trevieres, isigny)" in report  # the offline page's
    assert "| `GEOPACKAGE` | PVD GeoPackage (empty = the shipped sample) | file | " \
           "`sample_layers/pvd_isigny_omaha.gpkg` | optional |" in report
    assert REPO not in part and "/work/" not in part and "/home/" not in part
    routes = part[part.index("### `pvd:connectionroutes`"):part.index("### `pvd:overlapanalysis`")]
    # 0.6 × (2 000 € + 25 €/m × 30 m): the default first band of the barème
    assert "1 650 € after réfaction" in routes
    assert "| `MARGIN` | Search margin around the requests (m) | number | `300` | advanced |" in routes


def test_help_text_becomes_markdown_with_codes_between_backticks(build_help):
    text = "Each <prefix>_area of NAME_FIELD (default nom), as in pvd:report; BAREME=36,1000,20 then *x* [y]."
    assert build_help.inline_markdown(text, {"NAME_FIELD", "BAREME", "ORT"}) == (
        "Each `<prefix>_area` of `NAME_FIELD` (default nom), as in `pvd:report`; `BAREME=36,1000,20` then "
        "\\*x\\* \\[y\\].")
    # "ORT" is a word of the help as well as a parameter
    assert build_help.inline_markdown("the ORT perimeters", {"ORT"}) == "the ORT perimeters"
    assert build_help.markdown_blocks("Criteria:\n- one;\n- two.\nAfter.\n\nNext", set()) == [
        "Criteria:", "- one;\n- two.", "After.", "Next"]


def test_replacing_the_block_keeps_the_hand_written_parts(build_help):
    readme = "intro\n{}\nold\n{}\nafter\n".format(build_help.BEGIN, build_help.END)
    assert build_help.replace_block(readme, "NEW") == "intro\nNEW\nafter\n"
    with pytest.raises(ValueError):
        build_help.replace_block("no markers", "NEW")


def test_offline_pages_show_the_examples_of_the_algorithm(pvd_provider):
    algorithm = pvd_provider.algorithm("connectionroutes")
    page = QUrl(algorithm.helpUrl()).toLocalFile()
    with open(page, encoding="utf-8") as handle:
        content = handle.read()
    assert "<h2>Examples</h2>" in content or "<h2>Exemples</h2>" in content
    assert "<pre><code>qgis_process.bin run pvd:connectionroutes -- \\" in content
    # no machine path in the default column of the report's page either
    report = QUrl(pvd_provider.algorithm("report").helpUrl()).toLocalFile()
    with open(report, encoding="utf-8") as handle:
        assert "<td>sample_layers/pvd_isigny_omaha.gpkg</td>" in handle.read()


def test_module_docstrings_point_to_the_help_instead_of_describing_again(pvd_provider):
    import sys

    for algorithm in pvd_provider.algorithms():
        if not isinstance(algorithm, PvdAlgorithm):
            continue
        doc = sys.modules[type(algorithm).__module__].__doc__
        assert doc == "{}: described once, by its shortHelpString() and technical_help() below.".format(
            algorithm.id()), algorithm.id()
        assert type(algorithm).__doc__ is None, algorithm.id()
