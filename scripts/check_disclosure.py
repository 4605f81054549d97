from herstelstats.pipeline import check_disclosure, log_to

log_to(snakemake.log[0])
check_disclosure(
    [*snakemake.input.tables, *snakemake.input.supplement],
    snakemake.output.report,
    threshold=snakemake.params.threshold,
)
