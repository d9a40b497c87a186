"""Synthetic electricity consumption points for the sample GeoPackage (layer ``consommation_electrique``).

**Synthetic, not Enedis data**: plausible orders of magnitude only, so that the
demo can draw a consumption hot-spot map and a before/after comparison. Points
cluster around the five town centres; per use:

* residentiel: address groups of 2 to 20 dwellings, 3 to 6 MWh per dwelling and
  per year (French households with electric heating reach the upper end);
* tertiaire: shops and services near the centre, 1 to 4 sites, 15 to 60 MWh
  per site;
* industriel: 1 site at the edge of town, 300 to 900 MWh;
* agriculture: 1 farm at the edge of town, 20 to 60 MWh.

2023 repeats the 2022 points with a small overall decrease (sobriety), and a
larger one (-12 %) for dwellings within 150 m of the centre, as if a renovation
programme had been carried out there. Deterministic: the same ``seed`` gives the
same records (Python's ``random.Random``, stable across versions).
"""
import math
import random

# INSEE, name, town centre (lon, lat WGS84), residential groups, shops; coastal towns keep to the land side
TOWNS = (
    ("14035", "Balleroy-sur-Drôme", -0.8400, 49.1790, 35, 12, False),
    ("14312", "Grandcamp-Maisy", -1.0450, 49.3870, 50, 18, True),
    ("14342", "Isigny-sur-Mer", -1.1030, 49.3190, 70, 25, False),
    ("14370", "Le Molay-Littry", -0.8870, 49.2430, 70, 20, False),
    ("14711", "Trévières", -0.9042, 49.3086, 35, 12, False),
)
YEARS = (2022, 2023)
RENOVATED_RADIUS_M = 150.0


def _lambert93(lon, lat):
    import pyproj

    transformer = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    return transformer.transform(lon, lat)


def _offset(rng, sigma, coastal):
    dx, dy = rng.gauss(0.0, sigma), rng.gauss(0.0, sigma)
    if coastal and dy > 100.0:
        dy = -dy
    return dx, dy


def _ring(rng, inner, outer):
    angle = rng.uniform(0.0, 2.0 * math.pi)
    radius = rng.uniform(inner, outer)
    return radius * math.cos(angle), radius * math.sin(angle)


def _sites(rng, insee, shops, groups, coastal):
    """(secteur, dx, dy, nb_sites, MWh in 2022) of one town, offsets in metres from its centre."""
    sites = []
    for _ in range(groups):
        dx, dy = _offset(rng, 300.0, coastal)
        dwellings = rng.randint(2, 20)
        sites.append(("residentiel", dx, dy, dwellings, dwellings * rng.uniform(3.0, 6.0)))
    for _ in range(shops):
        dx, dy = _offset(rng, 120.0, coastal)
        count = rng.randint(1, 4)
        sites.append(("tertiaire", dx, dy, count, count * rng.uniform(15.0, 60.0)))
    dx, dy = _ring(rng, 800.0, 1500.0)
    sites.append(("industriel", dx, -abs(dy) if coastal else dy, 1, rng.uniform(300.0, 900.0)))
    dx, dy = _ring(rng, 900.0, 1800.0)
    sites.append(("agriculture", dx, -abs(dy) if coastal else dy, 1, rng.uniform(20.0, 60.0)))
    return sites


def consumption_points(seed=2154):
    """Records of the layer ``consommation_electrique`` with Lambert-93 coordinates.

    Each record is a dict: x, y (EPSG:2154, metres), id_conso, annee (2022 or
    2023), secteur, conso_mwh (MWh per year), nb_sites, insee, code_iris (the
    commune's single IRIS, ``<insee>0000``) and adresse (a synthetic label).
    """
    rng = random.Random(seed)
    records = []
    for insee, name, lon, lat, groups, shops, coastal in TOWNS:
        cx, cy = _lambert93(lon, lat)
        for number, (sector, dx, dy, count, mwh_2022) in enumerate(_sites(rng, insee, shops, groups, coastal), 1):
            renovated = sector == "residentiel" and math.hypot(dx, dy) <= RENOVATED_RADIUS_M
            factor_2023 = (0.88 if renovated else 0.97) * rng.uniform(0.97, 1.03)
            for year, mwh in ((2022, mwh_2022), (2023, mwh_2022 * factor_2023)):
                records.append({
                    "x": round(cx + dx, 1), "y": round(cy + dy, 1),
                    "id_conso": "synth-{}-{:03d}-{}".format(insee, number, year),
                    "annee": year, "secteur": sector, "conso_mwh": round(mwh, 2), "nb_sites": count,
                    "insee": insee, "code_iris": insee + "0000",
                    "adresse": "{} — point synthétique {}".format(name, number),
                })
    return records
