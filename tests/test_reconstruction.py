"""The reconstructed deliveries are reproducible and documented column by column."""

from __future__ import annotations

import subprocess
import sys

import pytest

from herstelstats.io import read_delivery, read_reference
from tests.conftest import RAW, ROOT

DELIVERED = sorted(path.relative_to(RAW).as_posix() for path in RAW.glob("*/*.csv"))


def test_reconstruction_scripts_regenerate_data_raw_byte_for_byte(tmp_path):
    for tool in ("reconstruct_raw.py", "reconstruct_perspectief.py"):
        subprocess.run(
            [sys.executable, str(ROOT / "tools" / tool), "--out", str(tmp_path)], check=True
        )
    rebuilt = sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.glob("*/*.csv"))
    assert rebuilt == DELIVERED
    for name in DELIVERED:
        assert (tmp_path / name).read_bytes() == (RAW / name).read_bytes(), name


def test_deliveries_are_written_as_dutch_excel_does():
    for name in DELIVERED:
        data = (RAW / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf"), f"{name}: no UTF-8 byte order mark"
        assert b"\r\n" in data and b";" in data.splitlines()[0]


@pytest.mark.parametrize("name", DELIVERED)
def test_every_column_says_whether_it_is_published_or_imputed(name):
    documented = read_reference(RAW / "reconstructie.csv")
    assert set(documented["status"]) <= {"gepubliceerd", "geïmputeerd", "afgeleid"}
    columns = set(documented.loc[documented["bestand"] == name, "kolom"])
    assert columns == set(read_delivery(RAW / name).columns)


def test_every_delivery_in_the_config_exists(config):
    courses = sorted(spec["file"] for spec in config["deliveries"].values())
    assert courses == [name for name in DELIVERED if not name.startswith("perspectief/")]
