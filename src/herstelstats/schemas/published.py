"""Schemas of the register of published numbers and of the readings of its conflicts."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

import herstelstats.checks  # noqa: F401  (registers the custom checks)

EENHEDEN = ("aantal", "procent", "lijst", "niet geregistreerd", "niet gepubliceerd")
AFRONDINGEN = (
    "exact", "geheel procent", "omschrijving", "impliciet", "bovengrens", "ondergrens", "",
)  # fmt: skip


class RegisterEntry(pa.DataFrameModel):
    """One number as the report prints it, keyed like a regenerated statistic."""

    id: Series[str] = pa.Field(unique=True, str_matches=r"^[A-Za-z0-9_.\-]+$")
    bron: Series[str] = pa.Field(isin=("gevangenenzorg", "exodus", "stichting180", "perspectief"))
    groep: Series[str] = pa.Field(isin=("", "PI", "zelfaanmelders", "volwassenen", "JJI"))
    maat: Series[str] = pa.Field(not_blank=())
    categorie: Series[str]
    inrichting: Series[str]
    jaar: Series[str] = pa.Field(str_matches=r"^(\d{4}(-\d{4})?)?$")
    waarde: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    waarde_gedrukt: Series[str]
    eenheid: Series[str] = pa.Field(isin=EENHEDEN)
    afronding: Series[str] = pa.Field(isin=AFRONDINGEN)
    noemer: Series[str] = pa.Field(str_matches=r"^(\d+)?$")
    vindplaats: Series[str] = pa.Field(not_blank=())
    tabel: Series[str]
    rij: Series[str]
    kolom: Series[str]
    pagina: Series[str] = pa.Field(str_matches=r"^(\d+)?$")
    citaat: Series[str]

    class Config:
        strict = True
        ordered = True

    @pa.dataframe_check(name="getal_als_het_een_getal_is")
    def getal_als_het_een_getal_is(cls, df: pd.DataFrame) -> pd.Series:
        numeric = df["eenheid"].isin(("aantal", "procent")) & (df["afronding"] != "omschrijving")
        return ~numeric | df["waarde"].notna()

    @pa.dataframe_check(name="geen_getal_als_er_geen_is")
    def geen_getal_als_er_geen_is(cls, df: pd.DataFrame) -> pd.Series:
        without = df["eenheid"].isin(("lijst", "niet geregistreerd", "niet gepubliceerd"))
        return ~without | df["waarde"].isna()


class Lezing(pa.DataFrameModel):
    """For one inconsistency: which printed numbers the reconstruction rejects, and why."""

    bevinding: Series[str] = pa.Field(unique=True, not_blank=())
    verworpen: Series[str] = pa.Field(str_matches=r"^(\S+( \S+)*)?$")
    vervangen: Series[str] = pa.Field(str_matches=r"^(\S+=\d+( \S+=\d+)*)?$")
    reden: Series[str] = pa.Field(not_blank=())

    class Config:
        strict = True


RULE_COLUMNS = {
    "getal_als_het_een_getal_is": ("eenheid", "afronding", "waarde"),
    "geen_getal_als_er_geen_is": ("eenheid", "waarde"),
}
