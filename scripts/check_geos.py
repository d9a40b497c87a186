"""Fail when shapely does not use the same GEOS library as QGIS in this process."""
import sys

import qgis.core  # first: loads QGIS's GEOS, as inside QGIS
import shapely

qgis_geos = qgis.core.Qgis.geosVersion() if hasattr(qgis.core.Qgis, "geosVersion") else None
shapely_geos = "{}.{}.{}".format(*shapely.geos_version)
print("GEOS: shapely {} / QGIS {}".format(shapely_geos, qgis_geos or "?"))
if qgis_geos and not str(qgis_geos).startswith(shapely_geos):
    sys.exit("shapely was built against GEOS {} but QGIS uses {}".format(shapely_geos, qgis_geos))
