"""One rounding rule for every figure: half away from zero, once, from the true value.

The rule, everywhere a figure is shown (the report, the dashboard, the calendar, the coach
summary) or written (``--json``):

- A figure is computed unrounded (``queries`` return true values) and rounded once, where it
  is shown: one decimal for people (:func:`shown`), two in JSON (:func:`for_json`), a whole
  number where a cell holds one digit (:func:`whole`).
- A tie goes away from zero: a mean of exactly 5.55 is 5.6 and −0.25 is −0.3, in every
  output. Binary floating point keeps 5.55 as 5.5499999…, so the value is first taken to nine
  decimals (far below anything a journal can tell apart) to recover the number it stands for.
- A difference shown next to the two figures it compares is the difference of those two shown
  figures (:func:`shown_difference`), so what people read adds up: true means 6.8 and 4.55
  read "6.8 vs 4.6: +2.2". Rounding the true difference (+2.25 → +2.3) would not subtract.
  Rules that act on a difference (the sharp-dip signal) judge the true value.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

_CLEAN = 9  # decimals that undo binary noise before rounding
_NEAR_TIE = 1e-6  # farther than this from a tie, plain rounding to the nearest is exact


def half_away(value: float, places: int = 1) -> float:
    """``value`` rounded to ``places`` decimals, a tie away from zero (5.55 → 5.6, −2.25 → −2.3)."""
    scale = 10**places
    scaled = abs(value) * scale
    if abs(scaled - math.floor(scaled) - 0.5) > _NEAR_TIE:  # no tie in sight: the nearest
        result = round(scaled) / scale
        return (-result if value < 0 else result) + 0.0  # + 0.0: never a "-0.0"
    exact = Decimal(repr(round(value, _CLEAN)))
    # Decimal's ROUND_HALF_UP sends a tie away from zero, for negative numbers too.
    return float(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)) + 0.0


def shown(value: float | None) -> float | None:
    """A figure as people read it: one decimal (``None`` stays ``None``)."""
    return None if value is None else half_away(value, 1)


def shown_difference(first: float, second: float) -> float:
    """``first − second`` as the difference of the two figures as shown, so the text adds up."""
    return half_away(half_away(first, 1) - half_away(second, 1), 1)


def whole(value: float) -> int:
    """A figure as a whole number (4.5 → 5), for a cell that holds one digit."""
    return int(half_away(value, 0))


def for_json(figures: Any) -> Any:
    """The same figures with every float rounded to two decimals, for ``--json``."""
    if isinstance(figures, float):
        return half_away(figures, 2)
    if isinstance(figures, dict):
        return {key: for_json(value) for key, value in figures.items()}
    if isinstance(figures, list):
        return [for_json(value) for value in figures]
    return figures
