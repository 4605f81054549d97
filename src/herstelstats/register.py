"""The register of the report's published numbers, and the join of regenerated statistics to it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from herstelstats import columns as c

REPRODUCED = "reproduced"
NOT_REPRODUCED = "not-reproduced"
NOT_REGENERATED = "not-regenerated"


def load(path: str | Path) -> pd.DataFrame:
    """The register as text, except the value, which is a nullable integer."""
    frame = pd.read_csv(path, sep=";", dtype=str, keep_default_na=False, encoding="utf-8")
    return frame.assign(**{c.WAARDE: pd.to_numeric(frame[c.WAARDE]).astype("Int64")})


def load_statistics(paths: Iterable[str | Path]) -> pd.DataFrame:
    """Every regenerated tidy statistic, from the published CSVs."""
    frames = [
        pd.read_csv(p, sep=";", dtype=str, keep_default_na=False, encoding="utf-8") for p in paths
    ]
    stats = pd.concat(frames, ignore_index=True)
    return stats.assign(**{c.WAARDE: pd.to_numeric(stats[c.WAARDE]).astype("Int64")})


def _status(row: pd.Series) -> str:
    if pd.isna(row["regenerated"]) and row[c.STATUS] == "":
        return NOT_REGENERATED
    both_missing = pd.isna(row[c.WAARDE]) and row[c.STATUS] == c.NIET_GEREGISTREERD
    return REPRODUCED if both_missing or row[c.WAARDE] == row["regenerated"] else NOT_REPRODUCED


def compare(register: pd.DataFrame, stats: pd.DataFrame) -> pd.DataFrame:
    """Each register entry with the regenerated value joined on the statistic's key."""
    regenerated = stats.drop_duplicates(list(c.KEY))[[*c.KEY, c.WAARDE, c.STATUS]].rename(
        columns={c.WAARDE: "regenerated"}
    )
    joined = register.merge(regenerated, on=list(c.KEY), how="left", validate="many_to_one")
    joined[c.STATUS] = joined[c.STATUS].fillna("")
    return joined.assign(uitkomst=joined.apply(_status, axis=1))
