"""Optional Python dependencies of the algorithms.

A missing or too old package never prevents the plugin from loading: each
algorithm lists what it needs, and :func:`missing_requirements` says what is
absent so the algorithm can fail with a message telling how to install it.
"""
import importlib

# module name -> (minimum version, pip name, Debian/Ubuntu package)
REQUIREMENTS = {
    "numpy": ("1.20", "numpy", "python3-numpy"),
    "shapely": ("2.0", "shapely", None),
    "pyproj": ("3.0", "pyproj", "python3-pyproj"),
    "fiona": ("1.8", "fiona", "python3-fiona"),
    "rtree": ("1.0", "rtree", "python3-rtree"),
    "scipy": ("1.6", "scipy", "python3-scipy"),
}


def _version_tuple(text):
    parts = []
    for piece in str(text).split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def installed_version(module_name):
    """Version string of an importable module, or None when it cannot be imported."""
    try:
        module = importlib.import_module(module_name)
    except Exception:  # a broken binary install is as good as absent
        return None
    return str(getattr(module, "__version__", getattr(module, "VERSION", "0")))


def missing_requirements(module_names):
    """List of (module, minimum, found-or-None) for the modules that do not fit."""
    problems = []
    for name in module_names:
        minimum = REQUIREMENTS[name][0]
        found = installed_version(name)
        if found is None or _version_tuple(found) < _version_tuple(minimum):
            problems.append((name, minimum, found))
    return problems


def install_hint(module_name):
    """How to install a package, in commands a user can copy."""
    _minimum, pip_name, debian = REQUIREMENTS[module_name]
    hint = "python3 -m pip install --user '{}>={}'".format(pip_name, REQUIREMENTS[module_name][0])
    if debian:
        hint += " (Debian/Ubuntu: apt install {})".format(debian)
    return hint
