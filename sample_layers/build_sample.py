"""Build sample_layers/pvd_isigny_omaha.gpkg, the plugin's embedded sample data.

Deterministic: every random draw comes from a numpy generator seeded by the
commune's INSEE code, so running it again gives the same features, geometries
and attributes. Real data: the five commune boundaries (IGN Admin Express COG
2018) and the monuments historiques (Mérimée). Everything else is synthetic but
shaped like a small Norman town: main roads towards the real neighbouring towns,
side streets ending in T-junctions, surfaces cut from the streets, buildings
lining them, an Enedis network following the streets (see README.md).

Run with a Python that has GDAL's bindings, shapely 2 and numpy (the project's
virtualenv): ``.venv/bin/python sample_layers/build_sample.py [output.gpkg]``.
Layer and field definitions come from ``pvd_qgis_plugin/core/model.py``.
"""
import json
import math
import os
import sys

import numpy as np
import shapely
from osgeo import ogr, osr
from shapely.affinity import scale
from shapely.ops import substring

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
from pvd_qgis_plugin.core import model  # noqa: E402
from consumption import consumption_points  # noqa: E402  (sample_layers/consumption.py)

OUTPUT = os.path.join(HERE, "pvd_isigny_omaha.gpkg")
COMMUNES = os.path.join(HERE, "sources", "communes_pvd_isigny_omaha.geojson")

# Monuments historiques (Mérimée; DOMAIN facts): id, name, INSEE, protection, year, lon, lat, location.
MONUMENTS = [
    ("MH-14035-1", "Château de Balleroy", "14035", "classe", 1951, -0.84250, 49.17917, "exacte"),
    ("MH-14035-2", "Église Saint-Martin", "14035", "inscrit", None, -0.83978, 49.17978, "exacte"),
    ("MH-14342-1", "Château de Castilly", "14342", "inscrit", 2005, -1.02556, 49.27500, "exacte"),
    ("MH-14312-1", "Église Saint-Malo de Létanville", "14312", "inscrit", 1959, -1.02694, 49.37278, "exacte"),
    ("MH-14711-1", "Église Saint-Aignan (clocher)", "14711", "classe", 1909, -0.9042, 49.3086, "approximative"),
    ("MH-14370-1", "Église Saint-Germain de Littry (chœur)", "14370", "inscrit", None, -0.8858, 49.2437,
     "approximative"),
]

# Town centres (lon, lat) and the real neighbouring places their main roads lead to.
TOWNS = {
    "14035": {"centre": (-0.8400, 49.1790), "short": "Balleroy", "roads": [
        ("Route de Bayeux", -0.7025, 49.2765), ("Route du Molay", -0.8870, 49.2430),
        ("Route de Saint-Lô", -1.0906, 49.1158), ("Route de Caumont", -0.8000, 49.0900)],
        "place": "Place de l'Église"},
    "14312": {"centre": (-1.0450, 49.3870), "short": "Grandcamp", "roads": [
        ("Route de Vierville", -0.9050, 49.3950), ("Route d'Isigny", -1.1030, 49.3190),
        ("Rue de Maisy", -1.02694, 49.37278), ("Route de Cardonville", -1.0700, 49.3550)],
        "place": "Place du Petit Marché"},
    "14342": {"centre": (-1.1030, 49.3190), "short": "Isigny", "roads": [
        ("Route de Carentan", -1.2480, 49.3036), ("Route de Bayeux", -0.7025, 49.2765),
        ("Route de Saint-Lô", -1.0906, 49.1158), ("Route de Grandcamp", -1.0450, 49.3870)],
        "place": "Place du Général de Gaulle"},
    "14370": {"centre": (-0.8870, 49.2430), "short": "Le Molay", "roads": [
        ("Route de Bayeux", -0.7025, 49.2765), ("Route de Balleroy", -0.8400, 49.1790),
        ("Route de Trévières", -0.9042, 49.3086), ("Route de Cerisy", -0.9370, 49.1960),
        ("Rue de la Mine", -0.8400, 49.2600)],
        "place": "Place de la Mairie"},
    "14711": {"centre": (-0.9042, 49.3086), "short": "Trévières", "roads": [
        ("Route d'Isigny", -1.1030, 49.3190), ("Route de Bayeux", -0.7025, 49.2765),
        ("Route de Formigny", -0.9000, 49.3400), ("Route du Molay", -0.8870, 49.2430)],
        "place": "Place du Marché"},
}

SIDE_NAMES = [
    "Rue de l'Église", "Rue des Écoles", "Rue de la Mairie", "Rue du Moulin", "Rue des Jardins",
    "Rue de la Libération", "Rue du Général Leclerc", "Rue des Tanneurs", "Rue du Stade",
    "Rue de la Poste", "Rue du Lavoir", "Rue des Prés", "Rue Saint-Pierre", "Rue du Presbytère",
    "Rue des Vergers", "Rue du Pressoir", "Rue de la Fontaine", "Rue des Forges", "Rue du Marais",
    "Impasse des Lilas", "Impasse du Clos", "Rue des Sources", "Rue de la Croix", "Rue du Bocage",
    "Allée des Tilleuls", "Rue Pasteur", "Rue Victor Hugo", "Rue Jean Moulin", "Rue de la Halle",
    "Rue des Cordiers", "Rue du Calvaire", "Rue de la Laiterie", "Rue des Hêtres", "Rue du Parc",
]
LANE_NAMES = ["Chemin des Prés", "Chemin de la Ferme", "Chemin du Bois", "Chemin des Haies", "Chemin creux"]

ORT_SIGNATURE = "2023-06-29"
ABORDS_RADIUS_M = 500.0
ABORDS_FACTOR = 1.3
SPR_FACTOR = 1.5
GRID = 0.01  # metres: overlay precision, also the coordinates' rounding


# ---------------------------------------------------------------- coordinates and output


def of_town(name):
    """French "of" before a town name: "de Balleroy", "d'Isigny", "du Molay" (de + le), "des …"."""
    for article, contracted in (("Le ", "du "), ("Les ", "des "), ("La ", "de la "), ("L'", "de l'")):
        if name.startswith(article):
            return contracted + name[len(article):]
    return ("d'" if name[:1].lower() in "aâàeéèêiîoôuûhy" else "de ") + name

def lambert93():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    return srs


def wgs84():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


TO_L93 = osr.CoordinateTransformation(wgs84(), lambert93())


def l93(lon, lat):
    x, y, _ = TO_L93.TransformPoint(lon, lat)
    return np.array([x, y])


OGR_TYPES = {model.STRING: ogr.OFTString, model.INTEGER: ogr.OFTInteger, model.REAL: ogr.OFTReal,
             model.DATE: ogr.OFTDate}
OGR_GEOMETRIES = {model.POINT: ogr.wkbPoint, model.MULTILINESTRING: ogr.wkbMultiLineString,
                  model.MULTIPOLYGON: ogr.wkbMultiPolygon}


def clean(geometry, geometry_type):
    """Coordinates rounded to the centimetre, valid, of the layer's multi type."""
    geometry = shapely.transform(geometry, lambda xy: np.round(xy, 2))
    if geometry_type == model.POINT:
        return geometry
    if geometry_type == model.MULTIPOLYGON:
        if not shapely.is_valid(geometry):
            geometry = shapely.make_valid(geometry)
        parts = [part for part in shapely.get_parts(geometry)
                 if part.geom_type in ("Polygon", "MultiPolygon") and part.area > 0.5]
        parts = [poly for part in parts for poly in shapely.get_parts(part)]
        return shapely.multipolygons(parts) if parts else None
    parts = [part for part in shapely.get_parts(geometry) if part.geom_type == "LineString" and part.length > 0.5]
    return shapely.multilinestrings(parts) if parts else None


def write_layer(dataset, name, records):
    """Create model layer ``name`` and write ``records`` = [(shapely geometry, {field: value})]."""
    definition = model.layer(name)
    layer = dataset.CreateLayer(name, lambert93(), OGR_GEOMETRIES[definition.geometry], ["FID=fid"])
    for column in definition.fields:
        layer.CreateField(ogr.FieldDefn(column.name, OGR_TYPES[column.type]))
    written = 0
    for geometry, values in records:
        geometry = clean(geometry, definition.geometry)
        if geometry is None or geometry.is_empty:
            continue
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in values.items():
            if value is not None:
                feature.SetField(key, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
        layer.CreateFeature(feature)
        written += 1
    return written


# ---------------------------------------------------------------- street network

def bearing_to(start, target):
    delta = target - start
    return math.atan2(delta[1], delta[0])


def wander(rng, start, heading, length, step=35.0, wiggle=0.06, target=None, pull=0.25):
    """A gently curving polyline from ``start``: the heading drifts, pulled towards ``target``."""
    points = [np.array(start, dtype=float)]
    for _ in range(max(2, int(length / step))):
        if target is not None:
            if len(points) > 2 and np.hypot(*(target - points[-1])) < step:
                break
            wanted = bearing_to(points[-1], target)
            heading += pull * math.atan2(math.sin(wanted - heading), math.cos(wanted - heading))
        heading += rng.normal(0.0, wiggle)
        points.append(points[-1] + step * np.array([math.cos(heading), math.sin(heading)]))
    return shapely.linestrings(np.array(points))


def cut_at_first_crossing(line, others, skip=12.0):
    """``line`` up to the first point where it meets ``others`` (beyond ``skip`` metres)."""
    if others is None:
        return line
    crossing = shapely.intersection(line, others)
    if crossing.is_empty:
        return line
    distances = [line.project(point) for point in shapely.get_parts(shapely.points(shapely.get_coordinates(crossing)))]
    distances = [d for d in distances if d > skip]
    return substring(line, 0.0, min(distances)) if distances else line


def street_network(rng, insee, town, commune, monuments):
    """Streets of one town: [{'line', 'name', 'kind', 'half_width', 'sidewalk'}].

    Kinds: ``main`` (6.5 m roadway), ``side`` (5 m), ``lane`` (3 m farm track).
    """
    centre = l93(*town["centre"])
    streets = []
    network = None

    def add(line, name, kind):
        nonlocal network
        line = shapely.intersection(line, commune)
        parts = [part for part in shapely.get_parts(line) if part.geom_type == "LineString" and part.length > 30]
        if not parts:
            return None
        line = max(parts, key=lambda part: part.length)
        half = {"main": 3.25, "side": 2.5, "lane": 1.5}[kind]
        streets.append({"line": line, "name": name, "kind": kind, "half_width": half})
        network = line if network is None else shapely.union(network, line)
        return line

    mains = []
    if insee == "14035":
        # Balleroy's straight main street aligned on the château (Mansart's axis).
        chateau = l93(-0.84250, 49.17917)
        axis = bearing_to(chateau, centre)
        end = chateau + 900.0 * np.array([math.cos(axis), math.sin(axis)])
        mains.append(add(shapely.linestrings([chateau + 60 * (end - chateau) / 900.0, end]), "Grande Rue", "main"))
    for name, lon, lat in town["roads"]:
        target = l93(lon, lat)
        heading = bearing_to(centre, target) + rng.normal(0, 0.05)
        if name == "Rue de Maisy":  # runs past the church of Létanville
            line = wander(rng, centre, heading, 2400, target=target, pull=0.3)
        else:
            line = wander(rng, centre, heading, 7000.0, target=target, pull=0.08)
        mains.append(add(line, name, "main"))
    mains = [line for line in mains if line is not None]

    names = list(SIDE_NAMES)
    rng.shuffle(names)
    name_index = 0
    for main in mains:
        position = rng.uniform(50, 110)
        side = 1 if rng.random() < 0.5 else -1
        while position < min(main.length, 1100.0):
            point = main.interpolate(position)
            ahead = main.interpolate(min(position + 5.0, main.length))
            tangent = math.atan2(ahead.y - point.y, ahead.x - point.x)
            from_centre = math.hypot(point.x - centre[0], point.y - centre[1])
            heading = tangent + side * (math.pi / 2 + rng.normal(0, 0.3))
            length = rng.uniform(90, 380) * (1.2 if from_centre < 500 else 0.8)
            start = np.array([point.x, point.y])
            candidate = wander(rng, start, heading, length, step=30.0, wiggle=0.08)
            others = shapely.difference(network, shapely.buffer(point, 8.0))
            line = cut_at_first_crossing(candidate, others)
            name = names[name_index % len(names)]
            name_index += 1
            side_line = add(line, name, "side")
            if side_line is not None and side_line.length > 200 and rng.random() < 0.55:
                branch_at = side_line.interpolate(rng.uniform(0.4, 0.8) * side_line.length)
                before = side_line.interpolate(side_line.project(branch_at) - 5.0)
                tangent2 = math.atan2(branch_at.y - before.y, branch_at.x - before.x)
                heading2 = tangent2 + (1 if rng.random() < 0.5 else -1) * (math.pi / 2 + rng.normal(0, 0.2))
                candidate = wander(rng, np.array([branch_at.x, branch_at.y]), heading2, rng.uniform(70, 200),
                                   step=25.0, wiggle=0.08)
                others = shapely.difference(network, shapely.buffer(branch_at, 8.0))
                add(cut_at_first_crossing(candidate, others), names[name_index % len(names)], "side")
                name_index += 1
            position += rng.uniform(70, 150) * (1.0 if from_centre < 500 else 1.6)
            side = -side if rng.random() < 0.7 else side
    lane_number = 0
    for main in mains:
        position = rng.uniform(1300, 1600)
        while position < main.length - 100:
            point = main.interpolate(position)
            ahead = main.interpolate(min(position + 5.0, main.length))
            tangent = math.atan2(ahead.y - point.y, ahead.x - point.x)
            heading = tangent + (1 if rng.random() < 0.5 else -1) * (math.pi / 2 + rng.normal(0, 0.3))
            candidate = wander(rng, np.array([point.x, point.y]), heading, rng.uniform(200, 500), step=40.0,
                               wiggle=0.12)
            others = shapely.difference(network, shapely.buffer(point, 8.0))
            add(cut_at_first_crossing(candidate, others), LANE_NAMES[lane_number % len(LANE_NAMES)], "lane")
            lane_number += 1
            position += rng.uniform(400, 800)
    return streets, centre


def pieces(line, length):
    """``line`` cut into consecutive pieces of about ``length`` metres."""
    count = max(1, int(round(line.length / length)))
    cuts = np.linspace(0.0, line.length, count + 1)
    return [substring(line, cuts[i], cuts[i + 1]) for i in range(count)]


# ---------------------------------------------------------------- public spaces and buildings

def random_date(rng, first, last):
    first, last = np.datetime64(first), np.datetime64(last)
    return str(first + np.timedelta64(int(rng.integers(0, (last - first).astype(int) + 1)), "D"))


def unit_cost(rng, classe):
    """A trench unit cost (€/m) in the class's range; heritage surcharges (abords, SPR factors) are not
    included: they are applied from the perimeters' ``facteur``."""
    low, high = model.TRENCH_COST_RANGES[classe]
    return float(round(rng.uniform(low, high)))


def rectangle(centre, angle, length, width):
    """A rectangle of ``length`` along ``angle`` (radians) and ``width`` across, centred on ``centre``."""
    along = np.array([math.cos(angle), math.sin(angle)]) * length / 2
    across = np.array([-math.sin(angle), math.cos(angle)]) * width / 2
    corners = [centre - along - across, centre + along - across, centre + along + across, centre - along + across]
    return shapely.polygons(np.array(corners + corners[:1]))


def polygonal(geometry):
    """The polygons of a geometry (collections from overlays may hold lines and points)."""
    parts = [part for part in shapely.get_parts(geometry) if part.geom_type == "Polygon"]
    return shapely.multipolygons(parts) if parts else shapely.Polygon()


def public_spaces(rng, insee, town, streets, centre, monument_points, commune):
    """Surfaces [(geometry, classe, name)] cut from the streets, without overlaps.

    Also returns their union and the outline of the central place.
    """
    near_centre = 950.0
    surfaces = []
    occupied = None

    def take(geometry, classe, name):
        nonlocal occupied
        geometry = polygonal(geometry)
        if occupied is not None:
            geometry = polygonal(shapely.difference(geometry, occupied, grid_size=GRID))
        geometry = polygonal(shapely.intersection(geometry, commune, grid_size=GRID))
        if geometry.is_empty or geometry.area < 4.0:
            return
        surfaces.append((geometry, classe, name))
        occupied = geometry if occupied is None else shapely.union(occupied, geometry, grid_size=GRID)

    main0 = next(s for s in streets if s["kind"] == "main")["line"]
    ahead = main0.interpolate(25.0)
    angle = math.atan2(ahead.y - centre[1], ahead.x - centre[0])
    place_centre = centre + 18.0 * np.array([-math.sin(angle), math.cos(angle)])
    place = rectangle(place_centre, angle, rng.uniform(60, 80), rng.uniform(35, 50))
    heritage = None
    if len(monument_points):
        heritage = shapely.union_all(shapely.buffer(monument_points, 90.0))
    if heritage is not None:
        take(shapely.intersection(place, heritage), "pavage_patrimonial", town["place"])
    take(place, "place", town["place"])

    roadways = []
    for street in streets:
        distance = shapely.distance(shapely.points(centre), street["line"])
        segment_length = 120.0 if street["kind"] != "lane" else 400.0
        for piece in pieces(street["line"], segment_length):
            roadway = shapely.buffer(piece, street["half_width"], cap_style="flat")
            roadways.append((roadway, street, piece))
    for roadway, street, piece in roadways:
        if street["kind"] == "lane":
            continue
        if heritage is not None:
            take(shapely.intersection(roadway, heritage), "pavage_patrimonial", street["name"])
        take(roadway, "chaussee", street["name"])
    for roadway, street, piece in roadways:
        if street["kind"] == "lane" or shapely.distance(shapely.points(centre), piece) > near_centre:
            continue
        width = 2.0 if street["kind"] == "main" else 1.5
        for sign in (1, -1):
            outer = shapely.buffer(piece, sign * (street["half_width"] + width), single_sided=True, cap_style="flat")
            inner = shapely.buffer(piece, sign * street["half_width"], single_sided=True, cap_style="flat")
            take(shapely.difference(outer, inner), "trottoir", street["name"])
    for roadway, street, piece in roadways:
        if street["kind"] == "lane":
            take(roadway, "non_revetu", street["name"])
    # parkings beside the main roads near the centre, green spaces in the blocks
    mains = [s for s in streets if s["kind"] == "main"]
    for number in range(int(rng.integers(2, 5))):
        street = mains[number % len(mains)]
        at = rng.uniform(120, 450)
        point = street["line"].interpolate(at)
        ahead = street["line"].interpolate(at + 5.0)
        angle = math.atan2(ahead.y - point.y, ahead.x - point.x)
        side = 1 if rng.random() < 0.5 else -1
        depth = rng.uniform(25, 40)
        offset = street["half_width"] + 2.0 + depth / 2
        middle = np.array([point.x, point.y]) + side * offset * np.array([-math.sin(angle), math.cos(angle)])
        take(rectangle(middle, angle, rng.uniform(30, 55), depth), "parking", "Parking " + street["name"])
    for number in range(int(rng.integers(2, 5))):
        street = mains[(number + 1) % len(mains)]
        at = rng.uniform(150, 700)
        point = street["line"].interpolate(at)
        ahead = street["line"].interpolate(at + 5.0)
        angle = math.atan2(ahead.y - point.y, ahead.x - point.x)
        side = 1 if rng.random() < 0.5 else -1
        radius = rng.uniform(20, 40)
        middle = np.array([point.x, point.y]) + side * (street["half_width"] + 3.0 + radius) * np.array(
            [-math.sin(angle), math.cos(angle)])
        blob = shapely.buffer(shapely.points(middle), radius, quad_segs=6)
        blob = scale(blob, 1.4, 0.8)
        take(blob, "espace_vert", ["Square", "Jardin public", "Espace vert", "Parc"][number % 4])
    return surfaces, occupied, place


def buildings(rng, streets, centre, occupied, commune, landmarks):
    """Buildings lining the streets: [(geometry, usage, height)], no overlaps, off public space."""
    candidates = list(landmarks)
    for street in streets:
        if street["kind"] == "lane":
            # a farm at the end of the track: a house and two barns around a yard
            end = shapely.get_coordinates(street["line"])[-1]
            angle = rng.uniform(0, math.pi)
            for dx, dy, length, width, usage, height in ((0, 18, 14, 9, "logement", 7.0), (22, -4, 30, 14,
                                                          "agricole", 8.0), (-20, -8, 24, 12, "agricole", 6.5)):
                offset = np.array([dx * math.cos(angle) - dy * math.sin(angle), dx * math.sin(angle) + dy * math.cos(angle)])
                candidates.append((rectangle(end + offset, angle, length, width), usage, height))
            continue
        line = street["line"]
        for sign in (1, -1):
            position = rng.uniform(3, 12)
            while position < line.length - 5:
                point = line.interpolate(position)
                distance = math.hypot(point.x - centre[0], point.y - centre[1])
                if distance > 1300:
                    break
                dense = distance < 350
                ahead = line.interpolate(min(position + 3.0, line.length))
                angle = math.atan2(ahead.y - point.y, ahead.x - point.x)
                if dense:
                    frontage, depth, setback, gap = rng.uniform(6, 13), rng.uniform(9, 13), 0.3, rng.uniform(0, 1.5)
                    height = rng.uniform(7, 12)
                    usage = "commerce" if street["kind"] == "main" and rng.random() < 0.45 else "logement"
                else:
                    frontage, depth = rng.uniform(8, 13), rng.uniform(8, 11)
                    setback, gap = rng.uniform(4, 10), rng.uniform(6, 25) * (1 + distance / 900)
                    height = rng.uniform(5, 8)
                    usage = "logement"
                offset = street["half_width"] + (2.0 if distance < 950 else 0.5) + setback + depth / 2
                normal = np.array([-math.sin(angle), math.cos(angle)]) * sign
                middle = np.array([point.x, point.y]) + offset * normal + np.array(
                    [math.cos(angle), math.sin(angle)]) * frontage / 2
                if rng.random() < (0.92 if dense else 0.8):
                    candidates.append((rectangle(middle, angle, frontage, depth), usage, round(height, 1)))
                    if not dense and rng.random() < 0.35:
                        behind = middle + normal * (depth / 2 + rng.uniform(4, 9))
                        candidates.append((rectangle(behind, angle, rng.uniform(4, 6), rng.uniform(4, 5)),
                                           "annexe", round(rng.uniform(2.5, 3.5), 1)))
                position += frontage + gap
    geometries = shapely.intersection(np.array([c[0] for c in candidates], dtype=object), commune)
    blocked = shapely.buffer(occupied, 0.2)
    shapely.prepare(blocked)
    off_street = ~shapely.intersects(blocked, geometries)
    off_street[:len(landmarks)] = True
    usable = off_street & (shapely.area(geometries) >= 10)
    tree = shapely.STRtree(geometries)
    pairs = tree.query(geometries, predicate="intersects")
    earlier = pairs[1] < pairs[0]
    conflicts = {}
    for i, j in zip(pairs[0][earlier], pairs[1][earlier]):
        conflicts.setdefault(int(i), []).append(int(j))
    kept = np.zeros(len(geometries), dtype=bool)
    for index in np.flatnonzero(usable):
        kept[index] = not any(kept[j] for j in conflicts.get(int(index), ()))
    return [(geometries[i], candidates[i][1], candidates[i][2]) for i in np.flatnonzero(kept)]


# ---------------------------------------------------------------- Enedis network

KVA = {"cabine_haute": [160, 250, 400], "poste_au_sol": [250, 400, 630, 1000], "poste_sur_poteau": [50, 100, 160]}


def street_points(streets, spacing, kinds):
    """Points every ``spacing`` metres along streets of the given kinds: (xy, street index, distance along)."""
    rows = []
    for index, street in enumerate(streets):
        if street["kind"] not in kinds:
            continue
        for along in np.arange(spacing / 2, street["line"].length, spacing):
            point = street["line"].interpolate(along)
            rows.append((point.x, point.y, index, along))
    return np.array(rows)


def spread(rng, rows, minimum, count):
    """Pick up to ``count`` rows at least ``minimum`` metres apart, in a random order."""
    chosen = []
    for index in rng.permutation(len(rows)):
        if len(chosen) >= count:
            break
        if all(math.hypot(rows[index, 0] - rows[c, 0], rows[index, 1] - rows[c, 1]) >= minimum for c in chosen):
            chosen.append(index)
    return rows[sorted(chosen)]


def substations(rng, insee, streets, centre, protected):
    """Postes HTA/BT: [(point, type, kVA, name, street index)], 20 to 60 per commune."""
    town = street_points(streets, 20.0, ("main", "side"))
    distance = np.hypot(town[:, 0] - centre[0], town[:, 1] - centre[1])
    in_town = spread(rng, town[distance < 1000], 140.0, int(rng.integers(16, 30)))
    rural = spread(rng, town[distance >= 1000], 350.0, int(rng.integers(6, 14)))
    lanes = street_points(streets, 40.0, ("lane",))
    if len(lanes):
        rural = np.vstack([rural, spread(rng, lanes, 350.0, int(rng.integers(2, 8)))])
    rows = np.vstack([in_town, rural])
    result = []
    for number, (x, y, street_index, along) in enumerate(rows):
        street = streets[int(street_index)]
        line = street["line"]
        ahead = line.interpolate(min(along + 3.0, line.length))
        angle = math.atan2(ahead.y - y, ahead.x - x)
        near = math.hypot(x - centre[0], y - centre[1]) < 1000
        offset = street["half_width"] + (3.5 if near and street["kind"] != "lane" else 2.0)
        side = 1 if rng.random() < 0.5 else -1
        point = shapely.points(np.array([x, y]) + side * offset * np.array([-math.sin(angle), math.cos(angle)]))
        draw = rng.random()
        if near:
            kind = "cabine_haute" if draw < 0.15 else "poste_au_sol"
        else:
            kind = "poste_sur_poteau" if draw < 0.75 else ("cabine_haute" if draw < 0.9 else "poste_au_sol")
        result.append([point, kind, None, street["name"], int(street_index)])
    # every town has tower substations both inside and outside its protected perimeters
    inside = [i for i, row in enumerate(result) if shapely.intersects(protected, row[0])]
    outside = [i for i, row in enumerate(result) if not shapely.intersects(protected, row[0])]
    if inside:
        result[min(inside, key=lambda i: shapely.distance(result[i][0], shapely.points(centre)))][1] = "cabine_haute"
    if outside:
        result[outside[int(rng.integers(0, len(outside)))]][1] = "cabine_haute"
    for row in result:
        row[2] = float(rng.choice(KVA[row[1]]))
    return result


def bt_network(rng, streets, posts, centre, ort):
    """BT lines under the sidewalk or on poles along streets, one feature per substation and pose."""
    post_xy = shapely.get_coordinates(np.array([row[0] for row in posts], dtype=object))
    sections = {}
    for street in streets:
        for piece in pieces(street["line"], 30.0):
            middle = piece.interpolate(0.5, normalized=True)
            gaps = np.hypot(post_xy[:, 0] - middle.x, post_xy[:, 1] - middle.y)
            owner = int(np.argmin(gaps))
            if gaps[owner] > (380.0 if street["kind"] != "lane" else 250.0):
                continue
            underground = shapely.intersects(ort, middle) or (
                posts[owner][1] == "poste_au_sol" and street["kind"] != "lane")
            offset = street["half_width"] + (0.8 if underground else 1.2)
            shifted = shapely.offset_curve(piece, offset)
            sections.setdefault((owner, "souterrain" if underground else "aerien"), []).append(shifted)
    lines = []
    for (owner, pose), parts in sorted(sections.items()):
        merged = shapely.line_merge(shapely.multilinestrings(parts))
        tie = shapely.shortest_line(posts[owner][0], merged)
        lines.append((shapely.union(merged, tie), pose, owner))
    return lines


class StreetGraph:
    """The street centrelines as a graph (vertices every 20 m at most) for shortest paths."""

    def __init__(self, streets):
        from scipy.sparse import coo_matrix

        noded = shapely.node(shapely.multilinestrings([s["line"] for s in streets if s["kind"] != "lane"]))
        segments = shapely.get_parts(shapely.segmentize(noded, 20.0))
        coords, index = shapely.get_coordinates(segments, return_index=True)
        keys = np.round(coords, 1)
        self.xy, node = np.unique(keys, axis=0, return_inverse=True)
        node = node.reshape(-1)
        same_line = index[1:] == index[:-1]
        start, stop = node[:-1][same_line], node[1:][same_line]
        # side streets start a few centimetres off the street they branch from: join street ends
        # to the vertices within 12 m
        from scipy.spatial import cKDTree

        ends = np.unique(np.vstack([shapely.get_coordinates(shapely.get_point(segments, 0)),
                                    shapely.get_coordinates(shapely.get_point(segments, -1))]), axis=0)
        near = cKDTree(self.xy).query_ball_point(ends, 12.0)
        end_nodes = [self.nearest(end) for end in ends]
        extra = [(a, b) for a, group in zip(end_nodes, near) for b in group if b != a]
        if extra:
            start = np.concatenate([start, [a for a, _b in extra]]).astype(int)
            stop = np.concatenate([stop, [b for _a, b in extra]]).astype(int)
        weight = np.hypot(*(self.xy[start] - self.xy[stop]).T) + 1e-6
        size = len(self.xy)
        self.matrix = coo_matrix((np.concatenate([weight, weight]), (np.concatenate([start, stop]),
                                                                      np.concatenate([stop, start]))),
                                 shape=(size, size)).tocsr()

    def nearest(self, point):
        return int(np.argmin(np.hypot(self.xy[:, 0] - point[0], self.xy[:, 1] - point[1])))

    def path(self, a, b):
        """Vertices (x, y) of the shortest street path between two points (snapped), or None."""
        from scipy.sparse.csgraph import dijkstra

        source, target = self.nearest(a), self.nearest(b)
        _distances, predecessors = dijkstra(self.matrix, indices=source, return_predecessors=True)
        if predecessors[target] < 0 and source != target:
            return None
        nodes = [target]
        while nodes[-1] != source:
            nodes.append(predecessors[nodes[-1]])
        return self.xy[nodes[::-1]]


def hta_network(posts, centre, commune, feed_from, streets):
    """HTA feeders: a minimum spanning tree over the substations plus one feeder from outside.

    In town the underground feeders follow the streets; in the country overhead lines go
    straight. ``feed_from`` (x, y) is where the feeder comes from (the poste source side,
    outside the commune).
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import minimum_spanning_tree
    from scipy.spatial import Delaunay

    xy = shapely.get_coordinates(np.array([row[0] for row in posts], dtype=object))
    triangles = Delaunay(xy).simplices
    edges = np.unique(np.sort(np.vstack([triangles[:, [0, 1]], triangles[:, [1, 2]], triangles[:, [0, 2]]]), axis=1),
                      axis=0)
    lengths = np.hypot(*(xy[edges[:, 0]] - xy[edges[:, 1]]).T)
    tree = minimum_spanning_tree(coo_matrix((lengths, (edges[:, 0], edges[:, 1])), shape=(len(xy), len(xy))))
    tree = tree.tocoo()
    graph = StreetGraph(streets)
    feeders = []
    for a, b in sorted(zip(tree.row.tolist(), tree.col.tolist())):
        in_town = max(np.hypot(*(xy[[a, b]] - centre).T)) < 900
        route = graph.path(xy[a], xy[b]) if in_town else None
        if route is not None and len(route) > 1:
            line = shapely.linestrings(np.vstack([xy[a], route, xy[b]]))
        else:
            line = shapely.linestrings([xy[a], xy[b]])
        feeders.append((line, "souterrain" if in_town else "aerien"))
    first = int(np.argmin(np.hypot(*(xy - feed_from).T)))
    incoming = shapely.intersection(shapely.linestrings([xy[first], feed_from]), commune)
    parts = [part for part in shapely.get_parts(incoming) if part.geom_type == "LineString"]
    feeders.append((min(parts, key=lambda part: part.distance(shapely.points(xy[first]))), "aerien"))
    return feeders


# ---------------------------------------------------------------- projects, works, requests

def trench_cost(line, surfaces, fixed):
    """``fixed`` € plus, for each surface crossed, length (m) × its unit cost (€/m); 45 €/m elsewhere."""
    geometries = np.array([row[0] for row in surfaces], dtype=object)
    costs = np.array([row[1] for row in surfaces])
    inside = shapely.length(shapely.intersection(geometries, line))
    outside = max(0.0, line.length - inside.sum())
    return float(round(fixed + (inside * costs).sum() + 45.0 * outside, -1))


def along_street(street, start, end, offset):
    """The stretch [start, end] m of a street, shifted ``offset`` m to its left (a trench line)."""
    line = street["line"]
    stretch = substring(line, min(start, line.length - 20), min(end, line.length))
    return shapely.offset_curve(stretch, offset)


def projects_and_works(rng, insee, town, streets, centre, place, surfaces, bt_lines, building_geoms, plan):
    """Public-space projects, connection works and connection requests of one town.

    ``plan`` says which coordination cases to plant: ``pooling`` (a planned work inside a
    planned project, overlapping in time) and ``moratorium`` (a planned work across the
    place renovated in 2024, less than 3 years before).
    """
    mains = [s for s in streets if s["kind"] == "main"]
    short = town["short"]
    projects = []
    renovated_start = random_date(rng, "2024-03-01", "2024-06-30")
    renovated_end = str(np.datetime64(renovated_start) + np.timedelta64(int(rng.integers(120, 200)), "D"))
    projects.append((shapely.buffer(place, 6.0, join_style="mitre"), {
        "nom": "Réaménagement de la {}".format(town["place"]),
        "action_ort": "Axe 3 – Espaces publics et patrimoine, fiche 3.1 : place centrale",
        "statut": "realise", "date_debut": renovated_start, "date_fin": renovated_end}))
    main = mains[0]
    planned_start = random_date(rng, "2027-03-01", "2027-06-30")
    planned_end = str(np.datetime64(planned_start) + np.timedelta64(int(rng.integers(150, 240)), "D"))
    stretch = substring(main["line"], 40.0, min(360.0, main["line"].length))
    projects.append((shapely.buffer(stretch, main["half_width"] + 3.0, cap_style="flat"), {
        "nom": "Requalification de la {} ({})".format(main["name"], short),
        "action_ort": "Axe 5 – Accessibilité et mobilités, fiche 5.2 : traversée du centre-bourg",
        "statut": "prevu", "date_debut": planned_start, "date_fin": planned_end}))
    greens = [row for row in surfaces if row[2] == "espace_vert"]
    if greens:
        third_start = random_date(rng, "2028-03-01", "2028-09-30")
        projects.append((shapely.buffer(greens[0][0], 4.0), {
            "nom": "Aménagement paysager : {}".format(greens[0][3]),
            "action_ort": "Axe 3 – Espaces publics et patrimoine, fiche 3.3 : nature en ville",
            "statut": "prevu", "date_debut": third_start,
            "date_fin": str(np.datetime64(third_start) + np.timedelta64(int(rng.integers(60, 150)), "D"))}))

    costs = [(row[0], row[1]) for row in surfaces]
    bt_all = shapely.union_all(np.array([row[0] for row in bt_lines], dtype=object))
    works = []

    def work(line, nature, statut, start, days, fixed):
        end = str(np.datetime64(start) + np.timedelta64(int(days), "D"))
        works.append((line, {"nature": nature, "statut": statut, "date_debut": start, "date_fin": end,
                             "cout_eur": trench_cost(line, costs, fixed), "longueur_m": round(line.length, 1)}))

    centroids = shapely.centroid(np.array(building_geoms, dtype=object))
    distance = np.hypot(shapely.get_x(centroids) - centre[0], shapely.get_y(centroids) - centre[1])
    away = np.flatnonzero((distance > 250) & (distance < 900))
    for number, nature in enumerate(("branchement", "branchement", "extension")):
        target = centroids[away[int(rng.integers(0, len(away)))]]
        line = shapely.shortest_line(bt_all, target)
        if nature == "extension":
            side = streets[int(rng.integers(0, len(streets)))]
            line = along_street(side, 10.0, rng.uniform(80, 220), side["half_width"] + 0.8)
        work(line, nature, "realise", random_date(rng, "2021-03-01", "2025-06-30"), rng.integers(3, 40),
             1200.0 if nature == "branchement" else 2500.0)
    if plan["pooling"]:
        # planned reinforcement under the street the planned project will dig up, same months
        start = str(np.datetime64(planned_start) + np.timedelta64(int(rng.integers(10, 60)), "D"))
        work(along_street(main, 80.0, 300.0, main["half_width"] + 0.8), "renforcement", "prevu", start,
             rng.integers(20, 50), 4000.0)
    else:
        other = max(mains, key=lambda street: street["line"].length)
        work(along_street(other, 450.0, 670.0, other["half_width"] + 0.8), "renforcement", "prevu",
             random_date(rng, "2027-09-01", "2028-03-31"), rng.integers(20, 50), 4000.0)
    if plan["moratorium"]:
        # planned connection across the place renovated in 2023-2024
        middle = shapely.centroid(place)
        edge = shapely.get_coordinates(shapely.oriented_envelope(place))
        across = (edge[1] - edge[0]) if np.hypot(*(edge[1] - edge[0])) < np.hypot(*(edge[2] - edge[1])) else (
            edge[2] - edge[1])
        across = across / np.hypot(*across)
        half = 0.5 * min(np.hypot(*(edge[1] - edge[0])), np.hypot(*(edge[2] - edge[1]))) + 10.0
        line = shapely.linestrings([[middle.x - half * across[0], middle.y - half * across[1]],
                                    [middle.x + half * across[0], middle.y + half * across[1]]])
        work(line, "extension", "prevu", random_date(rng, "2026-12-01", "2027-03-31"), rng.integers(10, 25), 2500.0)

    requests = []
    uses = [("logement", (6, 12)), ("commerce", (12, 36)), ("borne_recharge", (22, 150)),
            ("photovoltaique", (9, 100)), ("equipement_public", (36, 250))]
    rural = [s for s in streets if s["kind"] == "lane"] or mains
    for number in range(int(rng.integers(3, 5))):
        usage, (low, high) = uses[int(rng.integers(0, len(uses)))]
        if number == 0:
            street = rural[int(rng.integers(0, len(rural)))]
            at = street["line"].interpolate(rng.uniform(0.5, 1.0), normalized=True)
            point = shapely.points(at.x + rng.uniform(-30, 30), at.y + rng.uniform(-30, 30))
        else:
            point = centroids[away[int(rng.integers(0, len(away)))]] if number % 2 else centroids[
                int(np.argsort(distance)[int(rng.integers(0, 60))])]
        kva = float(round(rng.uniform(low, high))) if usage != "logement" else float(rng.choice([6, 9, 12]))
        requests.append((point, {"usage": usage, "puissance_kva": kva,
                                 "date_demande": random_date(rng, "2025-01-06", "2026-11-13")}))
    first = requests[0][0]
    if shapely.distance(bt_all, first) > 30:
        work(shapely.shortest_line(bt_all, first), "extension", "prevu", random_date(rng, "2027-02-01", "2027-12-15"),
             rng.integers(10, 30), 2500.0)
    return projects, works, requests


# ---------------------------------------------------------------- requests at the street, planted groups

STREET_CLASSES = ("chaussee", "trottoir", "place", "parking", "non_revetu")


def at_the_street(point, buildings_union, spaces_union, clearance=1.2):
    """A request drawn inside a building moved to the street in front of it (where the
    connection box stands, at the property line): the nearest point of the public spaces, then
    1–3 m into them, at least ``clearance`` m from any building. Deterministic, no random draw."""
    if not shapely.intersects(buildings_union, point):
        return point
    edge = shapely.get_coordinates(shapely.shortest_line(point, spaces_union))[1]
    direction = edge - shapely.get_coordinates(point)[0]
    direction = direction / max(np.hypot(*direction), 1e-9)
    for inward in (1.0, 1.5, 2.0, 3.0):
        moved = shapely.points(np.round(edge + inward * direction, 2))
        if shapely.intersects(spaces_union, moved) and shapely.distance(buildings_union, moved) >= clearance:
            return moved
    return moved


#: Planted groups of new connection requests (own random generator, so every other draw is
#: unchanged), along farm lanes at the edge of town where the BT network is 80–200 m away: a
#: housing lot in Isigny-sur-Mer, shops with EV chargers (a small business park) in Le Molay-Littry.
PLANTED_GROUPS = {"14342": ("lotissement", 5), "14370": ("commerces", 4)}
PLANTED_SEED = 77


def planted_group(rng, kind, count, streets, surfaces, bt_lines, building_geoms):
    """``count`` new requests 22–30 m apart along one street or lane, on its sidewalk or roadway,
    all 80–200 m from the BT network (so that sharing a trench clearly pays): [(point, values)]."""
    bt_all = shapely.union_all(np.array([row[0] for row in bt_lines], dtype=object))
    built = shapely.union_all(np.array(building_geoms, dtype=object))
    spaces = shapely.union_all(np.array([row[0] for row in surfaces if row[1] in STREET_CLASSES], dtype=object))
    for geometry in (bt_all, built, spaces):
        shapely.prepare(geometry)
    spacing = rng.uniform(22.0, 30.0)
    choices = {"sidewalk": [], "roadway": []}  # on the sidewalk where there is one, else the roadway's edge
    for street in streets:
        if street["line"].length < spacing * count + 40:
            continue
        for side in (1.0, -1.0):
            for where, offset in (("sidewalk", street["half_width"] + 0.75), ("roadway", street["half_width"] - 1.0)):
                curve = shapely.offset_curve(street["line"], side * offset)
                if curve.geom_type != "LineString":
                    continue
                for start in np.arange(20.0, curve.length - 20.0 - spacing * (count - 1), 5.0):
                    points = shapely.set_precision(
                        shapely.line_interpolate_point(curve, start + spacing * np.arange(count)), GRID)
                    gap = shapely.distance(bt_all, points)
                    if ((gap >= 80) & (gap <= 200)).all() and shapely.intersects(spaces, points).all() and \
                            (shapely.distance(built, points) >= 1.2).all():
                        choices[where].append(points)
    choices = choices["sidewalk"] or choices["roadway"]
    if not choices:
        return []
    points = choices[int(rng.integers(0, len(choices)))]
    uses = [("logement", [9.0, 12.0])] if kind == "lotissement" else [("commerce", None), ("borne_recharge", None)]
    requests = []
    for number, point in enumerate(points):
        usage, powers = uses[number % len(uses)]
        kva = float(rng.choice(powers)) if powers else float(round(rng.uniform(12, 36) if usage == "commerce"
                                                                     else rng.choice([22, 36, 50])))
        requests.append((point, {"usage": usage, "puissance_kva": kva,
                                 "date_demande": random_date(rng, "2026-01-05", "2026-10-30")}))
    return requests


# ---------------------------------------------------------------- perimeters

def ort_perimeter(streets, centre, commune):
    """The ORT sector: the town centre and the first 550 m of its main roads."""
    shapes = [shapely.buffer(shapely.points(centre), 260.0)]
    for street in streets:
        if street["kind"] == "main":
            shapes.append(shapely.buffer(substring(street["line"], 0.0, 550.0), 85.0))
    area = shapely.intersection(shapely.union_all(np.array(shapes, dtype=object)), commune)
    return shapely.simplify(shapely.buffer(shapely.buffer(area, 25.0), -25.0), 4.0)


PLANS = {
    "14035": {"pooling": True, "moratorium": True},
    "14312": {"pooling": True, "moratorium": False},
    "14342": {"pooling": False, "moratorium": True},
    "14370": {"pooling": True, "moratorium": False},
    "14711": {"pooling": True, "moratorium": True},
}
HTA_ENTRY = {  # where each commune's HTA feeder comes from (towards a poste source), outside the commune
    "14035": (-0.78, 49.14), "14312": (-0.98, 49.34), "14342": (-1.16, 49.36), "14370": (-0.80, 49.27),
    "14711": (-0.86, 49.27)}


# ---------------------------------------------------------------- build

def place_landmarks(rng, monuments, blocked):
    """Footprints of the monuments (church, château) next to their points, off the streets."""
    shapely.prepare(blocked)
    out = []
    for point, name in monuments:
        length, width, height = (45.0, 16.0, 15.0) if "Château" in name else (32.0, 12.0, 14.0)
        angle = 0.0 if "Église" in name else math.radians(-20)
        xy = np.array([point.x, point.y])
        for radius in (0.0, 10.0, 20.0, 30.0, 40.0, 55.0):
            choices = [rectangle(xy + radius * np.array([math.cos(a), math.sin(a)]), angle, length, width)
                       for a in np.linspace(0, 2 * math.pi, 8, endpoint=False)]
            free = [shape for shape in choices if not shapely.intersects(blocked, shape)]
            if free:
                out.append((free[0], "equipement", height))
                break
    return out


def build(path=OUTPUT):
    with open(COMMUNES, encoding="utf-8") as handle:
        communes = []
        for feature in json.load(handle)["features"]:
            geometry = ogr.CreateGeometryFromJson(json.dumps(feature["geometry"]))
            geometry.Transform(TO_L93)
            communes.append((feature["properties"]["insee"], feature["properties"]["nom"],
                             shapely.from_wkb(bytes(geometry.ExportToWkb()))))
    communes.sort()
    layers = {layer.name: [] for layer in model.LAYERS}
    monument_points = []
    for ident, name, insee, protection, year, lon, lat, location in MONUMENTS:
        point = shapely.points(l93(lon, lat))
        monument_points.append((point, name, insee))
        layers["monuments_historiques"].append((point, {
            "id_mh": ident, "nom": name, "insee": insee, "protection": protection, "annee_protection": year,
            "localisation": location}))
        layers["abords_mh"].append((shapely.buffer(point, ABORDS_RADIUS_M, quad_segs=32), {
            "id_mh": ident, "nom": name, "rayon_m": ABORDS_RADIUS_M, "facteur": ABORDS_FACTOR, "pda": 0}))
    abords = shapely.union_all(np.array([row[0] for row in layers["abords_mh"]], dtype=object))

    planted_rng = np.random.default_rng(PLANTED_SEED)
    for insee, name, commune in communes:
        rng = np.random.default_rng(int(insee))
        town = TOWNS[insee]
        layers["communes"].append((commune, {"insee": insee, "nom": name}))
        streets, centre = street_network(rng, insee, town, commune, monument_points)
        local_mh = np.array([p for p, _n, code in monument_points if code == insee
                             and shapely.distance(p, shapely.points(centre)) < 1500], dtype=object)
        surfaces, occupied, place = public_spaces(rng, insee, town, streets, centre, local_mh, commune)
        ort = ort_perimeter(streets, centre, commune)
        layers["ort_perimetres"].append((ort, {"id_ort": "ORT-{}".format(insee),
                                               "nom": "Centre-bourg {}".format(of_town(town["short"])),
                                               "insee": insee, "date_signature": ORT_SIGNATURE}))
        if insee == "14035":
            axis = next(s for s in streets if s["name"] == "Grande Rue")["line"]
            chateau = shapely.points(l93(-0.84250, 49.17917))
            spr = shapely.union(shapely.buffer(chateau, 230.0), shapely.buffer(axis, 90.0))
            layers["spr"].append((shapely.simplify(spr, 3.0), {
                "id_spr": "SPR-14035-1", "nom": "Site patrimonial remarquable de Balleroy", "insee": insee,
                "facteur": SPR_FACTOR}))
        landmarks = place_landmarks(rng, [(p, n) for p, n, code in monument_points if code == insee],
                                    shapely.buffer(occupied, 0.5))
        houses = buildings(rng, streets, centre, occupied, commune, landmarks)
        building_geoms = [row[0] for row in houses]
        centroid_gap = shapely.distance(shapely.centroid(np.array(building_geoms, dtype=object)), place)
        for order in np.argsort(centroid_gap)[:2]:
            houses[int(order)] = (houses[int(order)][0], "equipement", houses[int(order)][2])
        for number, (geometry, usage, height) in enumerate(houses, 1):
            layers["batiments"].append((geometry, {"id_bat": "BAT-{}-{:05d}".format(insee, number), "insee": insee,
                                                   "usage": usage, "hauteur_m": height}))

        posts = substations(rng, insee, streets, centre, shapely.union(ort, abords))
        for number, (point, kind, kva, street_name, _index) in enumerate(posts, 1):
            layers["postes_hta_bt"].append((point, {
                "id_poste": "P-{}-{:03d}".format(insee, number), "nom": "{} – {}".format(town["short"], street_name),
                "type_poste": kind, "puissance_kva": kva, "insee": insee}))
        bt_lines = bt_network(rng, streets, posts, centre, ort)
        for number, (line, pose, owner) in enumerate(bt_lines, 1):
            layers["reseau_bt"].append((line, {"id_troncon": "BT-{}-{:03d}".format(insee, number), "pose": pose,
                                               "id_poste": "P-{}-{:03d}".format(insee, owner + 1), "insee": insee}))
        feeders = hta_network(posts, centre, commune, l93(*HTA_ENTRY[insee]), streets)
        for number, (line, pose) in enumerate(feeders, 1):
            layers["reseau_hta"].append((line, {"id_troncon": "HTA-{}-{:03d}".format(insee, number), "pose": pose,
                                                "insee": insee}))

        projects, works, requests = projects_and_works(
            rng, insee, town, streets, centre, place,
            [(g, unit_cost(rng, classe), classe, n) for g, classe, n in surfaces], bt_lines, building_geoms,
            PLANS[insee])
        renovated = next(geometry for geometry, values in projects if values["statut"] == "realise")
        renovated_end = projects[0][1]["date_fin"]
        for number, (geometry, classe, street_name) in enumerate(surfaces, 1):
            if shapely.area(shapely.intersection(geometry, renovated)) > 0.5 * geometry.area:
                refection = renovated_end
            elif classe in ("non_revetu", "espace_vert") or rng.random() < 0.35:
                refection = None
            else:
                refection = random_date(rng, "1995-01-01", "2017-12-31")
            layers["espaces_publics"].append((geometry, {
                "id_ep": "EP-{}-{:04d}".format(insee, number), "nom": street_name, "insee": insee, "classe": classe,
                "cout_m": unit_cost(rng, classe), "date_refection": refection}))
        for number, (geometry, values) in enumerate(projects, 1):
            layers["projets_espaces_publics"].append((geometry, dict(
                values, id_projet="PEP-{}-{}".format(insee, number), insee=insee)))
        for number, (geometry, values) in enumerate(works, 1):
            layers["travaux_raccordement"].append((geometry, dict(
                values, id_travaux="TR-{}-{:02d}".format(insee, number), insee=insee)))
        spaces = shapely.union_all(np.array([g for g, classe, _n in surfaces if classe in STREET_CLASSES], dtype=object))
        built = shapely.union_all(np.array(building_geoms, dtype=object))
        requests = [(at_the_street(point, built, spaces), values) for point, values in requests]
        if insee in PLANTED_GROUPS:
            requests += planted_group(planted_rng, *PLANTED_GROUPS[insee], streets, surfaces, bt_lines, building_geoms)
        for number, (geometry, values) in enumerate(requests, 1):
            layers["demandes_raccordement"].append((geometry, dict(
                values, id_demande="DR-{}-{:02d}".format(insee, number), insee=insee)))

    for record in consumption_points():
        values = {name: record[name] for name in model.field_names("consommation_electrique")}
        layers["consommation_electrique"].append((shapely.points(record["x"], record["y"]), values))

    housing_layers(layers)

    if os.path.exists(path):
        os.remove(path)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    counts = {}
    for layer in reversed(model.LAYERS):
        counts[layer.name] = write_layer(dataset, layer.name, layers[layer.name])
    dataset = None
    return path, counts


# ---------------------------------------------------------------- housing and energy (synthetic)

HOUSING_SEED = 2019  # their own generator: every other layer stays as it was
DPE_HEATING = ("Électricité", "Électricité", "Électricité", "Fioul domestique", "Gaz naturel", "Bois – Bûches",
               "GPL", "Électricité d'origine renouvelable utilisée dans le bâtiment")


def laea():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _centre_weight(point, insee):
    """1 at the town centre, 0 from 1 200 m on: old houses, small flats and poorer households gather there."""
    centre = l93(*TOWNS[insee]["centre"])
    return max(0.0, 1.0 - math.hypot(point[0] - centre[0], point[1] - centre[1]) / 1200.0)


def filosofi_cells(rng, dwellings):
    """Synthetic Filosofi 200 m cells where the synthetic dwellings are, in the published shape.

    ``dwellings``: [(L93 centroid, insee)]. The cell of a dwelling is the 200 m square of EPSG:3035
    holding it, named ``CRS3035RES200mN<y>E<x>`` after its lower-left corner, as INSEE does; cells
    under 11 households are left out (INSEE merges them before publication).
    """
    to_laea = osr.CoordinateTransformation(lambert93(), laea())
    to_l93 = osr.CoordinateTransformation(laea(), lambert93())
    counts = {}
    for point, insee in dwellings:
        x, y, _ = to_laea.TransformPoint(float(point[0]), float(point[1]))
        key = (insee, int(y // 200) * 200, int(x // 200) * 200)
        counts[key] = counts.get(key, 0) + 1
    records = []
    for (insee, north, east), count in sorted(counts.items()):
        ring = [to_l93.TransformPoint(float(x), float(y))[:2] for x, y in
                ((east, north), (east + 200, north), (east + 200, north + 200), (east, north + 200))]
        square = shapely.Polygon(ring)
        weight = _centre_weight(np.array(square.centroid.coords[0]), insee)
        households = int(round(count * rng.uniform(1.0, 1.15 + 0.5 * weight)))
        if households < 11:
            continue
        people = round(households * rng.uniform(1.9, 2.4), 1)
        income = 23500.0 - 6500.0 * weight + rng.normal(0.0, 1000.0)
        shares = np.array([0.10 + 0.55 * weight, 0.12 + 0.1 * rng.random(), 0.30 * (1 - weight) + 0.05,
                           0.25 * (1 - weight) + 0.05])
        dated = np.floor(households * shares / shares.sum()).astype(int)
        dated[-1] += households - dated.sum()
        records.append((shapely.multipolygons([square]), {
            "idcar_200m": "CRS3035RES200mN{}E{}".format(north, east), "insee": insee, "ind": people,
            "men": float(households),
            "men_pauv": float(round(households * min(0.45, max(0.02, 0.07 + 0.2 * weight + rng.normal(0, 0.03))))),
            "men_prop": float(round(households * min(0.95, max(0.2, 0.78 - 0.4 * weight + rng.normal(0, 0.05))))),
            "men_surf": float(round(households * rng.uniform(85.0, 110.0) * (1 - 0.25 * weight))),
            "log_av45": float(dated[0]), "log_45_70": float(dated[1]), "log_70_90": float(dated[2]),
            "log_ap90": float(dated[3]), "ind_snv": round(people * income, 1), "estime": 0}))
    return records


def dpe_points(rng, dwellings):
    """Synthetic DPE of about a third of the synthetic dwellings, worse labels in the old centres."""
    records = []
    for number, (point, insee) in enumerate(dwellings, 1):
        if rng.random() >= 0.35:
            continue
        weight = _centre_weight(point, insee)
        sieve = 0.08 + 0.4 * weight
        probabilities = np.array([0.02, 0.08, 0.25, 0.35 - 0.1 * weight, 0.3 - 0.2 * weight, 0.6 * sieve, 0.4 * sieve])
        label = "ABCDEFG"[int(rng.choice(7, p=probabilities / probabilities.sum()))]
        year = int(rng.integers(1850, 1945)) if rng.random() < 0.2 + 0.6 * weight else int(rng.integers(1945, 2020))
        date = random_date(rng, "2021-07-01", "2025-12-31")
        records.append((shapely.points(np.round(point, 2)), {
            "numero_dpe": "{}14S{:07d}{}".format(date[2:4], number, "ABCDEFGHJK"[number % 10]),
            "etiquette_dpe": label, "etiquette_ges": "ABCDEFG"[min(6, max(0, "ABCDEFG".index(label)
                                                                       + int(rng.integers(-2, 2))))],
            "date_etablissement": date,
            "type_batiment": "appartement" if rng.random() < 0.45 * weight else "maison",
            "surface_habitable_m2": round(float(rng.uniform(35, 140)) * (1 - 0.3 * weight), 1),
            "energie_chauffage": DPE_HEATING[int(rng.integers(0, len(DPE_HEATING)))],
            "annee_construction": year, "conso_ep_m2": float(round(rng.uniform(70, 130) + 45 * "ABCDEFG".index(label))),
            "origine": "existant", "insee": insee}))
    return records


def housing_layers(layers):
    """``carreaux_filosofi`` and ``dpe`` of the sample, from the synthetic dwellings (usage logement)."""
    rng = np.random.default_rng(HOUSING_SEED)
    dwellings = [(np.array(geometry.centroid.coords[0]), values["insee"]) for geometry, values in layers["batiments"]
                 if values["usage"] == "logement"]
    layers["carreaux_filosofi"] += filosofi_cells(rng, dwellings)
    layers["dpe"] += dpe_points(rng, dwellings)


if __name__ == "__main__":
    written, counts = build(sys.argv[1] if len(sys.argv) > 1 else OUTPUT)
    print(written)
    for layer_name, count in counts.items():
        print("  {:<26} {:>6}".format(layer_name, count))
