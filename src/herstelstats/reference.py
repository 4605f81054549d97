"""The reference list of institutions and the spellings organisations use for them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from herstelstats.io import read_reference

_SPACES = re.compile(r"\s+")


def normalise(name: str) -> str:
    """Fold case and white space, the variation spreadsheets introduce."""
    return _SPACES.sub(" ", str(name)).strip().casefold()


@dataclass(frozen=True)
class Inrichtingen:
    """Institutions (one row each) and their name variants, keyed by type."""

    table: pd.DataFrame
    variants: dict[tuple[str, str], str]

    @classmethod
    def load(cls, inrichtingen: str | Path, varianten: str | Path) -> Inrichtingen:
        table = read_reference(inrichtingen)
        rows = read_reference(varianten)
        variants = {
            (normalise(v), soort): code
            for v, soort, code in zip(
                rows["variant"], rows["soort"], rows["inrichting_code"], strict=True
            )
        }
        return cls(table=table, variants=variants)

    def knows(self, name: str, soort: str) -> bool:
        return (normalise(name), soort) in self.variants

    def code(self, name: str, soort: str) -> str:
        """The institution code of a name, given the type the delivery concerns."""
        return self.variants[(normalise(name), soort)]

    def korte_naam(self, codes: pd.Series) -> pd.Series:
        names = dict(zip(self.table["inrichting_code"], self.table["korte_naam"], strict=True))
        return codes.map(names)

    def of_type(self, soort: str) -> pd.DataFrame:
        """Institutions of a type that the study covers, in reference order."""
        table = self.table
        return table[(table["soort"] == soort) & (table["in_onderzoek"] == "ja")]
