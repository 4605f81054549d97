"""What each delivery is, and the pure step from a validated delivery to registrations."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from herstelstats import columns as c
from herstelstats.checks import parse_dutch_date
from herstelstats.reference import Inrichtingen
from herstelstats.schemas import raw as r
from herstelstats.validation import with_column_check, with_frame_check

# Delivered code -> the report's label.
SOS_CURSUS_CATEGORIE = {
    "Groepscursus": "SOS Groepscursus",
    "Individueel": "SOS Individueel",
    "Meeting HvB": "Meetings (HvB)",
    "Gespreksgroep": "SOS Gespreksgroepen",
}
SOS_VERVOLG_CATEGORIE = {"Follow Up": "SOS Follow Up", "Nazorggesprek": "SOS Nazorggesprekken"}


@dataclass(frozen=True)
class Delivery:
    """A delivery format: its schema and how its columns become registrations."""

    bron: str
    schema: type[pa.DataFrameModel]
    soort: str  # the type of institution the delivery concerns: PI or JJI
    id_column: str
    institution_column: str
    date_column: str
    categorie: Callable[[pd.DataFrame], pd.Series]
    deelnemers: Callable[[pd.DataFrame], pd.Series]


def _constant(value: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda raw: pd.Series(value, index=raw.index, dtype="str")


def _count_column(raw: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(raw[r.AANTAL_DEELNEMERS]).astype("Int64")


def _one_each(raw: pd.DataFrame) -> pd.Series:
    return pd.Series(1, index=raw.index, dtype="Int64")


def _unregistered(raw: pd.DataFrame) -> pd.Series:
    return pd.Series(pd.NA, index=raw.index, dtype="Int64")


DELIVERIES: dict[str, Delivery] = {
    "sos_cursussen": Delivery(
        bron="gevangenenzorg",
        schema=r.SosCursussenRaw,
        soort="PI",
        id_column=r.CURSUSNUMMER,
        institution_column=r.INRICHTING,
        date_column=r.STARTDATUM,
        categorie=lambda raw: raw[r.SOORT_CURSUS].map(SOS_CURSUS_CATEGORIE),
        deelnemers=_count_column,
    ),
    "sos_vervolg": Delivery(
        bron="gevangenenzorg",
        schema=r.SosVervolgRaw,
        soort="PI",
        id_column=r.REGISTRATIENUMMER,
        institution_column=r.INRICHTING,
        date_column=r.DATUM,
        categorie=lambda raw: raw[r.SOORT_VERVOLG].map(SOS_VERVOLG_CATEGORIE),
        deelnemers=_one_each,
    ),
    "mijn_kind_en_ik": Delivery(
        bron="exodus",
        schema=r.MijnKindEnIkRaw,
        soort="PI",
        id_column=r.CURSUSCODE,
        institution_column=r.LOCATIE,
        date_column=r.STARTDATUM,
        categorie=_constant("Mijn Kind en Ik"),
        deelnemers=_count_column,
    ),
    "dapper_trainingen": Delivery(
        bron="stichting180",
        schema=r.DapperTrainingenRaw,
        soort="JJI",
        id_column=r.TRAINING,
        institution_column=r.JJI,
        date_column=r.STARTDATUM,
        categorie=_constant("DAPPER"),
        deelnemers=_unregistered,
    ),
}


def raw_schema(
    delivery: Delivery, inrichtingen: Inrichtingen, registered_from: Mapping[str, int]
) -> pa.DataFrameSchema:
    """The delivery's schema plus the rules that depend on reference data and config."""
    schema = delivery.schema.to_schema()
    soort = delivery.soort
    schema = with_column_check(
        schema,
        delivery.institution_column,
        f"bekende_inrichting_{soort}",
        lambda names: names.map(lambda name: inrichtingen.knows(name, soort)),
    )

    def open_that_year(frame: pd.DataFrame) -> pd.Series:
        names, dates = frame[delivery.institution_column], frame[delivery.date_column]
        return pd.Series(
            [
                _open_or_unknown(inrichtingen, n, soort, d)
                for n, d in zip(names, dates, strict=True)
            ],
            index=frame.index,
        )

    schema = with_frame_check(
        schema,
        "inrichting_open_in_dat_jaar",
        (delivery.institution_column, delivery.date_column),
        open_that_year,
    )

    def within_registration(frame: pd.DataFrame) -> pd.Series:
        years = frame[delivery.date_column].map(lambda v: getattr(parse_dutch_date(v), "year", 0))
        start = delivery.categorie(frame).map(registered_from).fillna(0)
        return (years == 0) | (years >= start)  # a bad date is reported by its own check

    return with_frame_check(
        schema,
        "datum_binnen_registratieperiode",
        (delivery.date_column, *_category_columns(delivery)),
        within_registration,
    )


def _open_or_unknown(inrichtingen: Inrichtingen, name: str, soort: str, date: str) -> bool:
    """Open in the year of the date; an unknown name or bad date has its own check."""
    parsed = parse_dutch_date(date)
    if parsed is None or not inrichtingen.knows(name, soort):
        return True
    return inrichtingen.open_in(inrichtingen.code(name, soort), parsed.year)


def _category_columns(delivery: Delivery) -> tuple[str, ...]:
    fields = delivery.schema.to_schema().columns
    return tuple(name for name in fields if name.startswith("Soort"))


def to_registraties(
    raw: pd.DataFrame, delivery: Delivery, inrichtingen: Inrichtingen, bronbestand: str
) -> pd.DataFrame:
    """Validated delivery -> one processed registration per row, nothing dropped."""
    codes = raw[delivery.institution_column].map(
        lambda name: inrichtingen.code(name, delivery.soort)
    )
    datum = pd.to_datetime(raw[delivery.date_column], format="%d-%m-%Y").astype("datetime64[ns]")
    return pd.DataFrame(
        {
            c.BRON: delivery.bron,
            c.REGISTRATIE_ID: raw[delivery.id_column],
            c.CATEGORIE: delivery.categorie(raw).astype("str"),
            c.INRICHTING_CODE: codes.astype("str"),
            c.INRICHTING: inrichtingen.korte_naam(codes).astype("str"),
            c.DATUM: datum,
            c.JAAR: datum.dt.year.astype("int64"),
            c.DEELNEMERS: delivery.deelnemers(raw),
            c.BRONBESTAND: bronbestand,
            c.BRONRIJ: raw.index.to_numpy(dtype="int64"),
        },
        index=raw.index,
    ).astype({c.BRON: "str", c.BRONBESTAND: "str"})
