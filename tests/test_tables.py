"""Aggregation into the report's tables: zeros, totals, unregistered years, no lost rows."""

from __future__ import annotations

import pandas as pd
import pytest

from herstelstats import columns as c
from herstelstats import tables as t

YEARS = [2017, 2018]


def _regs(rows: list[tuple[str, str, int, int | None]]) -> pd.DataFrame:
    """Registrations from (categorie, inrichting, jaar, deelnemers)."""
    frame = pd.DataFrame(rows, columns=[c.CATEGORIE, c.INRICHTING, c.JAAR, c.DEELNEMERS])
    return frame.assign(
        **{
            c.DEELNEMERS: frame[c.DEELNEMERS].astype("Int64"),
            c.INRICHTING_CODE: "PI-" + frame[c.INRICHTING].str[:3].str.upper(),
        }
    )


SPEC = t.TableSpec(
    tabel="Tabel X",
    bron="gevangenenzorg",
    categories=("Groep", "Los"),
    measures={"Los": (c.CURSUSSEN,)},
)


def _value(tidy, categorie, jaar, maat, inrichting=""):
    hit = tidy[
        (tidy[c.CATEGORIE] == categorie)
        & (tidy[c.JAAR] == jaar)
        & (tidy[c.MAAT] == maat)
        & (tidy[c.INRICHTING] == inrichting)
    ]
    assert len(hit) == 1
    return hit[c.WAARDE].iloc[0]


def test_counts_courses_sums_participants_and_totals():
    regs = _regs([("Groep", "Almelo", 2017, 8), ("Groep", "Almelo", 2017, 5),
                  ("Groep", "Vught", 2018, 7), ("Los", "Vught", 2018, 1)])  # fmt: skip
    tidy = t.per_category(regs, SPEC, YEARS)
    assert _value(tidy, "Groep", "2017", c.CURSUSSEN) == 2
    assert _value(tidy, "Groep", "2017", c.DEELNEMERS) == 13
    assert _value(tidy, "Groep", "2017-2018", c.DEELNEMERS) == 20
    assert _value(tidy, "Los", "2018", c.CURSUSSEN) == 1


def test_a_year_without_courses_is_zero_not_missing():
    tidy = t.per_category(_regs([("Groep", "Almelo", 2017, 8)]), SPEC, YEARS)
    assert _value(tidy, "Groep", "2018", c.CURSUSSEN) == 0
    assert _value(tidy, "Groep", "2018", c.DEELNEMERS) == 0
    assert _value(tidy, "Los", "2017-2018", c.CURSUSSEN) == 0


def test_measures_follow_the_spec_and_rows_read_as_the_report():
    tidy = t.per_category(_regs([("Groep", "Almelo", 2017, 8)]), SPEC, YEARS)
    assert list(tidy[c.CATEGORIE].drop_duplicates()) == ["Groep", "Los"]
    assert set(tidy.loc[tidy[c.CATEGORIE] == "Los", c.MAAT]) == {c.CURSUSSEN}
    assert list(tidy[c.JAAR][:3]) == ["2017", "2018", "2017-2018"]
    assert list(tidy.columns) == list(c.TIDY)


def test_registrations_outside_the_period_are_not_counted():
    regs = _regs([("Groep", "Almelo", 2016, 8), ("Groep", "Almelo", 2017, 6)])
    tidy = t.per_category(regs, SPEC, YEARS)
    assert _value(tidy, "Groep", "2017-2018", c.DEELNEMERS) == 6


def test_years_before_registration_print_as_unregistered():
    regs = _regs([("Los", "Vught", 2018, 1)])
    tidy = t.per_category(regs, SPEC, YEARS, registered_from={"Los": 2018})
    row = tidy[(tidy[c.CATEGORIE] == "Los") & (tidy[c.JAAR] == "2017")]
    assert row[c.WAARDE].isna().all()
    assert (row[c.STATUS] == c.NIET_GEREGISTREERD).all()
    assert _value(tidy, "Los", "2017-2018", c.CURSUSSEN) == 1
    assert (tidy.loc[tidy[c.CATEGORIE] == "Groep", c.STATUS] == "").all()


def test_a_category_the_table_does_not_show_stops_the_build():
    with pytest.raises(t.RowsLost, match="no row for categories \\['Nieuw'\\]"):
        t.per_category(_regs([("Nieuw", "Almelo", 2017, 3)]), SPEC, YEARS)


def test_per_institution_lists_every_institution_and_a_total_row():
    spec = t.TableSpec(tabel="§X", bron="stichting180", categories=("DAPPER",),
                       default_measures=(c.CURSUSSEN,))  # fmt: skip
    regs = _regs([("DAPPER", "Teylingereind", 2017, None)] * 3)
    tidy = t.per_institution(regs, spec, YEARS, ["De Hunnerberg", "Teylingereind"])
    assert list(tidy[c.INRICHTING].drop_duplicates()) == ["De Hunnerberg", "Teylingereind", ""]
    assert _value(tidy, "DAPPER", "2017", c.CURSUSSEN, "Teylingereind") == 3
    assert _value(tidy, "DAPPER", "2017-2018", c.CURSUSSEN, "De Hunnerberg") == 0
    assert _value(tidy, "DAPPER", "2017-2018", c.CURSUSSEN, "") == 3


def test_per_institution_refuses_an_institution_outside_the_list():
    spec = t.TABLES["dapper"]
    with pytest.raises(t.RowsLost, match="no row for institutions"):
        t.per_institution(_regs([("DAPPER", "Elders", 2017, None)]), spec, YEARS, ["Teylingereind"])


def test_distinct_institutions_counts_each_once():
    mkei = "Mijn Kind en Ik"
    regs = _regs([(mkei, "Almelo", 2017, 5), (mkei, "Almelo", 2018, 6),
                  (mkei, "Vught", 2018, 4), (mkei, "Zwolle", 2019, 4)])  # fmt: skip
    tidy = t.distinct_institutions(regs, t.TABLES["tabel_6"], YEARS)
    assert tidy[c.WAARDE].tolist() == [2]
    assert tidy[c.MAAT].tolist() == [c.INRICHTINGEN]


def test_period_label():
    assert t.period([2019, 2017, 2018]) == "2017-2019"
