"""Everything that reads files: safe YAML, the data pack (with its cache), training records."""
