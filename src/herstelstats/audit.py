"""The reproduction audit: every published number against what the pipeline regenerates.

Each register entry gets one status:

- reproduced: the regenerated statistic equals the printed number;
- inconsistent-in-source: the report's own numbers prove it wrong (a finding of
  herstelstats.consistency), and the reading in data/published/lezing.csv rejects it;
- not-reproduced: the pipeline regenerates something else, a defect of ours;
- not-regenerated: nothing regenerates it, though its source is built;
- pending: its source is not built yet;
- unpublished: the report gives no number, but the pipeline regenerates one (e.g. imputed).

Regenerated statistics without a register entry are listed as unregistered. The gate fails
on not-reproduced, not-regenerated, unregistered, and on inconsistencies without a reading.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import pandas as pd

from herstelstats import columns as c
from herstelstats.consistency import Finding
from herstelstats.readings import replacements

REPRODUCED = "reproduced"
INCONSISTENT = "inconsistent-in-source"
NOT_REPRODUCED = "not-reproduced"
NOT_REGENERATED = "not-regenerated"
PENDING = "pending"
UNPUBLISHED = "unpublished"
UNREGISTERED = "unregistered"
NOT_DERIVABLE = "not-derivable"
# Shares the report puts in words only, and the whole percentages each allows.
WORDS = (
    ("iets meer dan een kwart", (26, 30)), ("bijna een kwart", (20, 24)),
    ("meer dan de helft", (51, 60)), ("een kwart", (22, 28)), ("a quarter", (22, 28)),
    ("de helft", (45, 55)), ("een vijfde", (17, 23)), ("een op de tien", (8, 12)),
    ("niet voor", (0, 0)),
)  # fmt: skip
FAILING = (NOT_REPRODUCED, NOT_REGENERATED, UNREGISTERED)

COLUMNS = (
    "id", c.BRON, c.GROEP, c.MAAT, c.CATEGORIE, c.INRICHTING, c.JAAR, "vindplaats",
    "waarde_gedrukt", "gepubliceerd", "geregenereerd", "status", "bewijs",
)  # fmt: skip


def rejections(readings: pd.DataFrame) -> dict[str, list[str]]:
    """Register id -> the findings whose reading rejects it."""
    rejected: dict[str, list[str]] = defaultdict(list)
    for finding, ids in zip(readings["bevinding"], readings["verworpen"], strict=True):
        for entry in ids.split():
            rejected[entry].append(finding)
    return rejected


class ConflictingStatistics(ValueError):
    """Two outputs regenerate the same statistic with different values."""


def _regenerated(stats: pd.DataFrame) -> dict[tuple, tuple[object, str]]:
    values = stats.groupby(list(c.KEY), dropna=False)[c.WAARDE].nunique(dropna=False)
    if (values > 1).any():
        raise ConflictingStatistics(f"different values for {list(values.index[values > 1])}")
    return {
        tuple(row[k] for k in c.KEY): (row[c.WAARDE], row[c.STATUS]) for _, row in stats.iterrows()
    }


def word_range(printed: str) -> tuple[int, int] | None:
    """The percentages a share in words allows: 'bijna een kwart' is 20 to 24."""
    text = printed.casefold()
    return next((span for words, span in WORDS if words in text), None)


def _matches(entry: pd.Series, value: object) -> bool:
    """Whether a regenerated value is what the entry says, by the entry's kind of rounding."""
    if pd.isna(value):
        return False
    printed, rounding = entry[c.WAARDE], entry["afronding"]
    if pd.isna(printed):
        span = word_range(entry["waarde_gedrukt"])
        return span is not None and span[0] <= value <= span[1]
    if rounding == "bovengrens":
        return value < printed
    if rounding == "ondergrens":
        return value > printed
    return value == printed


def _compare(entry: pd.Series, found: tuple[object, str] | None) -> str:
    if entry["eenheid"] == "niet gepubliceerd":
        return UNPUBLISHED if found is not None else NOT_REGENERATED
    if found is None:
        return NOT_REGENERATED
    value, status = found
    if entry["eenheid"] == "niet geregistreerd":
        return REPRODUCED if status == c.NIET_GEREGISTREERD else NOT_REPRODUCED
    if entry["eenheid"] == "lijst":  # the institution is on the regenerated list
        return REPRODUCED
    return REPRODUCED if _matches(entry, value) else NOT_REPRODUCED


def entry_status(
    entry: pd.Series,
    found: tuple[object, str] | None,
    rejected: dict[str, list[str]],
    pending: Sequence[str],
    replaced: dict[str, int] | None = None,
    underivable: dict[str, str] | None = None,
) -> tuple[str, str]:
    """The status of one register entry, with the findings that prove it wrong.

    A rejected count that the reading corrects must be regenerated as corrected: the raw data
    follow the reading.
    """
    if entry["id"] in rejected:
        value = (replaced or {}).get(entry["id"])
        follows = value is None or found is None or found[0] == value
        return (INCONSISTENT if follows else NOT_REPRODUCED), " ".join(rejected[entry["id"]])
    if entry[c.BRON] in pending:
        return PENDING, ""
    if entry["id"] in (underivable or {}):
        return NOT_DERIVABLE, underivable[entry["id"]]
    return _compare(entry, found), ""


def reproduction(
    register: pd.DataFrame,
    stats: pd.DataFrame,
    readings: pd.DataFrame,
    pending: Sequence[str],
    underivable: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Every register entry with its status, then every unregistered statistic."""
    regenerated, rejected = _regenerated(stats), rejections(readings)
    replaced = replacements(readings)
    rows = []
    for _, entry in register.iterrows():
        found = regenerated.get(tuple(entry[k] for k in c.KEY))
        status, proof = entry_status(entry, found, rejected, pending, replaced, underivable)
        value = "" if found is None or pd.isna(found[0]) else str(found[0])
        rows.append(
            {**{k: entry[k] for k in COLUMNS if k in entry.index},
             "gepubliceerd": "" if pd.isna(entry[c.WAARDE]) else str(entry[c.WAARDE]),
             "geregenereerd": value, "status": status, "bewijs": proof}
        )  # fmt: skip
    rows += _unregistered(stats, register)
    return pd.DataFrame(rows, columns=list(COLUMNS)).fillna("")


def _unregistered(stats: pd.DataFrame, register: pd.DataFrame) -> list[dict]:
    keys = {tuple(r[k] for k in c.KEY) for _, r in register.iterrows()}
    return [
        {**{k: row[k] for k in c.KEY}, "id": "", "geregenereerd": str(row[c.WAARDE]),
         "status": UNREGISTERED, "vindplaats": row[c.TABEL]}
        for _, row in stats.iterrows()
        if tuple(row[k] for k in c.KEY) not in keys
    ]  # fmt: skip


FINDING_COLUMNS = (
    "ronde", "bevinding", "soort", "getallen", "uitleg", "mogelijk", "verworpen", "vervangen",
    "lezing",
)  # fmt: skip


def inconsistencies(
    findings: Sequence[tuple[int, Finding]], readings: pd.DataFrame
) -> pd.DataFrame:
    """The findings of every round as a table, each with the reading the reconstruction follows."""
    by_id = readings.set_index("bevinding")
    rows = []
    for ronde, f in findings:
        reading = by_id.loc[f.id] if f.id in by_id.index else None
        rows.append(
            {"ronde": ronde, "bevinding": f.id, "soort": f.soort, "getallen": " ".join(f.entries),
             "uitleg": f.uitleg, "mogelijk": f.mogelijk,
             "verworpen": "" if reading is None else reading["verworpen"],
             "vervangen": "" if reading is None else reading["vervangen"],
             "lezing": "" if reading is None else reading["reden"]}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=list(FINDING_COLUMNS))


def gate(table: pd.DataFrame, problems: Sequence[str]) -> list[str]:
    """Why the audit fails, or nothing."""
    failing = table[table["status"].isin(FAILING)]
    lines = [
        f"{row['status']}: {row['id'] or '(geen register-id)'} "
        f"{'|'.join(row[k] for k in c.KEY)} gedrukt {row['gepubliceerd'] or '-'}, "
        f"geregenereerd {row['geregenereerd'] or '-'}"
        for _, row in failing.iterrows()
    ]
    return [*lines, *problems]
