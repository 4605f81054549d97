"""The reading of Tabel 9 rejects the smallest set of printed numbers, and that set is unique."""

from __future__ import annotations

import importlib.util

from herstelstats import register
from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location(
    "minimal_reading", ROOT / "tools" / "minimal_reading.py"
)
minimal_reading = importlib.util.module_from_spec(spec)
spec.loader.exec_module(minimal_reading)


def _tabel_9():
    entries = register.load(ROOT / "data" / "published" / "register.csv")
    return minimal_reading.table_cells(entries, "Tabel 9", "pct_afgesloten_met_contact",
                                       "afgesloten")  # fmt: skip


def test_tabel_9_as_printed_is_inconsistent():
    assert not minimal_reading.consistent(_tabel_9(), set(), [169])


def test_the_only_smallest_reading_of_tabel_9_rejects_pi_2019_and_2020():
    expected = [(("PI", "2019"), ("PI", "2020"))]
    assert minimal_reading.smallest_readings(_tabel_9(), [169]) == expected
    assert minimal_reading.smallest_readings(_tabel_9()) == expected


def test_the_reading_in_lezing_csv_is_that_reading():
    lezing = register.load_readings(ROOT / "data" / "published" / "lezing.csv")
    tabel_9 = {e for ids in lezing["verworpen"] for e in ids.split() if e.startswith("T9.")}
    assert tabel_9 == {"T9.PI.2019.pct_afgesloten_met_contact",
                       "T9.PI.2020.pct_afgesloten_met_contact"}  # fmt: skip
