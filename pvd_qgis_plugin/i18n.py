"""Translation helper shared by every user-visible string of the plugin.

All strings use the single context ``pvd`` so that ``i18n/pvd_<lang>.ts`` can be
extracted from literal ``tr("...")`` calls.
"""
import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "pvd"
_translator = None


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


def user_locale():
    """Two-letter language of the QGIS user interface (``fr``, ``en``...)."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    override = settings.value("locale/overrideFlag", False, type=bool)
    locale = settings.value("locale/userLocale", "", type=str) if override else ""
    return (locale or QLocale.system().name() or "en")[:2]


def install_translator(plugin_dir):
    """Load ``i18n/pvd_<lang>.qm`` for the QGIS locale, once per process."""
    global _translator
    if _translator is not None:
        return _translator
    path = os.path.join(plugin_dir, "i18n", "pvd_{}.qm".format(user_locale()))
    if os.path.exists(path):
        translator = QTranslator()
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            _translator = translator
    return _translator


def number(value, decimals=0, unit=""):
    """A number in the user's language: "7 140 572", "107 220 €", "50,8 %" in French."""
    from .core.numbers import format_number

    return format_number(value, decimals, user_locale(), unit)


def localized(message):
    """A core message (``core.messages.Message``) or plain text, in the user's language."""
    if hasattr(message, "translated"):
        return message.translated(tr)
    return str(message)
