"""Documented defaults and vocabularies of the algorithms.

Plain Python (no numpy, no shapely) so that the Processing algorithms can show
them in their parameters even when a computing package is missing.
"""

# Least-cost connection routes (pvd:connectionroutes). A metre of trench outside the public-space
# surfaces (€/m); the cost multiplier inside a penalty zone without its own 'facteur' (abords, SPR);
# the routing grid's cell (m), the search margin around the requests (m), no maximum length (0)
# and no fixed cost per connection (€).
ROUTING_DEFAULT_COST_EUR_M = 100.0
ROUTING_PENALTY_FACTOR = 1.5
ROUTING_CELL_SIZE_M = 1.0
ROUTING_MARGIN_M = 300.0
ROUTING_MAX_LENGTH_M = 0.0
ROUTING_FIXED_COST_EUR = 0.0
# Réfaction for consumers on the distribution network (arrêté of 30 November 2017, art. 1): the
# share of a connection the network tariff (TURPE) pays.
REFACTION = 0.40
# With shared trenches, a cell already trenched for another connection costs this share of its price.
REUSE_FACTOR = 0.2
# The barème of the requester's contribution, one row per power band: upper bound (kVA), CfB (€),
# CvB (€/m), CfE (€), CvE (€/m) (see pricing). Indicative, not the official tables: set so that a
# 30 m branchement ≤ 36 kVA comes to (2 000 + 30 × 25) × 0.6 = 1 650 € after réfaction, near the
# published 1 658,88 € TTC (2025), and a BT > 36 kVA branchement starts at 5 300 × 0.6 = 3 180 €,
# near the published 3 195 €.
BAREME_ROWS = (
    (36.0, 2000.0, 25.0, 3000.0, 60.0),
    (250.0, 5300.0, 60.0, 6000.0, 100.0),
    (12000.0, 15000.0, 150.0, 20000.0, 150.0),
)

# Works coordination (pvd:workscoordination).
COORDINATION_DISTANCE_M = 10.0
COORDINATION_WINDOW_MONTHS = 12
# Road code L115-1: the mayor may refuse works on a road surface less than three years old.
COORDINATION_MORATORIUM_MONTHS = 36
# CPCE L49 (décret 2010-726): works of at least 150 m in agglomeration, 1 000 m outside, are
# published so that other networks can join them.
L49_AGGLOMERATION_M = 150.0
L49_OUTSIDE_M = 1000.0
# €/m of trench: between the sidewalk (80–150 €/m) and roadway (120–250 €/m) ranges of
# trench costs; a placeholder to adapt to local prices.
COORDINATION_UNIT_COST = 150.0
MUTUALISABLE = "mutualisable"
CONFLIT_MORATOIRE = "conflit_moratoire"
SEQUENCE_A_REVOIR = "sequence_a_revoir"
RELATIONS = (MUTUALISABLE, CONFLIT_MORATOIRE, SEQUENCE_A_REVOIR)

# Substation embellishment priorities (pvd:substationpriority).
PRIORITY_CRITERIA = ("ort", "patrimoine", "espaces_publics", "type")
# Weights out of 10. The cabin's own visibility counts most (a tower cabin is seen from
# afar, a pole-mounted box hardly): with type 4, a cabine haute in the ORT or in a heritage
# zone outranks a ground kiosk that is in both. The town centre, heritage and the public
# space around share the rest.
PRIORITY_WEIGHTS = {"ort": 2.0, "patrimoine": 2.0, "espaces_publics": 2.0, "type": 4.0}
PRIORITY_VISIBILITY_M = 25.0
# A cabine haute (tower cabin) stands out; a ground-level kiosk less; a transformer on
# a pole is a small box high up that painting does little for.
TYPE_VISIBILITY = {"cabine_haute": 1.0, "poste_au_sol": 0.5, "poste_sur_poteau": 0.1}

# Collective self-consumption (pvd:selfconsumptionperimeter): the 2 km between the two farthest
# participants of the arrêté of 21 November 2019, and the power cap of an operation in it (MW),
# later raised (5 MW; up to 10 MW for public bodies).
SELF_CONSUMPTION_MAX_DISTANCE_M = 2000.0
SELF_CONSUMPTION_MAX_POWER_MW = 3.0

# Heritage (pvd:heritageperimeters, pvd:abfconsultation): how a perimeter was drawn, and the
# ABF's part in works there (Code du patrimoine L621-30, L632-2).
HERITAGE_MODE_PDA = "pda"
HERITAGE_MODE_RAYON = "rayon"
AVIS_ACCORD = "accord"
AVIS_SIMPLE = "avis_simple"
HORS_ABORDS = "hors_abords"
# The abords of a monument without a PDA: what lies within 500 m (L621-30).
ABORDS_DISTANCE_M = 500.0

# Field of view of monuments (pvd:heritagevisibility): the abords distance, the height of a
# monument's visible top (a bell tower is more, a manor less), a standing person's eyes, and a
# cell of the surface model.
VISIBILITY_DISTANCE_M = ABORDS_DISTANCE_M
VISIBILITY_MONUMENT_HEIGHT_M = 10.0
VISIBILITY_OBSERVER_HEIGHT_M = 1.6
VISIBILITY_CELL_SIZE_M = 2.0

# Commune preparation (pvd:preparecommune) and BD TOPO roads (pvd:importopendata).
# Sidewalk strip along each side of an urban street, m: a narrow French sidewalk (the accessibility
# minimum is 1.40 m of free passage).
DEFAULT_SIDEWALK_WIDTH_M = 1.5

# Energy precarity index (pvd:energyprecarity). Weights out of 10: the households' poverty
# counts most, then their income, the age of the dwellings and the share of F/G labels
# (passoires thermiques); electric heating and consumption per dwelling refine it.
PRECARITY_CRITERIA = ("pauvrete", "niveau_vie", "logements_anciens", "passoires", "chauffage_electrique",
                      "consommation")
PRECARITY_WEIGHTS = {"pauvrete": 3.0, "niveau_vie": 2.0, "logements_anciens": 1.5, "passoires": 2.0,
                     "chauffage_electrique": 0.5, "consommation": 1.0}
# Median standard of living in France, € per person and year (INSEE, Filosofi 2019: 22 040 €); the
# poverty line is 60 % of it. Adapt it to the Filosofi year of the cells.
PRECARITY_MEDIAN_INCOME_EUR = 22040.0
# Electricity per dwelling and year that counts as "high" (criterion 1): about what an electrically
# heated house uses; a placeholder to adapt locally.
PRECARITY_HIGH_CONSUMPTION_MWH = 10.0
# Masking thresholds: INSEE publishes no cell of fewer than 11 households; DPE shares need 5 DPE;
# Enedis publishes no aggregate of fewer than 10 sites.
PRECARITY_MIN_HOUSEHOLDS = 11
PRECARITY_MIN_DPE = 5
PRECARITY_MIN_SITES = 10

# Electricity consumption per zone (pvd:consumptionzones): the 200 m cells of INSEE's grids, the
# latest year of the Enedis open data, the percentile flagging the highest zones, and the Enedis
# rule of no aggregate under 10 sites.
CONSUMPTION_GRID_SIZE_M = 200.0
CONSUMPTION_YEAR = 2023
CONSUMPTION_PERCENTILE = 90.0
CONSUMPTION_MIN_SITES = 10

# Before/after of renovation works (pvd:renovationeffect): the years compared, the disc around a
# works point (m).
RENOVATION_YEAR_BEFORE = 2022
RENOVATION_YEAR_AFTER = 2023
RENOVATION_POINT_RADIUS_M = 50.0
# Share of the electricity use that follows the weather (heating): a placeholder, higher where
# dwellings are heated electrically.
RENOVATION_HEATING_SHARE = 0.3
RENOVATION_MIN_SITES = 10
