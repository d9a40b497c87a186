"""Money rules of a connection (raccordement): what the works cost and what Enedis bills.

Two figures answer two questions:

- the *works cost* (``total_eur``): trench metres × €/m plus a fixed cost, what the
  works cost whoever pays them; ``part_demandeur_eur`` is that total less the
  réfaction (the share the network tariff, TURPE, covers);
- the *contribution* the requester is billed under the Enedis price schedule
  (barème Enedis-PRO-RAC_03E, v7.1 in force since 3 August 2024, +1.58 % in 2025),
  after the arrêté of 28 August 2007, art. 6:
  branchement ``P = (1 − s) × (CfB + CvB × LB)``, extension
  ``C = (1 − r) × (CfE + CvE × LE)``, réfaction r = s = 40 % for consumers
  (arrêté of 30 November 2017). A site within 30 m of the low-voltage network is
  *desservi*: branchement only; beyond, the first 30 m are the branchement
  (``LB``) and the rest the extension (``LE``). Since loi 2025-391 the extension
  contribution is due from the planning-permit holder (code de l'urbanisme L332-6).

The coefficients depend on the requested power: a barème is a list of
:class:`Band`, one per power band (upper bound in kVA). The official values are
tables of the barème; :data:`DEFAULT_BAREME` is indicative only, to be replaced
by the schedule in force. Lengths in metres, powers in kVA, money in euros.
"""
import math
from dataclasses import dataclass

from .defaults import BAREME_ROWS
from .defaults import REFACTION as DEFAULT_REFACTION
from .messages import N_, UserError

#: Longest individual line of a branchement (type 1): beyond it the site needs an extension.
BRANCHEMENT_MAX_M = 30.0
#: Columns of one barème row, in order.
BAREME_COLUMNS = ("max_kva", "cfb_eur", "cvb_eur_m", "cfe_eur", "cve_eur_m")


@dataclass(frozen=True)
class Band:
    """Coefficients of one power band: up to ``max_kva`` kVA; fixed € and €/m of each part."""

    max_kva: float
    cfb_eur: float
    cvb_eur_m: float
    cfe_eur: float
    cve_eur_m: float


#: The indicative barème of :data:`defaults.BAREME_ROWS` (not the official tables).
DEFAULT_BAREME = tuple(Band(*row) for row in BAREME_ROWS)


def flatten(bands):
    """A barème as the flat list of a Processing matrix parameter (row after row)."""
    return [value for band in bands for value in (band.max_kva, band.cfb_eur, band.cvb_eur_m,
                                                  band.cfe_eur, band.cve_eur_m)]


def parse_bareme(values):
    """Bands from a flat list of numbers, 5 per row (see :data:`BAREME_COLUMNS`).

    Raises :class:`UserError` when the count is not a multiple of 5, a value is
    not a number or is negative, or the upper bounds do not increase.
    """
    from .numbers import Unreadable, parse_number  # numpy: imported when a barème is read

    values = [] if values is None else list(values)
    if not values or len(values) % len(BAREME_COLUMNS):
        raise UserError(N_("BAREME needs rows of 5 numbers (upper bound kVA, CfB €, CvB €/m, CfE €, CvE €/m); "
                           "got {0} value(s)."), len(values))
    numbers = []
    for position, value in enumerate(values):
        try:
            number = parse_number(value)
        except Unreadable:
            number = None
        if number is None or number < 0:
            raise UserError(N_("BAREME row {0}, column {1}: '{2}' is not a number ≥ 0."),
                            position // 5 + 1, BAREME_COLUMNS[position % 5], value)
        numbers.append(number)
    bands = [Band(*numbers[start:start + 5]) for start in range(0, len(numbers), 5)]
    for previous, band in zip(bands, bands[1:]):
        if band.max_kva <= previous.max_kva:
            raise UserError(N_("BAREME: the upper bounds (kVA) must increase from row to row; {0} follows {1}."),
                            band.max_kva, previous.max_kva)
    return bands


def band_for(bands, power_kva):
    """The band of a requested power: the first whose upper bound is ≥ it; None above the last."""
    for band in bands:
        if power_kva <= band.max_kva:
            return band
    return None


def bands_for(bands, powers_kva):
    """(band or None of each requested power, positions without a power, positions beyond the barème).

    A power that is missing or not finite (NaN) has no band and is *unknown*; a finite power
    that no band takes (above the last upper bound, or negative) is *beyond*. No band, no
    contribution.
    """
    found, unknown, beyond = [], [], []
    for position, power in enumerate(powers_kva):
        known = power is not None and math.isfinite(power)
        band = band_for(bands, power) if known and power >= 0 else None
        found.append(band)
        if band is None:
            (beyond if known else unknown).append(position)
    return found, unknown, beyond


@dataclass(frozen=True)
class Contribution:
    """What the requester is billed for one connection, after réfaction (euros, metres)."""

    lb_m: float
    le_m: float
    branchement_eur: float
    extension_eur: float

    @property
    def total_eur(self):
        return self.branchement_eur + self.extension_eur


def contribution(length_m, band, refaction=DEFAULT_REFACTION):
    """Contribution of a connection of ``length_m`` metres priced with ``band``.

    ``LB = min(length, 30 m)``, ``LE = length − LB``; branchement
    ``(1 − refaction)(CfB + CvB × LB)``; extension ``(1 − refaction)(CfE + CvE × LE)``,
    0 when ``LE = 0`` (a desservi site needs no extension).
    """
    if not 0.0 <= refaction <= 1.0:
        raise ValueError("refaction must be between 0 and 1, got {}".format(refaction))
    lb = min(length_m, BRANCHEMENT_MAX_M)
    le = max(length_m - BRANCHEMENT_MAX_M, 0.0)
    share = 1.0 - refaction
    branchement = share * (band.cfb_eur + band.cvb_eur_m * lb)
    extension = share * (band.cfe_eur + band.cve_eur_m * le) if le > 0 else 0.0
    return Contribution(lb, le, branchement, extension)


def nature(length_m):
    """'branchement' for a route up to 30 m (a desservi site), else 'extension'."""
    return "branchement" if length_m <= BRANCHEMENT_MAX_M else "extension"


def works_totals(cost_eur, fixed_eur, refaction=DEFAULT_REFACTION):
    """(total_eur, part_demandeur_eur) of the works: trench cost + fixed cost, and that after réfaction."""
    total = cost_eur + fixed_eur
    return total, total * (1.0 - refaction)


def works_total(trench_eur, fixed_eur, connections):
    """The works cost of several connections: their trenches plus the fixed cost of each."""
    return trench_eur + fixed_eur * connections


def saving(independent_eur, shared_eur):
    """(saving €, saving % of the independent total) of shared trenches; 0 % when that total is 0."""
    saved = independent_eur - shared_eur
    return saved, 100.0 * saved / independent_eur if independent_eur else 0.0
