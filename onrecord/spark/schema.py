"""Spark schemas of the tables a run writes (`articles`, `quotes`, `errors`), built from `records.py`'s columns.

Imports pyspark, so only the driver (job.py) imports this module.
"""
from __future__ import annotations

from pyspark.sql.types import DoubleType, IntegerType, LongType, StringType, StructField, StructType

from .records import ARTICLE_COLUMNS, ERROR_COLUMNS, QUOTE_COLUMNS

_INTS = {"n_words", "n_quotes", "idx", "start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end",
         "addressee_start", "addressee_end", "nested_in"}
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
