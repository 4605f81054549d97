"""Schemas of the raw deliveries, as the organisations write them (every value still text).

Reference-dependent rules (known institutions, registration periods) are added at run time
by herstelstats.validation, because they depend on data/reference and the config.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

import herstelstats.checks  # noqa: F401  (registers the custom checks)
from herstelstats.checks import parse_dutch_date

# Column names exactly as delivered.
CURSUSNUMMER = "Cursusnummer"
SOORT_CURSUS = "Soort cursus"
INRICHTING = "Inrichting"
STARTDATUM = "Startdatum"
EINDDATUM = "Einddatum"
AANTAL_DEELNEMERS = "Aantal deelnemers"
REGISTRATIENUMMER = "Registratienummer"
SOORT_VERVOLG = "Soort vervolg"
DATUM = "Datum"
CURSUSCODE = "Cursuscode"
LOCATIE = "Locatie"
TRAINING = "Training"
JJI = "JJI"

# Code lists of the deliveries.
SOS_CURSUSVORMEN = ("Groepscursus", "Individueel", "Meeting HvB", "Gespreksgroep")
SOS_VERVOLGVORMEN = ("Follow Up", "Nazorggesprek")
MAX_DEELNEMERS = 30  # no course in these registrations is larger; more is a typing error

Identifier = partial(pa.Field, unique=True, str_matches=r"^\S+$")
Code = partial(pa.Field, not_blank=())
Datum = partial(pa.Field, dutch_date=())
Deelnemers = partial(pa.Field, whole_number_between={"min_value": 1, "max_value": MAX_DEELNEMERS})


class _Delivery(pa.DataFrameModel):
    class Config:
        strict = True  # an unexpected or missing column is a different delivery format
        coerce = False


class SosCursussenRaw(_Delivery):
    """Gevangenenzorg Nederland: one row per SOS course given."""

    cursusnummer: Series[str] = Identifier(alias=CURSUSNUMMER)
    soort_cursus: Series[str] = pa.Field(alias=SOORT_CURSUS, isin=SOS_CURSUSVORMEN)
    inrichting: Series[str] = Code(alias=INRICHTING)
    startdatum: Series[str] = Datum(alias=STARTDATUM)
    aantal_deelnemers: Series[str] = Deelnemers(alias=AANTAL_DEELNEMERS)

    @pa.dataframe_check(name="individueel_heeft_1_deelnemer")
    def individueel_heeft_1_deelnemer(cls, df: pd.DataFrame) -> pd.Series:
        return (df[SOORT_CURSUS] != "Individueel") | (df[AANTAL_DEELNEMERS] == "1")


class SosVervolgRaw(_Delivery):
    """Gevangenenzorg Nederland: one row per participant in a follow-up to an SOS course."""

    registratienummer: Series[str] = Identifier(alias=REGISTRATIENUMMER)
    soort_vervolg: Series[str] = pa.Field(alias=SOORT_VERVOLG, isin=SOS_VERVOLGVORMEN)
    inrichting: Series[str] = Code(alias=INRICHTING)
    datum: Series[str] = Datum(alias=DATUM)


class MijnKindEnIkRaw(_Delivery):
    """Exodus: one row per Mijn Kind en Ik course."""

    cursuscode: Series[str] = Identifier(alias=CURSUSCODE)
    locatie: Series[str] = Code(alias=LOCATIE)
    startdatum: Series[str] = Datum(alias=STARTDATUM)
    einddatum: Series[str] = Datum(alias=EINDDATUM)
    aantal_deelnemers: Series[str] = Deelnemers(alias=AANTAL_DEELNEMERS)

    @pa.dataframe_check(name="einddatum_niet_voor_startdatum")
    def einddatum_niet_voor_startdatum(cls, df: pd.DataFrame) -> pd.Series:
        start = df[STARTDATUM].map(parse_dutch_date)
        end = df[EINDDATUM].map(parse_dutch_date)
        unknown = start.isna() | end.isna()  # a bad date is reported by its own check
        return unknown | (end >= start)


class DapperTrainingenRaw(_Delivery):
    """Stichting 180: one row per DAPPER training; participants are not registered."""

    training: Series[str] = Identifier(alias=TRAINING)
    jji: Series[str] = Code(alias=JJI)
    startdatum: Series[str] = Datum(alias=STARTDATUM)


# Columns each dataframe-level rule reads, so that a violation names them.
RULE_COLUMNS = {
    "individueel_heeft_1_deelnemer": (SOORT_CURSUS, AANTAL_DEELNEMERS),
    "einddatum_niet_voor_startdatum": (STARTDATUM, EINDDATUM),
}
