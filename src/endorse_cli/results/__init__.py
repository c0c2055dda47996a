"""Frozen result types the engine returns; renderers and tests read only these. One module per
report."""
