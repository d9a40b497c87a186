"""Where the plugin's shipped resources (icons, styles, help, sample data) live.

The build copies ``resources/`` and ``sample_layers/`` next to the package's
modules; a source checkout keeps them one level up.
"""
import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))


def _root():
    if os.path.isdir(os.path.join(PLUGIN_DIR, "resources")):
        return PLUGIN_DIR
    return os.path.dirname(PLUGIN_DIR)


def resource_path(*parts):
    return os.path.join(_root(), "resources", *parts)


def sample_path(*parts):
    return os.path.join(_root(), "sample_layers", *parts)
