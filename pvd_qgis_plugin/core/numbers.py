"""Numbers written for people, in their language: the one formatter of logs, help and reports.

French groups thousands with a narrow no-break space and uses a decimal comma
("7 140 572 cellules", "107 220 €", "50,8 %"); English uses "7,140,572" and "50.8".
Pure Python: the glue passes the language (``i18n.number`` uses the QGIS locale).
"""
import math

GROUP_SEPARATORS = {"fr": "\u202f"}
DECIMAL_SEPARATORS = {"fr": ","}


def format_number(value, decimals=0, lang="fr", unit=""):
    """``1234.5`` → ``"1 234,5"`` in French, ``"1,234.5"`` in English; None/NaN → ``"–"``.

    ``decimals=None``: as many decimals as the value needs, at most 2 (300.0 → "300",
    2.5 → "2,5"), for sizes and distances a user typed. ``unit`` follows after a space.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, str):
        return value
    if decimals is None:
        text = "{:,.2f}".format(float(value)).rstrip("0").rstrip(".")
    else:
        text = "{:,.{}f}".format(float(value), decimals)
    if text in ("-0", "-0.0", "-0.00"):
        text = text[1:]
    group = GROUP_SEPARATORS.get(lang, ",")
    decimal = DECIMAL_SEPARATORS.get(lang, ".")
    text = text.replace(",", "\0").replace(".", decimal).replace("\0", group)
    return text + (" " + unit if unit else "")
