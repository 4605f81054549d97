rule clean_delivery:
    input:
        raw=raw_delivery,
        inrichtingen=REFERENCE["inrichtingen"],
        varianten=REFERENCE["varianten"],
    output:
        processed="data/processed/{delivery}.parquet",
    log:
        "logs/clean_delivery/{delivery}.log",
    conda:
        "../environment.yml"
    params:
        encoding=delivery_encoding,
        registered_from=config["registered_from"],
    script:
        "../scripts/clean_delivery.py"
