"""Applying the readings of data/published/lezing.csv, round by round, until nothing conflicts.

A reading rejects printed numbers that a finding implicates and may give the value a count
takes instead, as the finding's relation derives it (558 -> 588). Correcting a total can expose
the next conflict (92% of 558 fits the years, 92% of 588 does not); the next round finds it,
and it needs a reading of its own. The register after the last round is the one consistent
reading that the reconstructed raw data follow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from herstelstats import columns as c
from herstelstats.consistency import Finding, findings

MAX_ROUNDS = 8


@dataclass
class Resolution:
    rounds: list[list[Finding]] = field(default_factory=list)
    corrected: pd.DataFrame | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def all_findings(self) -> list[tuple[int, Finding]]:
        return [(i, f) for i, found in enumerate(self.rounds, start=1) for f in found]


def replacements(readings: pd.DataFrame) -> dict[str, int]:
    """Register id -> the value the reading gives it instead."""
    pairs = (pair.split("=") for text in readings["vervangen"] for pair in text.split())
    return {entry: int(value) for entry, value in pairs}


def apply(register: pd.DataFrame, readings: pd.DataFrame) -> pd.DataFrame:
    """The register without the rejected numbers, with the corrected values in their place."""
    rejected = {e for ids in readings["verworpen"] for e in ids.split()}
    replaced = replacements(readings)
    kept = register[~register["id"].isin(rejected)]
    corrected = register[register["id"].isin(replaced)].copy()
    corrected[c.WAARDE] = corrected["id"].map(replaced).astype("Int64")
    corrected["id"] = corrected["id"] + "~lezing"
    return pd.concat([kept, corrected])


def _check_reading(finding: Finding, reading: pd.Series) -> list[str]:
    named = [*reading["verworpen"].split(), *replacements(reading.to_frame().T)]
    return [
        f"lezing van {finding.id} noemt {entry}, dat er niet in voorkomt"
        for entry in named
        if entry not in finding.entries
    ]


def resolve(register: pd.DataFrame, readings: pd.DataFrame, years: Sequence[int]) -> Resolution:
    """Find, apply the readings, find again; stop when consistent or when a reading is missing."""
    result, current, seen = Resolution(), register, set()
    by_id = readings.set_index("bevinding", drop=False)
    for _ in range(MAX_ROUNDS):
        found = findings(current, years)
        if not found:
            break
        result.rounds.append(found)
        missing = [f.id for f in found if f.id not in by_id.index]
        again = [f.id for f in found if f.id in seen]
        result.problems += [f"geen lezing voor bevinding {i}" for i in missing]
        result.problems += [f"de lezing lost bevinding {i} niet op" for i in again]
        if missing or again:
            break
        for f in found:
            result.problems += _check_reading(f, by_id.loc[f.id])
        seen |= {f.id for f in found}
        current = apply(current, by_id.loc[[f.id for f in found]])
    known = {f.id for _, f in result.all_findings}
    result.problems += [
        f"lezing voor onbekende bevinding {b}" for b in by_id.index if b not in known
    ]
    result.corrected = current
    return result
