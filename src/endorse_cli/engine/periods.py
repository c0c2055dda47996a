"""Date arithmetic: calendar months, merged periods, hours logged over a period spread by month."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

DAYS_PER_YEAR = 365
ONE_DAY = timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """`day` moved by whole calendar months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    # Calendar imports locale.
    last = (date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - ONE_DAY).day
    return date(year, month + 1, min(day.day, last))


def merge(periods: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """Inclusive periods merged where they overlap or touch."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted(periods):
        if merged and start <= merged[-1][1] + ONE_DAY:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def days(periods: Iterable[tuple[date, date]]) -> int:
    """Days covered by the periods, each day once."""
    return sum((end - start).days + 1 for start, end in merge(periods))


def shares(periods: list[tuple[date, date]]) -> list[int]:
    """Days each period adds, in date order, to those before it: a day two periods share counts
    once, for the one that starts first. The shares sum to `days(periods)`; they are listed in input
    order."""
    found = [0] * len(periods)
    covered = date.min
    for i in sorted(range(len(periods)), key=lambda i: periods[i]):
        start, end = periods[i]
        first = max(start, covered + ONE_DAY) if covered > date.min else start
        found[i] = max(0, (end - first).days + 1)
        covered = max(covered, end)
    return found


def subtract(
    periods: list[tuple[date, date]], other: list[tuple[date, date]]
) -> list[tuple[date, date]]:
    """Parts of `periods` not covered by `other`."""
    result: list[tuple[date, date]] = []
    for start, end in merge(periods):
        pieces = [(start, end)]
        for o_start, o_end in merge(other):
            pieces = [p for piece in pieces for p in _cut(piece, o_start, o_end)]
        result.extend(pieces)
    return result


def _cut(piece: tuple[date, date], o_start: date, o_end: date) -> list[tuple[date, date]]:
    start, end = piece
    if o_end < start or o_start > end:
        return [piece]
    left = [(start, o_start - ONE_DAY)] if o_start > start else []
    right = [(o_end + ONE_DAY, end)] if o_end < end else []
    return left + right


def month_of(day: date) -> int:
    """A calendar month as one number (year * 12 + month - 1), so months can be counted and slid."""
    return day.year * 12 + day.month - 1


def month_start(index: int) -> date:
    """The first day of the month `index`."""
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def month_end(index: int) -> date:
    """The last day of the month `index`."""
    return month_start(index + 1) - ONE_DAY


def _days_in(index: int, lo: date, hi: date) -> int:
    """Days of month `index` between lo and hi (inclusive)."""
    first, last = max(month_start(index), lo), min(month_end(index), hi)
    return max(0, (last - first).days + 1)


@dataclass(frozen=True)
class Logged:
    """Hours logged over an inclusive period, spread evenly over the calendar months it touches.

    A log of 30 hours from 2023-01-01 to 2024-06-30 gives 30/18 hours to each of its 18 months,
    exactly (Fractions): twelve of those months hold 20 hours, not 19.99.
    """

    start: date
    end: date
    hours: Fraction

    def per_month(self) -> Fraction:
        """The share of each month the period touches."""
        return self.hours / (month_of(self.end) - month_of(self.start) + 1)

    def between(self, lo: date, hi: date) -> dict[int, Fraction]:
        """Hours per month for the part of the period between lo and hi (inclusive); a month only
        partly inside counts the share of its logged days that fall inside."""
        first, last = max(self.start, lo), min(self.end, hi)
        if first > last:
            return {}
        share = self.per_month()
        ends = {month_of(first), month_of(last), month_of(self.start), month_of(self.end)}
        found: dict[int, Fraction] = {}
        for index in range(month_of(first), month_of(last) + 1):
            if index in ends:  # only a boundary month can be partly inside or partly logged
                inside, logged = _days_in(index, first, last), _days_in(index, self.start, self.end)
                found[index] = share if inside == logged else share * Fraction(inside, logged)
            else:
                found[index] = share
        return found

    def months(self) -> dict[int, Fraction]:
        """Hours per month over the whole period."""
        return self.between(self.start, self.end)
