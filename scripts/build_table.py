from herstelstats.pipeline import build_table, log_to

log_to(snakemake.log[0])
build_table(
    snakemake.input.processed,
    snakemake.output.csv,
    snakemake.output.markdown,
    table=snakemake.params.table,
    years=snakemake.params.years,
    registered_from=snakemake.params.registered_from,
    notes=snakemake.params.notes,
    reconstruction=snakemake.input.reconstruction,
)
