"""Institution names resolve through the reference list, by type."""

from __future__ import annotations

import pytest

from herstelstats.io import read_reference
from herstelstats.reference import normalise
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
