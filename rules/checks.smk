rule check_disclosure:
    input:
        tables=TABLE_CSVS,
    output:
        report=report(
            "reports/disclosure_check.txt",
            caption="../report/disclosure_check.rst",
            category="Controles",
        ),
    log:
        "logs/checks/disclosure.log",
    conda:
        "../environment.yml"
    params:
        threshold=config["min_cell_size"],
    script:
        "../scripts/check_disclosure.py"
