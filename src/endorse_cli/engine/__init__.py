"""Gap analysis as pure functions: catalog + record + date -> result models."""
