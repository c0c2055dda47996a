"""Pydantic models for the data pack (catalog) and for a person's training record."""
