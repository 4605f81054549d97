"""Tests for the horizontal percentage figure (figuur_aandelen)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from matplotlib.figure import Figure

from herstelstats import figures
from herstelstats.columns import TIDY

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
GROEPEN = {"volwassenen": "Volwassenen", "jongeren": "Jongeren"}
CATEGORIEEN = ["Geweld", "Vermogen", "Overig"]


def _tidy(rijen: list[tuple[str, str, str, str, int | None, str]]) -> pd.DataFrame:
    """Build a tidy frame from (groep, categorie, jaar, maat, waarde, status) rows."""
    frame = pd.DataFrame(
        [
            {
                "tabel": "Figuur 1",
                "bron": "Testbron",
                "groep": groep,
                "categorie": categorie,
                "inrichting": "",
                "jaar": jaar,
                "maat": maat,
                "waarde": waarde,
                "status": status,
            }
            for groep, categorie, jaar, maat, waarde, status in rijen
        ],
        columns=list(TIDY),
    )
    return frame.astype({"waarde": "Int64"})


@pytest.fixture
def aandelen() -> pd.DataFrame:
    return _tidy(
        [
            ("volwassenen", "Geweld", "2019-2021", "aandeel", 22, ""),
            ("volwassenen", "Vermogen", "2019-2021", "aandeel", 48, ""),
            ("volwassenen", "Overig", "2019-2021", "aandeel", 30, ""),
            ("jongeren", "Geweld", "2019-2021", "aandeel", 61, ""),
            ("jongeren", "Vermogen", "2019-2021", "aandeel", 39, ""),
            ("jongeren", "Overig", "2019-2021", "aandeel", None, "onderdrukt"),
            # Other maat, other jaar and a groep not asked for: all left out.
            ("volwassenen", "Geweld", "2019-2021", "aantal", 120, ""),
            ("volwassenen", "Geweld", "2019", "aandeel", 99, ""),
            ("anders", "Zeden", "2019-2021", "aandeel", 77, ""),
        ]
    )


def _figuur(tidy: pd.DataFrame, groepen: dict[str, str] = GROEPEN) -> Figure:
    return figures.figuur_aandelen(
        tidy, titel="Delicten", maat="aandeel", groepen=groepen, jaar="2019-2021"
    )


def _labels(fig: Figure) -> list[str]:
    (ax,) = fig.axes
    return [t.get_text() for t in ax.texts]


def _opslaan(fig: Figure, map_: Path) -> tuple[bytes, bytes]:
    png, svg = map_ / "f.png", map_ / "f.svg"
    figures.save(fig, png, svg)
    return png.read_bytes(), svg.read_bytes()


def test_tweemaal_byte_identiek(aandelen: pd.DataFrame, tmp_path: Path) -> None:
    eerste = _opslaan(_figuur(aandelen), tmp_path / "a")
    tweede = _opslaan(_figuur(aandelen), tmp_path / "b")
    assert eerste[0].startswith(PNG_MAGIC)
    assert b"<svg" in eerste[1]
    assert eerste[0] == tweede[0]
    assert eerste[1] == tweede[1]


def test_een_balk_per_gevulde_cel(aandelen: pd.DataFrame) -> None:
    (ax,) = _figuur(aandelen).axes
    # 2 groepen x 3 categories, minus the suppressed cell.
    assert len(ax.patches) == 5
    assert sorted(p.get_width() for p in ax.patches) == [22, 30, 39, 48, 61]
    # Horizontal bars: all start at x = 0.
    assert {p.get_x() for p in ax.patches} == {0}
    kleuren = {matplotlib.colors.to_hex(p.get_facecolor()) for p in ax.patches}
    assert kleuren == set(figures.KLEUREN[:2])


def test_waardelabels_en_onderdrukt(aandelen: pd.DataFrame) -> None:
    fig = _figuur(aandelen)
    labels = _labels(fig)
    assert "22%" in labels
    assert "<5 zaken" in labels
    assert sorted(labels) == sorted(["22%", "48%", "30%", "61%", "39%", "<5 zaken"])
    (ax,) = fig.axes
    (onderdrukt,) = [t for t in ax.texts if t.get_text() == "<5 zaken"]
    assert matplotlib.colors.to_hex(onderdrukt.get_color()) == figures.ONDERDRUKT_KLEUR


def test_na_zonder_status_geen_balk_en_geen_label(aandelen: pd.DataFrame) -> None:
    aandelen.loc[5, "status"] = ""
    (ax,) = _figuur(aandelen).axes
    assert len(ax.patches) == 5
    assert "<5 zaken" not in [t.get_text() for t in ax.texts]
    assert len(ax.texts) == 5


def test_categorieen_van_boven_naar_beneden(aandelen: pd.DataFrame) -> None:
    (ax,) = _figuur(aandelen).axes
    assert [t.get_text() for t in ax.get_yticklabels()] == CATEGORIEEN
    # The first category sits at the top: the y axis runs downwards.
    onder, boven = ax.get_ylim()
    assert onder > boven
    geweld = [p for p in ax.patches if p.get_width() in (22, 61)]
    overig = [p for p in ax.patches if p.get_width() == 30]
    assert max(p.get_y() for p in geweld) < min(p.get_y() for p in overig)


def test_assen_en_legenda(aandelen: pd.DataFrame) -> None:
    (ax,) = _figuur(aandelen).axes
    assert ax.get_xlim() == (0, 100)
    assert ax.get_xlabel() == "Percentage"
    assert ax.get_title() == "Delicten"
    formatter = ax.xaxis.get_major_formatter()
    assert [formatter(x, i) for i, x in enumerate(ax.get_xticks())] == [
        "0%",
        "20%",
        "40%",
        "60%",
        "80%",
        "100%",
    ]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Volwassenen", "Jongeren"]


def test_een_groep_zonder_legenda(aandelen: pd.DataFrame) -> None:
    (ax,) = _figuur(aandelen, {"volwassenen": "Volwassenen"}).axes
    assert ax.get_legend() is None
    assert sorted(p.get_width() for p in ax.patches) == [22, 30, 48]


def test_lange_categorie_wordt_afgebroken(tmp_path: Path) -> None:
    lang = "Delicten tegen de openbare orde en het openbaar gezag"
    tidy = _tidy([("volwassenen", lang, "2019-2021", "aandeel", 100, "")])
    fig = _figuur(tidy, {"volwassenen": "Volwassenen"})
    (ax,) = fig.axes
    (label,) = [t.get_text() for t in ax.get_yticklabels()]
    assert label == textwrap.fill(lang, figures.LABELBREEDTE)
    assert all(len(regel) <= figures.LABELBREEDTE for regel in label.splitlines())
    # The wrapped label stays inside the figure.
    fig.draw_without_rendering()
    (tekst,) = ax.get_yticklabels()
    assert tekst.get_window_extent().x0 >= 0


@pytest.mark.parametrize(("maat", "jaar"), [("uren", "2019-2021"), ("aandeel", "2030")])
def test_geen_rijen_geeft_valueerror(aandelen: pd.DataFrame, maat: str, jaar: str) -> None:
    with pytest.raises(ValueError, match="geen rijen"):
        figures.figuur_aandelen(aandelen, titel="T", maat=maat, groepen=GROEPEN, jaar=jaar)


def test_onbekende_groep_geeft_valueerror(aandelen: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="groep"):
        _figuur(aandelen, {"volwassenen": "Volwassenen", "kinderen": "Kinderen"})
