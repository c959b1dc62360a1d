"""The gender a first name tells, from the name table of the `nomquamgender` package (MIT licence; counts of
name bearers by gender, gathered from many countries' sources).

The table is read once per process, straight from the package's data file (its own module would import pandas):
one regex pass over 22 MB, about a second, keeping the names that are decisive. A name is female when at
least `DECISIVE` of its counted bearers are women, male when at most `1 - DECISIVE` are, and only when it was
counted at least `MIN_COUNT` times in at least three sources; any other name tells nothing (`Jordan`, `Kim`).
"""
from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DECISIVE = 0.95  # the share of women the entry pattern below reads as decisive, either way
MIN_COUNT = 20  # with at least three sources: fewer let in words like `american` (2 sources, 13 counts)
# a decisive entry: `"efua": [9, 43, 1.0, 3]` is [sources, count, share of women, …]; other entries never match,
# so that the pass costs one regex scan rather than a Python step per name
ENTRY = re.compile(r'"([a-z][a-z\'-]*)": \[([3-9]|\d\d+), (\d+), (1\.0|0\.9[5-9]\d*|0\.0[0-4]\d*|0\.05|0\.0|\d(?:\.\d+)?e-\d+),')


# any entry counted often enough, decisive or not (`jen`, `raj`): a first name, whatever gender it tells
COUNTED = re.compile(r'"([a-z][a-z\'-]*)": \[(?:[3-9]|\d\d+), (\d{2,}),')


def _table_text() -> str:
    spec = importlib.util.find_spec("nomquamgender")  # found, not imported: its module loads pandas and the table
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("onrecord needs the nomquamgender package (pip install nomquamgender)")
    return (Path(spec.submodule_search_locations[0]) / "name_data.json").read_text(encoding="utf8")


@lru_cache(maxsize=1)
def _counted() -> frozenset[str]:
    """Every name the table counted at least `MIN_COUNT` times in three sources. Cost: one more pass over the
    table (about 0.15 s), only when a name of undecided gender must be told from an ordinary word."""
    return frozenset(m.group(1) for m in COUNTED.finditer(_table_text()) if int(m.group(2)) >= MIN_COUNT)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    text = _table_text()
    out = {}
    for m in ENTRY.finditer(text):
        if int(m.group(3)) >= MIN_COUNT:
            out[m.group(1)] = "f" if float(m.group(4)) >= DECISIVE else "m"
    return out


def first_name_gender(word: str) -> str | None:
    """"f", "m" or None for a first name (`Efua` -> "f", `Kwame` -> "m", `Jordan` -> None); accents are
    ignored, as the table has none (`José` is `jose`)."""
    return _table().get(_plain(word))


def is_counted_first_name(word: str) -> bool:
    """Whether the table knows `word` as a first name, though it may tell no gender (`Jen`, `Raj`). Ordinary
    words are first names too (`White`, `Premier`): callers rule those out."""
    return _plain(word) in _counted()


def _plain(word: str) -> str:
    """A name as the table writes it: lower case, accents dropped."""
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()
