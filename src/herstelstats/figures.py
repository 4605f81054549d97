"""Deterministic matplotlib figures in a plain report style."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib import pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from herstelstats.columns import ONDERDRUKT
from herstelstats.fmt import getal
from herstelstats.render import is_totaal

KLEUREN = ("#1f3b5c", "#5b7fa6", "#9fb7d0", "#595959", "#a6a6a6", "#2e6e8e")
"""Fixed bar colours, used in group order."""

RC = {
    "svg.hashsalt": "herstelstats",
    "svg.fonttype": "path",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "figure.dpi": 150,
    "savefig.dpi": 150,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
"""rcParams that make the output byte-identical between runs."""

FIGUURMAAT = (8.0, 4.5)
BALKBREEDTE = 0.8
ONDERDRUKT_LABEL = "<5 zaken"
"""Printed instead of a bar for a suppressed share."""
ONDERDRUKT_KLEUR = "#7f7f7f"
LABELBREEDTE = 30
"""Category labels on the y axis are wrapped at this many characters."""


def configure() -> None:
    """Select the Agg backend and apply the deterministic rcParams globally."""
    matplotlib.use("Agg")
    matplotlib.rcParams.update(RC)


def save(fig: Figure, png_path: str | Path, svg_path: str | Path) -> None:
    """Write fig as PNG and SVG without volatile metadata, then close it."""
    for pad in (png_path, svg_path):
        Path(pad).parent.mkdir(parents=True, exist_ok=True)
    # rc_context: the SVG hash salt and dpi are read at save time.
    with matplotlib.rc_context(RC):
        fig.savefig(png_path, format="png", metadata={"Software": None}, bbox_inches=None)
        fig.savefig(
            svg_path, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches=None
        )
    plt.close(fig)


def _reeksen(tidy: pd.DataFrame, groep: str) -> tuple[list[str], dict[str, list[object]]]:
    """Years (without the total) and, per group, the value for each year."""
    per_jaar = tidy[~tidy["jaar"].map(is_totaal)]
    if per_jaar.duplicated(subset=[groep, "jaar"]).any():
        raise ValueError(f"dubbele rijen per {groep} en jaar")
    jaren = list(dict.fromkeys(per_jaar["jaar"]))
    sleutels = zip(per_jaar[groep], per_jaar["jaar"], strict=True)
    waarden = dict(zip(sleutels, per_jaar["waarde"], strict=True))
    groepen = dict.fromkeys(per_jaar[groep])
    return jaren, {g: [waarden.get((g, j)) for j in jaren] for g in groepen}


def _balken(ax: Axes, reeksen: dict[str, list[object]]) -> list[Patch]:
    """Draw grouped bars with Dutch value labels; return the legend handles."""
    breedte = BALKBREEDTE / max(len(reeksen), 1)
    handvatten = []
    for i, (label, waarden) in enumerate(reeksen.items()):
        kleur = KLEUREN[i % len(KLEUREN)]
        verschuiving = (i - (len(reeksen) - 1) / 2) * breedte
        # Unregistered values get no bar at all, not a bar of height 0.
        punten = [(x, int(v)) for x, v in enumerate(waarden) if not pd.isna(v)]
        if punten:
            xs, hoogtes = zip(*punten, strict=True)
            balken = ax.bar(
                [x + verschuiving for x in xs], hoogtes, width=breedte, color=kleur, label=label
            )
            ax.bar_label(balken, labels=[getal(h) for h in hoogtes], padding=2, fontsize=7)
        handvatten.append(Patch(facecolor=kleur, label=label))
    return handvatten


def _as_getal(waarde: float, _pos: object) -> str:
    return getal(round(waarde))


def _groepsfiguur(
    reeksen: dict[str, list[object]], jaren: list[str], titel: str, ylabel: str
) -> Figure:
    with matplotlib.rc_context(RC):
        fig = Figure(figsize=FIGUURMAAT, layout="constrained")
        ax = fig.add_subplot()
        handvatten = _balken(ax, reeksen)
        ax.set_xticks(range(len(jaren)), jaren)
        ax.set_xlabel("Jaar")
        ax.set_ylabel(ylabel)
        ax.set_title(titel)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(FuncFormatter(_as_getal))
        ax.margins(y=0.12)
        _legenda(ax, handvatten, onder=-0.15, kolommen=2)
    return fig


def _legenda(ax: Axes, handvatten: list, *, onder: float, kolommen: int) -> None:
    """The legend centred below the axes, in at most `kolommen` columns."""
    ax.legend(
        handles=handvatten,
        loc="upper center",
        bbox_to_anchor=(0.5, onder),
        ncols=min(len(handvatten), kolommen),
        frameon=False,
        fontsize=8,
    )


def figuur_per_jaar(tidy: pd.DataFrame, *, titel: str, maat: str, ylabel: str) -> Figure:
    """Grouped bars per year, one group per categorie, for one maat."""
    selectie = tidy[tidy["maat"] == maat]
    if selectie.empty:
        raise ValueError(f"geen rijen met maat {maat!r}")
    jaren, reeksen = _reeksen(selectie, "categorie")
    return _groepsfiguur(reeksen, jaren, titel, ylabel)


def figuur_per_inrichting(tidy: pd.DataFrame, *, titel: str, ylabel: str) -> Figure:
    """Grouped bars per year, one group per inrichting."""
    if tidy.empty:
        raise ValueError("tidy bevat geen rijen")
    jaren, reeksen = _reeksen(tidy, "inrichting")
    return _groepsfiguur(reeksen, jaren, titel, ylabel)


def _aandelen(
    tidy: pd.DataFrame, maat: str, groepen: Mapping[str, str], jaar: str
) -> tuple[list[str], dict[str, list[tuple[object, str]]]]:
    """Categories in order of appearance and, per groep, (waarde, status) per category."""
    selectie = tidy[(tidy["maat"] == maat) & (tidy["jaar"] == jaar)]
    if selectie.empty:
        raise ValueError(f"geen rijen met maat {maat!r} en jaar {jaar!r}")
    ontbrekend = [g for g in groepen if g not in set(selectie["groep"])]
    if ontbrekend:
        raise ValueError(f"geen rijen voor groep(en) {ontbrekend} bij maat {maat!r}, jaar {jaar!r}")
    selectie = selectie[selectie["groep"].isin(list(groepen))]
    if selectie.duplicated(subset=["groep", "categorie"]).any():
        raise ValueError("dubbele rijen per groep en categorie")
    categorieen = list(dict.fromkeys(selectie["categorie"]))
    sleutels = zip(selectie["groep"], selectie["categorie"], strict=True)
    cellen = dict(
        zip(sleutels, zip(selectie["waarde"], selectie["status"], strict=True), strict=True)
    )
    leeg = (pd.NA, "")
    return categorieen, {g: [cellen.get((g, k), leeg) for k in categorieen] for g in groepen}


def _liggende_balken(
    ax: Axes, reeksen: dict[str, list[tuple[object, str]]], labels: Mapping[str, str]
) -> list[Patch]:
    """Draw horizontal grouped bars with percentage labels; return the legend handles."""
    breedte = BALKBREEDTE / max(len(reeksen), 1)
    handvatten = []
    for i, (groep, cellen) in enumerate(reeksen.items()):
        kleur = KLEUREN[i % len(KLEUREN)]
        # The y axis is inverted, so the first groep is drawn on top within a category.
        verschuiving = (i - (len(reeksen) - 1) / 2) * breedte
        punten = [(y, int(w)) for y, (w, _) in enumerate(cellen) if not pd.isna(w)]
        if punten:
            ys, lengtes = zip(*punten, strict=True)
            balken = ax.barh(
                [y + verschuiving for y in ys], lengtes, height=breedte, color=kleur, label=groep
            )
            ax.bar_label(balken, labels=[f"{getal(n)}%" for n in lengtes], padding=2, fontsize=7)
        for y, (waarde, status) in enumerate(cellen):
            if pd.isna(waarde) and status == ONDERDRUKT:
                ax.annotate(
                    ONDERDRUKT_LABEL,
                    xy=(0, y + verschuiving),
                    xytext=(2, 0),
                    textcoords="offset points",
                    va="center",
                    ha="left",
                    fontsize=7,
                    color=ONDERDRUKT_KLEUR,
                )
        handvatten.append(Patch(facecolor=kleur, label=labels[groep]))
    return handvatten


def _as_procent(waarde: float, _pos: object) -> str:
    return f"{getal(round(waarde))}%"


def figuur_aandelen(
    tidy: pd.DataFrame, *, titel: str, maat: str, groepen: Mapping[str, str], jaar: str
) -> Figure:
    """Horizontal bars of percentages per categorie, one series per groep, for one maat and jaar.

    groepen maps the groep values in tidy to their legend labels, in drawing order. A suppressed
    share gets no bar but a grey "<5 zaken"; another missing share gets neither.
    """
    categorieen, reeksen = _aandelen(tidy, maat, groepen, jaar)
    hoogte = max(FIGUURMAAT[1], 1.5 + 0.3 * len(categorieen) * len(reeksen))
    with matplotlib.rc_context(RC):
        fig = Figure(figsize=(FIGUURMAAT[0], hoogte), layout="constrained")
        ax = fig.add_subplot()
        handvatten = _liggende_balken(ax, reeksen, groepen)
        ax.set_yticks(
            range(len(categorieen)), [textwrap.fill(k, LABELBREEDTE) for k in categorieen]
        )
        ax.set_ylim(len(categorieen) - 0.5, -0.5)  # first category on top
        ax.set_xlim(0, 100)
        ax.set_xticks(range(0, 101, 20))
        ax.xaxis.set_major_formatter(FuncFormatter(_as_procent))
        ax.set_xlabel("Percentage")
        ax.set_title(titel)
        if len(handvatten) > 1:
            _legenda(ax, handvatten, onder=-0.12, kolommen=3)
    return fig
