"""Shared fixtures: the repository, its reference data and its reconstructed deliveries."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from herstelstats.io import read_delivery
from herstelstats.reference import Inrichtingen
from herstelstats.render import KOLOMMEN

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
REFERENCE = ROOT / "data" / "reference"


@pytest.fixture(scope="session")
def config() -> dict:
    return yaml.safe_load((ROOT / "config" / "config.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def inrichtingen() -> Inrichtingen:
    return Inrichtingen.load(REFERENCE / "inrichtingen.csv", REFERENCE / "inrichting_varianten.csv")


@pytest.fixture
def raw(config):
    """A fresh copy of a reconstructed delivery, by its name in the config."""

    def load(delivery: str) -> pd.DataFrame:
        spec = config["deliveries"][delivery]
        return read_delivery(RAW / spec["file"], encoding=spec["encoding"])

    return load


def tidy_frame(rijen: list[tuple[str, str, str, str, int | None]]) -> pd.DataFrame:
    """A tidy frame from (categorie, inrichting, jaar, maat, waarde) rows; None is unregistered."""
    frame = pd.DataFrame(
        [
            {"tabel": "Tabel X", "bron": "Testbron", "categorie": categorie,
             "inrichting": inrichting, "jaar": jaar, "maat": maat, "waarde": waarde,
             "status": "niet geregistreerd" if waarde is None else ""}
            for categorie, inrichting, jaar, maat, waarde in rijen
        ],
        columns=list(KOLOMMEN),
    )  # fmt: skip
    return frame.astype({"waarde": "Int64"})
