"""Messages for people, raised by core and translated by the QGIS glue.

Core cannot call Qt's translation (it imports nothing from QGIS), so a
:class:`UserError` carries an English template, marked with :func:`N_` so that
``scripts/translations.py`` collects it into the French catalogue, and the
values to put in it. The Processing glue looks the template up in the
catalogue and formats the translation with the same values.
"""


def N_(text):  # noqa: N802 (the gettext convention)
    """Mark a message template for translation; returns it unchanged."""
    return text


class UserError(Exception):
    """An error a user can act on: ``template.format(*values)`` in English."""

    def __init__(self, template, *values):
        super().__init__(template.format(*values))
        self.template = template
        self.values = values

    def translated(self, translate):
        """The message through ``translate`` (template → template), English if that fails."""
        try:
            return translate(self.template).format(*self.values)
        except (IndexError, KeyError, ValueError):
            return str(self)
