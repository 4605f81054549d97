rule check_disclosure:
    input:
        tables=[t for t in TABLES if t.endswith(".csv")],
    output:
        report=report(
            "reports/disclosure_check.txt",
            caption="../report/disclosure_check.rst",
            category="Controles",
        ),
    log:
        "logs/checks/disclosure.log",
    params:
        threshold=config["min_cell_size"],
    conda:
        "../environment.yml"
    script:
        "../scripts/check_disclosure.py"
