"""Write the offline help pages of every pvd algorithm, in English and French.

    python scripts/build_help.py OUTPUT_FOLDER PLUGIN_FOLDER

Run with QGIS's Python (scripts/with_qgis_env.sh). Each page shows the
algorithm's help text and its parameters and outputs; ``<id>.html`` is English,
``<id>.fr.html`` French. ``PvdAlgorithm.helpUrl`` points QGIS at them.
"""
import html
import os
import sys

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:50em;margin:1em auto;line-height:1.4}}
code{{background:#eee;padding:0 .2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}}</style></head>
<body><h1>{title}</h1><p><code>pvd:{alg_id}</code> — {provider}</p>
{help}
{technical}
<h2>{parameters}</h2><table><tr><th>{name}</th><th>{description}</th><th>{default}</th></tr>{rows}</table>
<h2>{outputs}</h2><table><tr><th>{name}</th><th>{description}</th></tr>{output_rows}</table>
</body></html>
"""

LABELS = {
    "en": {"parameters": "Parameters", "outputs": "Outputs", "name": "Name", "description": "Description",
           "default": "Default", "optional": "optional",
           "technical_title": "Technical details"},
    "fr": {"parameters": "Paramètres", "outputs": "Sorties", "name": "Nom", "description": "Description",
           "default": "Valeur par défaut", "optional": "facultatif",
           "technical_title": "Détails techniques"},
}


def paragraphs(text):
    return "\n".join("<p>{}</p>".format(html.escape(block).replace("\n", "<br>")) for block in text.split("\n\n"))


def page(algorithm, lang):
    labels = LABELS[lang]
    rows = []
    for parameter in algorithm.parameterDefinitions():
        optional = parameter.flags() & parameter.FlagOptional
        default = parameter.defaultValue()
        rows.append("<tr><td><code>{}</code></td><td>{}{}</td><td>{}</td></tr>".format(
            parameter.name(), html.escape(parameter.description()),
            " ({})".format(labels["optional"]) if optional else "",
            "" if default is None else html.escape(str(default))))
    outputs = ["<tr><td><code>{}</code></td><td>{}</td></tr>".format(o.name(), html.escape(o.description()))
               for o in algorithm.outputDefinitions()]
    details = algorithm.technical_help() if hasattr(algorithm, "technical_help") else ""
    technical = "<h2>{}</h2>\n{}".format(labels["technical_title"], paragraphs(details)) if details else ""
    return PAGE.format(lang=lang, title=html.escape(algorithm.displayName()), alg_id=algorithm.name(),
                       technical=technical,
                       provider=html.escape(algorithm.provider().name()), help=paragraphs(algorithm.shortHelpString()),
                       rows="".join(rows), output_rows="".join(outputs), **labels)


def write_pages(output, lang):
    from pvd_qgis_plugin.processing_provider.provider import PvdProvider

    provider = PvdProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    for algorithm in provider.algorithms():
        suffix = "" if lang == "en" else "." + lang
        with open(os.path.join(output, "{}{}.html".format(algorithm.name(), suffix)), "w", encoding="utf-8") as handle:
            handle.write(page(algorithm, lang))
    QgsApplication.processingRegistry().removeProvider(provider)


def main(output, plugin_dir):
    sys.path.insert(0, os.path.dirname(plugin_dir))
    app = QgsApplication([], False)
    app.initQgis()
    os.makedirs(output, exist_ok=True)
    write_pages(output, "en")
    translator = QTranslator()
    if not translator.load(os.path.join(plugin_dir, "i18n", "pvd_fr.qm")):
        sys.exit("French catalogue missing: build it first (make plugin)")
    QCoreApplication.installTranslator(translator)
    write_pages(output, "fr")
    QCoreApplication.removeTranslator(translator)
    app.exitQgis()


if __name__ == "__main__":
    main(os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]))
