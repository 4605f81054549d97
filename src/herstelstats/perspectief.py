"""Perspectief Herstelbemiddeling's case export: validation rules and processed cases.

Pure functions: the raw schemas plus the rules that need reference data, and the step from a
validated export to one processed row per case and one per offence.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from herstelstats.reference import Inrichtingen
from herstelstats.schemas import perspectief as p
from herstelstats.schemas.delicten import normalise_article
from herstelstats.validation import with_column_check, with_frame_check

GROEP = {"PI": "PI", "Zelfmelder": "zelfaanmelders", "JJI": "JJI"}
SOORT_INRICHTING = {"PI": "PI", "Zelfmelder": "PI", "JJI": "JJI"}
OUTCOME = {p.CONTACT: True, p.GEEN_CONTACT: False}
# Duration classes (days from uitzetting to closing, footnote 86), as Figuur 4 and 7 group them.
DUURKLASSEN = (
    ("korter dan 1 maand", 0, 30),
    ("1-3 maanden", 31, 91),
    ("3-6 maanden", 92, 182),
    ("langer dan 6 maanden", 183, 100_000),
)


def _date(value: str) -> pd.Timestamp:
    return pd.to_datetime(value, format="%d-%m-%Y", errors="coerce")


def _known_and_open(inrichtingen: Inrichtingen, soort: str, name: str, date: str) -> tuple:
    """(known for the kind of registration, open that year); a bad date has its own check."""
    kind = SOORT_INRICHTING.get(soort)
    if kind is None:
        return True, True  # an unknown kind of registration is reported by its own check
    if not inrichtingen.knows(name, kind):
        return False, True
    year = _date(date).year
    return True, pd.isna(year) or inrichtingen.open_in(inrichtingen.code(name, kind), int(year))


def zaken_schema(inrichtingen: Inrichtingen) -> pa.DataFrameSchema:
    """ZakenRaw plus: the institution is known for the kind of registration, and open."""
    computed: dict[int, pd.DataFrame] = {}

    def checked(df: pd.DataFrame, *, last: bool) -> pd.DataFrame:
        # Both rules read one pass over the rows: pandera hands them the same frame, in order.
        cached = computed.get(id(df))
        if cached is None or not cached.index.equals(df.index):
            columns = (p.SOORT_AANMELDING, p.INRICHTING, p.AANMELDDATUM)
            rows = zip(*(df[c] for c in columns), strict=True)
            pairs = [_known_and_open(inrichtingen, *row) for row in rows]
            computed[id(df)] = pd.DataFrame(pairs, index=df.index, columns=["known", "open"])
        return computed.pop(id(df)) if last else computed[id(df)]

    schema = p.ZakenRaw.to_schema()
    schema = with_frame_check(schema, "inrichting_past_bij_soort_aanmelding",
                              (p.SOORT_AANMELDING, p.INRICHTING),
                              lambda df: checked(df, last=False)["known"])  # fmt: skip
    return with_frame_check(schema, "inrichting_open_in_aanmeldjaar",
                            (p.INRICHTING, p.AANMELDDATUM),
                            lambda df: checked(df, last=True)["open"])  # fmt: skip


def _normalised(text: str) -> str | None:
    try:
        return normalise_article(text)
    except ValueError:
        return None


def delicten_schema(articles: pd.DataFrame, case_ids: set[str]) -> pa.DataFrameSchema:
    """DelictenRaw plus: the article is in the map, and the case is in zaken.csv."""
    known = set(articles["wetsartikel"])
    schema = p.DelictenRaw.to_schema()
    schema = with_column_check(
        schema, p.WETSARTIKEL, "bekend_wetsartikel", lambda s: s.map(_normalised).isin(known)
    )
    return with_column_check(
        schema, p.ZAAKNUMMER, "zaak_bestaat_in_zaken", lambda s: s.isin(case_ids)
    )


def duurklasse(days: pd.Series) -> pd.Series:
    """The duration class of each closed case; NA while a case is open."""
    labels = pd.Series(pd.NA, index=days.index, dtype="object")
    for label, lo, hi in DUURKLASSEN:
        labels[days.between(lo, hi)] = label
    return labels.astype("string")


def to_zaken(raw: pd.DataFrame, inrichtingen: Inrichtingen, bronbestand: str) -> pd.DataFrame:
    """One processed row per registration, nothing dropped."""
    kind = raw[p.SOORT_AANMELDING].map(SOORT_INRICHTING)
    codes = pd.Series(
        [inrichtingen.code(n, k) for n, k in zip(raw[p.INRICHTING], kind, strict=True)],
        index=raw.index,
    )
    registered, passed, closed = (
        raw[c].map(_date) for c in (p.AANMELDDATUM, p.DATUM_UITGEZET, p.DATUM_AFGESLOTEN)
    )
    days = (closed - passed).dt.days.astype("Int64")
    return pd.DataFrame(
        {
            "zaak_id": raw[p.ZAAKNUMMER],
            "groep": raw[p.SOORT_AANMELDING].map(GROEP),
            "inrichting_code": codes,
            "inrichting": inrichtingen.korte_naam(codes),
            "aanmelddatum": registered,
            "aanmeldjaar": registered.dt.year.astype("int64"),
            "uitgezet": passed.notna(),
            "datum_uitgezet": passed,
            "afgesloten": closed.notna(),
            "datum_afgesloten": closed,
            "afsluitjaar": closed.dt.year.astype("Int64"),
            "contact": raw[p.RESULTAAT].map(OUTCOME).astype("boolean"),
            "vorm_contact": raw[p.VORM_CONTACT],
            "reden": raw[p.REDEN],
            "duur_dagen": days,
            "duurklasse": duurklasse(days),
            "bronbestand": bronbestand,
            "bronrij": raw.index.to_numpy(dtype="int64"),
        },
        index=raw.index,
    ).astype({"zaak_id": "str", "groep": "str", "inrichting_code": "str", "inrichting": "str",
              "vorm_contact": "str", "reden": "str", "bronbestand": "str"})  # fmt: skip


def to_delicten(
    raw: pd.DataFrame, zaken: pd.DataFrame, articles: pd.DataFrame, bronbestand: str
) -> pd.DataFrame:
    """One processed row per offence, with the category for the case's group."""
    article = raw[p.WETSARTIKEL].map(normalise_article)
    by_article = articles.set_index("wetsartikel")
    groep = raw[p.ZAAKNUMMER].map(zaken.set_index("zaak_id")["groep"])
    juvenile = groep == "JJI"
    adult_cat, young_cat = (
        article.map(by_article[c]) for c in ("figuurcategorie", "delictcategorie_jeugd")
    )
    return pd.DataFrame(
        {
            "zaak_id": raw[p.ZAAKNUMMER].astype("str"),
            "wetsartikel": article.astype("str"),
            "delictcategorie": adult_cat.where(~juvenile, young_cat).astype("str"),
            "bronbestand": bronbestand,
            "bronrij": raw.index.to_numpy(dtype="int64"),
        },
        index=raw.index,
    ).astype({"bronbestand": "str"})
