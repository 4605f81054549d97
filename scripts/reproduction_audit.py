from herstelstats.pipeline import log_to, reproduction_audit

log_to(snakemake.log[0])
reproduction_audit(
    snakemake.input.register,
    snakemake.input.readings,
    snakemake.input.underivable,
    snakemake.input.tables,
    snakemake.output.table,
    snakemake.output.findings,
    snakemake.output.failures,
    snakemake.output.markdown,
    years=snakemake.params.years,
    pending=snakemake.params.pending,
)
