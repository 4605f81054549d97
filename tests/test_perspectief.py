"""Perspectief's case export: validation rules, processed cases, and each statistic's definition."""

from __future__ import annotations

import pandas as pd
import pytest

from herstelstats import columns as c
from herstelstats import perspectief as persp
from herstelstats import perspectief_stats as stats
from herstelstats.io import read_delivery
from herstelstats.pipeline_perspectief import clean_perspectief
from herstelstats.schemas import perspectief as p
from herstelstats.schemas.delicten import load_wetsartikelen
from herstelstats.validation import DeliveryInvalid, validate
from tests.conftest import RAW, REFERENCE

YEARS = [2017, 2018, 2019, 2020]


@pytest.fixture
def zaken() -> pd.DataFrame:
    return read_delivery(RAW / "perspectief" / "zaken.csv")


@pytest.fixture
def delicten() -> pd.DataFrame:
    return read_delivery(RAW / "perspectief" / "delicten.csv")


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return load_wetsartikelen(REFERENCE / "wetsartikelen.csv")


def _zaken_check(frame, inrichtingen):
    return validate(frame, persp.zaken_schema(inrichtingen), file="zaken.csv", step="t")


@pytest.mark.parametrize(
    ("changes", "rule"),
    [
        ({p.SOORT_AANMELDING: "PI", p.INRICHTING: "RJJI De Hunnerberg"},
         "inrichting_past_bij_soort_aanmelding"),
        ({p.SOORT_AANMELDING: "JJI", p.INRICHTING: "PI Vught"},
         "inrichting_past_bij_soort_aanmelding"),
        ({p.INRICHTING: "PI Atlantis"}, "inrichting_past_bij_soort_aanmelding"),
        ({p.SOORT_AANMELDING: "JJI", p.INRICHTING: "JJI Het Keerpunt",
          p.AANMELDDATUM: "02-01-2019"}, "inrichting_open_in_aanmeldjaar"),
    ],
)  # fmt: skip
def test_institutions_must_fit_the_registration(zaken, inrichtingen, changes, rule):
    row = zaken.index[zaken[p.DATUM_UITGEZET] == ""][0]  # no later dates to conflict with
    for column, value in changes.items():
        zaken.loc[row, column] = value
    with pytest.raises(DeliveryInvalid, match=rf"row {row}, column '[^']*': {rule}"):
        _zaken_check(zaken, inrichtingen)


def test_the_reconstructed_export_passes(zaken, delicten, inrichtingen, articles):
    assert len(_zaken_check(zaken, inrichtingen)) == len(zaken)
    schema = persp.delicten_schema(articles, set(zaken[p.ZAAKNUMMER]))
    assert len(validate(delicten, schema, file="delicten.csv", step="t")) == len(delicten)


@pytest.mark.parametrize(
    ("column", "value", "rule"),
    [(p.WETSARTIKEL, "999 Sr", "bekend_wetsartikel"),
     (p.WETSARTIKEL, "art. twaalf", "bekend_wetsartikel"),
     (p.ZAAKNUMMER, "PH-2099-0001", "zaak_bestaat_in_zaken")],
)  # fmt: skip
def test_offences_must_be_known_articles_of_known_cases(
    zaken, delicten, articles, column, value, rule
):
    delicten.loc[5, column] = value
    schema = persp.delicten_schema(articles, set(zaken[p.ZAAKNUMMER]))
    with pytest.raises(DeliveryInvalid, match=rf"row 5, column '{column}': {rule}"):
        validate(delicten, schema, file="delicten.csv", step="t")


def test_both_files_are_reported_at_once(tmp_path, zaken, delicten):
    zaken.loc[3, p.AANMELDDATUM] = "31-02-2018"
    delicten.loc[4, p.WETSARTIKEL] = "999 Sr"
    for frame, name in ((zaken, "zaken.csv"), (delicten, "delicten.csv")):
        frame.to_csv(tmp_path / name, sep=";", index=False, encoding="utf-8-sig")
    with pytest.raises(DeliveryInvalid) as error:
        clean_perspectief(
            str(tmp_path / "zaken.csv"), str(tmp_path / "delicten.csv"), str(tmp_path / "z.pq"),
            str(tmp_path / "d.pq"), encoding="utf-8-sig",
            inrichtingen=str(REFERENCE / "inrichtingen.csv"),
            varianten=str(REFERENCE / "inrichting_varianten.csv"),
            wetsartikelen=str(REFERENCE / "wetsartikelen.csv"), step="clean_perspectief",
        )  # fmt: skip
    files = {v.file for v in error.value.violations}
    assert files == {"zaken.csv", "delicten.csv"}
    assert not (tmp_path / "z.pq").exists()


@pytest.mark.parametrize(
    ("days", "label"),
    [(0, "korter dan 1 maand"), (30, "korter dan 1 maand"), (31, "1-3 maanden"),
     (91, "1-3 maanden"), (92, "3-6 maanden"), (182, "3-6 maanden"),
     (183, "langer dan 6 maanden"), (700, "langer dan 6 maanden")],
)  # fmt: skip
def test_duration_classes(days, label):
    assert persp.duurklasse(pd.Series([days], dtype="Int64")).iloc[0] == label


def test_processed_cases_keep_every_row_with_its_outcome(zaken, inrichtingen):
    cases = persp.to_zaken(zaken, inrichtingen, "zaken.csv")
    assert len(cases) == len(zaken)
    assert set(cases["groep"]) == {"PI", "zelfaanmelders", "JJI"}
    closed = cases[cases["afgesloten"]]
    assert closed["contact"].notna().all() and closed["duurklasse"].notna().all()
    assert (closed["vorm_contact"] != "").eq(closed["contact"].astype(bool)).all()
    assert cases.loc[~cases["afgesloten"], "contact"].isna().all()


@pytest.mark.parametrize(
    ("k", "n", "expected"), [(1, 8, 13), (1, 200, 1), (92, 100, 92), (0, 5, 0), (0, 0, None)]
)
def test_percentages_round_half_up(k, n, expected):
    assert stats.pct(k, n) == expected


def test_small_categories_join_the_residual():
    counts = pd.Series({"a": 70, "b": 3, "c": 0, "rest": 2})
    assert stats.merge_small(counts, 5).to_dict() == {"a": 70, "b": 0, "c": 0, "rest": 5}


def test_small_ordered_classes_join_their_larger_neighbour():
    counts = pd.Series({"<1": 0, "1-3": 3, "3-6": 16, ">6": 6})
    merged = stats.merge_small_ordered(counts, 5)
    assert merged.to_dict() == {"<1": 0, "1-3 en 3-6": 19, ">6": 6}


def test_a_residual_still_below_the_threshold_is_suppressed():
    values = pd.Series(["a"] * 70 + ["b"] * 7 + ["rest"])
    rows = stats.breakdown(values, ["a", "b", "rest"], tabel="F", groep="JJI", jaar="2017-2020",
                           maat="pct_reden", threshold=5,
                           count="afgesloten_zonder_contact")  # fmt: skip
    by_category = {r[c.CATEGORIE]: (r[c.WAARDE], r[c.STATUS]) for r in rows}
    assert by_category[""] == (78, "")
    assert by_category["b"] == (9, "")
    assert pd.isna(by_category["rest"][0]) and by_category["rest"][1] == c.ONDERDRUKT


def test_leaders_are_at_least_twice_the_median():
    counts = pd.Series({"A": 78, "B": 70, "C": 20, "D": 18, "E": 10})
    assert stats.leaders(counts, 2).to_dict() == {"A": 1, "B": 2}


def test_surges_need_the_minimum_increase_over_every_earlier_year():
    by_year = pd.DataFrame({2019: [2, 10, 3], 2020: [7, 14, 8], 2018: [1, 2, 4]},
                           index=["X", "Y", "Z"])  # fmt: skip
    assert stats.surges(by_year, 2020, 5) == ["X"]


def _cases(rows):
    frame = pd.DataFrame(rows, columns=["groep", "aanmeldjaar", "uitgezet", "afgesloten",
                                        "afsluitjaar", "contact"])  # fmt: skip
    return frame.astype({"afsluitjaar": "Int64", "contact": "boolean"})


def test_tabel_8_counts_registrations_by_year_and_the_share_passed_on():
    cases = _cases([("PI", 2017, True, False, None, None), ("PI", 2017, False, False, None, None),
                    ("zelfaanmelders", 2018, True, False, None, None),
                    ("PI", 2016, True, True, 2017, True)])  # fmt: skip
    tidy = stats.registrations(cases, stats.ADULT_GROUPS, [2017, 2018], "Tabel 8").set_index(
        ["groep", "jaar", "maat"])[c.WAARDE]  # fmt: skip
    assert tidy[("PI", "2017", "aanmeldingen")] == 2
    assert tidy[("PI", "2017", "pct_uitgezet")] == 50
    assert tidy[("volwassenen", "2017-2018", "aanmeldingen")] == 3  # 2016 is outside
    assert pd.isna(tidy[("zelfaanmelders", "2017", "pct_uitgezet")])  # a share of no cases


def test_tabel_9_counts_closed_cases_by_closing_year():
    cases = _cases([("PI", 2016, True, True, 2017, True), ("PI", 2017, True, True, 2017, False),
                    ("PI", 2017, True, False, None, None)])  # fmt: skip
    tidy = stats.closed(cases, {"PI": ("PI",)}, [2017], "Tabel 9").set_index(["jaar", "maat"])
    assert tidy.loc[("2017", "afgesloten"), c.WAARDE] == 2
    assert tidy.loc[("2017", "pct_afgesloten_met_contact"), c.WAARDE] == 50


def test_suppressed_institution_table_protects_every_small_cell():
    table = pd.DataFrame({2017: [12, 2, 9, 30], 2018: [10, 8, 3, 25]}, index=list("ABCD"))
    tidy, bounds = stats.suppressed(table, "Aanvulling", "PI", [2017, 2018], 5)
    hidden = tidy[tidy[c.STATUS] == c.ONDERDRUKT]
    assert {("B", "2017"), ("C", "2018")} <= set(zip(hidden[c.INRICHTING], hidden[c.JAAR],
                                                     strict=True))  # fmt: skip
    assert ((bounds["upper"] - bounds["lower"]) >= 5).all()
    assert "value" not in bounds.columns  # the bounds hold nothing a reader could not compute
    shown = tidy[tidy[c.STATUS] == ""]
    assert not shown[c.WAARDE].between(1, 4).any()


def test_small_institutions_merge_until_the_row_reaches_the_threshold():
    table = pd.DataFrame({2017: [1, 2, 4, 30], 2018: [0, 1, 2, 20]}, index=["A", "B", "C", "D"])
    merged = stats.merge_small_rows(table, 5, "Overige")
    assert merged.loc["Overige"].sum() == 10  # A and B make 4, so C (6) joins them
    assert list(merged.index) == ["D", "Overige"]
