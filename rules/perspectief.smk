rule clean_perspectief:
    input:
        zaken=perspectief_zaken,
        delicten=perspectief_delicten,
        inrichtingen=REFERENCE["inrichtingen"],
        varianten=REFERENCE["varianten"],
        wetsartikelen="data/reference/wetsartikelen.csv",
    output:
        zaken="data/processed/perspectief_zaken.parquet",
        delicten="data/processed/perspectief_delicten.parquet",
    log:
        "logs/clean_delivery/perspectief.log",
    conda:
        "../environment.yml"
    params:
        encoding=config["perspectief"]["encoding"],
    script:
        "../scripts/clean_perspectief.py"


rule perspectief:
    input:
        zaken="data/processed/perspectief_zaken.parquet",
        delicten="data/processed/perspectief_delicten.parquet",
        inrichtingen=REFERENCE["inrichtingen"],
        varianten=REFERENCE["varianten"],
        reconstruction=reconstruction_notes,
    output:
        **PERSPECTIEF_OUTPUTS,
        **PERSPECTIEF_SUPPLEMENT,
    log:
        "logs/tables/perspectief.log",
    conda:
        "../environment.yml"
    params:
        years=config["years"],
        threshold=config["min_cell_size"],
        factor=config["institution_statements"]["leaders_factor"],
        increase=config["institution_statements"]["surge_min_increase"],
    script:
        "../scripts/perspectief.py"
