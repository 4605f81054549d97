from herstelstats.pipeline import log_to
from herstelstats.pipeline_perspectief import build_perspectief

log_to(snakemake.log[0])
build_perspectief(
    snakemake.input.zaken,
    snakemake.input.delicten,
    dict(snakemake.output.items()),
    inrichtingen=snakemake.input.inrichtingen,
    varianten=snakemake.input.varianten,
    years=snakemake.params.years,
    threshold=snakemake.params.threshold,
    factor=snakemake.params.factor,
    increase=snakemake.params.increase,
    reconstruction=snakemake.input.reconstruction,
)
