"""Aggregation of processed registrations into the report's tables, as tidy statistics."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from herstelstats import columns as c
from herstelstats.schemas.processed import Statistiek


@dataclass(frozen=True)
class TableSpec:
    """A table of the report: which categories it shows and what it counts for each."""

    tabel: str
    bron: str
    categories: tuple[str, ...]
    measures: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    default_measures: tuple[str, ...] = (c.CURSUSSEN, c.DEELNEMERS)

    def measures_of(self, categorie: str) -> tuple[str, ...]:
        return self.measures.get(categorie, self.default_measures)


TABLES: dict[str, TableSpec] = {
    "tabel_4": TableSpec(
        tabel="Tabel 4",
        bron="gevangenenzorg",
        categories=("SOS Groepscursus", "SOS Individueel", "Meetings (HvB)", "SOS Gespreksgroepen"),
        measures={"SOS Individueel": (c.CURSUSSEN,)},
    ),
    "tabel_5": TableSpec(
        tabel="Tabel 5",
        bron="gevangenenzorg",
        categories=("SOS Follow Up", "SOS Nazorggesprekken"),
        default_measures=(c.DEELNEMERS,),
    ),
    "tabel_6": TableSpec(tabel="Tabel 6", bron="exodus", categories=("Mijn Kind en Ik",)),
    "dapper": TableSpec(
        tabel="§5.2.1", bron="stichting180", categories=("DAPPER",), default_measures=(c.CURSUSSEN,)
    ),
}


class RowsLost(Exception):
    """An aggregate does not account for every row it was given."""


def period(years: Sequence[int]) -> str:
    """The label of the whole period, which is the total column: '2017-2020'."""
    return f"{min(years)}-{max(years)}"


def in_period(regs: pd.DataFrame, years: Sequence[int]) -> pd.DataFrame:
    return regs[regs[c.JAAR].isin(years)]


def _unknown_categories(regs: pd.DataFrame, spec: TableSpec) -> list[str]:
    return sorted(set(regs[c.CATEGORIE]) - set(spec.categories))


def _totals(regs: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    grouped = regs.groupby(by, observed=True)
    return pd.DataFrame(
        {
            c.CURSUSSEN: grouped.size(),
            c.DEELNEMERS: grouped[c.DEELNEMERS].sum(),
        }
    )


def count_grid(
    regs: pd.DataFrame, by: str, labels: Sequence[str], years: Sequence[int]
) -> pd.DataFrame:
    """Courses and participants per label and year, zeros included, plus the period total."""
    grid = pd.MultiIndex.from_product([labels, [str(y) for y in years]], names=[by, c.JAAR])
    keyed = regs.assign(**{c.JAAR: regs[c.JAAR].astype(str)})
    counts = _totals(keyed, [by, c.JAAR]).reindex(grid)
    # A year without registrations is a true zero: the delivery covers the whole period.
    counts = counts.fillna(0).astype("Int64")
    total = counts.groupby(level=by, sort=False).sum()
    total.index = pd.MultiIndex.from_arrays(
        [total.index, [period(years)] * len(total)], names=[by, c.JAAR]
    )
    return pd.concat([counts, total]).loc[list(labels)]


def _check_accounted(grid: pd.DataFrame, regs: pd.DataFrame, years: Sequence[int]) -> None:
    totals = grid.xs(period(years), level=c.JAAR)
    if int(totals[c.CURSUSSEN].sum()) != len(regs):
        raise RowsLost(f"{len(regs)} registrations in, {int(totals[c.CURSUSSEN].sum())} counted")
    if int(totals[c.DEELNEMERS].sum()) != int(regs[c.DEELNEMERS].sum()):
        raise RowsLost("participants counted differ from participants registered")


def _to_tidy(grid: pd.DataFrame, spec: TableSpec, by: str) -> pd.DataFrame:
    long = grid.reset_index().melt(
        id_vars=[by, c.JAAR], value_vars=[c.CURSUSSEN, c.DEELNEMERS], var_name=c.MAAT,
        value_name=c.WAARDE,
    )  # fmt: skip
    categorie = long[by] if by == c.CATEGORIE else spec.categories[0]
    tidy = long.assign(
        **{
            c.TABEL: spec.tabel,
            c.BRON: spec.bron,
            c.GROEP: "",
            c.CATEGORIE: categorie,
            c.INRICHTING: long[by] if by == c.INRICHTING else "",
            c.STATUS: "",
        }
    )
    keep = [
        m in spec.measures_of(cat) for m, cat in zip(tidy[c.MAAT], tidy[c.CATEGORIE], strict=True)
    ]
    return tidy.loc[keep, list(c.TIDY)]


def _order(
    tidy: pd.DataFrame, by: str, labels: Sequence[str], years: Sequence[int]
) -> pd.DataFrame:
    """Rows as the report reads them: label, then measure, then year with the total last."""
    jaren = [str(y) for y in years] + [period(years)]
    key = pd.DataFrame(
        {
            "a": tidy[by].map({label: i for i, label in enumerate(labels)}),
            "b": tidy[c.MAAT].map({c.CURSUSSEN: 0, c.DEELNEMERS: 1}),
            "c": tidy[c.JAAR].map({j: i for i, j in enumerate(jaren)}),
        }
    )
    return tidy.loc[key.sort_values(["a", "b", "c"], kind="stable").index].reset_index(drop=True)


def mark_unregistered(
    tidy: pd.DataFrame, registered_from: Mapping[str, int], years: Sequence[int]
) -> pd.DataFrame:
    """Years before a category was registered hold no value: the report prints '-'."""
    start = tidy[c.CATEGORIE].map(registered_from)
    year = pd.to_numeric(tidy[c.JAAR].where(tidy[c.JAAR].str.len() == 4), errors="coerce")
    before = (year < start).fillna(False).astype(bool)
    out = tidy.copy()
    out.loc[before, c.WAARDE] = pd.NA
    out.loc[before, c.STATUS] = c.NIET_GEREGISTREERD
    return out


def per_category(
    regs: pd.DataFrame,
    spec: TableSpec,
    years: Sequence[int],
    registered_from: Mapping[str, int] | None = None,
) -> pd.DataFrame:
    """A table with one row per category and a column per year plus the total."""
    unknown = _unknown_categories(regs, spec)
    if unknown:
        raise RowsLost(f"{spec.tabel} has no row for categories {unknown}")
    used = in_period(regs, years)
    grid = count_grid(used, c.CATEGORIE, spec.categories, years)
    _check_accounted(grid, used, years)
    tidy = _order(_to_tidy(grid, spec, c.CATEGORIE), c.CATEGORIE, spec.categories, years)
    tidy = mark_unregistered(tidy, registered_from or {}, years)
    return Statistiek.validate(tidy)


def per_institution(
    regs: pd.DataFrame, spec: TableSpec, years: Sequence[int], institutions: Sequence[str]
) -> pd.DataFrame:
    """A table with one row per institution (all institutions of the type, zeros too)."""
    used = in_period(regs, years)
    unknown = sorted(set(used[c.INRICHTING]) - set(institutions))
    if unknown:
        raise RowsLost(f"{spec.tabel} has no row for institutions {unknown}")
    labels = [*institutions, ""]  # "" is the row for all institutions together
    grid = count_grid(used.assign(**{c.INRICHTING: used[c.INRICHTING]}), c.INRICHTING,
                      institutions, years)  # fmt: skip
    _check_accounted(grid, used, years)
    everything = count_grid(used.assign(**{c.INRICHTING: ""}), c.INRICHTING, [""], years)
    tidy = _to_tidy(pd.concat([grid, everything]), spec, c.INRICHTING)
    return Statistiek.validate(_order(tidy, c.INRICHTING, labels, years))


def distinct_institutions(
    regs: pd.DataFrame, spec: TableSpec, years: Sequence[int]
) -> pd.DataFrame:
    """How many institutions registered at least one course in the period (text statistic)."""
    used = in_period(regs, years)
    row = {
        c.TABEL: "tekst",
        c.BRON: spec.bron,
        c.GROEP: "",
        c.CATEGORIE: spec.categories[0],
        c.INRICHTING: "",
        c.JAAR: period(years),
        c.MAAT: c.INRICHTINGEN,
        c.WAARDE: used[c.INRICHTING_CODE].nunique(),
        c.STATUS: "",
    }
    return Statistiek.validate(pd.DataFrame([row]).astype({c.WAARDE: "Int64"}))
