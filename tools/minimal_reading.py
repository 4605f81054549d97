#!/usr/bin/env python3
"""Search the smallest sets of printed percentages whose rejection makes a table consistent.

For a table of the report laid out as years x (PI, zelfaanmelders, volwassenen) with a count
(n) and a percentage per cell, as Tabel 8 and 9 are, every true count k of a cell must satisfy:
k(PI) + k(zelfaanmelders) = k(volwassenen) per year and for the period, the years add up to the
period, and a printed percentage p of n allows only |100k/n - p| <= 0.5. A rejected
percentage allows any k. Extra printed counts of the period total (the n=169 of §4.2.1) can
be fixed with --total.

    python3 tools/minimal_reading.py "Tabel 9" pct_afgesloten_met_contact afgesloten --total 169

prints every smallest set of cells to reject. It backs the reading of Tabel 9 in
data/published/lezing.csv; tests/test_minimal_reading.py runs it.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from herstelstats import register  # noqa: E402
from herstelstats.consistency import possible_counts  # noqa: E402

GROUPS = ("PI", "zelfaanmelders", "volwassenen")
YEARS = ("2017", "2018", "2019", "2020")
PERIOD = "2017-2020"
Cell = tuple[str, str]  # groep, jaar


def table_cells(entries, tabel: str, pct: str, count: str) -> dict[Cell, tuple[int, int]]:
    """(groep, jaar) -> (n, printed percentage) of every cell of one table of the register."""
    in_table = entries[entries["tabel"] == tabel]
    cells = {}
    for groep, jaar in itertools.product(GROUPS, (*YEARS, PERIOD)):
        pick = in_table[(in_table["groep"] == groep) & (in_table["jaar"] == jaar)]
        n = pick.loc[pick["maat"] == count, "waarde"]
        p = pick.loc[pick["maat"] == pct, "waarde"]
        if len(n) == 1 and len(p) == 1:
            cells[(groep, jaar)] = (int(n.iloc[0]), int(p.iloc[0]))
    if len(cells) != len(GROUPS) * (len(YEARS) + 1):
        raise SystemExit(f"{tabel}: expected every cell of {pct} and {count}, found {len(cells)}")
    return cells


def _allowed(cells, rejected: set[Cell], cell: Cell) -> range | list[int]:
    n, p = cells[cell]
    if cell in rejected:
        return range(n + 1)
    lo, hi = possible_counts(p, n)
    return range(lo, hi + 1)


def _year_options(cells, rejected, year: str) -> list[tuple[int, int]]:
    total = set(_allowed(cells, rejected, ("volwassenen", year)))
    return [
        (a, b)
        for a in _allowed(cells, rejected, ("PI", year))
        for b in _allowed(cells, rejected, ("zelfaanmelders", year))
        if a + b in total
    ]


def consistent(cells, rejected: set[Cell], totals: Iterable[int] = ()) -> bool:
    """Whether whole counts exist that meet every relation and every kept percentage."""
    options = [_year_options(cells, rejected, year) for year in YEARS]
    pi_total = set(_allowed(cells, rejected, ("PI", PERIOD)))
    zelf_total = set(_allowed(cells, rejected, ("zelfaanmelders", PERIOD)))
    all_total = set(_allowed(cells, rejected, ("volwassenen", PERIOD)))
    for fixed in totals:
        all_total &= {fixed}
    for combo in itertools.product(*options):
        pi, zelf = sum(a for a, _ in combo), sum(b for _, b in combo)
        if pi in pi_total and zelf in zelf_total and pi + zelf in all_total:
            return True
    return False


def smallest_readings(
    cells, totals: Iterable[int] = (), largest: int = 4
) -> list[tuple[Cell, ...]]:
    """Every smallest set of cells whose rejection leaves the table consistent."""
    totals = tuple(totals)
    for size in range(largest + 1):
        found = [
            rejected
            for rejected in itertools.combinations(sorted(cells), size)
            if consistent(cells, set(rejected), totals)
        ]
        if found:
            return found
    return []


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tabel", help="the table, e.g. 'Tabel 9'")
    parser.add_argument("pct", help="maat of the percentage, e.g. pct_afgesloten_met_contact")
    parser.add_argument("count", help="maat of its n, e.g. afgesloten")
    parser.add_argument("--total", type=int, action="append", default=[],
                        help="a printed count of the period total of all adults")  # fmt: skip
    args = parser.parse_args(argv)
    entries = register.load(ROOT / "data" / "published" / "register.csv")
    cells = table_cells(entries, args.tabel, args.pct, args.count)
    for reading in smallest_readings(cells, args.total):
        print(" ".join(f"{groep}:{jaar}" for groep, jaar in reading) or "(niets: consistent)")


if __name__ == "__main__":
    main()
