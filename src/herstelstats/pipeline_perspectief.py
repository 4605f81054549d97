"""The workflow steps for Perspectief Herstelbemiddeling's case export."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from herstelstats import io
from herstelstats import perspectief as persp
from herstelstats import perspectief_stats as stats
from herstelstats.pipeline import reconstruction_notes
from herstelstats.publication import INSTITUTION_NOTES, PUBLICATIONS, SUPPRESSION_NOTES
from herstelstats.reference import Inrichtingen
from herstelstats.schemas import perspectief as raw
from herstelstats.schemas.delicten import (
    DELICTCATEGORIEEN_JEUGD,
    FIGUURCATEGORIEEN,
    load_wetsartikelen,
)
from herstelstats.schemas.processed import Delict, Zaak
from herstelstats.validation import DeliveryInvalid, validate

log = logging.getLogger("herstelstats")


ADULTS = ("PI", "zelfaanmelders")
DUUR = tuple(label for label, _, _ in persp.DUURKLASSEN)


def _validated(frame, schema, name, step, errors: list) -> pd.DataFrame | None:
    try:
        return validate(frame, schema, file=name, step=step)
    except DeliveryInvalid as error:
        errors.append(error)
        return None


def clean_perspectief(
    zaken_csv: str, delicten_csv: str, zaken_out: str, delicten_out: str, *, encoding: str,
    inrichtingen: str, varianten: str, wetsartikelen: str, step: str,
) -> None:  # fmt: skip
    """Validate both files of the export (every violation of both at once), then process them."""
    reference = Inrichtingen.load(inrichtingen, varianten)
    articles = load_wetsartikelen(wetsartikelen)
    names = Path(zaken_csv).name, Path(delicten_csv).name
    zaken = io.read_delivery(zaken_csv, encoding=encoding)
    delicten = io.read_delivery(delicten_csv, encoding=encoding)
    log.info("%s: %d rows read; %s: %d rows read", names[0], len(zaken), names[1], len(delicten))
    errors: list[DeliveryInvalid] = []
    _validated(zaken, persp.zaken_schema(reference), names[0], step, errors)
    case_ids = set(zaken[raw.ZAAKNUMMER]) if raw.ZAAKNUMMER in zaken else set()
    _validated(delicten, persp.delicten_schema(articles, case_ids), names[1], step, errors)
    if errors:
        violations = [v for e in errors for v in e.violations]
        raise DeliveryInvalid(" and ".join(names), step, "ZakenRaw/DelictenRaw", violations)
    cases = validate(persp.to_zaken(zaken, reference, names[0]), Zaak.to_schema(),
                     file=zaken_out, step=step)  # fmt: skip
    offences = validate(persp.to_delicten(delicten, cases, articles, names[1]),
                        Delict.to_schema(), file=delicten_out, step=step)  # fmt: skip
    io.write_parquet(cases, zaken_out)
    io.write_parquet(offences, delicten_out)
    log.info("%d cases and %d offences written", len(cases), len(offences))


def _open_years(reference: Inrichtingen, years: Sequence[int]) -> set[tuple[str, int]]:
    table = reference.table
    jji = table[table["soort"] == "JJI"]
    return {(name, y) for code, name in zip(jji["inrichting_code"], jji["korte_naam"], strict=True)
            for y in years if reference.open_in(code, y)}  # fmt: skip


def outcome_specs(years: Sequence[int]) -> dict[str, dict]:
    """What Figuur 2, 4, 6, 7 and the contact forms break down, per group."""
    adults, young, latest = ADULTS, ("JJI",), (max(years),)
    reden, vorm = (
        ("reden", raw.REDENEN, "pct_reden"),
        ("vorm_contact", raw.VORMEN, "pct_contactvorm"),
    )
    return {
        "figuur_2": {"volwassenen": (adults, *reden, "afgesloten_zonder_contact", False, ()),
                     "PI": (("PI",), *reden, None, False, ()),
                     "zelfaanmelders": (("zelfaanmelders",), *reden, None, False, ())},
        "figuur_6": {"JJI": (young, *reden, "afgesloten_zonder_contact", False, ())},
        "contactvormen": {"volwassenen": (adults, *vorm, None, True, ()),
                          "JJI": (young, *vorm, None, True, ())},
        "figuur_4": {"volwassenen": (adults, "duurklasse", DUUR, "pct_duur", None, None, ())},
        "figuur_7": {"JJI": (young, "duurklasse", DUUR, "pct_duur", None, None, latest)},
    }  # fmt: skip


def statistics(
    zaken: pd.DataFrame, delicten: pd.DataFrame, reference: Inrichtingen, *,
    years: Sequence[int], threshold: int, factor: float, increase: int,
) -> dict[str, pd.DataFrame]:  # fmt: skip
    """Every statistic the report draws from the case export, by output name."""
    adults = {"volwassenen": ADULTS}
    out = {
        "tabel_8": stats.registrations(zaken, stats.ADULT_GROUPS, years, "Tabel 8"),
        "tabel_9": stats.closed(zaken, stats.ADULT_GROUPS, years, "Tabel 9"),
        "tabel_11": stats.registrations(zaken, stats.JUVENILE_GROUPS, years, "Tabel 11"),
        "tabel_12": stats.closed(zaken, stats.JUVENILE_GROUPS, years, "Tabel 12"),
        "figuur_1": stats.offences(zaken, delicten, adults, FIGUURCATEGORIEEN, years,
                                   "Figuur 1", threshold),
        "figuur_5": stats.offences(zaken, delicten, stats.JUVENILE_GROUPS,
                                   DELICTCATEGORIEEN_JEUGD, years, "Figuur 5", threshold),
        "tekst": stats.totals(zaken, years, "Tekst"),
        "inrichtingen": stats.institutions(zaken, years, "Inrichtingen", factor=factor,
                                           increase=increase,
                                           open_years=_open_years(reference, years)),
    }  # fmt: skip
    for name, spec in outcome_specs(years).items():
        label = name.replace("_", " ").capitalize()
        out[name] = stats.outcomes(zaken, spec, years, label, threshold)
    return out


def _notes(table: str) -> tuple[str, ...]:
    if table.startswith("aanvulling"):
        return SUPPRESSION_NOTES
    return INSTITUTION_NOTES if table == "inrichtingen" else ()


def _supplement(cases: pd.DataFrame, years: Sequence[int], threshold: int) -> dict:
    """Uitgezet per institution and year, under secondary suppression (not in the report)."""
    out, bounds = {}, []
    for key, members, label in (
        ("pi", ("PI",), "Overige PI's"),
        ("jji", ("JJI",), "Overige JJI's"),
    ):
        table = stats.merge_small_rows(stats.passed_per_institution(cases, members, years),
                                       threshold, label)  # fmt: skip
        out[f"aanvulling_{key}"], limits = stats.suppressed(
            table, "Aanvulling", members[0], years, threshold
        )
        bounds.append(limits)
        log.info("%s: %d cells suppressed, every one protected", key, len(limits))
    out["aanvulling_grenzen"] = pd.concat(bounds, ignore_index=True)
    return out


def build_perspectief(
    zaken: str, delicten: str, outputs: Mapping[str, str], *, inrichtingen: str, varianten: str,
    years: Sequence[int], threshold: int, factor: float, increase: int,
    reconstruction: Sequence[str] = (),
) -> None:  # fmt: skip
    """Write every Perspectief statistic as a tidy CSV (one per table, figure or text part).

    Outputs named '<table>_md' get the table laid out as in the report.
    """
    cases = validate(pd.read_parquet(zaken), Zaak.to_schema(), file=Path(zaken).name, step="read")
    offences = validate(pd.read_parquet(delicten), Delict.to_schema(),
                        file=Path(delicten).name, step="read")  # fmt: skip
    reference = Inrichtingen.load(inrichtingen, varianten)
    outside = int((~cases["aanmeldjaar"].isin(years)).sum())
    log.info("%d cases, %d registered outside %s (counted only where they close in it)",
             len(cases), outside, stats.period(years))  # fmt: skip
    built = statistics(cases, offences, reference, years=years, threshold=threshold,
                       factor=factor, increase=increase)  # fmt: skip
    built.update(_supplement(cases, years, threshold))
    for name, path in outputs.items():
        if name.endswith("_md"):
            table = name.removesuffix("_md")
            notes = [*reconstruction_notes(reconstruction, table), *_notes(table)]
            periode = stats.period(years)
            io.write_text(PUBLICATIONS[table].to_markdown(built[table], periode, notes), path)
            continue
        io.write_csv(built[name], path)
        log.info("%s: %d statistics written to %s", name, len(built[name]), path)
