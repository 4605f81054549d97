"""reports/reproduction.md: the audit, readable for a reviewer (in Dutch, like the report)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from herstelstats import audit

STATUS_ORDER = (
    audit.REPRODUCED, audit.INCONSISTENT, audit.NOT_REPRODUCED, audit.NOT_REGENERATED,
    audit.PENDING, audit.UNPUBLISHED, audit.NOT_DERIVABLE, audit.UNREGISTERED,
)  # fmt: skip
INTRO = (
    "Elk getal dat het rapport *Herstel in detentie* (WODC Cahier 2021-26) uit "
    "registratiegegevens publiceert, staat in `data/published/register.csv`. Dit verslag zet "
    "elk van die getallen naast wat de pipeline uit `data/raw` opnieuw berekent. Eerst controleert "
    "het het register op zichzelf: wat de getallen van het rapport onderling bewijzen, los van "
    "elke reconstructie."
)
STATUS_UITLEG = {
    audit.REPRODUCED: "gelijk aan het gedrukte getal",
    audit.INCONSISTENT: "de eigen getallen van het rapport bewijzen dat het gedrukte niet klopt",
    audit.NOT_REPRODUCED: "anders dan gedrukt: een fout van ons",
    audit.NOT_REGENERATED: "de pipeline berekent het niet, terwijl de bron wel is gebouwd",
    audit.PENDING: "de bron is nog niet gebouwd",
    audit.UNPUBLISHED: "het rapport noemt geen getal; de pipeline berekent er wel een",
    audit.UNREGISTERED: "berekend, maar niet in het register",
    audit.NOT_DERIVABLE: "niet te berekenen uit de levering (zie niet_afleidbaar.csv)",
}


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    def line(cells: Sequence[object]) -> str:
        return "| " + " | ".join(str(x).replace("|", "\\|") for x in cells) + " |"

    return "\n".join([line(header), line(["---"] * len(header)), *map(line, rows)])


def overview(table: pd.DataFrame) -> str:
    counts = pd.crosstab(table["bron"], table["status"])
    statuses = [s for s in STATUS_ORDER if s in counts.columns]
    rows = [[bron, *(int(counts.at[bron, s]) for s in statuses), int(counts.loc[bron].sum())]
            for bron in counts.index]  # fmt: skip
    legend = "\n".join(f"- **{s}**: {STATUS_UITLEG[s]}" for s in statuses)
    return _table(["bron", *statuses, "totaal"], rows) + "\n\n" + legend


METHOD = (
    "Elke bevinding is één relatie die een lezer met de hand kan narekenen: jaren die optellen "
    "tot het totaal, PI en zelfaanmelders tot alle volwassenen, delen tot het geheel, een "
    "percentage p van n dat alleen gehele aantallen k met |100k/n - p| <= 0,5 toelaat, en een "
    "getal dat op meer plaatsen staat. Bij elke bevinding staat welke gedrukte getallen de "
    "reconstructie verwerpt (`data/published/lezing.csv`) en waarom: steeds de kleinste "
    "verzameling getallen die de tegenspraak opheft. Een verbeterd totaal kan een volgende "
    "tegenspraak blootleggen; die verschijnt in de volgende ronde. Na de laatste ronde is het "
    "register consistent: dat is de lezing die de gereconstrueerde ruwe data volgen."
)


def _reading(f: pd.Series) -> str:
    if not f["lezing"]:
        return "Gevolgde lezing: **nog geen** (de audit faalt tot er een is)."
    corrected = f" Verbeterd: {f['vervangen']}." if f["vervangen"] else ""
    return f"Gevolgde lezing: verworpen {f['verworpen'] or '(niets)'}.{corrected} {f['lezing']}"


def findings_section(found: pd.DataFrame) -> str:
    if found.empty:
        return "De getallen in het register spreken elkaar nergens tegen."
    blocks = [f"Het register bewijst {len(found)} inconsistentie(s), in "
              f"{found['ronde'].nunique()} ronde(s).", METHOD]  # fmt: skip
    for _, f in found.iterrows():
        blocks.append(
            f"### Ronde {f['ronde']}, {f['soort']}: `{f['bevinding']}`\n\n{f['uitleg']}\n\n"
            f"Nog mogelijk: {f['mogelijk'] or '-'}\n\nBetrokken getallen: {f['getallen']}\n\n"
            f"{_reading(f)}"
        )
    return "\n\n".join(blocks)


def per_number(table: pd.DataFrame) -> str:
    parts = []
    for bron, rows in table.groupby("bron", sort=True):
        body = [[r["id"] or "-", r["vindplaats"], r["waarde_gedrukt"] or "-",
                 r["geregenereerd"] or "-", r["status"]] for _, r in rows.iterrows()]  # fmt: skip
        header = ["id", "vindplaats", "gedrukt", "geregenereerd", "status"]
        parts.append(f"### {bron}\n\n" + _table(header, body))
    return "\n\n".join(parts)


def render(table: pd.DataFrame, found: pd.DataFrame, failures: Sequence[str]) -> str:
    verdict = (
        "**De audit slaagt.**"
        if not failures
        else "**De audit faalt:**\n\n" + "\n".join(f"- {line}" for line in failures)
    )
    sections = [
        "# Reproductie van de gepubliceerde cijfers", INTRO, verdict,
        "## Overzicht", overview(table),
        "## Inconsistenties in het rapport", findings_section(found),
        "## Per getal", per_number(table),
    ]  # fmt: skip
    return "\n\n".join(sections) + "\n"
