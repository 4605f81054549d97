"""The regenerated tables equal the numbers the report publishes (data/published/register.csv).

The whole chain runs here in-process on data/raw, into a temporary folder; the committed
outputs must be byte-identical to what it produces.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from herstelstats import audit, pipeline, register
from tests.conftest import RAW, REFERENCE, ROOT

COURSE_SOURCES = ("gevangenenzorg", "exodus", "stichting180")
OUTPUTS = {
    "tabel_4": ("sos_cursussen", "tabel_4_sos_cursussen"),
    "tabel_5": ("sos_vervolg", "tabel_5_sos_vervolg"),
    "tabel_6": ("mijn_kind_en_ik", "tabel_6_mijn_kind_en_ik"),
}


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory, config) -> Path:
    out = tmp_path_factory.mktemp("rebuilt")
    reference = {
        "inrichtingen": str(REFERENCE / "inrichtingen.csv"),
        "varianten": str(REFERENCE / "inrichting_varianten.csv"),
    }
    for name, spec in config["deliveries"].items():
        pipeline.clean_delivery(
            str(RAW / spec["file"]), str(out / f"{name}.parquet"), delivery=name,
            encoding=spec["encoding"], registered_from=config["registered_from"],
            step="test", **reference,
        )  # fmt: skip
    years, notes = config["years"], config["table_notes"]
    for table, (delivery, stem) in OUTPUTS.items():
        pipeline.build_table(
            str(out / f"{delivery}.parquet"), str(out / f"{stem}.csv"), str(out / f"{stem}.md"),
            table=table, years=years, registered_from=config["registered_from"],
            notes=notes[table], reconstruction=[str(RAW / "reconstructie_noten.csv")],
        )  # fmt: skip
    pipeline.build_institution_table(
        str(out / "dapper_trainingen.parquet"), str(out / "paragraaf_5_2_1_dapper.csv"),
        str(out / "paragraaf_5_2_1_dapper.md"), table="dapper", years=years, soort="JJI",
        notes=notes["dapper"], reconstruction=[str(RAW / "reconstructie_noten.csv")], **reference,
    )  # fmt: skip
    pipeline.text_statistics(
        str(out / "mijn_kind_en_ik.parquet"), str(out / "tekst_mijn_kind_en_ik.csv"),
        table="tabel_6", years=years,
    )  # fmt: skip
    return out


@pytest.fixture(scope="module")
def table(rebuilt) -> pd.DataFrame:
    entries = register.load(ROOT / "data" / "published" / "register.csv")
    readings = register.load_readings(ROOT / "data" / "published" / "lezing.csv")
    stats = register.load_statistics(sorted(rebuilt.glob("*.csv")))
    result = audit.reproduction(entries, stats, readings, pending=["perspectief"])
    return result[result["bron"].isin(COURSE_SOURCES)]


def test_every_published_course_number_is_reproduced(table):
    printed = table[~table["id"].str.startswith("S521.dapper.") | (table["gepubliceerd"] != "")]
    failing = printed.loc[
        printed["status"] != audit.REPRODUCED, ["id", "gepubliceerd", "geregenereerd", "status"]
    ]
    assert failing.empty, f"not reproduced:\n{failing.to_string()}"


def test_only_imputed_dapper_numbers_are_unpublished(table):
    unpublished = table.loc[table["status"] == audit.UNPUBLISHED, "id"]
    assert sorted(unpublished) == sorted(
        [f"S521.dapper.{who}.{year}" for who in ("teylingereind", "alle")
         for year in ("2017", "2018", "2019", "totaal")]
    )  # fmt: skip


def test_every_regenerated_course_statistic_is_in_the_register(table):
    assert (table["status"] != audit.UNREGISTERED).all()


@pytest.mark.parametrize(
    ("tabel", "cells"),
    [("Tabel 4", 34), ("Tabel 5", 10), ("Tabel 6", 10)],
)
def test_every_cell_of_the_course_tables_is_in_the_register(table, tabel, cells):
    entries = register.load(ROOT / "data" / "published" / "register.csv")
    printed = entries[(entries["tabel"] == tabel) & (entries["afronding"] != "impliciet")]
    assert len(printed) == cells


def test_every_dapper_count_of_section_5_2_1_is_reproduced(table):
    dapper = table[(table["vindplaats"] == "§5.2.1") & (table["status"] != audit.UNPUBLISHED)]
    assert len(dapper) == 22
    assert (dapper["status"] == audit.REPRODUCED).all()


def test_tabel_5_prints_a_dash_where_nothing_was_registered(rebuilt):
    text = (rebuilt / "tabel_5_sos_vervolg.md").read_text(encoding="utf-8")
    assert "| SOS Nazorggesprekken | - | - | 30 | 8 | 38 |" in text


def test_imputed_numbers_are_marked_in_the_output(rebuilt):
    text = (rebuilt / "paragraaf_5_2_1_dapper.md").read_text(encoding="utf-8")
    assert "De aantallen van Teylingereind" in text
    assert "Ze zijn geïmputeerd." in text


def test_tabel_4_reads_as_in_the_report(rebuilt):
    text = (rebuilt / "tabel_4_sos_cursussen.md").read_text(encoding="utf-8")
    assert "| SOS Gespreksgroepen | 102 (818 deelnemers) |" in text
    assert "323 (2.437 deelnemers) |" in text
    assert (
        "| Meetings (HvB) | 2 (20 deelnemers) | 5 (54 deelnemers) | 8 (68 deelnemers) | 0 |" in text
    )


@pytest.mark.parametrize(
    "name",
    [
        "tabel_4_sos_cursussen.csv", "tabel_4_sos_cursussen.md", "tabel_5_sos_vervolg.csv",
        "tabel_5_sos_vervolg.md", "tabel_6_mijn_kind_en_ik.csv", "tabel_6_mijn_kind_en_ik.md",
        "paragraaf_5_2_1_dapper.csv", "paragraaf_5_2_1_dapper.md", "tekst_mijn_kind_en_ik.csv",
    ],
)  # fmt: skip
def test_committed_tables_match_a_rebuild(rebuilt, name):
    committed = ROOT / "reports" / "tables" / name
    assert committed.read_bytes() == (rebuilt / name).read_bytes()


@pytest.mark.parametrize(
    "name", ["sos_cursussen", "sos_vervolg", "mijn_kind_en_ik", "dapper_trainingen"]
)
def test_committed_processed_data_match_a_rebuild(rebuilt, name):
    committed = ROOT / "data" / "processed" / f"{name}.parquet"
    assert committed.read_bytes() == (rebuilt / f"{name}.parquet").read_bytes()
