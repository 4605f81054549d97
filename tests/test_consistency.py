"""What the register proves on its own: sums, reachable percentages, repeated numbers."""

from __future__ import annotations

import pandas as pd
import pytest

from herstelstats import consistency as cons
from herstelstats import register
from tests.conftest import ROOT

YEARS = [2017, 2018, 2019, 2020]
PERIOD = "2017-2020"


def _entry(id_, groep, maat, jaar, waarde, eenheid="aantal", noemer="", categorie=""):
    afronding = "geheel procent" if eenheid == "procent" else "exact"
    return {"id": id_, "bron": "perspectief", "groep": groep, "maat": maat,
            "categorie": categorie, "inrichting": "", "jaar": jaar, "waarde": waarde,
            "eenheid": eenheid, "afronding": afronding, "noemer": noemer}  # fmt: skip


def _register(entries) -> pd.DataFrame:
    frame = pd.DataFrame(entries)
    return frame.assign(waarde=frame["waarde"].astype("Int64"))


def _years(groep, maat, values, total):
    jaren = [str(y) for y in YEARS] + [PERIOD]
    return [_entry(f"{groep}.{j}", groep, maat, j, v) for j, v in zip(jaren, [*values, total],
                                                                         strict=True)]  # fmt: skip


@pytest.mark.parametrize(
    ("p", "n", "expected"),
    [(92, 107, (98, 98)), (89, 683, (605, 611)), (50, 2, (1, 1)), (0, 40, (0, 0)),
     (100, 7, (7, 7)), (13, 8, (1, 1)), (12, 8, (1, 1)), (12, 7, (1, 0))],
)  # fmt: skip
def test_possible_counts_are_within_half_a_point(p, n, expected):
    assert cons.possible_counts(p, n) == expected


def test_consistent_years_give_no_finding():
    assert cons.findings(_register(_years("PI", "aanmeldingen", [1, 2, 3, 4], 10)), YEARS) == []


def test_a_total_that_is_not_the_sum_of_its_years_is_proven_wrong():
    found = cons.findings(_register(_years("PI", "aanmeldingen", [107, 178, 152, 151], 558)), YEARS)
    assert [f.soort for f in found] == ["som klopt niet"]
    assert found[0].uitleg.startswith("107 + 178 + 152 + 151 geeft 588, maar aanmeldingen PI")
    assert "PI.2017-2020" in found[0].entries and "PI.2017" in found[0].entries


def test_groups_must_add_up():
    entries = [_entry("a", "PI", "afgesloten", PERIOD, 530),
               _entry("b", "zelfaanmelders", "afgesloten", PERIOD, 107),
               _entry("c", "volwassenen", "afgesloten", PERIOD, 636)]  # fmt: skip
    (found,) = cons.findings(_register(entries), YEARS)
    assert found.id.startswith("groepen:") and "530 + 107 geeft 637" in found.uitleg


def test_an_unreachable_percentage_is_proven_wrong():
    (found,) = cons.findings(_register([_entry("p", "PI", "pct_uitgezet", PERIOD, 12,
                                               "procent", noemer="7")]), YEARS)  # fmt: skip
    assert found.soort == "percentage onmogelijk"
    assert found.uitleg == "Geen geheel aantal k geeft 12% van 7: 0/7 = 0.00%, 1/7 = 14.29%."


def test_percentages_bound_their_counts_and_must_add_up():
    # 50% of 10 is 5, twice, so the total of 20 is 10 (50%) and cannot be 18 (90%).
    entries = [
        _entry("a", "PI", "pct_uitgezet", PERIOD, 50, "procent", "10"),
        _entry("b", "zelfaanmelders", "pct_uitgezet", PERIOD, 50, "procent", "10"),
        _entry("c", "volwassenen", "pct_uitgezet", PERIOD, 50, "procent", "20"),
    ]
    assert cons.findings(_register(entries), YEARS) == []
    wrong = [*entries[:2], _entry("c", "volwassenen", "pct_uitgezet", PERIOD, 90, "procent", "20")]
    (found,) = cons.findings(_register(wrong), YEARS)
    assert "5 (50% van 10) + 5 (50% van 10) geeft 10" in found.uitleg
    assert "18 (90% van 20)" in found.uitleg


def test_the_denominator_can_come_from_a_printed_count():
    entries = [_entry("n", "PI", "aanmeldingen", PERIOD, 7),
               _entry("p", "PI", "pct_uitgezet", PERIOD, 12, "procent")]  # fmt: skip
    (found,) = cons.findings(_register(entries), YEARS)
    assert found.entries == ("p",)


def test_the_same_number_printed_twice_differently():
    entries = [_entry("T", "JJI", "aanmeldingen", PERIOD, 143),
               _entry("S", "JJI", "aanmeldingen", PERIOD, 134)]  # fmt: skip
    (found,) = cons.findings(_register(entries), YEARS)
    assert found.soort == "herhaald getal verschilt"
    assert "T: 143" in found.uitleg and "S: 134" in found.uitleg


def test_shares_of_a_breakdown_cannot_exceed_the_total():
    entries = [_entry("n", "volwassenen", "delicten", PERIOD, 10),
               _entry("a", "volwassenen", "pct_delict", PERIOD, 60, "procent", "10", "A"),
               _entry("b", "volwassenen", "pct_delict", PERIOD, 50, "procent", "10",
                      "B")]  # fmt: skip
    (found,) = cons.findings(_register(entries), YEARS)
    assert found.soort == "delen groter dan totaal"


def test_the_course_register_is_consistent():
    entries = register.load(ROOT / "data" / "published" / "register.csv")
    courses = entries[entries["bron"] != "perspectief"]
    assert cons.findings(courses, YEARS) == []
