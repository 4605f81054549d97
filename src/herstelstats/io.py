"""Reading deliveries and writing outputs, byte for byte reproducibly."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

FIRST_DATA_ROW = 2  # row numbers as a spreadsheet shows them: the header is row 1


def read_delivery(path: str | Path, *, encoding: str = "utf-8-sig", sep: str = ";") -> pd.DataFrame:
    """Read a delivered CSV as text, indexed by its spreadsheet row number.

    Everything stays a string so that the schema, not the parser, judges each value.
    """
    frame = pd.read_csv(
        path,
        sep=sep,
        encoding=encoding,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=True,
    )
    frame.index = pd.RangeIndex(FIRST_DATA_ROW, FIRST_DATA_ROW + len(frame), name="rij")
    return frame


def read_reference(path: str | Path) -> pd.DataFrame:
    """Read a reference table of data/reference (semicolon-separated UTF-8), rows numbered."""
    frame = pd.read_csv(path, sep=";", encoding="utf-8", dtype=str, keep_default_na=False)
    frame.index = pd.RangeIndex(FIRST_DATA_ROW, FIRST_DATA_ROW + len(frame), name="rij")
    return frame


def write_parquet(frame: pd.DataFrame, path: str | Path) -> None:
    """Write parquet without anything that varies between runs."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    frame.reset_index(drop=True).to_parquet(
        path, engine="pyarrow", index=False, compression="zstd", write_statistics=False
    )


def write_csv(frame: pd.DataFrame, path: str | Path) -> None:
    """Write a published table: semicolon-separated UTF-8, LF line ends, no index."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, sep=";", index=False, encoding="utf-8", lineterminator="\n")


def write_text(text: str, path: str | Path) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text, encoding="utf-8", newline="\n")
