"""How each table is published: its title, source line, layout and notes, in Dutch."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial

import pandas as pd

from herstelstats import render

Renderer = Callable[..., str]


@dataclass(frozen=True)
class Publication:
    titel: str  # '{periode}' is filled in with the years covered
    bron: str
    render: Renderer
    options: Mapping[str, object] = field(default_factory=dict)

    def to_markdown(self, tidy: pd.DataFrame, periode: str, noten: Sequence[str] = ()) -> str:
        titel = self.titel.format(periode=periode)
        return self.render(tidy, titel=titel, bron=self.bron, noten=tuple(noten), **self.options)


PUBLICATIONS: dict[str, Publication] = {
    "tabel_4": Publication(
        titel="Tabel 4 Aantal SOS-cursussen en deelnemers in {periode}",
        bron="Gevangenenzorg Nederland",
        render=render.render_cursussen_per_jaar,
        options={"kop": "Cursussen"},
    ),
    "tabel_5": Publication(
        titel="Tabel 5 Aantal deelnemers aan een vervolg op een SOS-cursus in {periode}",
        bron="Gevangenenzorg Nederland",
        render=render.render_cursussen_per_jaar,
        options={"kop": ""},
    ),
    "tabel_6": Publication(
        titel="Tabel 6 Aantal cursussen en deelnemers Mijn Kind en Ik, {periode}",
        bron="Registratiedata Exodus",
        render=render.render_jaar_per_rij,
        options={
            "kolomkoppen": {
                "cursussen": "Totale aantal cursussen",
                "deelnemers": "Totale aantal deelnemers",
            }
        },
    ),
    "dapper": Publication(
        titel="DAPPER-cursussen per JJI, {periode} (§5.2.1)",
        bron="Registratiegegevens Stichting 180",
        render=partial(render.render_inrichting_per_jaar, kop="JJI"),
    ),
}


_PERSPECTIEF = "Registratiedata Perspectief Herstelbemiddeling"
_ADULT_COLUMNS = {"PI": "{a} PI (% {p})", "zelfaanmelders": "{a} zelfaanmelders (% {p})",
                  "volwassenen": "Totaal {a} (% {p})"}  # fmt: skip


def _columns(groups: dict[str, str], aantal: str, pct: str) -> dict[str, str]:
    # Only the total column starts with 'Totaal', so there the count reads in lower case.
    return {g: h.format(a=aantal if "{a}" in h[:3] else aantal.lower(), p=pct)
            for g, h in groups.items()}  # fmt: skip


PUBLICATIONS.update(
    {
        "tabel_8": Publication(
            titel="Tabel 8 Totale aantal aanmeldingen voor herstelbemiddeling vanuit (volwassenen) "
            "detentie en het percentage aanmeldingen dat is uitgezet naar bemiddelaars, {periode}",
            bron=_PERSPECTIEF,
            render=render.render_aantal_met_percentage,
            options={"kolommen": _columns(_ADULT_COLUMNS, "Aanmeldingen", "uitgezet"),
                     "aantal": "aanmeldingen", "percentage": "pct_uitgezet"},
        ),
        "tabel_9": Publication(
            titel="Tabel 9 Aantal afgesloten zaken en het percentage zaken dat is afgesloten "
            "met bemiddeld contact, {periode}",
            bron=_PERSPECTIEF,
            render=render.render_aantal_met_percentage,
            options={"kolommen": _columns(_ADULT_COLUMNS, "Afgesloten zaken", "contact"),
                     "aantal": "afgesloten", "percentage": "pct_afgesloten_met_contact"},
        ),
        "tabel_11": Publication(
            titel="Tabel 11 Aantal aanmeldingen voor herstelbemiddeling vanuit jeugddetentie en "
            "het percentage aanmeldingen dat is uitgezet naar bemiddelaars, {periode}",
            bron=_PERSPECTIEF,
            render=render.render_aantal_met_percentage,
            options={"kolommen": {"JJI": "Aanmeldingen JJI (% uitgezet)"},
                     "aantal": "aanmeldingen", "percentage": "pct_uitgezet"},
        ),
        "tabel_12": Publication(
            titel="Tabel 12 Aantal afgesloten zaken en het percentage zaken dat is afgesloten "
            "met bemiddeld contact in jeugddetentie, {periode}",
            bron=_PERSPECTIEF,
            render=render.render_aantal_met_percentage,
            options={"kolommen": {"JJI": "Afgesloten zaken (% contact)"},
                     "aantal": "afgesloten", "percentage": "pct_afgesloten_met_contact"},
        ),
    }
)  # fmt: skip


for _groep, _naam in (("pi", "PI"), ("jji", "JJI")):
    PUBLICATIONS[f"aanvulling_{_groep}"] = Publication(
        titel=f"Aanvullende tabel: uitgezette aanmeldingen per {_naam} en aanmeldjaar, {{periode}}",
        bron=_PERSPECTIEF,
        render=partial(render.render_inrichting_per_jaar, kop=_naam),
        options={},
    )

PUBLICATIONS["inrichtingen"] = Publication(
    titel="Samenvatting per inrichting, {periode}",
    bron=_PERSPECTIEF,
    render=render.render_inrichtingen,
)
INSTITUTION_NOTES = (
    "Wat koplopers en 'fors meer' betekenen (een veelvoud van de mediaan, een minimale toename "
    "boven elk eerder jaar) staat in config/config.yaml onder institution_statements.",
)

SUPPRESSION_NOTES = (
    "x: onderdrukt. De cel telt minder dan 5 zaken, of zou uit de totalen af te leiden zijn "
    "(secundaire onderdrukking; reports/tables/aanvulling_onthullingsgrenzen.csv geeft per cel "
    "de grenzen die een aanvaller kan afleiden).",
    "Inrichtingen met samen minder dan 5 uitgezette aanmeldingen staan samen onder Overige.",
)


def registration_notes(registered_from: Mapping[str, int], categories: Sequence[str]) -> list[str]:
    """The note the report gives for a category registered only from some year on."""
    return [
        f"Het aantal {cat} wordt vanaf {year} bijgehouden."
        for cat, year in registered_from.items()
        if cat in categories
    ]
