"""onrecord: who said what, to whom, where and when — and how each outlet reported it."""
from .errors import OnrecordError
from .pipeline import extract, extract_articles, load_pipeline
from .types import Article, Cue, Mention, Quote

__all__ = ["Article", "Cue", "Mention", "OnrecordError", "Quote", "extract", "extract_articles", "load_pipeline"]
__version__ = "0.1.0"
