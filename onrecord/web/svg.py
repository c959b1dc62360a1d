"""The speaker timeline, drawn by the server as one inline SVG (no JavaScript, no plotting library).

x is the publication date, one lane (row) per story; each dot links to the canonical quote page and carries the
quote as a `<title>` tooltip. Every piece of text is escaped here, so the result can go into a page as is.
Cost: O(n) in the number of points; lanes are capped at `MAX_LANES` (the rest share an "other stories" lane).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

WIDTH = 720  # viewBox width; the SVG scales to the page width through CSS
LANE_HEIGHT = 26
LEFT = 150  # room for the lane labels
RIGHT = 16
INSET = 10  # keeps the first and last dots off the plot's edges
TOP = 8
AXIS = 26  # room for the date labels under the lanes
MAX_LANES = 12
LABEL_CHARS = 22
TOOLTIP_CHARS = 160


@dataclass(frozen=True)
class Point:
    """One quote on the timeline. `day` is None when the article has no publication date."""

    day: date | None
    quote_href: str
    lane: str  # the story title (or "no story")
    text: str


def parse_day(value: object) -> date | None:
    """A `date` from a date, datetime or ISO 8601 string; None when absent or unreadable."""
    if value is None:
        return None
    if isinstance(value, date):
        return value if type(value) is date else value.date()  # datetime is a date subclass
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def lanes_of(points: list[Point]) -> list[str]:
    """Lane names, earliest story first; past `MAX_LANES` the rest go to "other stories"."""
    first: dict[str, date] = {}
    for p in points:
        d = p.day or date.max
        first[p.lane] = min(first.get(p.lane, d), d)
    names = sorted(first, key=lambda n: (first[n], n))
    return names if len(names) <= MAX_LANES else names[: MAX_LANES - 1] + ["other stories"]


def x_scale(lo: date, hi: date):
    """A function mapping a date to an x coordinate between LEFT and WIDTH - RIGHT."""
    span = max((hi - lo).days, 1)
    usable = WIDTH - LEFT - RIGHT - 2 * INSET
    return lambda d: LEFT + INSET + usable * ((d - lo).days / span if hi > lo else 0.5)


def axis_ticks(lo: date, hi: date, scale) -> list[str]:
    """Year (or month, for short ranges) tick marks and labels along the bottom."""
    y = 0  # drawn inside a group translated to the bottom of the lanes
    ticks = []
    if (hi - lo).days > 400:
        marks = [date(year, 1, 1) for year in range(lo.year + 1, hi.year + 1)] or [lo]
        fmt = "%Y"
    else:
        marks = [lo, hi] if hi > lo else [lo]
        fmt = "%Y-%m-%d"
    for m in marks[:12]:
        x = scale(m)
        ticks.append(f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{y}" y2="{y + 6}"/>'
                     f'<text class="tick-label" x="{x:.1f}" y="{y + 18}" text-anchor="middle">'
                     f"{escape(m.strftime(fmt))}</text>")
    return ticks


def timeline(points: list[Point]) -> str:
    """The SVG markup for `points` (an empty string when no point has a date).

    Example:
        >>> svg = timeline([Point(date(2018, 10, 2), "/quotes/q1", "An interview", "He has the best heart")])
        >>> svg.startswith("<svg") and "/quotes/q1" in svg
        True
    """
    dated = [p for p in points if p.day]
    if not dated:
        return ""
    names = lanes_of(dated)
    row = {n: i for i, n in enumerate(names)}
    lo, hi = min(p.day for p in dated), max(p.day for p in dated)
    scale = x_scale(lo, hi)
    height = TOP + LANE_HEIGHT * len(names) + AXIS
    parts = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'aria-label="Quotes over time, one row per story" xmlns="http://www.w3.org/2000/svg">']
    for name, i in row.items():
        y = TOP + LANE_HEIGHT * i + LANE_HEIGHT / 2
        parts.append(f'<line class="lane" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y}" y2="{y}"/>'
                     f'<text class="lane-label" x="{LEFT - 8}" y="{y + 4}" text-anchor="end">'
                     f"<title>{escape(name)}</title>{escape(shorten(name, LABEL_CHARS))}</text>")
    for p in dated:
        y = TOP + LANE_HEIGHT * row.get(p.lane, len(names) - 1) + LANE_HEIGHT / 2
        tip = f"{p.day.isoformat()}: {shorten(p.text, TOOLTIP_CHARS)}"
        parts.append(f'<a href="{escape(p.quote_href)}"><circle class="dot" cx="{scale(p.day):.1f}" cy="{y}" r="6">'
                     f"<title>{escape(tip)}</title></circle></a>")
    axis_y = TOP + LANE_HEIGHT * len(names)
    parts.append(f'<g transform="translate(0 {axis_y})">')
    parts.extend(axis_ticks(lo, hi, scale))
    parts.append("</g></svg>")
    return "".join(parts)
