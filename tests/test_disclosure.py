"""No published count of people between 1 and the threshold."""

from __future__ import annotations

import pandas as pd
import pytest

from herstelstats import columns as c
from herstelstats import disclosure


def _tidy(rows):
    frame = pd.DataFrame(rows, columns=[c.MAAT, c.WAARDE])
    return frame.astype({c.WAARDE: "Int64"})


@pytest.mark.parametrize("value", [1, 2, 3, 4])
def test_small_counts_of_people_fail(value):
    tidy = _tidy([(c.DEELNEMERS, 12), (c.DEELNEMERS, value)])
    with pytest.raises(disclosure.DisclosureRisk, match=r"t\.csv: row 3 counts deelnemers"):
        disclosure.check([("t.csv", tidy)], threshold=5)


@pytest.mark.parametrize("value", [0, 5, 2437, None])
def test_zero_threshold_and_missing_pass(value):
    report = disclosure.check([("t.csv", _tidy([(c.DEELNEMERS, value)]))], threshold=5)
    assert "t.csv: cells 1, counting people 1, too small 0" in report


def test_counts_of_courses_are_not_counts_of_people():
    report = disclosure.check([("d.csv", _tidy([(c.CURSUSSEN, 1)]))], threshold=5)
    assert "counting people 0, too small 0" in report


def test_every_small_cell_is_listed():
    tables = [("a.csv", _tidy([(c.DEELNEMERS, 1)])), ("b.csv", _tidy([(c.DEELNEMERS, 4)]))]
    with pytest.raises(disclosure.DisclosureRisk) as error:
        disclosure.check(tables, threshold=5)
    assert str(error.value).splitlines() == [
        "a.csv: row 2 counts deelnemers below the threshold",
        "b.csv: row 2 counts deelnemers below the threshold",
    ]
