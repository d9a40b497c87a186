"""The synthetic consumption points of the sample data."""
import math

import numpy as np
import pyproj
import shapely

from pvd_qgis_plugin.core.consumption_zones import consumption_by_zone
from pvd_qgis_plugin.core.enedis_consumption import CONSUMPTION_FIELDS, SECTORS
from tests.fixtures import load_script


def load_module():
    return load_script("sample_consumption", "sample_layers", "consumption.py")


def test_deterministic_and_seed_dependent():
    module = load_module()
    assert module.consumption_points(seed=1) == module.consumption_points(seed=1)
    assert module.consumption_points(seed=1) != module.consumption_points(seed=2)


def test_records_fit_the_model_and_are_plausible():
    module = load_module()
    records = module.consumption_points()
    names = {name for name, _type in CONSUMPTION_FIELDS}
    assert all(set(record) == names | {"x", "y"} for record in records)
    assert {r["annee"] for r in records} == {2022, 2023}
    assert {r["secteur"] for r in records} <= set(SECTORS)
    assert {r["insee"] for r in records} == {"14035", "14312", "14342", "14370", "14711"}
    assert len({r["id_conso"] for r in records}) == len(records)
    homes = [r for r in records if r["secteur"] == "residentiel" and r["annee"] == 2022]
    per_home = np.array([r["conso_mwh"] / r["nb_sites"] for r in homes])
    assert per_home.min() >= 3.0 - 0.01 and per_home.max() <= 6.0 + 0.01
    shops = [r for r in records if r["secteur"] == "tertiaire" and r["annee"] == 2022]
    assert np.mean([r["conso_mwh"] / r["nb_sites"] for r in shops]) > per_home.mean() * 3


def test_points_cluster_around_their_town_centre():
    module = load_module()
    to_l93 = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    centres = {insee: to_l93.transform(lon, lat) for insee, _n, lon, lat, *_rest in module.TOWNS}
    for record in module.consumption_points():
        cx, cy = centres[record["insee"]]
        assert math.hypot(record["x"] - cx, record["y"] - cy) < 2000.0


def test_sample_gives_a_hot_spot_map():
    records = load_module().consumption_points()
    points = shapely.points([(r["x"], r["y"]) for r in records])
    columns = {key: np.array([r[key] for r in records]) for key in ("annee", "conso_mwh", "nb_sites")}
    result = consumption_by_zone(points, columns["annee"], columns["conso_mwh"], columns["nb_sites"], 2023,
                                 grid_size=200.0, insee=[r["insee"] for r in records], compare_year=2022)
    assert result.above_percentile.sum() >= 2
    assert result.masked.sum() >= 1 and (~result.masked).sum() >= 10
    # renovated town centres: consumption went down between 2022 and 2023
    assert np.nanmedian(result.change_pct) < 0
