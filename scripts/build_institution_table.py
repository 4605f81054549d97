from herstelstats.pipeline import build_institution_table, log_to

log_to(snakemake.log[0])
build_institution_table(
    snakemake.input.processed,
    snakemake.output.csv,
    snakemake.output.markdown,
    table=snakemake.params.table,
    years=snakemake.params.years,
    inrichtingen=snakemake.input.inrichtingen,
    varianten=snakemake.input.varianten,
    soort=snakemake.params.soort,
    notes=snakemake.params.notes,
    reconstruction=snakemake.input.reconstruction,
)
