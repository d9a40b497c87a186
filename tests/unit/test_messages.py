"""Core errors carry a template that the glue translates."""
from pvd_qgis_plugin.core.messages import N_, UserError
from pvd_qgis_plugin.core.opendata import OpenDataError


def test_user_error_formats_in_english_and_through_a_catalogue():
    error = OpenDataError(N_("{}: file not found."), "postes.csv")
    assert isinstance(error, UserError)
    assert str(error) == "postes.csv: file not found."
    french = {"{}: file not found.": "{} : fichier introuvable."}
    assert error.translated(lambda text: french.get(text, text)) == "postes.csv : fichier introuvable."


def test_a_broken_translation_falls_back_to_english():
    error = UserError("{0} and {1}", "a", "b")
    assert error.translated(lambda text: "{2} cassé") == "a and b"

