from herstelstats.pipeline import clean_delivery, log_to

log_to(snakemake.log[0])
clean_delivery(
    snakemake.input.raw,
    snakemake.output.processed,
    delivery=snakemake.wildcards.delivery,
    encoding=snakemake.params.encoding,
    inrichtingen=snakemake.input.inrichtingen,
    varianten=snakemake.input.varianten,
    registered_from=snakemake.params.registered_from,
    step=snakemake.rule,
)
