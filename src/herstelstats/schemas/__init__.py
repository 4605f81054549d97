"""pandera schemas: one DataFrameModel per boundary (raw delivery in, processed table out)."""
