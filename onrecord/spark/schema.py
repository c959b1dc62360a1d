"""Spark schemas of the tables a run writes (`articles`, `quotes`, `errors`), built from `records.py`'s columns.

Imports pyspark; `tagged_row` runs in the executors' Python workers, where pyspark is present anyway.
"""
from __future__ import annotations

from pyspark.sql.types import DoubleType, IntegerType, LongType, StringType, StructField, StructType

from .records import ARTICLE_COLUMNS, ERROR_COLUMNS, QUOTE_COLUMNS
from .worker import METRIC_COLUMNS

_INTS = {"n_words", "n_quotes", "idx", "start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end",
         "addressee_start", "addressee_end", "nested_in", "venue_start", "venue_end"}
_NOT_NULL = {"id", "text", "n_words", "n_quotes", "doc_id", "idx", "start", "end", "kind", "confidence"}


def _field(name: str) -> StructField:
    """The Spark type of one column, by name."""
    if name in _INTS:
        kind = LongType() if name == "n_words" else IntegerType()
    elif name == "confidence":
        kind = DoubleType()
    else:
        kind = StringType()
    return StructField(name, kind, nullable=name not in _NOT_NULL)


def struct(columns: tuple[str, ...]) -> StructType:
    """A StructType for a column list of records.py."""
    return StructType([_field(c) for c in columns])


ARTICLES = struct(ARTICLE_COLUMNS)
QUOTES = struct(QUOTE_COLUMNS)
ERRORS = StructType([StructField(c, StringType(), True) for c in ERROR_COLUMNS])

_METRIC_TYPES = {"seconds": DoubleType(), "load_seconds": DoubleType()}
METRICS = StructType([StructField(c, _METRIC_TYPES.get(c, LongType()), True) for c in METRIC_COLUMNS])

# What one extraction pass emits: a tag and one of the four records ("a", "q", "e", "m"), the others null. One
# Python -> JVM conversion; the tables are then split off in the JVM.
TAGGED = StructType([StructField("tag", StringType(), False), StructField("a", ARTICLES, True),
                     StructField("q", QUOTES, True), StructField("e", ERRORS, True), StructField("m", METRICS, True)])
TAG_POSITION = {"a": 1, "q": 2, "e": 3, "m": 4}


def tagged_row(tag: str, row: tuple) -> tuple:
    """(tag, a, q, e, m) with `row` in the slot of `tag`, for the TAGGED schema."""
    out = [tag, None, None, None, None]
    out[TAG_POSITION[tag]] = row
    return tuple(out)
