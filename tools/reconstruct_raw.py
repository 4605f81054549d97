#!/usr/bin/env python3
"""Rebuild the reconstructed raw deliveries in data/raw from the register of published numbers.

The real registration files are confidential. This script writes stand-ins in each
organisation's delivery format whose aggregates equal the published numbers; every value the
report does not pin down is drawn here, from a fixed seed, and documented as imputed in
data/raw/reconstructie.csv. It is not part of the pipeline: the pipeline only reads data/raw.

    python3 tools/reconstruct_raw.py [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGISTER = ROOT / "data" / "published" / "register.csv"
YEARS = (2017, 2018, 2019, 2020)
SEED = 20211126

# --- Imputed parameters (not in the report; each is documented in data/raw/README.md) ---
# §4.1.3 names the PIs with the SOS group course; Zaanstad only starts in 2021.
SOS_GROEP_PIS = (
    "PI Almelo", "PI Dordrecht", "PI Krimpen aan den IJssel", "PI Lelystad", "PI Middelburg",
    "PI Rotterdam", "PI Sittard", "PI Ter Apel", "PI Vught", "PI Zuid-Oost", "PI Zwolle",
)  # fmt: skip
# Individual SOS courses take place "in vrijwel alle PI's" (Tabel 3, note c).
SOS_INDIVIDUEEL_PIS = (*SOS_GROEP_PIS, "PI Arnhem", "PI Leeuwarden", "PI Veenhuizen", "PI Grave")
SOS_MEETING_PIS = ("PI Almelo", "PI Rotterdam", "PI Zuid-Oost")  # footnote 70 adds Veenhuizen 2019
SOS_GESPREKSGROEP_PI = "PI Lelystad"  # §4.1.3: weekly conversation groups in PI Lelystad
# Exodus: 17 institutions incl. JC Schiphol (fn 76). Tabel 3 lists 17 PIs, of which Ter Apel
# was only starting up; we read Dordrecht and Rotterdam as the two PIs that gave it in the past.
MKEI_LOCATIES = (
    "PI Achterhoek", "PI Almelo", "PI Alphen aan den Rijn", "PI Arnhem", "PI Heerhugowaard",
    "PI Krimpen aan den IJssel", "PI Leeuwarden", "PI Lelystad", "PI Nieuwegein", "PI Sittard",
    "PI Veenhuizen", "PI Vught", "JC Zaanstad", "PI Zwolle", "PI Dordrecht", "PI Rotterdam",
    "JC Schiphol",
)  # fmt: skip
MKEI_GESTOPT = ("PI Dordrecht", "PI Rotterdam")
# §5.2.1: Teylingereind offered DAPPER structurally; Stichting 180's counts are not published.
DAPPER_TEYLINGEREIND = {2017: 10, 2018: 10, 2019: 9, 2020: 0}

SIZE_BOUNDS = {  # plausible participants per course; §4.1.3 gives 4-12 for the group course
    "Groepscursus": (4, 12),
    "Meeting HvB": (6, 14),
    "Gespreksgroep": (3, 14),
    "Mijn Kind en Ik": (2, 12),
}


def published() -> dict[str, int | None]:
    """Published values by register id."""
    with REGISTER.open(encoding="utf-8", newline="") as f:
        return {
            r["id"]: (int(r["waarde"]) if r["waarde"] else None)
            for r in csv.DictReader(f, delimiter=";")
        }


def partition(rng: random.Random, total: int, parts: int, bounds: tuple[int, int]) -> list[int]:
    """Split total into parts integers within bounds, uniformly at random."""
    low, high = bounds
    if parts == 0:
        assert total == 0, "participants without courses"
        return []
    assert low * parts <= total <= high * parts, (total, parts, bounds)
    sizes = [low] * parts
    for _ in range(total - low * parts):
        open_ = [i for i, s in enumerate(sizes) if s < high]
        sizes[rng.choice(open_)] += 1
    return sizes


def dates_in_year(rng: random.Random, year: int, n: int, months: Sequence[int]) -> list[dt.date]:
    """n sorted dates within the given months of year."""
    days = [
        dt.date(year, m, d)
        for m in months
        for d in range(1, 29)
        if dt.date(year, m, d).weekday() < 5
    ]
    return sorted(rng.choice(days) for _ in range(n))


def months_for(year: int) -> list[int]:
    # Courses stopped in March 2020 (corona) and hardly resumed that year.
    return [1, 2, 3, 9, 10] if year == 2020 else list(range(1, 12))


def nl(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


def write_delivery(path: Path, header: list[str], rows: list[list[object]]) -> None:
    """Write as Dutch Excel's 'CSV UTF-8' does: BOM, semicolons, CRLF."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def sos_cursussen(rng: random.Random, pub: dict[str, int | None]) -> list[list[object]]:
    plan = {  # soort cursus -> (register key, institutions)
        "Groepscursus": ("groepscursus", SOS_GROEP_PIS),
        "Individueel": ("individueel", SOS_INDIVIDUEEL_PIS),
        "Meeting HvB": ("meetings", SOS_MEETING_PIS),
        "Gespreksgroep": ("gespreksgroepen", (SOS_GESPREKSGROEP_PI,)),
    }
    rows = []
    for year in YEARS:
        for soort, (key, pis) in plan.items():
            n = pub[f"T4.{key}.{year}.cursussen"]
            if soort == "Individueel":
                sizes = [1] * n
            else:
                total = pub.get(f"T4.{key}.{year}.deelnemers") or 0
                sizes = partition(rng, total, n, SIZE_BOUNDS[soort])
            places = [rng.choice(pis) for _ in sizes]
            if soort == "Meeting HvB" and year == 2019:
                places[-1] = "PI Veenhuizen"
            for date, place, size in zip(
                dates_in_year(rng, year, n, months_for(year)), places, sizes, strict=True
            ):
                rows.append([soort, place, date, size])
    rows.sort(key=lambda r: (r[2], r[0], r[1]))
    return [
        [f"SOS{d.year % 100:02d}-{i:04d}", soort, place, nl(d), size]
        for i, (soort, place, d, size) in enumerate(rows, start=1)
    ]


def sos_vervolg(rng: random.Random, pub: dict[str, int | None]) -> list[list[object]]:
    rows = []
    for year in YEARS:
        for soort, key in (("Follow Up", "followup"), ("Nazorggesprek", "nazorg")):
            n = pub[f"T5.{key}.{year}.deelnemers"] or 0
            for date in dates_in_year(rng, year, n, months_for(year)):
                rows.append([soort, rng.choice(SOS_GROEP_PIS), date])
    rows.sort(key=lambda r: (r[2], r[0], r[1]))
    return [[f"V{i:05d}", soort, place, nl(d)] for i, (soort, place, d) in enumerate(rows, 1)]


def mkei_locations(rng: random.Random, pub: dict[str, int | None]) -> dict[int, list[str]]:
    """Institution per course, per year: each of the 17 at least once over the period."""
    counts = {year: pub[f"T6.{year}.cursussen"] for year in YEARS}
    active = [p for p in MKEI_LOCATIES if p not in MKEI_GESTOPT]
    per_year: dict[int, list[str]] = {}
    for year in YEARS:
        pool = list(MKEI_LOCATIES if year <= 2018 else active)
        # The two PIs that stopped give their courses first, so each appears at least once.
        fixed = list(MKEI_GESTOPT) if year == 2017 else []
        per_year[year] = fixed + [rng.choice(pool) for _ in range(counts[year] - len(fixed))]
    missing = set(MKEI_LOCATIES) - {p for places in per_year.values() for p in places}
    for place, slot in zip(sorted(missing), range(len(missing)), strict=True):
        per_year[2018][slot] = place  # 2018 has the most courses to reassign
    return per_year


def mijn_kind_en_ik(rng: random.Random, pub: dict[str, int | None]) -> list[list[object]]:
    places = mkei_locations(rng, pub)
    rows = []
    for year in YEARS:
        n = len(places[year])
        sizes = partition(rng, pub[f"T6.{year}.deelnemers"], n, SIZE_BOUNDS["Mijn Kind en Ik"])
        months = [1, 2, 9] if year == 2020 else list(range(1, 11))
        for place, size, start in zip(
            places[year], sizes, dates_in_year(rng, year, n, months), strict=True
        ):
            rows.append([place, start, start + dt.timedelta(weeks=7), size])
    rows.sort(key=lambda r: (r[1], r[0]))
    return [
        [f"MKI-{i:03d}", place, nl(start), nl(end), size]
        for i, (place, start, end, size) in enumerate(rows, start=1)
    ]


def dapper(rng: random.Random, pub: dict[str, int | None]) -> list[list[object]]:
    published_counts = {
        ("RJJI De Hartelborgt", 2017): pub["S521.dapper.hartelborgt.2017"],
        ("RJJI De Hartelborgt", 2018): pub["S521.dapper.hartelborgt.2018"],
        ("RJJI Den Hey-Acker", 2017): pub["S521.dapper.heyacker.2017"],
        ("RJJI Den Hey-Acker", 2018): pub["S521.dapper.heyacker.2018"],
        ("RJJI Den Hey-Acker", 2019): pub["S521.dapper.heyacker.2019"],
    }
    imputed = {("JJI Teylingereind", y): n for y, n in DAPPER_TEYLINGEREIND.items()}
    rows = []
    for (jji, year), n in sorted({**published_counts, **imputed}.items()):
        rows += [[jji, d] for d in dates_in_year(rng, year, n, range(1, 12))]
    rows.sort(key=lambda r: (r[1], r[0]))
    return [[f"D{i:03d}", jji, nl(d)] for i, (jji, d) in enumerate(rows, start=1)]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "raw")
    out = parser.parse_args(argv).out
    pub = published()
    rng = random.Random(SEED)
    write_delivery(
        out / "gevangenenzorg" / "sos_cursussen.csv",
        ["Cursusnummer", "Soort cursus", "Inrichting", "Startdatum", "Aantal deelnemers"],
        sos_cursussen(rng, pub),
    )
    write_delivery(
        out / "gevangenenzorg" / "sos_vervolg.csv",
        ["Registratienummer", "Soort vervolg", "Inrichting", "Datum"],
        sos_vervolg(rng, pub),
    )
    write_delivery(
        out / "exodus" / "mijn_kind_en_ik.csv",
        ["Cursuscode", "Locatie", "Startdatum", "Einddatum", "Aantal deelnemers"],
        mijn_kind_en_ik(rng, pub),
    )
    write_delivery(
        out / "stichting180" / "dapper_trainingen.csv",
        ["Training", "JJI", "Startdatum"],
        dapper(rng, pub),
    )


if __name__ == "__main__":
    main()
