"""Statuses of the reproduction audit, and the gate that fails the build."""

from __future__ import annotations

import pandas as pd
import pytest

from herstelstats import audit
from herstelstats import columns as c


def _entry(id_, waarde, bron="exodus", eenheid="aantal", jaar="2017", **extra):
    return {"id": id_, "bron": bron, "groep": "", "maat": "cursussen", "categorie": "X",
            "inrichting": "", "jaar": jaar, "waarde": waarde, "eenheid": eenheid,
            "vindplaats": "§1", "waarde_gedrukt": str(waarde), "afronding": "exact",
            **extra}  # fmt: skip


def _stat(waarde, jaar="2017", bron="exodus", status=""):
    return {"tabel": "T", "bron": bron, "groep": "", "categorie": "X", "inrichting": "",
            "jaar": jaar, "maat": "cursussen", "waarde": waarde, "status": status}  # fmt: skip


def _run(entries, stats, lezing=(), pending=("perspectief",)):
    register = pd.DataFrame(entries).astype({"waarde": "Int64"})
    statistics = pd.DataFrame(stats, columns=list(c.TIDY)).astype({"waarde": "Int64"})
    readings = pd.DataFrame(lezing, columns=["bevinding", "verworpen", "vervangen", "reden"])
    return audit.reproduction(register, statistics, readings, pending).set_index("id")


@pytest.mark.parametrize(
    ("entry", "stats", "status"),
    [
        (_entry("a", 19), [_stat(19)], audit.REPRODUCED),
        (_entry("a", 19), [_stat(18)], audit.NOT_REPRODUCED),
        (_entry("a", 19), [], audit.NOT_REGENERATED),
        (_entry("a", 19, bron="perspectief"), [], audit.PENDING),
        (_entry("a", None, eenheid="niet gepubliceerd"), [_stat(10)], audit.UNPUBLISHED),
        (_entry("a", None, eenheid="niet geregistreerd"),
         [_stat(None, status=c.NIET_GEREGISTREERD)], audit.REPRODUCED),
        (_entry("a", None, eenheid="niet geregistreerd"), [_stat(3)], audit.NOT_REPRODUCED),
    ],
)  # fmt: skip
def test_status_of_an_entry(entry, stats, status):
    assert _run([entry], stats).at["a", "status"] == status


def test_a_rejected_number_is_inconsistent_in_source_with_its_proof():
    lezing = [("f1", "a", "a=588", "reden")]
    table = _run([_entry("a", 558)], [_stat(588)], lezing)
    assert table.at["a", "status"] == audit.INCONSISTENT
    assert table.at["a", "bewijs"] == "f1"


def test_the_raw_data_must_follow_the_reading():
    table = _run([_entry("a", 558)], [_stat(600)], [("f1", "a", "a=588", "reden")])
    assert table.at["a", "status"] == audit.NOT_REPRODUCED


def test_a_statistic_without_register_entry_is_unregistered():
    table = _run([_entry("a", 19)], [_stat(19), _stat(5, jaar="2018")]).reset_index()
    assert table["status"].tolist() == [audit.REPRODUCED, audit.UNREGISTERED]


def test_the_gate_names_what_fails():
    table = _run([_entry("a", 19), _entry("b", 3, jaar="2019")], [_stat(18)]).reset_index()
    lines = audit.gate(table, ["geen lezing voor bevinding x"])
    assert lines[0].startswith("not-reproduced: a exodus||cursussen|X||2017 gedrukt 19")
    assert lines[1].startswith("not-regenerated: b")
    assert lines[2] == "geen lezing voor bevinding x"
    assert audit.gate(table[table["status"] == audit.REPRODUCED], []) == []


def _words(printed, waarde=None):
    return _entry("a", waarde, afronding="omschrijving", waarde_gedrukt=printed)


@pytest.mark.parametrize(
    ("entry", "value", "status"),
    [
        (_entry("a", None, eenheid="lijst"), 1, audit.REPRODUCED),
        (_entry("a", 5, afronding="bovengrens"), 4, audit.REPRODUCED),
        (_entry("a", 5, afronding="bovengrens"), 5, audit.NOT_REPRODUCED),
        (_entry("a", 10, afronding="ondergrens"), 16, audit.REPRODUCED),
        (_entry("a", 10, afronding="ondergrens"), 10, audit.NOT_REPRODUCED),
        (_words("De helft", None), 50, audit.REPRODUCED),
        (_words("De helft", None), 44, audit.NOT_REPRODUCED),
        (_words("bijna een kwart", None), 23, audit.REPRODUCED),
        (_words("bijna een kwart", None), 26, audit.NOT_REPRODUCED),
        (_words("kwam niet voor", None), 0, audit.REPRODUCED),
        (_words("De helft (52%)", 52), 52, audit.REPRODUCED),
        (_words("De helft (52%)", 52), 50, audit.NOT_REPRODUCED),
    ],
)  # fmt: skip
def test_statements_in_words_bounds_and_lists(entry, value, status):
    assert _run([entry], [_stat(value)]).at["a", "status"] == status


def test_a_number_the_delivery_cannot_give_is_listed_with_its_reason():
    register = pd.DataFrame([_entry("a", 94)]).astype({"waarde": "Int64"})
    readings = pd.DataFrame(columns=["bevinding", "verworpen", "vervangen", "reden"])
    stats = pd.DataFrame(columns=list(c.TIDY)).astype({"waarde": "Int64"})
    table = audit.reproduction(register, stats, readings, (), {"a": "niet geleverd"})
    assert table.loc[0, "status"] == audit.NOT_DERIVABLE
    assert table.loc[0, "bewijs"] == "niet geleverd"


def test_two_outputs_may_not_disagree_about_one_statistic():
    with pytest.raises(audit.ConflictingStatistics):
        _run([_entry("a", 19)], [_stat(19), {**_stat(18), "tabel": "U"}])


@pytest.mark.parametrize(
    ("printed", "span"),
    [("Iets meer dan een kwart (27%)", (26, 30)), ("een vijfde", (17, 23)),
     ("A quarter", (22, 28)), ("Meer dan de helft", (51, 60)), ("zeventien", None)],
)  # fmt: skip
def test_words_for_shares(printed, span):
    assert audit.word_range(printed) == span
