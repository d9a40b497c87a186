"""Every tr() string of the plugin has a French translation in i18n/pvd_fr.ts."""
import os

from tests.fixtures import load_script


def load_tool():
    return load_script("translations", "scripts", "translations.py")


def test_every_tr_string_has_a_french_translation():
    tool = load_tool()
    strings = tool.source_strings()
    assert len(strings) > 20
    missing = tool.untranslated(strings)
    assert missing == [], "run `python3 scripts/translations.py check` and translate:\n" + "\n".join(
        "{}: {!r}".format(where, text) for where, text in missing)


def test_placeholders_survive_translation():
    tool = load_tool()
    import string

    formatter = string.Formatter()
    for source, french in tool.read_ts().items():
        fields = sorted(name for _t, name, _f, _c in formatter.parse(source) if name is not None)
        fields_fr = sorted(name for _t, name, _f, _c in formatter.parse(french) if name is not None)
        assert fields == fields_fr, (source, french)


def test_compiled_catalogue_is_in_the_built_plugin():
    import pvd_qgis_plugin

    plugin_dir = os.path.dirname(pvd_qgis_plugin.__file__)
    assert os.path.getsize(os.path.join(plugin_dir, "i18n", "pvd_fr.qm")) > 1000
