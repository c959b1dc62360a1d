"""The story clusterer's settings: `StoryConfig`, read from data/stories.cfg with the user's file laid over it.

`StoryConfig.load` parses at most two small INI files and checks every value (cost: O(number of settings));
the result is a frozen dataclass the other story modules read their thresholds and weights from.
"""
from __future__ import annotations

import configparser
from dataclasses import dataclass, fields
from pathlib import Path

from ..errors import Errors, OnrecordError
from .features import DATA_DIR

DEFAULTS_FILE = DATA_DIR / "stories.cfg"


@dataclass(frozen=True)
class StoryConfig:
    """The tunables of the story clusterer; `load` reads data/stories.cfg, then the user's file over it."""

    join_threshold: float = 0.3
    weight_words: float = 0.4
    weight_entities: float = 0.4
    weight_numbers: float = 0.2
    weight_quotes: float = 0.3
    min_quote_shingles: int = 3
    quote_miss_penalty: float = 0.3
    quote_miss_min_shingles: int = 150
    title_boost: float = 2.0
    dateline_lines: int = 4
    max_gap_days: int = 10
    gap_penalty: float = 1.0
    linkage: str = "average"
    merge_threshold: float = 0.25
    lead_sentences: int = 2
    lead_boost: float = 2.0
    candidate_terms: int = 30
    max_candidates: int = 50
    centroid_terms: int = 400
    repair_stories: int = 4
    repair_min_score: float = 0.1
    repair_max_articles: int = 200
    repair_cut: float = 0.07
    local_idf_power: float = 2.0
    singleton_weight: float = 0.5

    @classmethod
    def load(cls, path: str | Path | None = None) -> "StoryConfig":
        """The shipped defaults overlaid by the [stories] section of `path` (when given). Raises OnrecordError
        E001 (no file), E351 (unknown key) or E352 (unreadable file, or a value of the wrong type or range)."""
        parser = configparser.ConfigParser()
        parser.read(DEFAULTS_FILE, encoding="utf8")
        if path is not None:
            if not Path(path).is_file():
                raise OnrecordError(Errors.E001.format(path=path))
            try:
                parser.read(path, encoding="utf8")
            except (configparser.Error, UnicodeDecodeError) as exc:
                raise OnrecordError(Errors.E352.format(path=path, reason=one_line(exc))) from None
        section = parser["stories"] if parser.has_section("stories") else {}
        unknown = set(section) - {f.name for f in fields(cls)}
        if unknown:
            raise OnrecordError(Errors.E351.format(key=sorted(unknown)[0], options=", ".join(f.name for f in fields(cls))))
        values = {}
        for f in fields(cls):
            if f.name in section:
                kind = type(getattr(cls, f.name))
                try:
                    values[f.name] = kind(section[f.name])
                except ValueError:
                    raise OnrecordError(Errors.E352.format(path=path or DEFAULTS_FILE, reason=(
                        f"{f.name} = {section[f.name]!r} is not {'an integer' if kind is int else 'a number'}"))) from None
        config = cls(**values)
        problem = config.problem()
        if problem:
            raise OnrecordError(Errors.E352.format(path=path or DEFAULTS_FILE, reason=problem))
        return config

    def problem(self) -> str | None:
        """Why these settings cannot be used (a negative count or weight, an unknown linkage), or None."""
        if self.linkage not in ("average", "centroid"):
            return f"linkage = {self.linkage!r} (use average or centroid)"
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, (int, float)) and f.name not in ("join_threshold", "merge_threshold",
                                                                  "repair_min_score", "repair_cut") and value < 0:
                return f"{f.name} = {value} must not be negative"
        return None


def one_line(exc: Exception) -> str:
    """An exception's message on one line, at most 200 characters."""
    return " ".join(str(exc).split())[:200]
