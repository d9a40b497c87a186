"""Keep pvd_qgis_plugin/i18n/pvd_fr.ts in step with the tr() strings of the code.

    python3 scripts/translations.py update   # add new strings (unfinished), drop vanished ones
    python3 scripts/translations.py check    # exit 1 listing strings with no French translation
    python3 scripts/translations.py set FILE # merge {"English": "Français"} from a JSON file

Strings are the literal first argument of ``tr("...")`` / ``self.tr("...")`` calls
(context ``pvd``, see pvd_qgis_plugin/i18n.py) and of ``N_("...")``, which marks the
message templates of core (see pvd_qgis_plugin/core/messages.py).
"""
import ast
import json
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "pvd_qgis_plugin")
TS_FILE = os.path.join(PACKAGE, "i18n", "pvd_fr.ts")
CONTEXT = "pvd"


def source_strings(package=PACKAGE):
    """{string: first 'file:line' using it} for every literal tr() call in the package."""
    found = {}
    for folder, _dirs, files in os.walk(package):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as handle:
                tree = ast.parse(handle.read(), path)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                first = node.args[0]
                if called in ("tr", "N_") and isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.setdefault(first.value, "{}:{}".format(os.path.relpath(path, ROOT), node.lineno))
    return found


def read_ts(path=TS_FILE):
    """{source: translation or ''} of the .ts file (missing file: empty)."""
    if not os.path.exists(path):
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        text = translation.text if translation is not None and translation.get("type") != "unfinished" else ""
        translations[message.findtext("source")] = text or ""
    return translations


def write_ts(strings, translations, path=TS_FILE):
    root = ET.Element("TS", version="2.1", language="fr_FR", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(strings):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename="../../" + strings[source].rsplit(":", 1)[0])
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if translations.get(source):
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(root, encoding="unicode"))
        handle.write("\n")


def untranslated(strings=None, translations=None):
    strings = source_strings() if strings is None else strings
    translations = read_ts() if translations is None else translations
    return sorted((where, text) for text, where in strings.items() if not translations.get(text))


def main(argv):
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        strings = source_strings()
        write_ts(strings, read_ts())
        missing = untranslated(strings)
        print("{} strings, {} without French translation: {}".format(len(strings), len(missing), TS_FILE))
        return 0
    if command == "set":
        with open(argv[2], encoding="utf-8") as handle:
            translations = read_ts()
            translations.update(json.load(handle))
        write_ts(source_strings(), translations)
        return main([argv[0], "check"])
    missing = untranslated()
    for where, text in missing:
        print("{}: no French translation for {!r}".format(where, text))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
