"""Disclosure control: no published count of people below the threshold (§1.3.2)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from herstelstats import columns as c


@dataclass(frozen=True)
class SmallCell:
    file: str
    row: int
    measure: str

    def __str__(self) -> str:
        return f"{self.file}: row {self.row} counts {self.measure} below the threshold"


class DisclosureRisk(Exception):
    """A published table shows a count of people between 1 and the threshold."""


def small_cells(tidy: pd.DataFrame, file: str, threshold: int) -> list[SmallCell]:
    """Cells counting people that are neither 0 nor at least the threshold.

    Counts of courses are not counts of people and fall outside the rule, as in the report.
    """
    people = tidy[c.MAAT].isin(c.PERSON_MEASURES)
    value = tidy[c.WAARDE]
    risky = people & value.notna() & (value > 0) & (value < threshold)
    # Row numbers as a spreadsheet shows the CSV: the header is row 1.
    return [
        SmallCell(file, int(i) + 2, tidy.at[i, c.MAAT]) for i in tidy.index[risky.fillna(False)]
    ]


def check(tables: Iterable[tuple[str, pd.DataFrame]], threshold: int) -> str:
    """Raise DisclosureRisk listing every small cell, or return a report of what was checked."""
    found: list[SmallCell] = []
    lines = [f"Disclosure check: counts of people must be 0 or at least {threshold}."]
    for file, tidy in tables:
        cells = small_cells(tidy, file, threshold)
        found += cells
        people = int(tidy[c.MAAT].isin(c.PERSON_MEASURES).sum())
        lines.append(f"{file}: cells {len(tidy)}, counting people {people}, too small {len(cells)}")
    if found:
        raise DisclosureRisk("\n".join(str(cell) for cell in found))
    return "\n".join(lines) + "\n"
