"""Requirement checks, one module per requirement; `check_requirements` runs those in force."""
