"""Tests for the Dutch number formatting."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from herstelstats.fmt import ONBEKEND, cel, cursussen_met_deelnemers, getal, procent


@pytest.mark.parametrize(
    ("n", "verwacht"),
    [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1000, "1.000"),
        (2437, "2.437"),
        (1234567, "1.234.567"),
        (-1234, "-1.234"),
        (-999, "-999"),
        (np.int64(2437), "2.437"),
        (2437.0, "2.437"),
    ],
)
def test_getal(n: int, verwacht: str) -> None:
    assert getal(n) == verwacht


@pytest.mark.parametrize(
    ("n", "fout"),
    [
        (True, TypeError),
        (False, TypeError),
        ("2437", TypeError),
        (None, TypeError),
        (2.5, ValueError),
        (math.nan, ValueError),
        (math.inf, ValueError),
    ],
)
def test_getal_weigert(n: object, fout: type[Exception]) -> None:
    with pytest.raises(fout):
        getal(n)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cursussen", "deelnemers", "verwacht"),
    [
        (16, 119, "16 (119 deelnemers)"),
        (323, 2437, "323 (2.437 deelnemers)"),
        (0, 0, "0"),
        (1, 1, "1 (1 deelnemer)"),
        (1, 2, "1 (2 deelnemers)"),
        (1, 0, "1 (0 deelnemers)"),
        (1200, 10000, "1.200 (10.000 deelnemers)"),
    ],
)
def test_cursussen_met_deelnemers(cursussen: int, deelnemers: int, verwacht: str) -> None:
    assert cursussen_met_deelnemers(cursussen, deelnemers) == verwacht


@pytest.mark.parametrize(
    ("cursussen", "deelnemers", "fout"),
    [(True, 1, TypeError), (1, 1.5, ValueError), (None, 1, TypeError)],
)
def test_cursussen_met_deelnemers_weigert(
    cursussen: object, deelnemers: object, fout: type[Exception]
) -> None:
    with pytest.raises(fout):
        cursussen_met_deelnemers(cursussen, deelnemers)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("teller", "noemer", "verwacht"),
    [
        (23, 25, "92%"),
        (1, 8, "13%"),  # 12.5: half-up, not banker's 12
        (1, 40, "3%"),  # 2.5: half-up, not banker's 2
        (3, 8, "38%"),  # 37.5
        (1, 3, "33%"),
        (2, 3, "67%"),
        (0, 5, "0%"),
        (5, 5, "100%"),
        (6, 5, "120%"),
        (1, 1000, "0%"),
        (-1, 8, "-13%"),  # symmetric: half away from zero
    ],
)
def test_procent(teller: int, noemer: int, verwacht: str) -> None:
    assert procent(teller, noemer) == verwacht


@pytest.mark.parametrize(
    ("teller", "noemer", "fout"),
    [
        (1, 0, ValueError),
        (1, -4, ValueError),
        (1.5, 4, ValueError),
        (True, 4, TypeError),
    ],
)
def test_procent_weigert(teller: object, noemer: object, fout: type[Exception]) -> None:
    with pytest.raises(fout):
        procent(teller, noemer)  # type: ignore[arg-type]


def test_onbekend_is_streepje() -> None:
    assert ONBEKEND == "-"


@pytest.mark.parametrize(
    ("waarde", "verwacht"),
    [
        (None, "-"),
        (pd.NA, "-"),
        (math.nan, "-"),
        (np.float64("nan"), "-"),
        (0, "0"),
        (2437, "2.437"),
        (np.int64(1234567), "1.234.567"),
        (2437.0, "2.437"),
    ],
)
def test_cel(waarde: object, verwacht: str) -> None:
    assert cel(waarde) == verwacht


def test_cel_uit_nullable_int_reeks() -> None:
    reeks = pd.Series([2437, pd.NA], dtype="Int64")
    assert [cel(v) for v in reeks] == ["2.437", "-"]
