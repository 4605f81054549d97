"""Tests for the deterministic figures."""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from matplotlib.figure import Figure

from herstelstats import figures
from tests.conftest import tidy_frame

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def per_jaar() -> pd.DataFrame:
    return tidy_frame(
        [
            ("Zonder", "", "2017", "cursussen", 16),
            ("Zonder", "", "2017", "deelnemers", 119),
            ("Zonder", "", "2018", "cursussen", 307),
            ("Zonder", "", "2018", "deelnemers", 2318),
            ("Zonder", "", "2017-2018", "cursussen", 323),
            ("Zonder", "", "2017-2018", "deelnemers", 2437),
            ("Met", "", "2017", "deelnemers", None),
            ("Met", "", "2018", "deelnemers", 1250),
            ("Met", "", "2017-2018", "deelnemers", 1250),
        ]
    )


@pytest.fixture
def per_inrichting() -> pd.DataFrame:
    return tidy_frame(
        [
            ("DAPPER", "PI Vught", "2019", "deelnemers", 1200),
            ("DAPPER", "PI Vught", "2020", "deelnemers", 8),
            ("DAPPER", "PI Vught", "2019-2020", "deelnemers", 1208),
            ("DAPPER", "PI Almelo", "2019", "deelnemers", None),
            ("DAPPER", "PI Almelo", "2020", "deelnemers", 5),
            ("DAPPER", "PI Almelo", "2019-2020", "deelnemers", 5),
        ]
    )


def _balkjes(fig: Figure) -> list[tuple[float, float]]:
    """(x, height) of every bar on the only axes."""
    (ax,) = fig.axes
    return [(p.get_x() + p.get_width() / 2, p.get_height()) for p in ax.patches]


def _labels(fig: Figure) -> list[str]:
    (ax,) = fig.axes
    return [t.get_text() for t in ax.texts]


def _opslaan(fig: Figure, map_: Path) -> tuple[bytes, bytes]:
    png, svg = map_ / "sub" / "f.png", map_ / "sub" / "f.svg"
    figures.save(fig, png, svg)
    return png.read_bytes(), svg.read_bytes()


def test_configure_zet_deterministische_rcparams() -> None:
    with matplotlib.rc_context():
        figures.configure()
        assert matplotlib.get_backend().lower() == "agg"
        assert matplotlib.rcParams["svg.hashsalt"] == figures.RC["svg.hashsalt"]
        assert matplotlib.rcParams["svg.fonttype"] == "path"
        assert matplotlib.rcParams["figure.dpi"] == 150
        assert matplotlib.rcParams["font.sans-serif"][0] == "DejaVu Sans"
        assert not matplotlib.rcParams["axes.spines.top"]
        assert not matplotlib.rcParams["axes.spines.right"]


def test_figuur_per_jaar_tweemaal_byte_identiek(per_jaar: pd.DataFrame, tmp_path: Path) -> None:
    uitvoer = []
    for ronde in ("a", "b"):
        fig = figures.figuur_per_jaar(
            per_jaar, titel="Deelnemers per jaar", maat="deelnemers", ylabel="Deelnemers"
        )
        uitvoer.append(_opslaan(fig, tmp_path / ronde))
    (png_a, svg_a), (png_b, svg_b) = uitvoer
    assert png_a.startswith(PNG_MAGIC)
    assert png_a == png_b
    assert svg_a == svg_b
    tekst = svg_a.decode()
    assert "<svg" in tekst
    assert "<dc:date>" not in tekst
    assert re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", tekst) is None
    assert b"Software" not in png_a


def test_figuur_per_inrichting_tweemaal_byte_identiek(
    per_inrichting: pd.DataFrame, tmp_path: Path
) -> None:
    uitvoer = []
    for ronde in ("a", "b"):
        fig = figures.figuur_per_inrichting(per_inrichting, titel="DAPPER", ylabel="Deelnemers")
        uitvoer.append(_opslaan(fig, tmp_path / ronde))
    assert uitvoer[0][0].startswith(PNG_MAGIC)
    assert uitvoer[0] == uitvoer[1]


def test_figuur_per_jaar_na_geeft_geen_balk(per_jaar: pd.DataFrame) -> None:
    fig = figures.figuur_per_jaar(per_jaar, titel="T", maat="deelnemers", ylabel="Deelnemers")
    # 2 categories x 2 years, minus the unregistered "Met" 2017: 3 bars, no total.
    hoogtes = sorted(h for _, h in _balkjes(fig))
    assert hoogtes == [119, 1250, 2318]
    assert sorted(_labels(fig)) == ["1.250", "119", "2.318"]
    (ax,) = fig.axes
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2017", "2018"]
    assert ax.get_xlabel() == "Jaar"
    assert ax.get_ylabel() == "Deelnemers"
    assert ax.get_title() == "T"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Zonder", "Met"]


def test_figuur_per_jaar_filtert_op_maat(per_jaar: pd.DataFrame) -> None:
    fig = figures.figuur_per_jaar(per_jaar, titel="T", maat="cursussen", ylabel="Cursussen")
    assert sorted(h for _, h in _balkjes(fig)) == [16, 307]
    (ax,) = fig.axes
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Zonder"]


def test_figuur_per_jaar_onbekende_maat(per_jaar: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="maat"):
        figures.figuur_per_jaar(per_jaar, titel="T", maat="uren", ylabel="Uren")


def test_figuur_per_inrichting_na_geeft_geen_balk(per_inrichting: pd.DataFrame) -> None:
    fig = figures.figuur_per_inrichting(per_inrichting, titel="DAPPER", ylabel="Deelnemers")
    balken = _balkjes(fig)
    assert len(balken) == 3
    assert sorted(h for _, h in balken) == [5, 8, 1200]
    assert sorted(_labels(fig)) == ["1.200", "5", "8"]
    (ax,) = fig.axes
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["PI Vught", "PI Almelo"]


def test_vaste_kleuren_per_groep(per_jaar: pd.DataFrame) -> None:
    fig = figures.figuur_per_jaar(per_jaar, titel="T", maat="deelnemers", ylabel="D")
    (ax,) = fig.axes
    kleuren = {matplotlib.colors.to_hex(p.get_facecolor()) for p in ax.patches}
    assert kleuren == set(figures.KLEUREN[:2])
