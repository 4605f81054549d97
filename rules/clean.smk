rule clean_delivery:
    input:
        raw=raw_delivery,
        inrichtingen=REFERENCE["inrichtingen"],
        varianten=REFERENCE["varianten"],
    output:
        processed="data/processed/{delivery}.parquet",
    log:
        "logs/clean_delivery/{delivery}.log",
    params:
        encoding=delivery_encoding,
        registered_from=config["registered_from"],
    conda:
        "../environment.yml"
    script:
        "../scripts/clean_delivery.py"
