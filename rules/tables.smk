rule tabel_4:
    input:
        processed="data/processed/sos_cursussen.parquet",
        reconstruction=reconstruction_notes,
    output:
        csv=report(
            "reports/tables/tabel_4_sos_cursussen.csv",
            caption="../report/tabel_4.rst",
            category="Tabellen",
        ),
        markdown="reports/tables/tabel_4_sos_cursussen.md",
    log:
        "logs/tables/tabel_4.log",
    conda:
        "../environment.yml"
    params:
        table="tabel_4",
        years=config["years"],
        registered_from=config["registered_from"],
        notes=config["table_notes"]["tabel_4"],
    script:
        "../scripts/build_table.py"


rule tabel_5:
    input:
        processed="data/processed/sos_vervolg.parquet",
        reconstruction=reconstruction_notes,
    output:
        csv=report(
            "reports/tables/tabel_5_sos_vervolg.csv",
            caption="../report/tabel_5.rst",
            category="Tabellen",
        ),
        markdown="reports/tables/tabel_5_sos_vervolg.md",
    log:
        "logs/tables/tabel_5.log",
    conda:
        "../environment.yml"
    params:
        table="tabel_5",
        years=config["years"],
        registered_from=config["registered_from"],
        notes=config["table_notes"]["tabel_5"],
    script:
        "../scripts/build_table.py"


rule tabel_6:
    input:
        processed="data/processed/mijn_kind_en_ik.parquet",
        reconstruction=reconstruction_notes,
    output:
        csv=report(
            "reports/tables/tabel_6_mijn_kind_en_ik.csv",
            caption="../report/tabel_6.rst",
            category="Tabellen",
        ),
        markdown="reports/tables/tabel_6_mijn_kind_en_ik.md",
    log:
        "logs/tables/tabel_6.log",
    conda:
        "../environment.yml"
    params:
        table="tabel_6",
        years=config["years"],
        registered_from=config["registered_from"],
        notes=config["table_notes"]["tabel_6"],
    script:
        "../scripts/build_table.py"


rule dapper:
    input:
        processed="data/processed/dapper_trainingen.parquet",
        reconstruction=reconstruction_notes,
        inrichtingen=REFERENCE["inrichtingen"],
        varianten=REFERENCE["varianten"],
    output:
        csv=report(
            "reports/tables/paragraaf_5_2_1_dapper.csv",
            caption="../report/dapper.rst",
            category="Tabellen",
        ),
        markdown="reports/tables/paragraaf_5_2_1_dapper.md",
    log:
        "logs/tables/dapper.log",
    conda:
        "../environment.yml"
    params:
        table="dapper",
        years=config["years"],
        soort="JJI",
        notes=config["table_notes"]["dapper"],
    script:
        "../scripts/build_institution_table.py"


rule tekst_mijn_kind_en_ik:
    input:
        processed="data/processed/mijn_kind_en_ik.parquet",
    output:
        csv=report(
            "reports/tables/tekst_mijn_kind_en_ik.csv",
            caption="../report/tekst_mijn_kind_en_ik.rst",
            category="Cijfers in de tekst",
        ),
    log:
        "logs/tables/tekst_mijn_kind_en_ik.log",
    conda:
        "../environment.yml"
    params:
        table="tabel_6",
        years=config["years"],
    script:
        "../scripts/text_statistics.py"
