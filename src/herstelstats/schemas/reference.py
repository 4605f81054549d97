"""Schemas of the reference tables in data/reference."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

import herstelstats.checks  # noqa: F401  (registers the custom checks)

YEAR_OR_EMPTY = r"^(\d{4})?$"


class InrichtingenRef(pa.DataFrameModel):
    """One row per institution, with the years it was open (empty: no bound)."""

    inrichting_code: Series[str] = pa.Field(unique=True, str_matches=r"^(PI|JJI)-[A-Z]{3}$")
    officiele_naam: Series[str] = pa.Field(unique=True, not_blank=())
    korte_naam: Series[str] = pa.Field(not_blank=())
    soort: Series[str] = pa.Field(isin=("PI", "JJI"))
    open_vanaf: Series[str] = pa.Field(str_matches=YEAR_OR_EMPTY)
    open_tot: Series[str] = pa.Field(str_matches=YEAR_OR_EMPTY)
    in_onderzoek: Series[str] = pa.Field(isin=("ja", "nee"))
    bron_in_rapport: Series[str]

    class Config:
        strict = True
        unique = ["soort", "korte_naam"]

    @pa.dataframe_check(name="open_vanaf_niet_na_open_tot")
    def open_vanaf_niet_na_open_tot(cls, df: pd.DataFrame) -> pd.Series:
        bounded = (df["open_vanaf"] != "") & (df["open_tot"] != "")
        return ~bounded | (df["open_vanaf"] <= df["open_tot"])

    @pa.dataframe_check(name="code_past_bij_soort")
    def code_past_bij_soort(cls, df: pd.DataFrame) -> pd.Series:
        return df["inrichting_code"].str.split("-").str[0] == df["soort"]


class VariantenRef(pa.DataFrameModel):
    """Spellings organisations use, each pointing to one institution of one type."""

    variant: Series[str] = pa.Field(not_blank=())
    soort: Series[str] = pa.Field(isin=("PI", "JJI"))
    inrichting_code: Series[str] = pa.Field(str_matches=r"^(PI|JJI)-[A-Z]{3}$")

    class Config:
        strict = True


# Columns each rule across columns reads, so that a violation names them.
RULE_COLUMNS = {
    "open_vanaf_niet_na_open_tot": ("open_vanaf", "open_tot"),
    "code_past_bij_soort": ("inrichting_code", "soort"),
    "verwijst_naar_bekende_inrichting_van_die_soort": ("inrichting_code", "soort"),
    "spelling_eenduidig_per_soort": ("variant", "soort"),
}
