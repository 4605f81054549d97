"""Render tidy tables as Markdown laid out as in the report."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from functools import partial

import pandas as pd

from herstelstats.fmt import ONBEKEND, cel, cursussen_met_deelnemers

KOLOMMEN = ("tabel", "bron", "categorie", "inrichting", "jaar", "maat", "waarde", "status")
TOTAAL = "Totaal"

Sleutel = tuple[Hashable, ...]


def _controleer(tidy: pd.DataFrame) -> None:
    """Fail early on a frame that is not in the shared tidy layout."""
    ontbrekend = [k for k in KOLOMMEN if k not in tidy.columns]
    if ontbrekend:
        raise ValueError(f"tidy mist kolommen: {ontbrekend}")
    if tidy.empty:
        raise ValueError("tidy bevat geen rijen")


def is_totaal(jaar: object) -> bool:
    """Tell whether a jaar value is the whole period ('2017-2020')."""
    return "-" in str(jaar)


def _volgorde(waarden: Iterable[str]) -> list[str]:
    """Distinct values in order of first appearance."""
    return list(dict.fromkeys(waarden))


def jaren(tidy: pd.DataFrame) -> list[str]:
    """The jaar values in order of first appearance, the period total last."""
    alle = _volgorde(tidy["jaar"])
    totalen = [j for j in alle if is_totaal(j)]
    if len(totalen) > 1:
        raise ValueError(f"meer dan een totaalperiode: {totalen}")
    return [j for j in alle if not is_totaal(j)] + totalen


def _jaarkop(jaar: str) -> str:
    return TOTAAL if is_totaal(jaar) else str(jaar)


def _waarden(tidy: pd.DataFrame, sleutels: Sequence[str]) -> dict[Sleutel, object]:
    """Map each key tuple to its waarde; a key may occur only once."""
    dubbel = tidy.duplicated(subset=list(sleutels), keep=False)
    if dubbel.any():
        voorbeeld = tidy.loc[dubbel, list(sleutels)].iloc[0].tolist()
        raise ValueError(f"dubbele rijen voor {dict(zip(sleutels, voorbeeld, strict=True))}")
    kolommen = [tidy[s] for s in sleutels]
    return dict(zip(zip(*kolommen, strict=True), tidy["waarde"], strict=True))


ONDERDRUKT = "x"


def _cel(waarde: object) -> str:
    return ONDERDRUKT if isinstance(waarde, str) and waarde == ONDERDRUKT else cel(waarde)


def _escape(tekst: str) -> str:
    # A bare pipe would split the cell.
    return tekst.replace("|", "\\|")


def _regel(cellen: Sequence[str]) -> str:
    return "| " + " | ".join(_escape(c) for c in cellen) + " |"


def _pijptabel(kop: Sequence[str], rijen: Sequence[Sequence[str]]) -> str:
    """A GitHub pipe table: first column left-aligned, the rest right-aligned."""
    uitlijning = [":---"] + ["---:"] * (len(kop) - 1)
    regels = [_regel(kop), "| " + " | ".join(uitlijning) + " |"]
    regels += [_regel(rij) for rij in rijen]
    return "\n".join(regels)


def _document(titel: str, tabel: str, noten: Sequence[str], bron: str) -> str:
    """Title, table, notes and source in the report's order."""
    # Blank lines keep each note a paragraph of its own in any Markdown viewer.
    staart = [*noten, f"Bron: {bron}"]
    return f"**{titel}**\n\n{tabel}\n\n" + "\n\n".join(staart) + "\n"


def _cursuscel(waarden: Mapping[Sleutel, object], categorie: str, jaar: str) -> str:
    """Courses with participants; '-' where a count was not registered."""
    c = waarden.get((categorie, jaar, "cursussen"))
    d = waarden.get((categorie, jaar, "deelnemers"))
    if pd.isna(c) and pd.isna(d):
        return ONBEKEND
    if pd.isna(c) or pd.isna(d):
        # Keep the known half visible instead of hiding it behind a single '-'.
        return f"{cel(c)} ({cel(d)} deelnemers)"
    return cursussen_met_deelnemers(int(c), int(d))  # type: ignore[call-overload]


def _categoriecel(
    waarden: Mapping[Sleutel, object], maten: Sequence[str], categorie: str, jaar: str
) -> str:
    if set(maten) >= {"cursussen", "deelnemers"}:
        return _cursuscel(waarden, categorie, jaar)
    if len(maten) != 1:
        raise ValueError(f"onverwachte maten voor {categorie!r}: {list(maten)}")
    return cel(waarden.get((categorie, jaar, maten[0])))


def render_cursussen_per_jaar(
    tidy: pd.DataFrame,
    *,
    titel: str,
    kop: str,
    bron: str,
    noten: Sequence[str] = (),
) -> str:
    """Tabel 4 and 5: one row per categorie, one column per jaar, then Totaal."""
    _controleer(tidy)
    kolommen = jaren(tidy)
    waarden = _waarden(tidy, ("categorie", "jaar", "maat"))
    rijen = []
    for categorie in _volgorde(tidy["categorie"]):
        maten = _volgorde(tidy.loc[tidy["categorie"] == categorie, "maat"])
        cellen = [_categoriecel(waarden, maten, categorie, j) for j in kolommen]
        rijen.append([categorie, *cellen])
    tabel = _pijptabel([kop, *map(_jaarkop, kolommen)], rijen)
    return _document(titel, tabel, noten, bron)


def render_jaar_per_rij(
    tidy: pd.DataFrame,
    *,
    titel: str,
    bron: str,
    kolomkoppen: Mapping[str, str],
    noten: Sequence[str] = (),
) -> str:
    """Tabel 6: one row per jaar (Totaal last), one column per maat."""
    _controleer(tidy)
    maten = _volgorde(tidy["maat"])
    zonder_kop = [m for m in maten if m not in kolomkoppen]
    if zonder_kop:
        raise ValueError(f"geen kolomkop voor maat: {zonder_kop}")
    waarden = _waarden(tidy, ("jaar", "maat"))
    rijen = [[_jaarkop(j), *(cel(waarden.get((j, m))) for m in maten)] for j in jaren(tidy)]
    tabel = _pijptabel(["", *(kolomkoppen[m] for m in maten)], rijen)
    return _document(titel, tabel, noten, bron)


def render_inrichting_per_jaar(
    tidy: pd.DataFrame,
    *,
    titel: str,
    bron: str,
    kop: str,
    noten: Sequence[str] = (),
) -> str:
    """DAPPER table: one row per inrichting, one column per jaar, then Totaal."""
    _controleer(tidy)
    maten = _volgorde(tidy["maat"])
    if len(maten) != 1:
        raise ValueError(f"verwacht precies een maat, niet {maten}")
    kolommen = jaren(tidy)
    waarden = _waarden(tidy, ("inrichting", "jaar"))
    if "status" in tidy:  # suppressed cells print as x, as statistical offices do
        hidden = tidy[tidy["status"] == "onderdrukt"]
        waarden.update({(i, j): ONDERDRUKT for i, j in zip(hidden["inrichting"], hidden["jaar"],
                                                          strict=True)})  # fmt: skip
    # The row without an institution holds all institutions together.
    rijen = [
        [inrichting or TOTAAL, *(_cel(waarden.get((inrichting, j))) for j in kolommen)]
        for inrichting in _volgorde(tidy["inrichting"])
    ]
    tabel = _pijptabel([kop, *map(_jaarkop, kolommen)], rijen)
    return _document(titel, tabel, noten, bron)


def render_aantal_met_percentage(
    tidy: pd.DataFrame,
    *,
    titel: str,
    bron: str,
    kolommen: Mapping[str, str],
    aantal: str,
    percentage: str,
    noten: Sequence[str] = (),
) -> str:
    """Tabel 8, 9, 11 and 12: a row per year (Totaal last), a column per group: '107 (92%)'."""
    waarden = _waarden(tidy, ("groep", "jaar", "maat"))
    rijen = [
        [_jaarkop(jaar), *(_aantal_procent(waarden, groep, jaar, aantal, percentage)
                           for groep in kolommen)]
        for jaar in jaren(tidy)
    ]  # fmt: skip
    tabel = _pijptabel(["Jaartal", *kolommen.values()], rijen)
    return _document(titel, tabel, noten, bron)


def _aantal_procent(waarden, groep: str, jaar: str, aantal: str, percentage: str) -> str:
    count, share = waarden.get((groep, jaar, aantal)), waarden.get((groep, jaar, percentage))
    shown = ONBEKEND if share is None or pd.isna(share) else f"{share}%"
    return f"{cel(count)} ({shown})"


def _opsomming(namen: Sequence[str]) -> str:
    """'A, B en C', as Dutch writes a list."""
    namen = list(namen)
    return namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]


def _waarde(tidy: pd.DataFrame, groep: str, maat: str) -> str:
    hit = tidy.loc[(tidy["groep"] == groep) & (tidy["maat"] == maat), "waarde"]
    return cel(hit.iloc[0]) if len(hit) else ONBEKEND


def _namen(tidy: pd.DataFrame, groep: str, maat: str) -> str:
    hit = tidy[(tidy["groep"] == groep) & (tidy["maat"] == maat)].sort_values("waarde")
    return _opsomming(hit["inrichting"]) if len(hit) else "geen"


def render_inrichtingen(
    tidy: pd.DataFrame, *, titel: str, bron: str, noten: Sequence[str] = ()
) -> str:
    """The statements per institution of §4.2.1 and §5.2.2 as a short list, in Dutch."""
    g = partial(_waarde, tidy)
    regels = [
        f"- Uitgezette aanmeldingen per PI: van {g('PI', 'uitgezet_min_per_inrichting')} tot en "
        f"met {g('PI', 'uitgezet_max_per_inrichting')} (PI's zonder aanmelding tellen niet mee).",
        f"- Koplopers in aanmeldingen vanuit PI's: {_namen(tidy, 'PI', 'koplopers_aanmeldingen')}.",
        f"- Fors meer aanmeldingen in het laatste jaar: "
        f"{_namen(tidy, 'PI', 'toename_aanmeldingen')}.",
        f"- Zelfaanmelders per PI: hoogstens "
        f"{g('zelfaanmelders', 'zelfaanmelders_max_per_inrichting')}.",
        f"- Uitgezette aanmeldingen per JJI: van {g('JJI', 'uitgezet_min_per_inrichting')} tot en "
        f"met {g('JJI', 'uitgezet_max_per_inrichting')}.",
        f"- Verreweg de meeste aanmeldingen vanuit een JJI: "
        f"{_namen(tidy, 'JJI', 'koplopers_aanmeldingen')}.",
        f"- Aanmeldingen per JJI per jaar dat de JJI open was: mediaan (de lagere) "
        f"{g('JJI', 'aanmeldingen_per_inrichting_per_jaar_veelal_minder_dan')}, hoogstens "
        f"{g('JJI', 'aanmeldingen_per_inrichting_per_jaar_uitschieters_meer_dan')}.",
        f"- JJI's met fors meer aanmeldingen in het laatste jaar: "
        f"{g('JJI', 'inrichtingen_toename_aanmeldingen')}.",
    ]  # fmt: skip
    return f"**{titel}**\n\n" + "\n".join(regels) + "\n\n" + "\n\n".join(
        [*noten, f"Bron: {bron}"]) + "\n"  # fmt: skip
