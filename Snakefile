# herstelstats: the registration statistics of the WODC report Herstel in detentie (2021-26).
# This file only wires the workflow together; the logic lives in src/herstelstats.


# ---- Configuration ----


configfile: "config/config.yaml"


# ---- Rules ----


include: "rules/common.smk"
include: "rules/clean.smk"
include: "rules/tables.smk"
include: "rules/perspectief.smk"
include: "rules/figures.smk"
include: "rules/checks.smk"


# ---- Targets ----


rule all:
    default_target: True
    input:
        expand("data/processed/{delivery}.parquet", delivery=DELIVERIES),
        "data/processed/perspectief_zaken.parquet",
        "data/processed/perspectief_delicten.parquet",
        TABLES,
        PERSPECTIEF_SUPPLEMENT.values(),
        FIGURES,
        "reports/disclosure_check.txt",
        "reports/audit_gate.txt",
