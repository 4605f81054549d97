"""Schemas of what the pipeline writes: processed registrations and tidy statistics."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from herstelstats import columns as c

BRONNEN = ("gevangenenzorg", "exodus", "stichting180", "perspectief")


class CursusRegistratie(pa.DataFrameModel):
    """One validated registration: a course given, or a participant in a follow-up."""

    bron: Series[str] = pa.Field(isin=BRONNEN)
    registratie_id: Series[str] = pa.Field(unique=True)
    categorie: Series[str] = pa.Field(str_length={"min_value": 1})
    inrichting_code: Series[str] = pa.Field(str_matches=r"^(PI|JJI)-[A-Z]{3}$")
    inrichting: Series[str] = pa.Field(str_length={"min_value": 1})
    datum: Series[pd.Timestamp]
    jaar: Series[int] = pa.Field(ge=1990, le=2100)
    deelnemers: Series[pd.Int64Dtype] = pa.Field(ge=1, nullable=True)
    bronbestand: Series[str]
    bronrij: Series[int] = pa.Field(ge=2, unique=True)

    class Config:
        strict = "filter"
        ordered = True

    @pa.dataframe_check(name="jaar_is_jaar_van_datum")
    def jaar_is_jaar_van_datum(cls, df: pd.DataFrame) -> pd.Series:
        return df[c.DATUM].dt.year == df[c.JAAR]


class Statistiek(pa.DataFrameModel):
    """A tidy published statistic, keyed like the register of published numbers."""

    tabel: Series[str] = pa.Field(str_length={"min_value": 1})
    bron: Series[str] = pa.Field(isin=BRONNEN)
    groep: Series[str]
    categorie: Series[str]
    inrichting: Series[str]
    jaar: Series[str] = pa.Field(str_matches=r"^\d{4}(-\d{4})?$")
    maat: Series[str] = pa.Field(str_matches=r"^[a-z_]+$")
    waarde: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    status: Series[str] = pa.Field(isin=("", c.NIET_GEREGISTREERD, c.ONDERDRUKT, c.NVT))

    class Config:
        strict = True
        ordered = True
        unique = ["tabel", *c.KEY]

    @pa.dataframe_check(name="waarde_ontbreekt_alleen_als_niet_geregistreerd")
    def waarde_ontbreekt_alleen_als_niet_geregistreerd(cls, df: pd.DataFrame) -> pd.Series:
        missing = (c.NIET_GEREGISTREERD, c.ONDERDRUKT, c.NVT)
        return df[c.WAARDE].isna() == df[c.STATUS].isin(missing)


class Zaak(pa.DataFrameModel):
    """One validated Perspectief case, with the derived year, outcome and duration class."""

    zaak_id: Series[str] = pa.Field(unique=True)
    groep: Series[str] = pa.Field(isin=("PI", "zelfaanmelders", "JJI"))
    inrichting_code: Series[str] = pa.Field(str_matches=r"^(PI|JJI)-[A-Z]{3}$")
    inrichting: Series[str]
    aanmelddatum: Series[pd.Timestamp]
    aanmeldjaar: Series[int]
    uitgezet: Series[bool]
    datum_uitgezet: Series[pd.Timestamp] = pa.Field(nullable=True)
    afgesloten: Series[bool]
    datum_afgesloten: Series[pd.Timestamp] = pa.Field(nullable=True)
    afsluitjaar: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    contact: Series[pd.BooleanDtype] = pa.Field(nullable=True)
    vorm_contact: Series[str]
    reden: Series[str]
    duur_dagen: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    duurklasse: Series[pd.StringDtype] = pa.Field(nullable=True)
    bronbestand: Series[str]
    bronrij: Series[int] = pa.Field(ge=2, unique=True)

    class Config:
        strict = True
        ordered = True

    @pa.dataframe_check(name="afgesloten_heeft_uitkomst_en_duur")
    def afgesloten_heeft_uitkomst_en_duur(cls, df: pd.DataFrame) -> pd.Series:
        complete = df["contact"].notna() & df["duurklasse"].notna()
        return complete == df["afgesloten"]


class Delict(pa.DataFrameModel):
    """One offence of a case, with its delict category."""

    zaak_id: Series[str]
    wetsartikel: Series[str]
    delictcategorie: Series[str] = pa.Field(str_length={"min_value": 1})
    bronbestand: Series[str]
    bronrij: Series[int] = pa.Field(ge=2, unique=True)

    class Config:
        strict = True
        ordered = True
        unique = ["zaak_id", "wetsartikel"]
