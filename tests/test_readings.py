"""Readings resolve the report's inconsistencies, round by round, into one consistent register."""

from __future__ import annotations

import pandas as pd
import pytest

from herstelstats import readings, register
from tests.conftest import ROOT

YEARS = [2017, 2018, 2019, 2020]
PERIOD = "2017-2020"


def _entry(id_, groep, jaar, waarde, maat="aanmeldingen", eenheid="aantal", noemer=""):
    afronding = "geheel procent" if eenheid == "procent" else "exact"
    return {"id": id_, "bron": "perspectief", "groep": groep, "maat": maat, "categorie": "",
            "inrichting": "", "jaar": jaar, "waarde": waarde, "eenheid": eenheid,
            "afronding": afronding, "noemer": noemer}  # fmt: skip


def _register(entries):
    frame = pd.DataFrame(entries)
    return frame.assign(waarde=frame["waarde"].astype("Int64"))


def _readings(rows):
    return pd.DataFrame(rows, columns=["bevinding", "verworpen", "vervangen", "reden"])


# Tabel 8 in miniature: the years are right, the printed total is not, and the total's
# percentage was computed on the wrong total.
YEARS_ROWS = [_entry(f"y{y}", "PI", str(y), 10) for y in YEARS]
PERCENTS = [_entry(f"p{y}", "PI", str(y), 50, "pct_uitgezet", "procent", "10") for y in YEARS]
TOTAL = _entry("t", "PI", PERIOD, 30)
TOTAL_PCT = _entry("tp", "PI", PERIOD, 67, "pct_uitgezet", "procent")  # 20 of 30
FIRST = "jaren:perspectief|PI|aanmeldingen|||2017-2020"
SECOND = "jaren:perspectief|PI|uitgezet|||2017-2020"


def test_a_correction_exposes_the_next_round():
    entries = _register([*YEARS_ROWS, *PERCENTS, TOTAL, TOTAL_PCT])
    result = readings.resolve(entries, _readings([(FIRST, "t", "t=40", "jaren kloppen")]), YEARS)
    assert [[f.id for f in found] for found in result.rounds] == [[FIRST], [SECOND]]
    assert result.problems == [f"geen lezing voor bevinding {SECOND}"]
    assert "20 (50% van 10" not in result.rounds[1][0].uitleg
    assert "67% van 40" in result.rounds[1][0].uitleg  # the corrected total carries through


def test_readings_for_every_round_leave_a_consistent_register():
    entries = _register([*YEARS_ROWS, *PERCENTS, TOTAL, TOTAL_PCT])
    lezing = _readings([(FIRST, "t", "t=40", "jaren kloppen"), (SECOND, "tp", "", "50%")])
    result = readings.resolve(entries, lezing, YEARS)
    assert result.problems == []
    assert len(result.rounds) == 2
    corrected = result.corrected.set_index("id")
    assert corrected.at["t~lezing", "waarde"] == 40
    assert "t" not in corrected.index and "tp" not in corrected.index


@pytest.mark.parametrize(
    ("lezing", "problem"),
    [
        ([(FIRST, "t", "", "x"), ("jaren:elders", "", "", "x")], "lezing voor onbekende bevinding"),
        ([(FIRST, "", "", "rejects nothing")], "de lezing lost bevinding"),
        ([(FIRST, "t onbekend", "t=40", "x")], "noemt onbekend, dat er niet in voorkomt"),
        ([], "geen lezing voor bevinding"),
    ],
)
def test_readings_must_fit_the_findings(lezing, problem):
    entries = _register([*YEARS_ROWS, TOTAL])
    result = readings.resolve(entries, _readings(lezing), YEARS)
    assert any(problem in p for p in result.problems), result.problems


def test_the_published_register_resolves_completely():
    entries = register.load(ROOT / "data" / "published" / "register.csv")
    lezing = register.load_readings(ROOT / "data" / "published" / "lezing.csv")
    result = readings.resolve(entries, lezing, YEARS)
    assert result.problems == []
    assert [len(found) for found in result.rounds] == [7, 3]


def test_every_printed_inconsistency_of_tabel_8_and_9_is_found():
    entries = register.load(ROOT / "data" / "published" / "register.csv")
    lezing = register.load_readings(ROOT / "data" / "published" / "lezing.csv")
    found = {f.id for _, f in readings.resolve(entries, lezing, YEARS).all_findings}
    assert {
        "jaren:perspectief|PI|aanmeldingen|||2017-2020",  # 588, printed 558
        "jaren:perspectief|volwassenen|aanmeldingen|||2017-2020",  # 716, printed 683
        "groepen:perspectief|volwassenen|aanmeldingen|||2017-2020",  # 558 + 128 is not 683
        "groepen:perspectief|volwassenen|afgesloten_met_contact|||2019",  # 43 + 2, printed 22%
        "groepen:perspectief|volwassenen|afgesloten_met_contact|||2020",  # 27 + 6, printed 29%
        "jaren:perspectief|PI|afgesloten_met_contact|||2017-2020",  # 141-142, printed 26%
        "herhaling:perspectief|JJI|afgesloten_met_contact|||2017-2020",  # 27% and 36%
    } <= found
