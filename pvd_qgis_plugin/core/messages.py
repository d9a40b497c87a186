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


class Message:
    """A sentence for people: ``str()`` gives English, :meth:`translated` the user's language."""

    __slots__ = ("template", "values")

    def __init__(self, template, *values):
        self.template = template
        self.values = values

    def __str__(self):
        return self.template.format(*self.values)

    def __repr__(self):
        return "Message({!r})".format(str(self))

    def __eq__(self, other):
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))

    def translated(self, translate):
        """The message through ``translate`` (template → template), English if that fails."""
        return translated(self.template, self.values, translate)


def translated(template, values, translate):
    try:
        return translate(template).format(*values)
    except (IndexError, KeyError, ValueError):
        return template.format(*values)


class UserError(Exception):
    """An error a user can act on: ``template.format(*values)`` in English."""

    def __init__(self, template, *values):
        super().__init__(template.format(*values))
        self.template = template
        self.values = values

    def translated(self, translate):
        """The message through ``translate`` (template → template), English if that fails."""
        return translated(self.template, self.values, translate)


def listing(items, limit=20):
    """``a, b, c`` for at most ``limit`` items, then ``… (N in all)``: ids in messages stay short."""
    items = [str(item) for item in items]
    if len(items) <= limit:
        return ", ".join(items)
    return "{}, … ({} in all)".format(", ".join(items[:limit]), len(items))
