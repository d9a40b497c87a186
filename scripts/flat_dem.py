"""`make demo`: a flat ground under the sample's monuments, for pvd:heritagevisibility.

The sample GeoPackage has no elevation model (none is shipped under an open licence small enough);
the demo computes the monuments' fields of view on a flat ground at 0 m where only the buildings
(their `hauteur_m`) hide. With a real DEM (RGE ALTI) give it as DEM instead.

Usage: flat_dem.py SAMPLE.gpkg OUTPUT.tif [CELL_SIZE]
"""
import sys

import numpy as np
from osgeo import gdal, ogr

gdal.UseExceptions()


def main(sample, output, cell=5.0):
    source = ogr.Open(sample)  # kept open: the layer lives in it
    layer = source.GetLayerByName("monuments_historiques")
    xmin, xmax, ymin, ymax = layer.GetExtent()
    margin = 1000.0  # beyond the 500 m of the abords and the window of the viewshed
    left, top = np.floor((xmin - margin) / cell) * cell, np.ceil((ymax + margin) / cell) * cell
    columns = int(np.ceil((xmax + margin - left) / cell))
    rows = int(np.ceil((top - (ymin - margin)) / cell))
    dataset = gdal.GetDriverByName("GTiff").Create(output, columns, rows, 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE"])
    dataset.SetGeoTransform((left, cell, 0.0, top, 0.0, -cell))
    dataset.SetProjection(layer.GetSpatialRef().ExportToWkt())
    dataset.GetRasterBand(1).Fill(0.0)
    dataset = None


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(float(value) for value in sys.argv[3:4]))
