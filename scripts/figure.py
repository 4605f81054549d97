from herstelstats.pipeline import figure, log_to

log_to(snakemake.log[0])
figure(
    snakemake.input.tidy,
    snakemake.output.png,
    snakemake.output.svg,
    layout=snakemake.params.layout,
    titel=snakemake.params.titel,
    ylabel=snakemake.params.ylabel,
    maat=snakemake.params.maat,
)
