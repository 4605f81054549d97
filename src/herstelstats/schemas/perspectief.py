"""Schemas of Perspectief Herstelbemiddeling's case export: cases, and offences per case.

Rules that need reference data (institutions, articles of law, the cases of the other file)
are added at run time by herstelstats.perspectief.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

import herstelstats.checks  # noqa: F401  (registers the custom checks)
from herstelstats.checks import parse_dutch_date

ZAAKNUMMER = "Zaaknummer"
AANMELDDATUM = "Aanmelddatum"
SOORT_AANMELDING = "Soort aanmelding"
INRICHTING = "Inrichting"
DATUM_UITGEZET = "Datum uitgezet"
DATUM_AFGESLOTEN = "Datum afgesloten"
RESULTAAT = "Resultaat"
VORM_CONTACT = "Vorm contact"
REDEN = "Reden zonder contact"
WETSARTIKEL = "Wetsartikel"

SOORTEN = ("PI", "JJI", "Zelfmelder")
CONTACT, GEEN_CONTACT = "Contact", "Geen contact"
VORMEN = ("Briefuitwisseling", "Gesprek op locatie", "Pendelbemiddeling")
REDENEN = (
    "Slachtoffer gaat niet in op uitnodiging of wil niet deelnemen",
    "Bemiddelaar stopt traject",
    "Gedetineerde trekt zich terug of kan niet worden bereikt",
    "Geen gegevens slachtoffer beschikbaar",
    "Andere reden",
)
CASE_ID = r"^PH-\d{4}-\d{4}$"

Zaaknummer = partial(pa.Field, alias=ZAAKNUMMER, str_matches=CASE_ID)
OptionalDate = partial(pa.Field, str_matches=r"^(\d{2}-\d{2}-\d{4})?$")


def _dates(df: pd.DataFrame, column: str) -> pd.Series:
    return df[column].map(lambda v: parse_dutch_date(v) if v else None)


class ZakenRaw(pa.DataFrameModel):
    """One row per registration for mediation where the offender is detained."""

    zaaknummer: Series[str] = Zaaknummer(unique=True)
    aanmelddatum: Series[str] = pa.Field(alias=AANMELDDATUM, dutch_date=())
    soort_aanmelding: Series[str] = pa.Field(alias=SOORT_AANMELDING, isin=SOORTEN)
    inrichting: Series[str] = pa.Field(alias=INRICHTING, not_blank=())
    datum_uitgezet: Series[str] = OptionalDate(alias=DATUM_UITGEZET)
    datum_afgesloten: Series[str] = OptionalDate(alias=DATUM_AFGESLOTEN)
    resultaat: Series[str] = pa.Field(alias=RESULTAAT, isin=("", CONTACT, GEEN_CONTACT))
    vorm_contact: Series[str] = pa.Field(alias=VORM_CONTACT, isin=("", *VORMEN))
    reden: Series[str] = pa.Field(alias=REDEN, isin=("", *REDENEN))

    class Config:
        strict = True
        coerce = False

    @pa.dataframe_check(name="datums_op_volgorde")
    def datums_op_volgorde(cls, df: pd.DataFrame) -> pd.Series:
        registered, passed, closed = (
            _dates(df, c) for c in (AANMELDDATUM, DATUM_UITGEZET, DATUM_AFGESLOTEN)
        )
        first = passed.isna() | registered.isna() | (registered <= passed)
        second = closed.isna() | passed.isna() | (passed <= closed)
        return first & second

    @pa.dataframe_check(name="afgesloten_alleen_na_uitzetten")
    def afgesloten_alleen_na_uitzetten(cls, df: pd.DataFrame) -> pd.Series:
        return (df[DATUM_AFGESLOTEN] == "") | (df[DATUM_UITGEZET] != "")

    @pa.dataframe_check(name="resultaat_dan_en_slechts_dan_als_afgesloten")
    def resultaat_dan_en_slechts_dan_als_afgesloten(cls, df: pd.DataFrame) -> pd.Series:
        return (df[RESULTAAT] == "") == (df[DATUM_AFGESLOTEN] == "")

    @pa.dataframe_check(name="vorm_dan_en_slechts_dan_als_contact")
    def vorm_dan_en_slechts_dan_als_contact(cls, df: pd.DataFrame) -> pd.Series:
        return (df[VORM_CONTACT] != "") == (df[RESULTAAT] == CONTACT)

    @pa.dataframe_check(name="reden_dan_en_slechts_dan_als_geen_contact")
    def reden_dan_en_slechts_dan_als_geen_contact(cls, df: pd.DataFrame) -> pd.Series:
        return (df[REDEN] != "") == (df[RESULTAAT] == GEEN_CONTACT)


class DelictenRaw(pa.DataFrameModel):
    """One row per case and article of law (a case can carry several)."""

    zaaknummer: Series[str] = Zaaknummer()
    wetsartikel: Series[str] = pa.Field(alias=WETSARTIKEL, not_blank=())

    class Config:
        strict = True
        coerce = False
        unique = [ZAAKNUMMER, WETSARTIKEL]


RULE_COLUMNS = {
    "datums_op_volgorde": (AANMELDDATUM, DATUM_UITGEZET, DATUM_AFGESLOTEN),
    "afgesloten_alleen_na_uitzetten": (DATUM_UITGEZET, DATUM_AFGESLOTEN),
    "resultaat_dan_en_slechts_dan_als_afgesloten": (DATUM_AFGESLOTEN, RESULTAAT),
    "vorm_dan_en_slechts_dan_als_contact": (RESULTAAT, VORM_CONTACT),
    "reden_dan_en_slechts_dan_als_geen_contact": (RESULTAAT, REDEN),
}
