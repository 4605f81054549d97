from herstelstats.pipeline import log_to, text_statistics

log_to(snakemake.log[0])
text_statistics(
    snakemake.input.processed,
    snakemake.output.csv,
    table=snakemake.params.table,
    years=snakemake.params.years,
)
