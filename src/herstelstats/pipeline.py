"""The steps the workflow runs. Each reads its inputs, calls pure functions, writes outputs.

Every step logs how many rows it took in and gave out, so nothing is lost silently.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from herstelstats import audit, audit_report, disclosure, io, readings, register, tables
from herstelstats import columns as c
from herstelstats.deliveries import DELIVERIES, raw_schema, to_registraties
from herstelstats.publication import PUBLICATIONS, registration_notes
from herstelstats.reference import Inrichtingen
from herstelstats.schemas.processed import CursusRegistratie
from herstelstats.validation import validate

log = logging.getLogger("herstelstats")
PROCESSED = CursusRegistratie.to_schema()


def clean_delivery(
    raw: str,
    processed: str,
    *,
    delivery: str,
    encoding: str,
    inrichtingen: str,
    varianten: str,
    registered_from: Mapping[str, int],
    step: str,
) -> None:
    """Validate one delivery against its schema and write it as processed registrations."""
    spec = DELIVERIES[delivery]
    reference = Inrichtingen.load(inrichtingen, varianten)
    name = Path(raw).name  # never the full path: real files live outside the repository
    frame = io.read_delivery(raw, encoding=encoding)
    log.info("%s: %d rows read", name, len(frame))
    validate(frame, raw_schema(spec, reference, registered_from), file=name, step=step)
    log.info("%s: %d rows valid", name, len(frame))
    registraties = validate(
        to_registraties(frame, spec, reference, name), PROCESSED, file=processed, step=step
    )
    io.write_parquet(registraties, processed)
    log.info("%s: %d rows written to %s", name, len(registraties), processed)


def _read_registrations(path: str, years: Sequence[int]) -> pd.DataFrame:
    regs = validate(pd.read_parquet(path), PROCESSED, file=Path(path).name, step="read")
    outside = int((~regs[c.JAAR].isin(years)).sum())
    log.info(
        "%s: %d registrations, %d in %s, %d outside the period and not counted",
        Path(path).name, len(regs), len(regs) - outside, tables.period(years), outside,
    )  # fmt: skip
    return regs


def _publish(tidy: pd.DataFrame, table: str, csv: str, markdown: str, notes: Sequence[str]) -> None:
    periode = tidy.loc[tidy[c.JAAR].str.contains("-"), c.JAAR].iloc[0]
    io.write_csv(tidy, csv)
    io.write_text(PUBLICATIONS[table].to_markdown(tidy, periode, notes), markdown)
    log.info("%s: %d statistics written to %s and %s", table, len(tidy), csv, markdown)


def build_table(
    processed: str,
    csv: str,
    markdown: str,
    *,
    table: str,
    years: Sequence[int],
    registered_from: Mapping[str, int],
    notes: Sequence[str],
    reconstruction: Sequence[str] = (),
) -> None:
    """A table with a row per category (Tabel 4, 5, 6)."""
    spec = tables.TABLES[table]
    regs = _read_registrations(processed, years)
    tidy = tables.per_category(regs, spec, years, registered_from)
    all_notes = [
        *notes,
        *registration_notes(registered_from, spec.categories),
        *reconstruction_notes(reconstruction, table),
    ]
    _publish(tidy, table, csv, markdown, all_notes)


def build_institution_table(
    processed: str,
    csv: str,
    markdown: str,
    *,
    table: str,
    years: Sequence[int],
    inrichtingen: str,
    varianten: str,
    soort: str,
    notes: Sequence[str],
    reconstruction: Sequence[str] = (),
) -> None:
    """A table with a row per institution of one type (DAPPER per JJI)."""
    spec = tables.TABLES[table]
    reference = Inrichtingen.load(inrichtingen, varianten)
    regs = _read_registrations(processed, years)
    names = list(reference.of_type(soort)["korte_naam"])
    tidy = tables.per_institution(regs, spec, years, names)
    _publish(tidy, table, csv, markdown, [*notes, *reconstruction_notes(reconstruction, table)])


def text_statistics(processed: str, csv: str, *, table: str, years: Sequence[int]) -> None:
    """Numbers the text quotes that no table holds (institutions offering a course)."""
    regs = _read_registrations(processed, years)
    tidy = tables.distinct_institutions(regs, tables.TABLES[table], years)
    io.write_csv(tidy, csv)
    log.info("%s: %d statistics written to %s", table, len(tidy), csv)


def reconstruction_notes(paths: Sequence[str], table: str) -> list[str]:
    """The notes a reconstruction manifest (data/raw/reconstructie_noten.csv) gives a table."""
    notes = [io.read_reference(path) for path in paths]
    for path, frame in zip(paths, notes, strict=True):
        if list(frame.columns) != ["tabel", "noot"]:
            raise ValueError(f"{path}: expected the columns tabel;noot (a ';' inside a note?)")
    return [note for frame in notes for note in frame.loc[frame["tabel"] == table, "noot"]]


def _read_tidy(path: str) -> pd.DataFrame:
    return pd.read_csv(path, sep=";", dtype={c.WAARDE: "Int64"}, keep_default_na=False,
                       na_values={c.WAARDE: [""]}).fillna({c.STATUS: ""})  # fmt: skip


def figure(
    tidy_csv: str, png: str, svg: str, *, layout: str, titel: str, ylabel: str, maat: str
) -> None:
    """A bar chart of one tidy table, per year (by category) or per institution."""
    from herstelstats import figures  # matplotlib only for the figure rules' start-up

    figures.configure()
    tidy = _read_tidy(tidy_csv)
    if layout == "per_inrichting":
        tidy = tidy[tidy[c.INRICHTING] != ""]
        fig = figures.figuur_per_inrichting(tidy[tidy[c.MAAT] == maat], titel=titel, ylabel=ylabel)
    else:
        fig = figures.figuur_per_jaar(tidy, titel=titel, maat=maat, ylabel=ylabel)
    figures.save(fig, png, svg)
    log.info("%s: figure of %d statistics written to %s and %s", titel, len(tidy), png, svg)


def check_disclosure(tidy_csvs: Sequence[str], report: str, *, threshold: int) -> None:
    """Fail if any published table shows a count of people below the threshold."""
    checked = [(Path(p).name, _read_tidy(p)) for p in tidy_csvs]
    io.write_text(disclosure.check(checked, threshold), report)
    log.info("disclosure: %d tables checked, none shows a small count of people", len(checked))


def log_to(path: str) -> None:
    """Send this step's log and any error (stderr) to the rule's log file."""
    import sys

    sys.stderr = open(path, "w", encoding="utf-8")  # noqa: SIM115  (lives as long as the step)
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(levelname)s %(message)s")


def reproduction_audit(
    register_csv: str,
    readings_csv: str,
    underivable_csv: str,
    tidy_csvs: Sequence[str],
    table_csv: str,
    findings_csv: str,
    failures_csv: str,
    markdown: str,
    *,
    years: Sequence[int],
    pending: Sequence[str],
) -> None:
    """Join the regenerated statistics to the register; prove the report's inconsistencies."""
    entries = register.load(register_csv)
    lezing = register.load_readings(readings_csv)
    stats = register.load_statistics(tidy_csvs)
    resolution = readings.resolve(entries, lezing, years)
    found = resolution.all_findings
    underivable = io.read_reference(underivable_csv)
    reasons = dict(zip(underivable["id"], underivable["reden"], strict=True))
    table = audit.reproduction(entries, stats, lezing, pending, reasons)
    findings = audit.inconsistencies(found, lezing)
    failures = audit.gate(table, resolution.problems)
    io.write_csv(table, table_csv)
    io.write_csv(findings, findings_csv)
    io.write_csv(pd.DataFrame({"melding": failures}, dtype="str"), failures_csv)
    io.write_text(audit_report.render(table, findings, failures), markdown)
    log.info("audit: %d register entries, %d statistics, %d findings, %d failures",
             len(entries), len(stats), len(found), len(failures))  # fmt: skip
    for status, n in table["status"].value_counts().sort_index().items():
        log.info("audit: %s %d", status, n)


def audit_gate(failures_csv: str, report: str) -> None:
    """Fail the build when the audit found failures; reproduction.md explains each one."""
    failures = pd.read_csv(failures_csv, sep=";", dtype=str, keep_default_na=False)["melding"]
    if len(failures):
        lines = "\n".join(f"  {line}" for line in failures)
        raise AuditFailed(
            f"the audit failed ({len(failures)}); see reports/reproduction.md:\n{lines}"
        )
    io.write_text("audit passed: every published number is accounted for\n", report)


class AuditFailed(Exception):
    """A published number is not reproduced, or register and statistics stopped covering."""


def figure_shares(
    tidy_csv: str, png: str, svg: str, *, spec: Mapping[str, object], years: Sequence[int]
) -> None:
    """A chart of shares per category, as Figuur 1-7 of the report (the whole period)."""
    from herstelstats import figures  # matplotlib only for the figure rules' start-up

    figures.configure()
    tidy = _read_tidy(tidy_csv)
    fig = figures.figuur_aandelen(tidy, titel=spec["titel"], maat=spec["maat"],
                                  groepen=spec["groepen"], jaar=tables.period(years))  # fmt: skip
    figures.save(fig, png, svg)
    log.info("%s: figure of %d statistics written to %s and %s", spec["titel"], len(tidy), png, svg)
