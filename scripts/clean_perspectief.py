from herstelstats.pipeline import log_to
from herstelstats.pipeline_perspectief import clean_perspectief

log_to(snakemake.log[0])
clean_perspectief(
    snakemake.input.zaken,
    snakemake.input.delicten,
    snakemake.output.zaken,
    snakemake.output.delicten,
    encoding=snakemake.params.encoding,
    inrichtingen=snakemake.input.inrichtingen,
    varianten=snakemake.input.varianten,
    wetsartikelen=snakemake.input.wetsartikelen,
    step=snakemake.rule,
)
