"""The stories built so far: `Story` (one story's centroid, quote shingles, day range and members) and
`StoryIndex` (the stories with an inverted index from terms and quote shingles to story ids), and the index keys
of a story (`story_keys`, `story_top_keys`).

The index lets a new article be compared only with the stories that share one of its most distinctive terms, not
with all of them. Cost: O(an article's terms) to fold it into a story or post it; O(sum of the postings looked
up) to find candidates; memory O(distinct terms per story), capped by `centroid_terms`.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from .features import FIELDS, StoryFeatures
from .terms import TermStats


@dataclass
class Story:
    """One story: per-field centroid (sum of its articles' unit TF vectors), quote shingles, day range, members."""

    id: str
    title: str
    articles: list[str] = field(default_factory=list)
    centroid: dict[str, dict[str, float]] = field(default_factory=lambda: {f: {} for f in FIELDS})
    shingles: set[int] = field(default_factory=set)
    norm_sum: dict[str, float] = field(default_factory=lambda: {f: 0.0 for f in FIELDS})
    first_day: dt.date | None = None
    last_day: dt.date | None = None

    def add(self, article_id: str, vecs: dict[str, dict[str, float]], norms: dict[str, float],
            feats: StoryFeatures, cap: int) -> None:
        """Fold one article (unit TF vectors `vecs`, their TF-IDF lengths `norms`) into the story. Cost: O(its
        terms), plus O(centroid log centroid) when pruning."""
        self.articles.append(article_id)
        for f in FIELDS:
            self.norm_sum[f] += norms[f]
            cen = self.centroid[f]
            for t, v in vecs[f].items():
                cen[t] = cen.get(t, 0.0) + v
            if len(cen) > 2 * cap:
                self.centroid[f] = dict(sorted(cen.items(), key=lambda kv: -kv[1])[:cap])
        self.shingles |= feats.shingles
        if feats.day:
            self.first_day = min(filter(None, (self.first_day, feats.day)))
            self.last_day = max(filter(None, (self.last_day, feats.day)))

    def absorb(self, other: "Story", cap: int) -> None:
        """Fold every article of `other` into this story. Cost: O(size of other's centroid)."""
        self.articles.extend(other.articles)
        for f in FIELDS:
            self.norm_sum[f] += other.norm_sum[f]
            cen = self.centroid[f]
            for t, v in other.centroid[f].items():
                cen[t] = cen.get(t, 0.0) + v
            if len(cen) > 2 * cap:
                self.centroid[f] = dict(sorted(cen.items(), key=lambda kv: -kv[1])[:cap])
        self.shingles |= other.shingles
        days = [d for d in (self.first_day, self.last_day, other.first_day, other.last_day) if d]
        self.first_day, self.last_day = (min(days), max(days)) if days else (None, None)

    def day_gap(self, day: dt.date | None) -> int | None:
        """Days between `day` and the story's day range (0 inside it); None when either is unknown."""
        if day is None or self.first_day is None:
            return None
        if day < self.first_day:
            return (self.first_day - day).days
        return max(0, (day - self.last_day).days)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able values."""
        return {"id": self.id, "title": self.title, "articles": list(self.articles), "centroid": self.centroid,
                "shingles": sorted(self.shingles), "norm_sum": self.norm_sum,
                "first_day": self.first_day.isoformat() if self.first_day else None,
                "last_day": self.last_day.isoformat() if self.last_day else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Story":
        """Inverse of `to_dict`."""
        day = lambda s: dt.date.fromisoformat(s) if s else None  # noqa: E731
        return cls(id=d["id"], title=d["title"], articles=list(d["articles"]),
                   centroid={f: dict(d["centroid"].get(f, {})) for f in FIELDS}, shingles=set(d["shingles"]),
                   norm_sum={f: float(d["norm_sum"].get(f, 0.0)) for f in FIELDS},
                   first_day=day(d["first_day"]), last_day=day(d["last_day"]))


class StoryIndex:
    """The stories, with an inverted index from field-qualified terms and quote shingles to story ids."""

    def __init__(self) -> None:
        self.stories: dict[str, Story] = {}
        self.postings: dict[tuple[str, Any], set[str]] = defaultdict(set)

    def __len__(self) -> int:
        return len(self.stories)

    def put(self, story: Story, new_terms: Iterable[tuple[str, Any]]) -> None:
        """Store `story` and post it under `new_terms`. Cost: O(len(new_terms))."""
        self.stories[story.id] = story
        for key in new_terms:
            self.postings[key].add(story.id)

    def merge(self, keep: Story, gone: Story, cap: int) -> None:
        """Fold story `gone` into `keep` and repost `gone`'s terms under `keep`. Cost: O(gone's terms)."""
        keep.absorb(gone, cap)
        del self.stories[gone.id]
        for key in story_keys(gone):
            posted = self.postings.get(key)
            if posted is not None:
                posted.discard(gone.id)
                posted.add(keep.id)

    def remove(self, story: Story) -> None:
        """Drop `story` and its postings. Cost: O(its terms)."""
        del self.stories[story.id]
        for key in story_keys(story):
            posted = self.postings.get(key)
            if posted is not None:
                posted.discard(story.id)
                if not posted:
                    del self.postings[key]

    def candidates(self, keys: Iterable[tuple[str, Any]], limit: int | None = None) -> set[str]:
        """Ids of the stories posted under any of `keys`; with `limit`, only the `limit` stories posted under the
        most of them (ties: the smaller id), which bounds what the caller scores in a large corpus where common
        terms post many stories. Cost: O(sum of those postings) + O(c log c) for c stories found."""
        hits: Counter = Counter()
        for key in keys:
            hits.update(self.postings.get(key, ()))
        found = [sid for sid in hits if sid in self.stories]  # a pruned term may still post a removed story
        if limit is not None and len(found) > limit:
            found = sorted(found, key=lambda sid: (-hits[sid], sid))[:limit]
        return set(found)


def story_top_keys(story: Story, stats: TermStats, n: int) -> list[tuple[str, str]]:
    """The `n` highest TF-IDF word and name terms of a story's centroid. Cost: O(centroid log centroid)."""
    ranked = sorted(((v * stats.idf(f, t), f, t) for f in ("words", "entities") for t, v in story.centroid[f].items()),
                    reverse=True)
    return [(f, t) for _, f, t in ranked[:n]]


def story_keys(story: Story) -> list[tuple[str, Any]]:
    """The index keys a story is posted under: its centroid terms and its quote shingles."""
    return [(f, t) for f in FIELDS for t in story.centroid[f]] + [("q", h) for h in story.shingles]
