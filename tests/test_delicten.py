"""Articles of law map to the report's delict categories, as its footnotes 82-84 and 104-105 say."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest

from herstelstats.schemas.delicten import (
    DELICTCATEGORIEEN,
    DELICTCATEGORIEEN_JEUGD,
    load_wetsartikelen,
    normalise_article,
)
from tests.conftest import REFERENCE

CSV = REFERENCE / "wetsartikelen.csv"


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return load_wetsartikelen(CSV).set_index("wetsartikel")


def test_shipped_table_validates(table):
    assert len(table) > 0
    assert table.index.is_unique


def test_file_is_utf8_with_lf_line_ends():
    data = CSV.read_bytes()
    assert b"\r" not in data
    assert data.decode("utf-8").startswith(
        "wetsartikel;wet;omschrijving;delictcategorie;figuurcategorie;delictcategorie_jeugd;toelichting\n"
    )


def test_rows_are_numbered_like_a_spreadsheet():
    frame = load_wetsartikelen(CSV)
    assert frame.index[0] == 2
    assert frame.index[-1] == len(frame) + 1


def test_categories_are_in_report_order():
    assert DELICTCATEGORIEEN[-1] == DELICTCATEGORIEEN_JEUGD[-1] == "Overig"
    assert DELICTCATEGORIEEN[1] == "Zware geweldsdelicten"
    assert DELICTCATEGORIEEN_JEUGD[1] == "Geweldsdelicten"


@pytest.mark.parametrize("category", DELICTCATEGORIEEN)
def test_every_adult_category_has_an_article(table, category):
    assert (table["delictcategorie"] == category).any()


@pytest.mark.parametrize("category", DELICTCATEGORIEEN_JEUGD)
def test_every_juvenile_category_has_an_article(table, category):
    assert (table["delictcategorie_jeugd"] == category).any()


FOOTNOTES = [
    # article, adult category, juvenile category
    ("287 Sr", "Levensdelicten", "Levensdelicten"),  # fn 82, fn 104
    ("289 Sr", "Levensdelicten", "Levensdelicten"),  # fn 82, fn 104
    ("307 Sr", "Levensdelicten", "Overig"),  # fn 82; fn 104 names moord/doodslag only
    ("45/287 Sr", "Zware geweldsdelicten", "Geweldsdelicten"),  # fn 83, fn 105
    ("302 Sr", "Zware geweldsdelicten", "Geweldsdelicten"),  # fn 83, fn 105
    ("141 Sr", "Overig", "Geweldsdelicten"),  # fn 105; fn 83 does not name it
    ("242 Sr", "Zedendelicten", "Zedendelicten"),  # fn 84
    ("246 Sr", "Zedendelicten", "Zedendelicten"),  # fn 84
    ("312 Sr", "Diefstal met (bedreiging van) geweld", "Diefstal met (bedreiging van) geweld"),
    ("285b Sr", "Overig", "Overig"),  # §4.2.1: stalking
    ("285 Sr", "Overig", "Overig"),  # §5.2.2: bedreiging
    ("278 Sr", "Overig", "Overig"),  # §5.2.2: ontvoering
    ("6 WVW 1994", "Overig", "Overig"),  # §4.2.1: verkeersongevallen
    ("300 Sr", "Overig", "Overig"),  # mishandeling is not zware mishandeling
]


@pytest.mark.parametrize(("article", "adult", "juvenile"), FOOTNOTES)
def test_footnote_assignments(table, article, adult, juvenile):
    assert table.loc[article, "delictcategorie"] == adult
    assert table.loc[article, "delictcategorie_jeugd"] == juvenile


def test_every_article_is_in_normalised_form(table):
    assert all(normalise_article(article) == article for article in table.index)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("287 Sr", "287 Sr"),
        ("art. 287 Sr", "287 Sr"),
        ("287 WvSr", "287 Sr"),
        ("Artikel 289 Wetboek van Strafrecht", "289 Sr"),
        ("art. 285B W.v.Sr.", "285b Sr"),
        ("Art 45 jo 287 Sr", "45/287 Sr"),
        ("45 jo. 287 Sr", "45/287 Sr"),
        ("287 jo 45 Sr", "45/287 Sr"),
        ("45/287 Sr", "45/287 Sr"),
        ("  45   juncto 289  Sr ", "45/289 Sr"),
        ("312 jo 47 Sr", "312 Sr"),
        ("45 j° 47 jo 287 Sr", "45/287 Sr"),
        ("art. 300, lid 2 Sr", "300 Sr"),
        ("art. 6 WVW", "6 WVW 1994"),
        ("6 WVW 1994", "6 WVW 1994"),
        ("8 Wegenverkeerswet 1994", "8 WVW 1994"),
        ("26 WWM", "26 WWM"),
        ("2 Opiumwet", "2 Opiumwet"),
    ],
)
def test_normalise_article(text, expected):
    assert normalise_article(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "287",  # no law
        "Sr",  # no article
        "art. Sr",
        "287 BW",  # unknown law
        "45 Sr",  # attempt of nothing
        "47 Sr",
        "242 jo 248 Sr",  # two offence articles
        "45 jo 45 jo 287 Sr",
        "45 jo 6 WVW",  # 'jo' outside the Wetboek van Strafrecht
        "287sr",
        "0287 Sr",
        "doodslag",
    ],
)
def test_normalise_article_rejects(text):
    with pytest.raises(ValueError):
        normalise_article(text)


def _failures(tmp_path, extra_rows: list[str]) -> pd.DataFrame:
    path = tmp_path / "wetsartikelen.csv"
    path.write_text(CSV.read_text(encoding="utf-8") + "".join(extra_rows), encoding="utf-8")
    with pytest.raises(pandera.errors.SchemaErrors) as caught:
        load_wetsartikelen(path)
    return caught.value.failure_cases


def test_unknown_category_is_rejected_naming_the_column(tmp_path):
    row = (
        "999 Sr;Sr;verzonnen;Geweldsdelicten;Geweldsdelicten;Overig;"
        "fout: jeugdlabel bij volwassenen\n"
    )
    cases = _failures(tmp_path, [row])
    hit = cases[cases["column"] == "delictcategorie"]
    assert list(hit["failure_case"]) == ["Geweldsdelicten"]
    assert hit["check"].str.startswith("isin").all()
    assert list(hit["index"]) == [len(CSV.read_text(encoding="utf-8").splitlines()) + 1]


def test_duplicate_article_is_rejected_naming_the_column(tmp_path):
    row = "287 Sr;Sr;doodslag;Levensdelicten;Levensdelicten;Levensdelicten;dubbel\n"
    cases = _failures(tmp_path, [row])
    hit = cases[cases["column"] == "wetsartikel"]
    assert set(hit["failure_case"]) == {"287 Sr"}
    assert (hit["check"] == "field_uniqueness").all()


@pytest.mark.parametrize(
    ("row", "column"),
    [
        (
            "287 WvSr;Sr;doodslag;Levensdelicten;Levensdelicten;Levensdelicten;"
            "niet genormaliseerd\n",
            "wetsartikel",
        ),
        ("999 Sr;BW;verzonnen;Overig;Overig;Overig;onbekende wet\n", "wet"),
        ("45/6 WVW 1994;WVW 1994;poging;Overig;Overig;Overig;45/ alleen bij Sr\n", "wetsartikel"),
        ("999 Sr;Sr; ;Overig;Overig;Overig;lege omschrijving\n", "omschrijving"),
        (
            "999 Sr;Sr;verzonnen;Overig;Overig;Zware geweldsdelicten;volwassenenlabel\n",
            "delictcategorie_jeugd",
        ),
    ],
)
def test_bad_value_is_rejected_naming_the_column(tmp_path, row, column):
    cases = _failures(tmp_path, [row])
    assert column in set(cases["column"])


@pytest.mark.parametrize(
    ("row", "check"),
    [
        (
            "999 WVW 1994;Sr;verzonnen;Overig;Overig;Overig;wet past niet\n",
            "wetsartikel_hoort_bij_wet",
        ),
        (
            "999 Sr;Sr;verzonnen;Zedendelicten;Zedendelicten;Overig;categorieen botsen\n",
            "categorieen_volwassenen_en_jeugd_verenigbaar",
        ),
    ],
)
def test_rule_across_columns_is_rejected(tmp_path, row, check):
    cases = _failures(tmp_path, [row])
    assert check in set(cases["check"])


def test_extra_column_is_rejected(tmp_path):
    path = tmp_path / "wetsartikelen.csv"
    lines = CSV.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(f"{line};x" for line in lines) + "\n", encoding="utf-8")
    with pytest.raises(pandera.errors.SchemaErrors) as caught:
        load_wetsartikelen(path)
    assert "column_in_schema" in set(caught.value.failure_cases["check"])
