"""Everything that reads files: YAML parsing, the data pack, training records."""
