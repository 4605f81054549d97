from pathlib import Path

from snakemake.utils import min_version, validate

min_version("9.0")


validate(config, "../config/config.schema.yaml")

DELIVERIES = sorted(config["deliveries"])
REFERENCE = {
    "inrichtingen": "data/reference/inrichtingen.csv",
    "varianten": "data/reference/inrichting_varianten.csv",
}
TABLES = [
    "reports/tables/tabel_4_sos_cursussen.csv",
    "reports/tables/tabel_4_sos_cursussen.md",
    "reports/tables/tabel_5_sos_vervolg.csv",
    "reports/tables/tabel_5_sos_vervolg.md",
    "reports/tables/tabel_6_mijn_kind_en_ik.csv",
    "reports/tables/tabel_6_mijn_kind_en_ik.md",
    "reports/tables/paragraaf_5_2_1_dapper.csv",
    "reports/tables/paragraaf_5_2_1_dapper.md",
    "reports/tables/tekst_mijn_kind_en_ik.csv",
]
TABLE_CSVS = [table for table in TABLES if table.endswith(".csv")]
FIGURES = expand(
    "figures/{figure}.{ext}",
    figure=["sos_deelnemers_per_jaar", "mijn_kind_en_ik_per_jaar", "dapper_per_jji"],
    ext=["png", "svg"],
)


wildcard_constraints:
    delivery="|".join(DELIVERIES),


def raw_delivery(wildcards):
    """The delivered file, under raw_dir (which may lie outside the repository)."""
    return Path(config["raw_dir"]) / config["deliveries"][wildcards.delivery]["file"]


def reconstruction_notes(wildcards):
    """Notes that outputs built on the reconstruction carry; real deliveries have none."""
    notes = Path(config["raw_dir"]) / "reconstructie_noten.csv"
    return [notes] if notes.exists() else []


def delivery_encoding(wildcards):
    return config["deliveries"][wildcards.delivery]["encoding"]
