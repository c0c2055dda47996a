"""Tables for the crosswalk and explain commands (filled in with those commands)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

TABLES: dict[str, Callable[..., Any]] = {}
