"""Institution names resolve through the reference list, by type."""

from __future__ import annotations

import pandas as pd
import pytest

from herstelstats.io import read_reference
from herstelstats.reference import Inrichtingen, normalise
from herstelstats.validation import DeliveryInvalid
from tests.conftest import REFERENCE


@pytest.mark.parametrize(
    ("name", "soort", "code"),
    [
        ("PI Krimpen aan den IJssel", "PI", "PI-KRI"),
        ("Krimpen a/d IJssel", "PI", "PI-KRI"),
        ("  pi   krimpen A/D ijssel ", "PI", "PI-KRI"),
        ("Lelystad", "PI", "PI-LEL"),
        ("Lelystad", "JJI", "JJI-LEL"),
        ("Hey-Acker", "JJI", "JJI-HEY"),
        ("JC Schiphol", "PI", "PI-SCH"),
    ],
)
def test_variants_resolve_by_type(name, soort, code, inrichtingen):
    assert inrichtingen.code(name, soort) == code


@pytest.mark.parametrize(("name", "soort"), [("RJJI De Hartelborgt", "PI"), ("PI Vught", "JJI")])
def test_a_name_of_the_wrong_type_is_unknown(name, soort, inrichtingen):
    assert not inrichtingen.knows(name, soort)


def test_normalise_folds_case_and_spaces():
    assert normalise("  PI\tZuid-Oost  ") == "pi zuid-oost"


def test_reference_is_consistent():
    table = read_reference(REFERENCE / "inrichtingen.csv")
    variants = read_reference(REFERENCE / "inrichting_varianten.csv")
    assert table["inrichting_code"].is_unique
    assert set(table["soort"]) == {"PI", "JJI"}
    assert set(table["in_onderzoek"]) == {"ja", "nee"}
    assert set(variants["inrichting_code"]) == set(table["inrichting_code"])
    keys = variants["variant"].map(normalise) + "|" + variants["soort"]
    assert keys.is_unique, "a variant must point to one institution per type"
    soort = dict(zip(table["inrichting_code"], table["soort"], strict=True))
    assert (variants["inrichting_code"].map(soort) == variants["soort"]).all()


def test_study_covers_five_jjis_in_report_order(inrichtingen):
    assert list(inrichtingen.of_type("JJI")["korte_naam"]) == [
        "De Hartelborgt",
        "De Hunnerberg",
        "Den Hey-Acker",
        "Teylingereind",
        "Lelystad",
    ]


def _write(tmp_path, table, variants):
    table.to_csv(tmp_path / "inrichtingen.csv", sep=";", index=False)
    variants.to_csv(tmp_path / "varianten.csv", sep=";", index=False)
    return tmp_path / "inrichtingen.csv", tmp_path / "varianten.csv"


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("soort", "TBS", r"inrichtingen.csv: row 2, column 'soort': isin"),
        ("open_vanaf", "ooit", r"row 2, column 'open_vanaf': str_matches"),
        (
            "inrichting_code",
            "JJI-ACH",
            r"row 2, column 'inrichting_code, soort': code_past_bij_soort",
        ),
        ("in_onderzoek", "misschien", r"row 2, column 'in_onderzoek': isin"),
    ],
)
def test_bad_reference_rows_are_rejected(tmp_path, column, value, message):
    table = read_reference(REFERENCE / "inrichtingen.csv")
    table.loc[2, column] = value
    variants = read_reference(REFERENCE / "inrichting_varianten.csv")
    with pytest.raises(DeliveryInvalid, match=message):
        Inrichtingen.load(*_write(tmp_path, table, variants))


def test_reference_years_must_be_in_order(tmp_path):
    table = read_reference(REFERENCE / "inrichtingen.csv")
    table.loc[2, ["open_vanaf", "open_tot"]] = ["2019", "2018"]
    variants = read_reference(REFERENCE / "inrichting_varianten.csv")
    with pytest.raises(DeliveryInvalid, match="open_vanaf_niet_na_open_tot"):
        Inrichtingen.load(*_write(tmp_path, table, variants))


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        ({"inrichting_code": "PI-XXX"}, "verwijst_naar_bekende_inrichting_van_die_soort"),
        ({"soort": "PI"}, "verwijst_naar_bekende_inrichting_van_die_soort"),
    ],
)
def test_variants_must_point_to_a_known_institution_of_their_type(tmp_path, change, rule):
    table = read_reference(REFERENCE / "inrichtingen.csv")
    variants = read_reference(REFERENCE / "inrichting_varianten.csv")
    for column, value in change.items():
        variants.loc[2, column] = value
    with pytest.raises(DeliveryInvalid, match=rule):
        Inrichtingen.load(*_write(tmp_path, table, variants))


def test_one_spelling_cannot_mean_two_institutions_of_one_type(tmp_path):
    table = read_reference(REFERENCE / "inrichtingen.csv")
    variants = read_reference(REFERENCE / "inrichting_varianten.csv")
    clash = pd.DataFrame([{"variant": "ALMELO", "soort": "PI", "inrichting_code": "PI-VUG"}])
    with pytest.raises(DeliveryInvalid, match="spelling_eenduidig_per_soort"):
        Inrichtingen.load(*_write(tmp_path, table, pd.concat([variants, clash])))


@pytest.mark.parametrize(
    ("start", "end", "year", "expected"),
    [("", "", 2017, True), ("2018", "", 2017, False), ("", "2018", 2019, False),
     ("2017", "2018", 2018, True)],
)  # fmt: skip
def test_open_years_bound_inclusively(tmp_path, start, end, year, expected):
    table = read_reference(REFERENCE / "inrichtingen.csv")
    table.loc[table["inrichting_code"] == "PI-ALM", ["open_vanaf", "open_tot"]] = [start, end]
    variants = read_reference(REFERENCE / "inrichting_varianten.csv")
    assert Inrichtingen.load(*_write(tmp_path, table, variants)).open_in("PI-ALM", year) is expected
