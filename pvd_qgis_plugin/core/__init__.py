"""Computation core of the plugin.

Nothing below this package imports ``qgis``: functions take and return shapely
geometry arrays, numpy arrays and plain Python values, so they can be tested
and reused without QGIS.
"""
