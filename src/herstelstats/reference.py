"""The reference list of institutions and the spellings organisations use for them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from herstelstats.io import read_reference
from herstelstats.schemas.reference import InrichtingenRef, VariantenRef
from herstelstats.validation import validate

_SPACES = re.compile(r"\s+")


def normalise(name: str) -> str:
    """Fold case and white space, the variation spreadsheets introduce."""
    return _SPACES.sub(" ", str(name)).strip().casefold()


@dataclass(frozen=True)
class Inrichtingen:
    """Institutions (one row each) and their name variants, keyed by type."""

    table: pd.DataFrame
    variants: dict[tuple[str, str], str]
    open_years: dict[str, tuple[str, str]]

    @classmethod
    def load(cls, inrichtingen: str | Path, varianten: str | Path) -> Inrichtingen:
        table = read_reference(inrichtingen)
        rows = read_reference(varianten)
        validate(table, InrichtingenRef.to_schema(), file=Path(inrichtingen).name, step="reference")
        validate(rows, _variants_schema(table), file=Path(varianten).name, step="reference")
        variants = {
            (normalise(v), soort): code
            for v, soort, code in zip(
                rows["variant"], rows["soort"], rows["inrichting_code"], strict=True
            )
        }
        open_years = {
            code: (start, end)
            for code, start, end in zip(
                table["inrichting_code"], table["open_vanaf"], table["open_tot"], strict=True
            )
        }
        return cls(table=table, variants=variants, open_years=open_years)

    def open_in(self, code: str, year: int) -> bool:
        """Whether the institution was open in the year (an empty bound is no bound)."""
        start, end = self.open_years[code]
        return (not start or int(start) <= year) and (not end or year <= int(end))

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


def _variants_schema(table: pd.DataFrame) -> pa.DataFrameSchema:
    """Variants point to known institutions of their own type, one institution per spelling."""
    known = set(zip(table["inrichting_code"], table["soort"], strict=True))
    schema = VariantenRef.to_schema()
    schema.checks = [
        *schema.checks,
        pa.Check(
            lambda df: pd.Series(
                [(c, s) in known for c, s in zip(df["inrichting_code"], df["soort"], strict=True)],
                index=df.index,
            ),
            name="verwijst_naar_bekende_inrichting_van_die_soort",
        ),
        pa.Check(
            lambda df: ~(df["variant"].map(normalise) + "|" + df["soort"]).duplicated(keep=False),
            name="spelling_eenduidig_per_soort",
        ),
    ]
    return schema
