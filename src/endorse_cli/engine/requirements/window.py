"""The best window of hours: a sweep over calendar months with a running total (linear time)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Window:
    """A run of `months` calendar months: the hours inside and the first/last month that has any."""

    first: int
    last: int
    hours: Fraction

    @property
    def span(self) -> int:
        """Months from the first to the last month with hours, both included."""
        return self.last - self.first + 1


def best_window(
    months: dict[int, Fraction], size: int, need: Fraction, min_span: int = 0
) -> Window | None:
    """The window of `size` months that reaches `need` over `min_span` months if any does, else the
    one with the most hours (earliest on ties). A best window always starts at a month with
    hours."""
    keys = sorted(m for m, h in months.items() if h > 0)
    best: Window | None = None
    best_key: tuple[bool, Fraction, int] | None = None
    total, end = Fraction(0), 0
    for start, first in enumerate(keys):
        while end < len(keys) and keys[end] < first + size:
            total += months[keys[end]]
            end += 1
        window = Window(first, keys[end - 1], total)
        key = (total >= need and window.span >= min_span, total, -first)
        if best_key is None or key > best_key:
            best, best_key = window, key
        total -= months[keys[start]]
    return best
