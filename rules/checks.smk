rule check_disclosure:
    input:
        tables=TABLE_CSVS,
        supplement=SUPPLEMENT_CSVS,
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


rule reproduction_audit:
    input:
        register="data/published/register.csv",
        readings="data/published/lezing.csv",
        underivable="data/published/niet_afleidbaar.csv",
        tables=TABLE_CSVS,
    output:
        table=report(
            "reports/reproduction.csv",
            caption="../report/reproduction.rst",
            category="Controles",
        ),
        findings=report(
            "reports/inconsistencies.csv",
            caption="../report/inconsistencies.rst",
            category="Controles",
        ),
        failures="reports/audit_failures.csv",
        markdown="reports/reproduction.md",
    log:
        "logs/checks/reproduction_audit.log",
    conda:
        "../environment.yml"
    params:
        years=config["years"],
        pending=config["pending_sources"],
    script:
        "../scripts/reproduction_audit.py"


rule audit_gate:
    input:
        failures="reports/audit_failures.csv",
    output:
        report="reports/audit_gate.txt",
    log:
        "logs/checks/audit_gate.log",
    conda:
        "../environment.yml"
    script:
        "../scripts/audit_gate.py"
