"""Tests for the Markdown rendering of tidy tables."""

from __future__ import annotations

import pandas as pd
import pytest

from herstelstats.render import (
    render_cursussen_per_jaar,
    render_inrichting_per_jaar,
    render_jaar_per_rij,
)
from tests.conftest import tidy_frame


@pytest.fixture
def cursussen() -> pd.DataFrame:
    # "Zonder" comes before "Met" on purpose: the order must not be alphabetical.
    return tidy_frame(
        [
            ("Zonder", "", "2017", "cursussen", 16),
            ("Zonder", "", "2017", "deelnemers", 119),
            ("Zonder", "", "2018", "cursussen", 307),
            ("Zonder", "", "2018", "deelnemers", 2318),
            ("Zonder", "", "2017-2018", "cursussen", 323),
            ("Zonder", "", "2017-2018", "deelnemers", 2437),
            ("Met", "", "2017", "deelnemers", None),
            ("Met", "", "2018", "deelnemers", 1),
            ("Met", "", "2017-2018", "deelnemers", 1250),
        ]
    )


def test_render_cursussen_per_jaar(cursussen: pd.DataFrame) -> None:
    uit = render_cursussen_per_jaar(
        cursussen,
        titel="Tabel 4 Cursussen",
        kop="Cursussen",
        bron="Exodus",
        noten=["a) Eerste noot.", "b) Tweede noot."],
    )
    assert uit == (
        "**Tabel 4 Cursussen**\n"
        "\n"
        "| Cursussen | 2017 | 2018 | Totaal |\n"
        "| :--- | ---: | ---: | ---: |\n"
        "| Zonder | 16 (119 deelnemers) | 307 (2.318 deelnemers) | 323 (2.437 deelnemers) |\n"
        "| Met | - | 1 | 1.250 |\n"
        "\n"
        "a) Eerste noot.\n"
        "\n"
        "b) Tweede noot.\n"
        "\n"
        "Bron: Exodus\n"
    )


def test_render_cursussen_per_jaar_lege_kop_zonder_noten(cursussen: pd.DataFrame) -> None:
    uit = render_cursussen_per_jaar(cursussen, titel="Tabel 5", kop="", bron="B")
    regels = uit.split("\n")
    assert regels[2] == "|  | 2017 | 2018 | Totaal |"
    assert uit.endswith("| Met | - | 1 | 1.250 |\n\nBron: B\n")


def test_totaal_komt_laatst_ook_als_het_eerst_staat(cursussen: pd.DataFrame) -> None:
    omgekeerd = cursussen.iloc[::-1].reset_index(drop=True)
    uit = render_cursussen_per_jaar(omgekeerd, titel="T", kop="K", bron="B")
    assert "| K | 2018 | 2017 | Totaal |" in uit
    assert "| Met | 1 | - | 1.250 |" in uit


def test_jaar_zonder_cursussen_is_kale_nul() -> None:
    tidy = tidy_frame(
        [
            ("C", "", "2017", "cursussen", 0),
            ("C", "", "2017", "deelnemers", 0),
            ("C", "", "2017-2017", "cursussen", 0),
            ("C", "", "2017-2017", "deelnemers", 0),
        ]
    )
    uit = render_cursussen_per_jaar(tidy, titel="T", kop="", bron="B")
    assert "| C | 0 | 0 |" in uit


def test_gedeeltelijk_onbekende_cursuscel() -> None:
    tidy = tidy_frame(
        [
            ("C", "", "2017", "cursussen", None),
            ("C", "", "2017", "deelnemers", 40),
            ("C", "", "2018", "cursussen", None),
            ("C", "", "2018", "deelnemers", None),
        ]
    )
    uit = render_cursussen_per_jaar(tidy, titel="T", kop="", bron="B")
    assert "| C | - (40 deelnemers) | - |" in uit


def test_render_jaar_per_rij() -> None:
    tidy = tidy_frame(
        [
            ("Alle", "", "2017", "cursussen", 16),
            ("Alle", "", "2017", "deelnemers", 119),
            ("Alle", "", "2018", "cursussen", 307),
            ("Alle", "", "2018", "deelnemers", None),
            ("Alle", "", "2017-2018", "cursussen", 323),
            ("Alle", "", "2017-2018", "deelnemers", 2437),
        ]
    )
    uit = render_jaar_per_rij(
        tidy,
        titel="Tabel 6 Totalen",
        bron="Register",
        kolomkoppen={
            "cursussen": "Totale aantal cursussen",
            "deelnemers": "Totale aantal deelnemers",
        },
        noten=("Noot.",),
    )
    assert uit == (
        "**Tabel 6 Totalen**\n"
        "\n"
        "|  | Totale aantal cursussen | Totale aantal deelnemers |\n"
        "| :--- | ---: | ---: |\n"
        "| 2017 | 16 | 119 |\n"
        "| 2018 | 307 | - |\n"
        "| Totaal | 323 | 2.437 |\n"
        "\n"
        "Noot.\n"
        "\n"
        "Bron: Register\n"
    )


def test_render_jaar_per_rij_mist_kolomkop() -> None:
    tidy = tidy_frame([("Alle", "", "2017", "cursussen", 1)])
    with pytest.raises(ValueError, match="kolomkop"):
        render_jaar_per_rij(tidy, titel="T", bron="B", kolomkoppen={"deelnemers": "D"})


def test_render_inrichting_per_jaar() -> None:
    tidy = tidy_frame(
        [
            ("DAPPER", "PI Vught", "2019", "deelnemers", 1200),
            ("DAPPER", "PI Vught", "2020", "deelnemers", 8),
            ("DAPPER", "PI Vught", "2019-2020", "deelnemers", 1208),
            ("DAPPER", "PI Almelo", "2019", "deelnemers", None),
            ("DAPPER", "PI Almelo", "2020", "deelnemers", 5),
            ("DAPPER", "PI Almelo", "2019-2020", "deelnemers", 5),
        ]
    )
    uit = render_inrichting_per_jaar(tidy, titel="Tabel 7 DAPPER", bron="DJI", kop="Inrichting")
    assert uit == (
        "**Tabel 7 DAPPER**\n"
        "\n"
        "| Inrichting | 2019 | 2020 | Totaal |\n"
        "| :--- | ---: | ---: | ---: |\n"
        "| PI Vught | 1.200 | 8 | 1.208 |\n"
        "| PI Almelo | - | 5 | 5 |\n"
        "\n"
        "Bron: DJI\n"
    )


def test_deterministisch(cursussen: pd.DataFrame) -> None:
    eerste = render_cursussen_per_jaar(cursussen.copy(), titel="T", kop="K", bron="B")
    tweede = render_cursussen_per_jaar(cursussen.copy(), titel="T", kop="K", bron="B")
    assert eerste.encode() == tweede.encode()


def test_pijp_in_label_wordt_ge_escaped() -> None:
    tidy = tidy_frame([("a|b", "", "2017", "deelnemers", 3)])
    uit = render_cursussen_per_jaar(tidy, titel="T", kop="", bron="B")
    assert "| a\\|b | 3 |" in uit


@pytest.mark.parametrize(
    ("tidy", "melding"),
    [
        (pd.DataFrame({"jaar": ["2017"]}), "mist kolommen"),
        (tidy_frame([]), "geen rijen"),
        (
            tidy_frame([("C", "", "2017", "deelnemers", 1), ("C", "", "2017", "deelnemers", 2)]),
            "dubbele rijen",
        ),
        (
            tidy_frame(
                [("C", "", "2017-2018", "deelnemers", 1), ("C", "", "2019-2020", "deelnemers", 2)]
            ),
            "totaalperiode",
        ),
    ],
)
def test_ongeldige_invoer(tidy: pd.DataFrame, melding: str) -> None:
    with pytest.raises(ValueError, match=melding):
        render_cursussen_per_jaar(tidy, titel="T", kop="", bron="B")


def test_inrichting_met_twee_maten_geweigerd() -> None:
    tidy = tidy_frame([("D", "PI", "2017", "deelnemers", 1), ("D", "PI", "2017", "cursussen", 1)])
    with pytest.raises(ValueError, match="precies een maat"):
        render_inrichting_per_jaar(tidy, titel="T", bron="B", kop="")


def test_render_inrichtingen_lists_the_statements_in_dutch():
    from herstelstats.render import render_inrichtingen

    rows = [
        ("PI", "uitgezet_min_per_inrichting", "", 1), ("PI", "uitgezet_max_per_inrichting", "", 68),
        ("PI", "koplopers_aanmeldingen", "Arnhem", 2), ("PI", "koplopers_aanmeldingen", "Vught", 3),
        ("PI", "koplopers_aanmeldingen", "Nieuwegein", 1),
        ("zelfaanmelders", "zelfaanmelders_max_per_inrichting", "", 13),
    ]  # fmt: skip
    tidy = pd.DataFrame(rows, columns=["groep", "maat", "inrichting", "waarde"]).astype(
        {"waarde": "Int64"}
    )
    text = render_inrichtingen(tidy, titel="T", bron="B")
    assert "- Uitgezette aanmeldingen per PI: van 1 tot en met 68" in text
    assert "- Koplopers in aanmeldingen vanuit PI's: Nieuwegein, Arnhem en Vught." in text
    assert "- Fors meer aanmeldingen in het laatste jaar: geen." in text
    assert "JJI: van - tot en met -" in text  # a statement without data shows '-'
    assert text.endswith("Bron: B\n")
