#!/usr/bin/env python3
"""Rebuild the reconstructed case export of Perspectief Herstelbemiddeling in data/raw/perspectief.

The real case register is confidential. This script writes a stand-in in the form a
case-management system exports: one row per registration (zaken.csv) and one row per case and
article of law (delicten.csv). Its targets come from the register of published numbers after
the reading of data/published/lezing.csv: printed counts exactly, printed percentages as the
whole counts they allow. Small integer programs (scipy's HiGHS) choose counts that meet every
target at once; everything the report does not pin down is an imputed parameter below, drawn
from a fixed seed. Not part of the pipeline. tests/test_perspectief_reconstruction.py checks
every target it meets.

    python3 tools/reconstruct_perspectief.py [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import math
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from reconstruct_raw import write_delivery  # noqa: E402  (the same Dutch-Excel CSV writer)

from herstelstats import readings, register  # noqa: E402
from herstelstats.consistency import possible_counts  # noqa: E402
from herstelstats.schemas import perspectief as p  # noqa: E402

YEARS = (2017, 2018, 2019, 2020)
PERIOD = "2017-2020"
PRE = 2016  # cases registered before 2017 that closed in 2017-2020 (footnotes 85 and 106)
SEED = 20211126
ADULTS, JUVENILES = ("PI", "zelfaanmelders"), ("JJI",)
SOORT = {"PI": "PI", "zelfaanmelders": "Zelfmelder", "JJI": "JJI"}

# --- Imputed parameters ------------------------------------------------------------------
# Duration classes (days from uitzetting to closing, footnote 86) and the years a case of
# each class can close in, counted from the year it was passed on.
DURATIONS = {
    "korter dan 1 maand": (7, 30),
    "1-3 maanden": (31, 91),
    "3-6 maanden": (92, 182),
    "6-12 maanden": (183, 365),
    "langer dan 12 maanden": (366, 700),
}
# Adults: "de helft" 1-3 months, "bijna een kwart" 3-6 months (§4.2.1); the rest imputed.
ADULT_DURATION_SHARE = {"korter dan 1 maand": 0.12, "1-3 maanden": 0.50, "3-6 maanden": 0.23,
                        "6-12 maanden": 0.11, "langer dan 12 maanden": 0.04}  # fmt: skip
OPEN_AT_END = {"PI": 40, "zelfaanmelders": 6, "JJI": 8}  # uitgezet, not closed by 2021
# PIs with aanmeldingen; the four koplopers of §4.2.1 get the largest weights, Middelburg and
# Veenhuizen grow strongly in 2020. Weights per year 2017-2020.
PI_WEIGHTS = {
    "PI Nieuwegein": (14, 14, 13, 12), "PI Arnhem": (12, 13, 12, 11),
    "PI Ter Apel": (11, 12, 11, 10), "PI Vught": (10, 11, 10, 9),
    "PI Middelburg": (1, 1, 1, 9), "PI Veenhuizen": (2, 2, 2, 10),
    "PI Zwolle": (6, 6, 6, 5), "PI Leeuwarden": (5, 6, 5, 5), "PI Almelo": (4, 5, 4, 4),
    "PI Alphen aan den Rijn": (4, 5, 5, 4), "PI Krimpen aan den IJssel": (4, 5, 4, 3),
    "PI Lelystad": (3, 4, 4, 3), "PI Sittard": (3, 4, 3, 3), "PI Zuid-Oost": (3, 4, 3, 3),
    "PI Heerhugowaard": (3, 3, 3, 2), "PI Achterhoek": (2, 3, 2, 2), "PI Dordrecht": (2, 3, 2, 2),
    "PI Rotterdam": (2, 3, 2, 2), "JC Zaanstad": (2, 2, 2, 2), "PI Utrecht": (1, 2, 1, 1),
    "PI Grave": (1, 0, 0, 0),
}  # fmt: skip
# JJIs: De Hunnerberg "verreweg de meeste", one JJI with many more in 2020 (§5.2.2).
# None: closed that year (data/reference/inrichtingen.csv, footnote 103).
JJI_WEIGHTS = {
    "RJJI De Hunnerberg": (14, 11, 12, 13), "JJI Teylingereind": (4, 3, 4, 14),
    "RJJI De Hartelborgt": (4, 4, 4, 4), "RJJI Den Hey-Acker": (4, 4, 4, 4),
    "JJI Lelystad": (1, 0, 0, 0), "JJI De Doggershoek": (12, 4, None, None),
    "JJI Het Keerpunt": (10, None, None, None),
}  # fmt: skip
JJI_LEAST = "JJI Lelystad"  # JJI Lelystad refers only sporadically (§5.2.2, interviews)
PI_LEAST = "PI Grave"  # PI Grave refers "maar zeer beperkt" (§4.2.1)
PI_MOST_ZELF = "PI Vught"  # imputed: which PI has the most zelfaanmelders
# Offences: most cases one article, some two (n = offences, §4.2.1, §5.2.2). Articles per
# category of data/reference/wetsartikelen.csv, with imputed weights within a category.
ARTICLES = {
    "Diefstal met (bedreiging van) geweld": {"312 Sr": 1},
    "Levensdelicten": {"287 Sr": 5, "289 Sr": 3, "307 Sr": 1},
    "Zware geweldsdelicten": {"45/287 Sr": 3, "302 Sr": 2, "303 Sr": 1},
    "Geweldsdelicten": {"45/287 Sr": 3, "302 Sr": 2, "141 Sr": 1},
    "Zedendelicten": {"242 Sr": 2, "246 Sr": 1, "247 Sr": 1},
    # Weights keep every finer category of Figuur 1 below zware geweldsdelicten (13%).
    "Overig": {"300 Sr": 4, "285 Sr": 4, "285b Sr": 2, "6 WVW 1994": 2, "282 Sr": 2,
               "310 Sr": 3, "350 Sr": 1, "157 Sr": 1},
}  # fmt: skip
JUVENILE_LEVENSDELICTEN = {"287 Sr": 3, "289 Sr": 1}  # footnote 104: moord/doodslag only
# Shares the report does not print (Figuur 5's bars are lost): juvenile sexual offences.
UNPRINTED_DELICT_SHARE = {"Zedendelicten": 0.05}


@dataclass
class Targets:
    """Counts and percentage bounds from the register after the reading."""

    reg: object

    def count(self, groep: str, maat: str, jaar: str = PERIOD, categorie: str = "") -> int | None:
        rows = self._rows(groep, maat, jaar, categorie, "aantal")
        values = set(rows["waarde"].dropna().astype(int))
        return values.pop() if len(values) == 1 else None

    def bounds(
        self, groep: str, maat: str, n: int, jaar: str = PERIOD, categorie: str = ""
    ) -> tuple[int, int]:
        """The whole counts every printed percentage of this statistic allows."""
        lo, hi = 0, n
        for value in self._rows(groep, maat, jaar, categorie, "procent")["waarde"].dropna():
            a, b = possible_counts(int(value), n)
            lo, hi = max(lo, a), min(hi, b)
        return lo, hi

    def _rows(self, groep, maat, jaar, categorie, eenheid):
        r = self.reg
        pick = (r["bron"] == "perspectief") & (r["groep"] == groep) & (r["maat"] == maat)
        pick &= (r["jaar"] == jaar) & (r["categorie"] == categorie) & (r["eenheid"] == eenheid)
        return r[pick & (r["inrichting"] == "")]


def targets() -> Targets:
    entries = register.load(ROOT / "data" / "published" / "register.csv")
    lezing = register.load_readings(ROOT / "data" / "published" / "lezing.csv")
    resolution = readings.resolve(entries, lezing, YEARS)
    assert not resolution.problems, resolution.problems
    return Targets(resolution.corrected)


@dataclass
class Program:
    """A small integer program: named variables with bounds and linear constraints."""

    names: list[str] = field(default_factory=list)
    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    cost: list[float] = field(default_factory=list)
    rows: list[tuple[dict[str, float], float, float]] = field(default_factory=list)

    def var(self, name: str, lo: float = 0, hi: float = np.inf, cost: float = 0.0) -> str:
        self.names.append(name)
        self.lower.append(lo)
        self.upper.append(hi)
        self.cost.append(cost)
        return name

    def add(self, terms: dict[str, float], lo: float, hi: float | None = None) -> None:
        self.rows.append((terms, lo, lo if hi is None else hi))

    def solve(self) -> dict[str, int]:
        index = {n: i for i, n in enumerate(self.names)}
        matrix = np.zeros((len(self.rows), len(self.names)))
        for r, (terms, _, _) in enumerate(self.rows):
            for name, coef in terms.items():
                matrix[r, index[name]] = coef
        result = milp(
            c=np.array(self.cost),
            integrality=np.ones(len(self.names)),
            bounds=Bounds(self.lower, self.upper),
            constraints=LinearConstraint(
                matrix, [r[1] for r in self.rows], [r[2] for r in self.rows]
            ),
        )
        if not result.success:
            raise SystemExit(f"no counts meet every target: {result.message}")
        return {n: round(v) for n, v in zip(self.names, result.x, strict=True)}


def _table_counts(
    t: Targets, count: str, pct: str, totals: dict[tuple[str, ...], int]
) -> dict[tuple[str, int], int]:
    """Counts per group and year that every printed percentage of a table allows.

    The table gives count (the n) and pct per group and year; PI and zelfaanmelders add up to
    volwassenen; totals fixes the period total of some groups (e.g. the 608 uitgezet).
    """
    prog = Program()
    for g, y in itertools.product((*ADULTS, *JUVENILES), YEARS):
        prog.var(f"{g}|{y}", *t.bounds(g, pct, t.count(g, count, str(y)), str(y)))
    for y in YEARS:
        n = t.count("volwassenen", count, str(y))
        prog.add({f"{g}|{y}": 1 for g in ADULTS}, *t.bounds("volwassenen", pct, n, str(y)))
    for g in (*ADULTS, *JUVENILES):
        prog.add({f"{g}|{y}": 1 for y in YEARS}, *t.bounds(g, pct, t.count(g, count)))
    for groups, total in totals.items():
        prog.add({f"{g}|{y}": 1 for g in groups for y in YEARS}, total)
    solved = prog.solve()
    return {(g, y): solved[f"{g}|{y}"] for g in (*ADULTS, *JUVENILES) for y in YEARS}


def passed_on(t: Targets) -> dict[tuple[str, int], int]:
    """Aanmeldingen uitgezet per group and registration year (Tabel 8 and 11)."""
    totals = {ADULTS: t.count("volwassenen", "uitgezet"), JUVENILES: t.count("JJI", "uitgezet")}
    return _table_counts(t, "aanmeldingen", "pct_uitgezet", totals)


def with_contact(t: Targets) -> dict[tuple[str, int], int]:
    """Closed cases with contact per group and closing year (Tabel 9 and 12)."""
    totals = {
        groups: t.count(whole, "afgesloten") - t.count(whole, "afgesloten_zonder_contact")
        for groups, whole in ((ADULTS, "volwassenen"), (JUVENILES, "JJI"))
    }
    return _table_counts(t, "afgesloten", "pct_afgesloten_met_contact", totals)


def _reachable(uy: int, cy: int, duration: str) -> bool:
    """Whether a case passed on in year uy can close in year cy after a duration of this class."""
    lo, hi = DURATIONS[duration]
    earliest = (dt.date(cy, 1, 1) - dt.date(uy, 12, 31)).days
    latest = (dt.date(cy, 12, 31) - dt.date(uy, 1, 1)).days
    return cy >= uy and earliest <= hi and lo <= latest


def _duration_targets(t: Targets, groups: Sequence[str]) -> dict[str, int]:
    """Closed cases per duration class: the JJI shares of §5.2.2, imputed shares for adults."""
    if groups == JUVENILES:
        n = t.count("JJI", "afgesloten")
        short = t.bounds("JJI", "pct_duur", n, categorie="korter dan 1 maand")[0]
        usual = t.bounds("JJI", "pct_duur", n, categorie="1-3 maanden")[0]
        long_ = t.bounds("JJI", "pct_duur", n, categorie="langer dan 6 maanden")[0]
        middle = n - short - usual - long_
        return {"korter dan 1 maand": short, "1-3 maanden": usual, "3-6 maanden": middle,
                "6-12 maanden": long_ - 2, "langer dan 12 maanden": 2}  # fmt: skip
    n = t.count("volwassenen", "afgesloten")
    shares = {d: round(n * s) for d, s in ADULT_DURATION_SHARE.items()}
    shares["1-3 maanden"] += n - sum(shares.values())
    return shares


def timeline(t: Targets, groups: Sequence[str], passed: dict, cells_cost: float = 1.0) -> dict:
    """Cases per (group, year passed on, year closed or 'open', duration class)."""
    prog = Program()
    for g, uy, cy, d in itertools.product(groups, (PRE, *YEARS), YEARS, DURATIONS):
        if _reachable(uy, cy, d):
            # Closing in a later year than passed on is rarer for short cases: cost steers it.
            late = (cy - uy) * (3 if d in ("korter dan 1 maand", "1-3 maanden") else 1)
            prog.var(f"{g}|{uy}|{cy}|{d}", cost=late * cells_cost)
    for g, uy in itertools.product(groups, YEARS):
        prog.var(f"{g}|{uy}|open", cost=(2020 - uy) * 5)
    for g in groups:
        prog.add({f"{g}|{uy}|open": 1 for uy in YEARS}, OPEN_AT_END[g])
        for uy in YEARS:
            terms = {v: 1 for v in prog.names if v.startswith(f"{g}|{uy}|")}
            prog.add(terms, passed[(g, uy)])
        for cy in YEARS:
            terms = {v: 1 for v in prog.names if v.startswith(f"{g}|") and f"|{cy}|" in v
                     and v.split("|")[2] == str(cy)}  # fmt: skip
            prog.add(terms, t.count(g, "afgesloten", str(cy)))
    for d, n in _duration_targets(t, groups).items():
        prog.add({v: 1 for v in prog.names if v.endswith(f"|{d}")}, n)
    if groups == JUVENILES:
        n2020 = t.count("JJI", "afgesloten", "2020")
        long_ = t.bounds("JJI", "pct_duur", n2020, "2020", "langer dan 6 maanden")
        terms = {v: 1 for v in prog.names if v.split("|")[2:3] == ["2020"]
                 and v.split("|")[-1] in ("6-12 maanden", "langer dan 12 maanden")}  # fmt: skip
        prog.add(terms, *long_)
    solved = prog.solve()
    return {tuple(k.split("|")): v for k, v in solved.items() if v}


def outcomes(
    t: Targets, groups: Sequence[str], contact: dict, whole: str
) -> dict[str, dict[str, int]]:
    """Contact forms and reasons for no contact per group, within every printed share."""
    prog = Program()
    closed = {g: sum(t.count(g, "afgesloten", str(y)) for y in YEARS) for g in groups}
    met = {g: sum(contact[(g, y)] for y in YEARS) for g in groups}
    for g in groups:
        for vorm in p.VORMEN:
            prog.var(f"{g}|{vorm}")
        for reden in p.REDENEN:
            prog.var(f"{g}|{reden}")
        prog.add({f"{g}|{v}": 1 for v in p.VORMEN}, met[g])
        prog.add({f"{g}|{r}": 1 for r in p.REDENEN}, closed[g] - met[g])
        for reden in p.REDENEN:  # shares printed for one group (zelfaanmelders 22%, PI 11%)
            prog.add(
                {f"{g}|{reden}": 1}, *t.bounds(g, "pct_reden", closed[g] - met[g], categorie=reden)
            )
    total_met, total_without = sum(met.values()), sum(closed.values()) - sum(met.values())
    for vorm in p.VORMEN:
        prog.add(
            {f"{g}|{vorm}": 1 for g in groups},
            *t.bounds(whole, "pct_contactvorm", total_met, categorie=vorm),
        )
    for reden in p.REDENEN:
        prog.add(
            {f"{g}|{reden}": 1 for g in groups},
            *t.bounds(whole, "pct_reden", total_without, categorie=reden),
        )
    _usual_reasons(prog, groups, {g: closed[g] - met[g] for g in groups})
    if groups == JUVENILES:  # "het ontbreken van contactgegevens ... kwam niet voor"
        prog.add({"JJI|Geen gegevens slachtoffer beschikbaar": 1}, 0)
    solved = prog.solve()
    return {
        g: {k.split("|")[1]: v for k, v in solved.items() if k.startswith(f"{g}|")} for g in groups
    }


def _usual_reasons(prog: Program, groups: Sequence[str], without: dict[str, int]) -> None:
    """§4.2.1: mostly the victim declines; missing data or another reason in "een klein aantal"."""
    victim, missing, other = p.REDENEN[0], p.REDENEN[3], p.REDENEN[4]
    for g in groups:
        prog.add({f"{g}|{victim}": 1}, math.ceil(without[g] / 2), np.inf)
        prog.add({f"{g}|{missing}": 1, f"{g}|{other}": 1}, 0, without[g] // 10)
    if groups == ADULTS:  # both appear in Figuur 2: at least the threshold each
        for reason in (missing, other):
            prog.add({f"{g}|{reason}": 1 for g in groups}, 5, np.inf)


@dataclass
class Case:
    groep: str
    registered: dt.date
    passed: dt.date | None = None
    closed: dt.date | None = None
    resultaat: str = ""
    vorm: str = ""
    reden: str = ""
    inrichting: str = ""
    articles: list[str] = field(default_factory=list)


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _timed_case(rng: random.Random, g: str, uy: int, cy: str, duration: str) -> Case:
    """Dates that realise the cell: passed on in uy, closed in cy after the duration class."""
    if cy == "open":
        passed = _day(rng, dt.date(uy, 1, 1), dt.date(uy, 12, 31))
        return Case(g, _day(rng, dt.date(uy, 1, 1), passed), passed)
    lo, hi = DURATIONS[duration]
    while True:
        days = rng.randint(lo, hi)
        passed = _day(rng, dt.date(uy, 1, 1), dt.date(uy, 12, 31))
        closed = passed + dt.timedelta(days=days)
        if closed.year == int(cy):
            registered = _day(rng, max(dt.date(uy, 1, 1), passed - dt.timedelta(days=28)), passed)
            return Case(g, registered, passed, closed)


def cases(t: Targets, rng: random.Random) -> list[Case]:
    """Every registration with its dates and outcome, meeting every target."""
    passed, contact = passed_on(t), with_contact(t)
    result: list[Case] = []
    for groups, whole in ((ADULTS, "volwassenen"), (JUVENILES, "JJI")):
        cells = timeline(t, groups, passed)
        for (g, uy, cy, *rest), n in sorted(cells.items()):
            result += [_timed_case(rng, g, int(uy), cy, rest[0] if rest else "") for _ in range(n)]
        for g, y in itertools.product(groups, YEARS):  # registrations never passed on
            n = t.count(g, "aanmeldingen", str(y)) - passed[(g, y)]
            result += [Case(g, _day(rng, dt.date(y, 1, 1), dt.date(y, 12, 31))) for _ in range(n)]
        _assign_outcomes(rng, result, groups, contact, outcomes(t, groups, contact, whole))
    return result


def _assign_outcomes(rng, all_cases, groups, contact, split) -> None:
    for g in groups:
        forms = [v for v, n in sorted(split[g].items()) if v in p.VORMEN for _ in range(n)]
        reasons = [r for r, n in sorted(split[g].items()) if r in p.REDENEN for _ in range(n)]
        rng.shuffle(forms)
        rng.shuffle(reasons)
        for y in YEARS:
            closing = [c for c in all_cases if c.groep == g and c.closed and c.closed.year == y]
            rng.shuffle(closing)
            for i, case in enumerate(closing):
                if i < contact[(g, y)]:
                    case.resultaat, case.vorm = p.CONTACT, forms.pop()
                else:
                    case.resultaat, case.reden = p.GEEN_CONTACT, reasons.pop()
        assert not forms and not reasons, (g, len(forms), len(reasons))


def _lists(t: Targets, groep: str, maat: str) -> list[str]:
    """Institution names of a list statement: 'Nieuwegein, Arnhem, Ter Apel en Vught'."""
    r = t.reg
    rows = r[(r["bron"] == "perspectief") & (r["groep"] == groep) & (r["maat"] == maat)]
    names = []
    for inrichting, printed in zip(rows["inrichting"], rows["waarde_gedrukt"], strict=True):
        text = inrichting or printed.replace(" en ", ", ")
        names += [n.strip() for n in text.split(",") if n.strip()]
    return names


def _deviation(prog: Program, name: str, target: float) -> None:
    """|name - target| enters the cost, so counts stay close to the imputed weights."""
    over, under = prog.var(f"{name}+", cost=1), prog.var(f"{name}-", cost=1)
    prog.add({name: 1, over: -1, under: 1}, round(target))


def _spread(prog: Program, kind: str, names: list[str], weights: dict, totals: dict) -> None:
    """Counts per institution and year that add up to the year's total, near the weights."""
    for y in YEARS:
        share = sum(weights[n][y - 2017] or 0 for n in names)
        for n in names:
            prog.var(f"{kind}|{n}|{y}", hi=0 if weights[n][y - 2017] is None else np.inf)
            target = totals[y] * (weights[n][y - 2017] or 0) / share
            _deviation(prog, f"{kind}|{n}|{y}", target)
        prog.add({f"{kind}|{n}|{y}": 1 for n in names}, totals[y])


def _surges(prog: Program, kind: str, names: list[str], surging: list[str]) -> None:
    """Only the named institutions register at least 5 more in 2020 than in any earlier year."""
    for n in names:
        if n in surging:
            for y in YEARS[:-1]:
                prog.add({f"{kind}|{n}|2020": 1, f"{kind}|{n}|{y}": -1}, 5, np.inf)
        else:
            prog.add({f"{kind}|{n}|2020": 1, f"{kind}|{n}|2019": -1}, -np.inf, 4)


def _per_institution_totals(prog, kind, names, lo, hi, exact: dict) -> None:
    for n in names:
        terms = {f"{kind}|{n}|{y}": 1 for y in YEARS}
        prog.add(terms, *((exact[n], exact[n]) if n in exact else (lo, hi)))


def _leaders(prog, kind, names, leaders, margin) -> None:
    for k, j in itertools.product(leaders, [n for n in names if n not in leaders]):
        terms = {f"{kind}|{k}|{y}": 1 for y in YEARS}
        terms.update({f"{kind}|{j}|{y}": -1 for y in YEARS})
        prog.add(terms, margin, np.inf)


def adult_institutions(t: Targets, passed: dict) -> dict[str, int]:
    """Aanmeldingen (a), uitgezet (u), zelfaanmelders (z, uz) per PI and year (§4.2.1)."""
    prog, short = Program(), {w.removeprefix("PI ").removeprefix("JC "): w for w in PI_WEIGHTS}
    names = [short[n] for n in sorted(short)]
    n = {g: {y: t.count(g, "aanmeldingen", str(y)) for y in YEARS} for g in ADULTS}
    u = {g: {y: passed[(g, y)] for y in YEARS} for g in ADULTS}
    for kind, g in (("a", "PI"), ("u", "PI"), ("z", "zelfaanmelders"), ("uz", "zelfaanmelders")):
        _spread(prog, kind, names, PI_WEIGHTS, (n if kind in ("a", "z") else u)[g])
    for i, y in itertools.product(names, YEARS):
        prog.add({f"u|{i}|{y}": 1, f"a|{i}|{y}": -1}, -np.inf, 0)
        prog.add({f"uz|{i}|{y}": 1, f"z|{i}|{y}": -1}, -np.inf, 0)
    most, least = (
        t.count("PI", "uitgezet_max_per_inrichting"),
        t.count("PI", "uitgezet_min_per_inrichting"),
    )
    leaders = [short[k] for k in _lists(t, "PI", "koplopers_aanmeldingen")]
    exact = {leaders[0]: most, PI_LEAST: least}
    _per_institution_totals(prog, "u", names, least, most, exact)
    zelf = t.count("zelfaanmelders", "zelfaanmelders_max_per_inrichting")
    _per_institution_totals(prog, "z", names, 0, zelf, {PI_MOST_ZELF: zelf})
    _leaders(prog, "a", names, leaders, 1)
    _surges(prog, "a", names, [short[k] for k in _lists(t, "PI", "toename_aanmeldingen")])
    return prog.solve()


def juvenile_institutions(t: Targets, passed: dict) -> dict[str, int]:
    """Aanmeldingen (a) and uitgezet (u) per JJI and year (§5.2.2)."""
    prog, names = Program(), sorted(JJI_WEIGHTS)
    short = {w.split(" ", 1)[1]: w for w in names}
    n = {y: t.count("JJI", "aanmeldingen", str(y)) for y in YEARS}
    _spread(prog, "a", names, JJI_WEIGHTS, n)
    _spread(prog, "u", names, JJI_WEIGHTS, {y: passed[("JJI", y)] for y in YEARS})
    for i, y in itertools.product(names, YEARS):
        prog.add({f"u|{i}|{y}": 1, f"a|{i}|{y}": -1}, -np.inf, 0)
    most, least = (
        t.count("JJI", "uitgezet_max_per_inrichting"),
        t.count("JJI", "uitgezet_min_per_inrichting"),
    )
    leader = short[_lists(t, "JJI", "koplopers_aanmeldingen")[0]]
    _per_institution_totals(prog, "u", names, least, most - 10, {leader: most, JJI_LEAST: least})
    _leaders(prog, "a", names, [leader], 10)
    _mostly_small(prog, names, t)
    prog.add(
        {f"s|{i}": 1 for i in names}, t.count("JJI", "inrichtingen_toename_aanmeldingen", "2020")
    )
    return prog.solve()


def _mostly_small(prog: Program, names: list[str], t: Targets) -> None:
    """Most open JJI-years below the bound, some above the other; some JJIs surge in 2020."""
    small = t.count("JJI", "aanmeldingen_per_inrichting_per_jaar_veelal_minder_dan")
    large = t.count("JJI", "aanmeldingen_per_inrichting_per_jaar_uitschieters_meer_dan")
    open_years = [
        (i, y) for i, y in itertools.product(names, YEARS) if JJI_WEIGHTS[i][y - 2017] is not None
    ]
    for i, y in open_years:
        big, out = prog.var(f"b|{i}|{y}", hi=1), prog.var(f"o|{i}|{y}", hi=1)
        prog.add({f"a|{i}|{y}": 1, big: -200}, -np.inf, small - 1)
        prog.add({f"a|{i}|{y}": 1, out: -(large + 1)}, 0, np.inf)
    prog.add({f"b|{i}|{y}": 1 for i, y in open_years}, 0, (len(open_years) - 1) // 2)
    prog.add({f"o|{i}|{y}": 1 for i, y in open_years}, 2, np.inf)
    for i in names:  # s|i = 1: at least 5 more in 2020 than in any earlier year; else at most 4
        surge = prog.var(f"s|{i}", hi=1 if JJI_WEIGHTS[i][3] is not None else 0)
        for y in YEARS[:-1]:
            prog.add({f"a|{i}|2020": 1, f"a|{i}|{y}": -1, surge: -200}, -195, np.inf)
        prog.add({f"a|{i}|2020": 1, f"a|{i}|2019": -1, surge: -200}, -np.inf, 4)


def assign_institutions(rng: random.Random, all_cases: list[Case], solved: dict) -> None:
    """Give each case an institution from the counts per institution, year and outcome."""
    for case in all_cases:
        year = case.registered.year
        if year < 2017:  # cases from before the period: the 2017 weights
            weights = JJI_WEIGHTS if case.groep == "JJI" else PI_WEIGHTS
            names = [n for n in sorted(weights) if weights[n][0]]
            case.inrichting = rng.choices(names, [weights[n][0] for n in names])[0]
    for g, (count, passed) in (
        ("PI", ("a", "u")),
        ("zelfaanmelders", ("z", "uz")),
        ("JJI", ("a", "u")),
    ):
        key = "jji" if g == "JJI" else "adult"
        for y in YEARS:
            _fill(rng, all_cases, g, y, solved[key], count, passed)


def _fill(rng, all_cases, g, y, solved, count, passed) -> None:
    names = sorted(
        {k.split("|")[1] for k in solved if k.startswith(f"{count}|") and k.count("|") == 2}
    )
    slots = {True: [], False: []}
    for name in names:
        registered, out = solved[f"{count}|{name}|{y}"], solved[f"{passed}|{name}|{y}"]
        slots[True] += [name] * out
        slots[False] += [name] * (registered - out)
    mine = [c for c in all_cases if c.groep == g and c.registered.year == y]
    for flag in (True, False):
        group = [c for c in mine if (c.passed is not None) == flag]
        rng.shuffle(slots[flag])
        assert len(group) == len(slots[flag]), (g, y, flag, len(group), len(slots[flag]))
        for case, name in zip(group, slots[flag], strict=True):
            case.inrichting = name


def assign_offences(t: Targets, rng: random.Random, all_cases: list[Case]) -> None:
    """Articles per case: the delict shares of Figuur 1 and 5 among cases passed on in 2017-2020."""
    for groups, whole in ((ADULTS, "volwassenen"), (JUVENILES, "JJI")):
        passed = [
            c for c in all_cases if c.groep in groups and c.passed and c.registered.year >= 2017
        ]
        n = t.count(whole, "delicten")
        counts = _delict_counts(t, whole, n)
        pool = [cat for cat, k in sorted(counts.items()) for _ in range(k)]
        rng.shuffle(pool)
        for case, category in zip(passed, pool, strict=False):
            _add_article(rng, case, category, whole)
        for category in pool[len(passed) :]:  # a second offence for some cases
            fits = [
                c
                for c in passed
                if len(c.articles) == 1 and _articles(category, whole).keys() - set(c.articles)
            ]
            _add_article(rng, rng.choice(fits), category, whole)
    for case in all_cases:  # the export carries offences for cases never passed on as well
        if not case.articles:
            case.articles.append(rng.choice(sorted(ARTICLES["Overig"])))


def _articles(category: str, whole: str) -> dict[str, int]:
    juvenile_lives = whole == "JJI" and category == "Levensdelicten"
    return JUVENILE_LEVENSDELICTEN if juvenile_lives else ARTICLES[category]


def _add_article(rng: random.Random, case: Case, category: str, whole: str) -> None:
    table = _articles(category, whole)
    options = [a for a in sorted(table) if a not in case.articles]
    case.articles.append(rng.choices(options, [table[a] for a in options])[0])


def _delict_counts(t: Targets, whole: str, n: int) -> dict[str, int]:
    named = ["Diefstal met (bedreiging van) geweld", "Levensdelicten", "Zedendelicten",
             "Geweldsdelicten" if whole == "JJI" else "Zware geweldsdelicten"]  # fmt: skip
    counts = {}
    for cat in named:
        lo, hi = t.bounds(whole, "pct_delict", n, categorie=cat)
        printed = (lo, hi) != (0, n)
        counts[cat] = (lo + hi) // 2 if printed else round(n * UNPRINTED_DELICT_SHARE[cat])
    counts["Overig"] = n - sum(counts.values())
    assert counts["Overig"] >= 0, counts
    return counts


def write(out: Path, all_cases: list[Case]) -> None:
    ordered = sorted(all_cases, key=lambda c: (c.registered, c.groep, c.inrichting))
    rows, offences = [], []
    counters: Counter = Counter()
    for case in ordered:
        counters[case.registered.year] += 1
        number = f"PH-{case.registered.year}-{counters[case.registered.year]:04d}"
        rows.append([number, _nl(case.registered), SOORT[case.groep], case.inrichting,
                     _nl(case.passed), _nl(case.closed), case.resultaat, case.vorm,
                     case.reden])  # fmt: skip
        offences += [[number, article] for article in case.articles]
    header = [p.ZAAKNUMMER, p.AANMELDDATUM, p.SOORT_AANMELDING, p.INRICHTING, p.DATUM_UITGEZET,
              p.DATUM_AFGESLOTEN, p.RESULTAAT, p.VORM_CONTACT, p.REDEN]  # fmt: skip
    write_delivery(out / "perspectief" / "zaken.csv", header, rows)
    write_delivery(out / "perspectief" / "delicten.csv", [p.ZAAKNUMMER, p.WETSARTIKEL], offences)


def _nl(date: dt.date | None) -> str:
    return date.strftime("%d-%m-%Y") if date else ""


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "raw")
    out = parser.parse_args(argv).out
    rng = random.Random(SEED)
    t = targets()
    all_cases = cases(t, rng)
    passed = passed_on(t)
    solved = {"adult": adult_institutions(t, passed), "jji": juvenile_institutions(t, passed)}
    assign_institutions(rng, all_cases, solved)
    assign_offences(t, rng, all_cases)
    write(out, all_cases)


if __name__ == "__main__":
    main()
