"""Category labels typed by people: compare them without case, accents or separators."""
import unicodedata


def normalise_label(value):
    """'Cabine haute', 'cabine-haute', 'CABINE_HAUTE' -> 'cabine_haute'; 'Réalisé' -> 'realise'.

    None gives ''.
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode("ascii")
    return "_".join(text.strip().lower().replace("-", " ").replace("_", " ").split())
