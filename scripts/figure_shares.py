from herstelstats.pipeline import figure_shares, log_to

log_to(snakemake.log[0])
figure_shares(
    snakemake.input.tidy,
    snakemake.output.png,
    snakemake.output.svg,
    spec=snakemake.params.spec,
    years=snakemake.params.years,
)
