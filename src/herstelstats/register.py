"""The register of the report's published numbers, and the join of regenerated statistics to it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from herstelstats import columns as c
from herstelstats.io import read_reference
from herstelstats.schemas.published import Lezing, RegisterEntry
from herstelstats.validation import validate


def load(path: str | Path) -> pd.DataFrame:
    """The register, validated: text, except the value, which is a nullable integer."""
    frame = read_reference(path)
    bad = ~frame[c.WAARDE].str.fullmatch(r"\d*")
    frame.loc[bad, c.WAARDE] = "-1"  # the schema reports it by row, without the text
    frame = frame.assign(**{c.WAARDE: pd.to_numeric(frame[c.WAARDE]).astype("Int64")})
    return validate(frame, RegisterEntry.to_schema(), file=Path(path).name, step="register")


def load_readings(path: str | Path) -> pd.DataFrame:
    """The reading of each inconsistency: which printed numbers are taken to be wrong."""
    return validate(read_reference(path), Lezing.to_schema(), file=Path(path).name, step="register")


def load_statistics(paths: Iterable[str | Path]) -> pd.DataFrame:
    """Every regenerated tidy statistic, from the published CSVs."""
    frames = [
        pd.read_csv(p, sep=";", dtype=str, keep_default_na=False, encoding="utf-8") for p in paths
    ]
    stats = pd.concat(frames, ignore_index=True)
    return stats.assign(**{c.WAARDE: pd.to_numeric(stats[c.WAARDE]).astype("Int64")})
