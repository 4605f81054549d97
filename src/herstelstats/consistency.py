"""Self-consistency of the register: what the report's own numbers prove, before any data.

Every count the register holds is a quantity, keyed like a statistic. A printed count fixes it;
a printed percentage p of a known n bounds it to the counts k with |100k/n - p| <= 0.5. The
checks are one step deep on purpose, so that a reviewer can redo each finding by hand:

- the same quantity printed twice must be printed the same (and percentage bounds must meet);
- a percentage must be reachable by some whole count;
- years must add up to the period, PI and zelfaanmelders to volwassenen, and the categories of
  a breakdown to no more than their total.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from herstelstats import columns as c
from herstelstats.fmt import getal

Key = tuple[str, str, str, str, str, str]  # bron, groep, maat, categorie, inrichting, jaar

# A share of what: the percentage's maat -> (numerator maat, denominator maat). For breakdowns
# (a categorie) the numerator carries the categorie and the denominator is the total.
PERCENTAGE_OF = {
    "pct_uitgezet": ("uitgezet", "aanmeldingen"),
    "pct_afgesloten_met_contact": ("afgesloten_met_contact", "afgesloten"),
    "pct_delict": ("delicten", "delicten"),
    "pct_reden": ("afgesloten_zonder_contact", "afgesloten_zonder_contact"),
    "pct_contactvorm": ("afgesloten_met_contact", "afgesloten_met_contact"),
    "pct_duur": ("afgesloten", "afgesloten"),
    "pct_zelfaanmelders": ("aanmeldingen", "aanmeldingen"),
}
# Shares of a larger group than their own: the zelfaanmelders among all adults.
DENOMINATOR_GROUP = {"pct_zelfaanmelders": "volwassenen"}
BREAKDOWN = {"pct_delict", "pct_reden", "pct_contactvorm", "pct_duur"}
GROUPS = ("volwassenen", ("PI", "zelfaanmelders"))
PARTS_OF = {"afgesloten": ("afgesloten_met_contact", "afgesloten_zonder_contact")}


@dataclass(frozen=True)
class Bound:
    """What one register entry says about a quantity: lo <= quantity <= hi."""

    entry: str
    lo: int
    hi: int
    how: str  # in Dutch, for the explanation: '558' or '92% van 558'
    printed: bool = True  # a printed count, not one bounded by a percentage


@dataclass(frozen=True)
class Finding:
    """An inconsistency the report's own numbers prove."""

    id: str
    soort: str
    entries: tuple[str, ...]
    uitleg: str
    mogelijk: str = ""


@dataclass
class Quantities:
    bounds: dict[Key, list[Bound]] = field(default_factory=lambda: defaultdict(list))

    def add(self, key: Key, bound: Bound) -> None:
        self.bounds[key].append(bound)

    def interval(self, key: Key) -> tuple[int, int] | None:
        """The counts every entry about this quantity allows, or None if none speaks of it."""
        if key not in self.bounds:
            return None
        lo = max(b.lo for b in self.bounds[key])
        hi = min(b.hi for b in self.bounds[key])
        return lo, hi


def key_of(row: pd.Series, maat: str | None = None, categorie: str | None = None) -> Key:
    return (
        row[c.BRON],
        row[c.GROEP],
        maat if maat is not None else row[c.MAAT],
        categorie if categorie is not None else row[c.CATEGORIE],
        row[c.INRICHTING],
        row[c.JAAR],
    )


def possible_counts(p: int, n: int) -> tuple[int, int]:
    """The whole counts k with p% of n within half a point: lo > hi when there are none."""
    lo = max(0, math.ceil(n * (p - 0.5) / 100 - 1e-9))
    hi = min(n, math.floor(n * (p + 0.5) / 100 + 1e-9))
    return lo, hi


def _span(lo: int, hi: int) -> str:
    return getal(lo) if lo == hi else f"{getal(lo)} tot en met {getal(hi)}"


def _counts(register: pd.DataFrame) -> pd.DataFrame:
    exact = (register["eenheid"] == "aantal") & register[c.WAARDE].notna()
    return register[exact & register["afronding"].isin(("exact", "impliciet"))]


def _percentages(register: pd.DataFrame) -> pd.DataFrame:
    """Printed whole percentages, also those printed with words: 'een vijfde (19%)'."""
    rounded = register["afronding"].isin(("geheel procent", "omschrijving"))
    percent = (register["eenheid"] == "procent") & rounded & register[c.WAARDE].notna()
    return register[percent & register[c.MAAT].isin(PERCENTAGE_OF)]


def _denominator(row: pd.Series, counts: dict[Key, set[int]]) -> tuple[int, str] | None:
    """The n of a percentage: the printed count of its denominator, else its own noemer.

    The printed count comes first so that a total the reading corrects carries through.
    """
    maat = row[c.MAAT]
    categorie = "" if maat in BREAKDOWN else row[c.CATEGORIE]
    key = (row[c.BRON], DENOMINATOR_GROUP.get(maat, row[c.GROEP]), PERCENTAGE_OF[maat][1],
           categorie, row[c.INRICHTING], row[c.JAAR])  # fmt: skip
    values = counts.get(key, set())
    if len(values) == 1:
        value = next(iter(values))
        return value, getal(value)
    return (int(row["noemer"]), getal(int(row["noemer"]))) if row["noemer"] != "" else None


def quantities(register: pd.DataFrame) -> tuple[Quantities, list[Finding]]:
    """Every bound the register puts on a count, and the percentages no count can reach."""
    q, findings = Quantities(), []
    counts: dict[Key, set[int]] = defaultdict(set)
    for _, row in _counts(register).iterrows():
        value = int(row[c.WAARDE])
        counts[key_of(row)].add(value)
        q.add(key_of(row), Bound(row["id"], value, value, getal(value)))
    for _, row in _percentages(register).iterrows():
        n = _denominator(row, counts)
        if n is None:
            continue
        p, (lo, hi) = int(row[c.WAARDE]), possible_counts(int(row[c.WAARDE]), n[0])
        if lo > hi:
            findings.append(_impossible_percentage(row, p, n[0]))
            continue
        numerator = key_of(row, PERCENTAGE_OF[row[c.MAAT]][0])
        q.add(numerator, Bound(row["id"], lo, hi, f"{p}% van {n[1]}", printed=False))
    return q, findings


def _impossible_percentage(row: pd.Series, p: int, n: int) -> Finding:
    below = math.floor(n * p / 100)
    nearest = ", ".join(f"{k}/{n} = {100 * k / n:.2f}%" for k in (below, below + 1) if k <= n)
    return Finding(
        id=f"percentage:{row['id']}",
        soort="percentage onmogelijk",
        entries=(row["id"],),
        uitleg=f"Geen geheel aantal k geeft {p}% van {getal(n)}: {nearest}.",
    )


def repeated(q: Quantities) -> list[Finding]:
    """A quantity about which the entries disagree: printed twice differently, or out of bounds."""
    findings = []
    for key, bounds in q.bounds.items():
        lo, hi = q.interval(key)
        if lo <= hi:
            continue
        said = "; ".join(f"{b.entry}: {b.how}" for b in bounds)
        kind = "herhaald getal verschilt" if all(b.printed for b in bounds) else "grenzen botsen"
        findings.append(
            Finding(
                id=f"herhaling:{'|'.join(key)}",
                soort=kind,
                entries=tuple(b.entry for b in bounds),
                uitleg=f"{_label(key)} wordt verschillend gegeven: {said}.",
                mogelijk="; ".join(f"{b.how}: {_span(b.lo, b.hi)}" for b in bounds),
            )
        )
    return findings


def _label(key: Key) -> str:
    _bron, groep, maat, categorie, inrichting, jaar = key
    parts = [maat, groep, categorie, inrichting, jaar]
    return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Relation:
    """total = sum(parts); with complete=False only sum(parts) <= total is known."""

    name: str
    total: Key
    parts: tuple[Key, ...]
    complete: bool = True


def relations(q: Quantities, years: Sequence[int]) -> list[Relation]:
    keys = set(q.bounds)
    return [*_year_sums(keys, years), *_group_sums(keys), *_category_sums(keys), *_part_sums(keys)]


def _year_sums(keys: set[Key], years: Sequence[int]) -> Iterable[Relation]:
    period = f"{min(years)}-{max(years)}"
    for key in sorted(k for k in keys if k[5] == period):
        parts = tuple((*key[:5], str(y)) for y in years)
        if all(p in keys for p in parts):
            yield Relation(f"jaren:{'|'.join(key)}", key, parts)


def _group_sums(keys: set[Key]) -> Iterable[Relation]:
    whole, (first, second) = GROUPS
    for key in sorted(k for k in keys if k[1] == whole):
        parts = ((key[0], first, *key[2:]), (key[0], second, *key[2:]))
        if all(p in keys for p in parts):
            yield Relation(f"groepen:{'|'.join(key)}", key, parts)


def _category_sums(keys: set[Key]) -> Iterable[Relation]:
    by_total: dict[Key, list[Key]] = defaultdict(list)
    for key in keys:
        if key[3]:
            by_total[(*key[:3], "", *key[4:])].append(key)
    for total, parts in sorted(by_total.items()):
        if total in keys:
            yield Relation(f"categorieen:{'|'.join(total)}", total, tuple(sorted(parts)), False)


def _part_sums(keys: set[Key]) -> Iterable[Relation]:
    for key in sorted(keys):
        if key[2] in PARTS_OF and not key[3]:
            parts = tuple((*key[:2], maat, *key[3:]) for maat in PARTS_OF[key[2]])
            if all(p in keys for p in parts):
                yield Relation(f"delen:{'|'.join(key)}", key, parts)


def check(relation: Relation, q: Quantities) -> Finding | None:
    """A finding if no counts within their bounds satisfy the relation."""
    lo_t, hi_t = q.interval(relation.total)
    spans = [q.interval(p) for p in relation.parts]
    if lo_t > hi_t or any(lo > hi for lo, hi in spans):
        return None  # already a finding of its own
    low, high = sum(s[0] for s in spans), sum(s[1] for s in spans)
    fits = low <= hi_t if not relation.complete else (low <= hi_t and lo_t <= high)
    if fits:
        return None
    return _relation_finding(relation, q, (lo_t, hi_t), (low, high))


def _relation_finding(
    relation: Relation, q: Quantities, total: tuple[int, int], parts: tuple[int, int]
) -> Finding:
    terms = " + ".join(_describe(q, p) for p in relation.parts)
    must = "samen het totaal zijn" if relation.complete else "samen niet meer zijn dan het totaal"
    explanation = (
        f"{terms} geeft {_span(*parts)}, maar {_label(relation.total)} is "
        f"{_describe(q, relation.total)}; de onderdelen moeten {must}."
    )
    entries = tuple(b.entry for k in (*relation.parts, relation.total) for b in q.bounds[k])
    return Finding(
        id=relation.name,
        soort="som klopt niet" if relation.complete else "delen groter dan totaal",
        entries=entries,
        uitleg=explanation,
        mogelijk=f"onderdelen samen: {_span(*parts)}; totaal: {_span(*total)}",
    )


def _describe(q: Quantities, key: Key) -> str:
    lo, hi = q.interval(key)
    bounds = q.bounds[key]
    if all(b.printed for b in bounds):
        return getal(lo)
    how = ", ".join(b.how for b in bounds)
    return f"{_span(lo, hi)} ({how})"


def findings(register: pd.DataFrame, years: Sequence[int]) -> list[Finding]:
    """Every inconsistency the register proves on its own, in a stable order."""
    q, found = quantities(register)
    found += repeated(q)
    found += [f for r in relations(q, years) if (f := check(r, q)) is not None]
    return sorted(found, key=lambda f: f.id)
