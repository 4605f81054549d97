from herstelstats.pipeline import audit_gate, log_to

log_to(snakemake.log[0])
audit_gate(snakemake.input.failures, snakemake.output.report)
