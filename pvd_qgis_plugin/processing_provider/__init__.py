"""QGIS Processing glue: the ``pvd`` provider and its algorithms."""
