"""Dutch number formatting in the style of the WODC report."""

from __future__ import annotations

import math
import numbers

import pandas as pd

ONBEKEND = "-"
"""Printed for a value that was not registered."""


def _geheel(n: object, naam: str = "n") -> int:
    """Return n as int, rejecting bools and non-integral numbers."""
    # bool is an Integral, but True printed as "1" would hide a bug upstream.
    if isinstance(n, bool) or not isinstance(n, numbers.Real):
        raise TypeError(f"{naam} moet een geheel getal zijn, niet {type(n).__name__}")
    if isinstance(n, numbers.Integral):
        return int(n)
    if not math.isfinite(float(n)) or not float(n).is_integer():
        raise ValueError(f"{naam} moet een geheel getal zijn, niet {n!r}")
    return int(n)


def getal(n: int) -> str:
    """Format an integer with a dot as thousands separator: 2437 -> '2.437'."""
    waarde = _geheel(n)
    teken = "-" if waarde < 0 else ""
    return teken + f"{abs(waarde):,}".replace(",", ".")


def cursussen_met_deelnemers(cursussen: int, deelnemers: int) -> str:
    """Format a course cell: (16, 119) -> '16 (119 deelnemers)'; (0, 0) -> '0'."""
    c = _geheel(cursussen, "cursussen")
    d = _geheel(deelnemers, "deelnemers")
    if c == 0 and d == 0:
        # The report prints a bare 0 for a year without courses.
        return "0"
    woord = "deelnemer" if d == 1 else "deelnemers"
    return f"{getal(c)} ({getal(d)} {woord})"


def procent(teller: int, noemer: int) -> str:
    """Format teller/noemer as a whole percentage, rounding half away from zero."""
    t = _geheel(teller, "teller")
    n = _geheel(noemer, "noemer")
    if n <= 0:
        raise ValueError(f"noemer moet positief zijn, niet {n}")
    # Integer arithmetic: round() would round 12.5 to 12 (banker's rounding).
    quotient, rest = divmod(abs(t) * 100, n)
    if 2 * rest >= n:
        quotient += 1
    return f"{-quotient if t < 0 else quotient}%"


def _ontbreekt(waarde: object) -> bool:
    """Tell whether a scalar is None, pd.NA, NaN or NaT."""
    if waarde is None:
        return True
    try:
        return bool(pd.isna(waarde))
    except (TypeError, ValueError):
        # pd.isna on a list-like returns an array; that is not a missing scalar.
        return False


def cel(waarde: object) -> str:
    """Format a table cell: '-' for a missing value, else the Dutch integer."""
    if _ontbreekt(waarde):
        return ONBEKEND
    return getal(waarde)  # type: ignore[arg-type]
