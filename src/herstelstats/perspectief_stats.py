"""The report's statistics from Perspectief's processed cases, as tidy statistics.

Each function returns rows keyed like the register (bron, groep, maat, categorie, inrichting,
jaar). Breakdowns merge categories below the threshold before computing shares (§1.3.2).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd

from herstelstats import columns as c
from herstelstats import suppression
from herstelstats.schemas.processed import Statistiek
from herstelstats.tables import period

BRON = "perspectief"
ADULT_GROUPS = {"PI": ("PI",), "zelfaanmelders": ("zelfaanmelders",),
                "volwassenen": ("PI", "zelfaanmelders")}  # fmt: skip
JUVENILE_GROUPS = {"JJI": ("JJI",)}
MOSTLY_BELOW = "aanmeldingen_per_inrichting_per_jaar_veelal_minder_dan"
OUTLIERS_ABOVE = "aanmeldingen_per_inrichting_per_jaar_uitschieters_meer_dan"


def pct(k: int, n: int) -> int | None:
    """A whole percentage, half rounded up, as the report prints it."""
    return None if n == 0 else math.floor(100 * k / n + 0.5)


def row(tabel: str, groep: str, maat: str, jaar: str, waarde: object, **rest: str) -> dict:
    value = pd.NA if waarde is None else waarde
    status = rest.get("status", c.NVT if waarde is None else "")
    return {c.TABEL: tabel, c.BRON: BRON, c.GROEP: groep, c.CATEGORIE: rest.get("categorie", ""),
            c.INRICHTING: rest.get("inrichting", ""), c.JAAR: jaar, c.MAAT: maat,
            c.WAARDE: value, c.STATUS: status}  # fmt: skip


def tidy(rows: Sequence[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(list(rows), columns=list(c.TIDY)).astype({c.WAARDE: "Int64"})
    return Statistiek.validate(frame)


def _per_year(frame: pd.DataFrame, year_column: str, years: Sequence[int]):
    yield from ((str(y), frame[frame[year_column] == y]) for y in years)
    yield period(years), frame[frame[year_column].isin(years)]


def registrations(
    zaken: pd.DataFrame, groups: Mapping, years: Sequence[int], tabel: str
) -> pd.DataFrame:
    """Tabel 8 and 11: aanmeldingen per registration year, and the share passed on."""
    rows = []
    for groep, members in groups.items():
        for jaar, part in _per_year(zaken[zaken["groep"].isin(members)], "aanmeldjaar", years):
            n, k = len(part), int(part["uitgezet"].sum())
            rows += [row(tabel, groep, "aanmeldingen", jaar, n),
                     row(tabel, groep, "pct_uitgezet", jaar, pct(k, n))]  # fmt: skip
    return tidy(rows)


def closed(zaken: pd.DataFrame, groups: Mapping, years: Sequence[int], tabel: str) -> pd.DataFrame:
    """Tabel 9 and 12: closed cases per closing year, and the share closed with contact."""
    rows = []
    for groep, members in groups.items():
        closing = zaken[zaken["groep"].isin(members) & zaken["afgesloten"]]
        for jaar, part in _per_year(closing, "afsluitjaar", years):
            n, k = len(part), int(part["contact"].sum())
            rows += [row(tabel, groep, "afgesloten", jaar, n),
                     row(tabel, groep, "pct_afgesloten_met_contact", jaar, pct(k, n))]  # fmt: skip
    return tidy(rows)


def merge_small(counts: pd.Series, threshold: int) -> pd.Series:
    """Categories of 1 to threshold-1 go into the last one, the residual (§1.3.2)."""
    small = (counts > 0) & (counts < threshold)
    small.iloc[-1] = False
    merged = counts.copy()
    merged.iloc[-1] += counts[small].sum()
    merged[small] = 0
    return merged


def merge_small_ordered(counts: pd.Series, threshold: int) -> pd.Series:
    """Ordered classes (durations) below the threshold join their larger neighbour instead."""
    merged = counts.copy()
    while True:
        small = [i for i, k in enumerate(merged) if 0 < k < threshold]
        if not small or len(merged) == 1:
            return merged
        i = small[0]
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(merged)]
        j = max(neighbours, key=lambda n: merged.iloc[n])
        first, second = sorted((i, j))
        label = f"{merged.index[first]} en {merged.index[second]}"
        joined = pd.Series({label: merged.iloc[first] + merged.iloc[second]})
        merged = pd.concat([merged.iloc[:first], joined, merged.iloc[second + 1 :]])


def breakdown(
    values: pd.Series, categories: Sequence[str], *, tabel: str, groep: str, jaar: str,
    maat: str, threshold: int, count: str | None = None, ordered: bool = False,
) -> list[dict]:  # fmt: skip
    """Shares per category after merging small ones; a residual still below it is suppressed."""
    merge = merge_small_ordered if ordered else merge_small
    counts = merge(values.value_counts().reindex(categories, fill_value=0), threshold)
    n = int(counts.sum())
    rows = [row(tabel, groep, count, jaar, n)] if count else []
    for categorie, k in counts.items():
        hidden = 0 < k < threshold
        rows.append(row(tabel, groep, maat, jaar, None if hidden else pct(int(k), n),
                        categorie=categorie, status=c.ONDERDRUKT if hidden else ""))  # fmt: skip
    return rows


def in_period(zaken: pd.DataFrame, years: Sequence[int], by: str) -> pd.DataFrame:
    return zaken[zaken[by].isin(years)]


def offences(
    zaken: pd.DataFrame, delicten: pd.DataFrame, groups: Mapping, categories: Sequence[str],
    years: Sequence[int], tabel: str, threshold: int,
) -> pd.DataFrame:  # fmt: skip
    """Figuur 1 and 5: offences of the cases passed on, by delict category."""
    passed = in_period(zaken, years, "aanmeldjaar")
    passed = passed.loc[passed["uitgezet"], ["zaak_id", "groep"]]
    rows = []
    for groep, members in groups.items():
        ids = passed.loc[passed["groep"].isin(members), "zaak_id"]
        mine = delicten.loc[delicten["zaak_id"].isin(ids), "delictcategorie"]
        rows += breakdown(mine, categories, tabel=tabel, groep=groep, jaar=period(years),
                          maat="pct_delict", threshold=threshold, count="delicten")  # fmt: skip
    return tidy(rows)


def outcomes(
    zaken: pd.DataFrame, spec: Mapping[str, tuple], years: Sequence[int], tabel: str,
    threshold: int,
) -> pd.DataFrame:  # fmt: skip
    """Reasons, forms of contact or durations of closed cases, per group (and year).

    spec maps groep -> (members, column, categories, maat, count maat or None, contact filter,
    years to break down besides the period).
    """
    rows = []
    closing = in_period(zaken, years, "afsluitjaar")
    for groep, (members, column, categories, maat, count, contact, extra) in spec.items():
        part = closing[closing["groep"].isin(members)]
        if contact is not None:
            part = part[part["contact"] == contact]
        yearly = [(str(y), part[part["afsluitjaar"] == y]) for y in extra]
        for jaar, sub in [(period(years), part), *yearly]:
            rows += breakdown(sub[column], categories, tabel=tabel, groep=groep, jaar=jaar,
                              maat=maat, threshold=threshold, count=count,
                              ordered=column == "duurklasse")  # fmt: skip
    return tidy(rows)


def totals(zaken: pd.DataFrame, years: Sequence[int], tabel: str) -> pd.DataFrame:
    """Counts the text quotes for the whole period: passed on, closed with and without contact."""
    rows = []
    registered = in_period(zaken, years, "aanmeldjaar")
    closing = in_period(zaken, years, "afsluitjaar")
    adults = {"volwassenen": ("PI", "zelfaanmelders"), "JJI": ("JJI",)}
    for groep, members in adults.items():
        mine, shut = (
            registered[registered["groep"].isin(members)],
            closing[closing["groep"].isin(members)],
        )
        passed, contact = int(mine["uitgezet"].sum()), int(shut["contact"].sum())
        rows += [row(tabel, groep, "uitgezet", period(years), passed),
                 row(tabel, groep, "afgesloten_met_contact", period(years), contact)]  # fmt: skip
    adult = registered[registered["groep"].isin(adults["volwassenen"])]
    share = pct(int((adult["groep"] == "zelfaanmelders").sum()), len(adult))
    rows.append(row(tabel, "zelfaanmelders", "pct_zelfaanmelders", period(years), share))
    return tidy(rows)


def leaders(counts: pd.Series, factor: float) -> pd.Series:
    """Institutions with at least factor times the median: the report's koplopers."""
    top = counts[counts >= factor * counts.median()].sort_values(ascending=False, kind="stable")
    return pd.Series(range(1, len(top) + 1), index=top.index)


def surges(by_year: pd.DataFrame, latest: int, increase: int) -> list[str]:
    """Institutions that registered at least `increase` more in the latest year than ever before."""
    earlier = by_year.drop(columns=[latest]).max(axis=1)
    return sorted(by_year.index[by_year[latest] >= earlier + increase])


def _by_year(frame: pd.DataFrame, years: Sequence[int]) -> pd.DataFrame:
    table = frame.groupby(["inrichting", "aanmeldjaar"]).size().unstack(fill_value=0)
    return table.reindex(columns=list(years), fill_value=0)


def _leader_rows(tabel, groep, registered: pd.DataFrame, factor: float, jaar: str) -> list[dict]:
    ranks = leaders(registered.groupby("inrichting").size(), factor)
    return [row(tabel, groep, "koplopers_aanmeldingen", jaar, rank, inrichting=name)
            for name, rank in ranks.items()]  # fmt: skip


def _range_rows(tabel, groep, passed: pd.Series, jaar: str) -> list[dict]:
    return [row(tabel, groep, "uitgezet_min_per_inrichting", jaar, int(passed.min())),
            row(tabel, groep, "uitgezet_max_per_inrichting", jaar, int(passed.max()))]  # fmt: skip


def institutions(
    zaken: pd.DataFrame, years: Sequence[int], tabel: str, *, factor: float, increase: int,
    open_years: set[tuple[str, int]],
) -> pd.DataFrame:  # fmt: skip
    """The statements per institution of §4.2.1 and §5.2.2."""
    registered, whole, latest = in_period(zaken, years, "aanmeldjaar"), period(years), max(years)
    pi = registered[registered["groep"] == "PI"]
    rows = _range_rows(tabel, "PI", pi[pi["uitgezet"]].groupby("inrichting").size(), whole)
    zelf = registered[registered["groep"] == "zelfaanmelders"].groupby("inrichting").size()
    rows.append(
        row(tabel, "zelfaanmelders", "zelfaanmelders_max_per_inrichting", whole, int(zelf.max()))
    )
    rows += _leader_rows(tabel, "PI", pi, factor, whole)
    rows += [row(tabel, "PI", "toename_aanmeldingen", str(latest), 1, inrichting=name)
             for name in surges(_by_year(pi, years), latest, increase)]  # fmt: skip
    return tidy(rows + _juvenile_rows(registered, years, tabel, factor, increase, open_years))


def _juvenile_rows(registered, years, tabel, factor, increase, open_years) -> list[dict]:
    jji, whole, latest = registered[registered["groep"] == "JJI"], period(years), max(years)
    rows = _range_rows(tabel, "JJI", jji[jji["uitgezet"]].groupby("inrichting").size(), whole)
    rows += _leader_rows(tabel, "JJI", jji, factor, whole)
    by_year = _by_year(jji, years)
    rows.append(row(tabel, "JJI", "inrichtingen_toename_aanmeldingen", str(latest),
                    len(surges(by_year, latest, increase))))  # fmt: skip
    # Only the years an institution was open count (footnote 103).
    cells = [by_year.at[i, y] for i in by_year.index for y in years if (i, y) in open_years]
    low_median = sorted(cells)[(len(cells) - 1) // 2]
    rows += [row(tabel, "JJI", MOSTLY_BELOW, whole, low_median),
             row(tabel, "JJI", OUTLIERS_ABOVE, whole, max(cells))]  # fmt: skip
    return rows


def passed_per_institution(
    zaken: pd.DataFrame, members: Sequence[str], years: Sequence[int]
) -> pd.DataFrame:
    """Aanmeldingen uitgezet per institution (rows) and registration year (columns)."""
    mine = in_period(zaken, years, "aanmeldjaar")
    mine = mine[mine["groep"].isin(members) & mine["uitgezet"]]
    table = mine.groupby(["inrichting", "aanmeldjaar"]).size().unstack(fill_value=0)
    return table.reindex(columns=list(years), fill_value=0).sort_index()


def merge_small_rows(table: pd.DataFrame, threshold: int, label: str) -> pd.DataFrame:
    """Institutions with fewer than threshold in all go into one row, until it reaches it."""
    totals = table.sum(axis=1).sort_values(kind="stable")
    small = list(totals.index[totals < threshold])
    for name in totals.index[totals >= threshold]:
        if not small or table.loc[small].to_numpy().sum() >= threshold:
            break
        small.append(name)
    if not small:
        return table
    merged = table.drop(index=small)
    merged.loc[label] = table.loc[small].sum()
    return merged


def suppressed(table: pd.DataFrame, tabel: str, groep: str, years: Sequence[int],
               threshold: int) -> tuple[pd.DataFrame, pd.DataFrame]:  # fmt: skip
    """The table with secondary suppression, proven by the attacker's bounds, and those bounds.

    The bounds are what anyone can compute from the published table: they hold no hidden value.
    """
    pattern = suppression.secondary(table, threshold)
    problems = suppression.check(table, pattern, threshold)
    if problems:
        raise suppression.SuppressionFailed("; ".join(problems))
    rows, whole = [], period(years)
    for name in table.index:
        for y in years:
            hidden = bool(pattern.at[name, y])
            value = None if hidden else int(table.at[name, y])
            rows.append(row(tabel, groep, "uitgezet", str(y), value, inrichting=name,
                            status=c.ONDERDRUKT if hidden else ""))  # fmt: skip
        rows.append(
            row(tabel, groep, "uitgezet", whole, int(table.loc[name].sum()), inrichting=name)
        )
    rows += [row(tabel, groep, "uitgezet", str(y), int(table[y].sum())) for y in years]
    rows.append(row(tabel, groep, "uitgezet", whole, int(table.to_numpy().sum())))
    bounds = suppression.attack(table, pattern).drop(columns=["value"])
    return tidy(rows), bounds.assign(tabel=tabel, groep=groep)
