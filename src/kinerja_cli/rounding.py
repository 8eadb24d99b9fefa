"""Rounding for display: half away from zero, as Excel and published tables do.

Python's ``round`` and numpy/pandas round half to even (``round(2.675, 2) == 2.67`` and
``round(0.125, 2) == 0.12``); a BKD officer checking by hand expects 2.68 and 0.13. Compute in
full precision everywhere, call :func:`round_half_up` only where a number is shown or written.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal

_CONTEXT = Context(prec=400, rounding=ROUND_HALF_UP)
"""Enough digits for any finite float (at most 309 before the point), so quantizing never
raises ``InvalidOperation``: arithmetic on a number that got through never stops a command."""


def round_half_up(value: float | None, places: int = 2) -> float | None:
    """``value`` rounded half away from zero to ``places`` decimals (None, NaN and infinity
    pass through; never raises for a float, however large).

    The shortest decimal representation of the float is rounded (``repr``), so 2.675, stored
    as 2.67499999..., still rounds to 2.68 as a person reading "2.675" expects.
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return value
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(float(value))).quantize(quantum, context=_CONTEXT))
