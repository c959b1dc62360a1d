"""Story clustering: articles about one event grouped, articles about another event on the same topic kept apart.

Single-pass, incremental clustering in the manner of topic detection and tracking (Allan et al., "Topic Detection
and Tracking Pilot Study", 1998): each new article is compared with the stories built so far and joins the most
similar one when the similarity clears a threshold, else it opens a new story. The corpus is never re-clustered:
only the neighbourhood a new article lands in (its few best candidate stories, at most `repair_max_articles`
articles) is re-clustered with it by average link ("local repair"), with terms weighted by an IDF counted inside
that neighbourhood, so an article that joined the wrong story early can move, and two events of one topic that
share most words split on the words only one of them uses (names, numbers).

The pieces, one idea each:
- `features.extract_features`: Article -> StoryFeatures (words, names, numbers/dates, quote shingles, day).
- `TermStats`: document frequencies seen so far, giving inverse document frequencies (online TF-IDF).
- `Story`: one story's centroid (summed unit term vectors per field), quote shingles, day range, members.
- `StoryIndex`: the stories with an inverted index term -> stories, so a new article is compared only with the
  stories that share one of its most distinctive terms, not with all of them.
- `similarity` and `decide`: the decision rule, with its named thresholds in data/stories.cfg.
- `ArticleVec`, `local_similarities`, `average_link`: the local repair.
- `StoryClusterer`: ties them together; `add(article) -> story id`; `to_state`/`from_state` for persistence.

Cost per article: O(len(text)) features + O(sum of candidate centroid sizes) scoring + O(m^3) numpy repair with
m <= `repair_max_articles` (bounded, so the whole run stays linear in the number of articles); memory O(distinct
terms per story), capped by `centroid_terms`, plus one unit TF vector per article (for the repair).
"""
from __future__ import annotations

import configparser
import datetime as dt
import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from ..errors import Errors, OnrecordError
from ..types import Article
from .features import DATA_DIR, FIELDS, StoryFeatures, extract_features

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


class TermStats:
    """Document frequencies per field over the articles seen so far (online IDF)."""

    def __init__(self) -> None:
        self.n_docs = 0
        self.df: dict[str, Counter] = {f: Counter() for f in FIELDS}

    def add(self, feats: StoryFeatures) -> None:
        """Count one article's distinct terms. Cost: O(distinct terms)."""
        self.n_docs += 1
        for f in FIELDS:
            self.df[f].update(feats.field(f).keys())

    def idf(self, f: str, term: str) -> float:
        """Smoothed inverse document frequency log((N + 1) / (df + 1)) + 1 of `term` in field `f`."""
        return math.log((self.n_docs + 1) / (self.df[f].get(term, 0) + 1)) + 1.0


def unit_tf(counts: Counter) -> dict[str, float]:
    """Sublinear term weights log(1 + count), scaled to unit length."""
    vec = {t: math.log1p(c) for t, c in counts.items() if c > 0}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def weighted(vec: dict[str, float], stats: TermStats, f: str) -> tuple[dict[str, float], float]:
    """`vec` with each term multiplied by its IDF, and the length of the result."""
    out = {t: v * stats.idf(f, t) for t, v in vec.items()}
    return out, math.sqrt(sum(v * v for v in out.values())) or 1.0


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


def similarity(vecs: dict[str, tuple[dict[str, float], float]], feats: StoryFeatures, story: Story,
               stats: TermStats, cfg: StoryConfig) -> float:
    """Weighted sum of per-field TF-IDF similarities between an article and a story, plus quote-shingle
    containment, minus `gap_penalty` when the article's day is more than `max_gap_days` from the story's days.

    linkage "average": the mean cosine between the article and the story's articles, computed from the centroid
    as dot(article, centroid) / (|article| * sum of member lengths) (exact when IDF does not drift; cost O(article
    terms)); "centroid": the cosine with the centroid (cost O(centroid terms)), which favours large stories."""
    weights = {"words": cfg.weight_words, "entities": cfg.weight_entities, "numbers": cfg.weight_numbers}
    score = 0.0
    for f in FIELDS:
        doc, doc_norm = vecs[f]
        if not doc or not weights[f]:
            continue
        cen = story.centroid[f]
        dot = sum(v * cen[t] * stats.idf(f, t) for t, v in doc.items() if t in cen)  # shared terms only
        if cfg.linkage == "average":
            score += weights[f] * dot / (doc_norm * (story.norm_sum[f] or 1.0))
        else:
            score += weights[f] * dot / (doc_norm * weighted(cen, stats, f)[1])
    score += quote_score(feats.shingles, story.shingles, cfg)
    gap = story.day_gap(feats.day)
    if gap is not None and gap > cfg.max_gap_days:
        score -= cfg.gap_penalty
    return score


def story_similarity(a: Story, b: Story, stats: TermStats, cfg: StoryConfig) -> float:
    """Average-link similarity of two stories (mean article-article cosine, from the centroids), weighted by
    field like `similarity`, minus `gap_penalty` when their day ranges are more than `max_gap_days` apart.
    Cost: O(terms of the smaller centroid)."""
    weights = {"words": cfg.weight_words, "entities": cfg.weight_entities, "numbers": cfg.weight_numbers}
    score = 0.0
    for f in FIELDS:
        x, y = sorted((a.centroid[f], b.centroid[f]), key=len)
        dot = sum(v * y[t] * stats.idf(f, t) ** 2 for t, v in x.items() if t in y)  # shared terms only
        score += weights[f] * dot / ((a.norm_sum[f] or 1.0) * (b.norm_sum[f] or 1.0))
    score += quote_score(a.shingles, b.shingles, cfg)
    if a.first_day and b.first_day:
        gap = max((a.first_day - b.last_day).days, (b.first_day - a.last_day).days, 0)
        if gap > cfg.max_gap_days:
            score -= cfg.gap_penalty
    return score


def quote_score(a: set[int] | frozenset, b: set[int] | frozenset, cfg: StoryConfig) -> float:
    """Shared quotes: `weight_quotes` times the share of the smaller shingle set found in the other, or minus
    `quote_miss_penalty` when both quote at length (`min_quote_shingles` each) and share nothing (they report
    different words, so likely a different occasion; both sides need `quote_miss_min_shingles` for that). 0 when
    either side quotes too little. Cost: O(min size)."""
    if len(a) < cfg.min_quote_shingles or len(b) < cfg.min_quote_shingles:
        return 0.0
    small, large = sorted((a, b), key=len)
    shared = sum(1 for h in small if h in large)
    if shared:
        return cfg.weight_quotes * shared / len(small)
    return -cfg.quote_miss_penalty if len(small) >= cfg.quote_miss_min_shingles else 0.0


def story_top_keys(story: Story, stats: TermStats, n: int) -> list[tuple[str, str]]:
    """The `n` highest TF-IDF word and name terms of a story's centroid. Cost: O(centroid log centroid)."""
    ranked = sorted(((v * stats.idf(f, t), f, t) for f in ("words", "entities") for t, v in story.centroid[f].items()),
                    reverse=True)
    return [(f, t) for _, f, t in ranked[:n]]


def story_keys(story: Story) -> list[tuple[str, Any]]:
    """The index keys a story is posted under: its centroid terms and its quote shingles."""
    return [(f, t) for f in FIELDS for t in story.centroid[f]] + [("q", h) for h in story.shingles]


@dataclass
class ArticleVec:
    """What the clusterer keeps of one article for local repair: unit TF vectors per field, quote shingles, day
    and display title (a few hundred numbers per article)."""

    unit: dict[str, dict[str, float]]
    shingles: frozenset
    day: dt.date | None
    title: str

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able values."""
        return {"unit": self.unit, "q": sorted(self.shingles), "day": self.day.isoformat() if self.day else None,
                "title": self.title}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ArticleVec":
        """Inverse of `to_dict`."""
        return cls(unit={f: dict(d["unit"].get(f, {})) for f in FIELDS}, shingles=frozenset(d["q"]),
                   day=dt.date.fromisoformat(d["day"]) if d["day"] else None, title=d["title"])


def local_similarities(vecs: list[ArticleVec], stats: TermStats, cfg: StoryConfig) -> np.ndarray:
    """The m x m article similarities inside one neighbourhood of stories, with terms weighted by
    TF x global IDF x local IDF ** `local_idf_power`, the local IDF counted over these m articles only.

    The local IDF is what tells two events of one topic apart: inside the neighbourhood the words every article
    shares (the topic: "heavyweight", "pirates") weigh little, the words one group shares (the opponent's name,
    the ship's name) weigh much. Terms found in only one of the m articles are left out, also from the vector
    lengths: they cannot tell which group an article goes with, and with the local IDF they would otherwise
    dominate the length of a long article and drown its cosines (tuned: keeping them scored 90.2 on topics 1-20,
    leaving them out 93.4). Per field the cosine of those vectors, weighted as in `similarity`; plus the
    pairwise quote score and minus `gap_penalty` for articles more than `max_gap_days` apart.
    Cost: O(sum of the articles' terms) + O(m^2 x terms shared by two or more articles) (numpy)."""
    m = len(vecs)
    total = np.zeros((m, m))
    weights = {"words": cfg.weight_words, "entities": cfg.weight_entities, "numbers": cfg.weight_numbers}
    for f in FIELDS:
        if not weights[f]:
            continue
        df = Counter(t for v in vecs for t in v.unit[f])
        shared = {t: k for k, t in enumerate(t for t, n in df.items() if n > 1)}
        # each term's weight once per neighbourhood, not once per article that has it
        weight = {t: stats.idf(f, t) * ((math.log((m + 1) / (n + 1)) + 1.0) ** cfg.local_idf_power if n > 1
                                        else cfg.singleton_weight) for t, n in df.items()}
        mat = np.zeros((m, len(shared)))
        alone = np.zeros(m)
        for i, v in enumerate(vecs):
            for t, x in v.unit[f].items():
                k = shared.get(t)
                if k is not None:
                    mat[i, k] = x * weight[t]
                else:
                    alone[i] += (x * weight[t]) ** 2
        lengths = np.sqrt((mat * mat).sum(axis=1) + alone)[:, None]
        mat /= np.where(lengths > 0, lengths, 1.0)
        total += weights[f] * (mat @ mat.T)
    quoting = [i for i, v in enumerate(vecs) if len(v.shingles) >= cfg.min_quote_shingles]
    for a, i in enumerate(quoting):
        for j in quoting[a + 1:]:
            total[i, j] = total[j, i] = total[i, j] + quote_score(vecs[i].shingles, vecs[j].shingles, cfg)
    dated = [i for i, v in enumerate(vecs) if v.day]
    for a, i in enumerate(dated):
        for j in dated[a + 1:]:
            if abs((vecs[i].day - vecs[j].day).days) > cfg.max_gap_days:
                total[i, j] = total[j, i] = total[i, j] - cfg.gap_penalty
    return total


def average_link(sims: np.ndarray, cut: float) -> list[list[int]]:
    """Average-link agglomerative clustering of a similarity matrix: merge the two most similar groups while
    their mean pairwise similarity is >= `cut`. Returns the groups as lists of row indices, in row order.
    Cost: O(m^3) elementwise numpy (m = rows; the neighbourhood cap keeps it small)."""
    m = sims.shape[0]
    s = sims.astype(float).copy()
    np.fill_diagonal(s, -np.inf)
    sizes = np.ones(m)
    groups: list[list[int]] = [[i] for i in range(m)]
    while m > 1:
        i, j = divmod(int(np.argmax(s)), m)
        if s[i, j] < cut:
            break
        i, j = min(i, j), max(i, j)
        s[i, :] = (s[i, :] * sizes[i] + s[j, :] * sizes[j]) / (sizes[i] + sizes[j])
        s[:, i] = s[i, :]
        s[i, i] = s[j, :] = s[:, j] = -np.inf
        sizes[i] += sizes[j]
        groups[i] += groups[j]
        groups[j] = []
    return [sorted(g) for g in groups if g]


def decide(scores: dict[str, float], cfg: StoryConfig) -> str | None:
    """The story to join: the best-scoring one when it clears `join_threshold` (ties: the smaller id); else None."""
    if not scores:
        return None
    best = min(scores, key=lambda sid: (-scores[sid], sid))
    return best if scores[best] >= cfg.join_threshold else None


def story_id_for(article_id: str) -> str:
    """A stable story id derived from the id of the article that opened it."""
    return "s" + hashlib.sha1(article_id.encode("utf8")).hexdigest()[:12]


class StoryClusterer:
    """Incremental story clustering.

    Example:
        >>> c = StoryClusterer()
        >>> a = c.add(Article("a", "Acme Corp recalled 4,000 blue kettles in Ohio on Monday after fires."))
        >>> b = c.add(Article("b", "Ohio kettle fires: Acme Corp recalls 4,000 blue kettles."))
        >>> a == b
        True
    """

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig.load()
        self.stats = TermStats()
        self.index = StoryIndex()
        self.assignment: dict[str, str] = {}
        self.arrival: dict[str, int] = {}
        self.vectors: dict[str, ArticleVec] = {}

    def add(self, article: Article, quotes: list[str] | None = None) -> str:
        """Assign `article` to a story (an existing one or a new one) and return the story id. Adding an article
        id already assigned returns its story unchanged."""
        if article.id in self.assignment:
            return self.assignment[article.id]
        cfg = self.config
        self.arrival[article.id] = len(self.arrival)
        feats = extract_features(article, quotes=quotes, title_boost=cfg.title_boost,
                                 lead_sentences=cfg.lead_sentences, lead_boost=cfg.lead_boost,
                                 dateline_lines=cfg.dateline_lines)
        self.stats.add(feats)
        unit = {f: unit_tf(feats.field(f)) for f in FIELDS}
        vecs = {f: weighted(unit[f], self.stats, f) for f in FIELDS}
        keys = self.query_keys(vecs, feats)
        scores = {sid: similarity(vecs, feats, self.index.stories[sid], self.stats, cfg)
                  for sid in self.index.candidates(keys, cfg.max_candidates or None)}
        self.vectors[article.id] = ArticleVec(unit, feats.shingles, feats.day, feats.title)
        near = self.neighbourhood(scores)
        if near:
            self.repair(article.id, near)
            return self.assignment[article.id]
        sid = decide(scores, cfg)
        story = self.index.stories[sid] if sid else Story(id=story_id_for(article.id), title=feats.title)
        story.add(article.id, unit, {f: vecs[f][1] for f in FIELDS}, feats, cfg.centroid_terms)
        new_terms = [(f, t) for f in FIELDS for t in unit[f]] + [("q", h) for h in feats.shingles]
        self.index.put(story, new_terms)
        self.assignment[article.id] = story.id
        if len(story.articles) >= 2 and self.config.merge_threshold < 1.0:
            self.merge_neighbours(story, keys + story_top_keys(story, self.stats, self.config.candidate_terms))
        return self.assignment[article.id]

    def neighbourhood(self, scores: dict[str, float]) -> list[str]:
        """The stories to re-cluster with a new article: the `repair_stories` best-scoring candidates with a score
        of at least `repair_min_score`, best first, as many as fit in `repair_max_articles` articles (a story too
        large to fit, or restored from a state without article vectors, is left as it is). Empty when repair is
        off or nothing is near."""
        cfg = self.config
        ranked = sorted((sid for sid, v in scores.items() if v >= cfg.repair_min_score),
                        key=lambda sid: (-scores[sid], sid))[: cfg.repair_stories]
        near, size = [], 1
        for sid in ranked:
            articles = self.index.stories[sid].articles
            if size + len(articles) <= cfg.repair_max_articles and all(a in self.vectors for a in articles):
                near.append(sid)
                size += len(articles)
        return near

    def repair(self, article_id: str, near: list[str]) -> None:
        """Re-cluster the new article with the articles of the stories `near` (local repair): average-link over
        `local_similarities`, cut at `repair_cut`, and the resulting groups replace those stories. A group keeps
        the id of the old story it shares most articles with (the older story on ties), so stories keep their
        ids while they grow. Cost: O(m^3) numpy + O(m terms) to rebuild, m <= `repair_max_articles`."""
        cfg = self.config
        old = [self.index.stories[sid] for sid in near]
        members = sorted({article_id, *(a for s in old for a in s.articles)}, key=self.arrival.get)
        groups = [[members[i] for i in g] for g in
                  average_link(local_similarities([self.vectors[a] for a in members], self.stats, cfg),
                               cfg.repair_cut)]
        for story in old:
            self.index.remove(story)
        owner = {a: s for s in old for a in s.articles}
        taken: set[str] = set()
        for group in sorted(groups, key=lambda g: (-len(g), self.arrival[g[0]])):
            overlap = Counter(owner[a].id for a in group if a in owner)
            mine = [sid for sid in sorted(overlap, key=lambda sid: (-overlap[sid], self.arrival[
                self.index_story_first(old, sid)])) if sid not in taken]
            if mine:
                sid, title = mine[0], next(s.title for s in old if s.id == mine[0])
            else:
                sid, title = self.fresh_id(group[0], taken), self.vectors[group[0]].title
            taken.add(sid)
            story = Story(id=sid, title=title)
            for a in group:
                v = self.vectors[a]
                norms = {f: weighted(v.unit[f], self.stats, f)[1] for f in FIELDS}
                story.add(a, v.unit, norms, StoryFeatures(shingles=v.shingles, day=v.day), cfg.centroid_terms)
            self.index.put(story, story_keys(story))
            self.assignment.update({a: sid for a in group})

    @staticmethod
    def index_story_first(stories: list[Story], sid: str) -> str:
        """The first article of the story `sid` among `stories`."""
        return next(s.articles[0] for s in stories if s.id == sid)

    def fresh_id(self, article_id: str, taken: set[str]) -> str:
        """A story id for a group opened by `article_id`, not used by any live or just-assigned story."""
        sid, n = story_id_for(article_id), 1
        while sid in taken or sid in self.index.stories:
            sid, n = story_id_for(f"{article_id}#{n}"), n + 1
        return sid

    def merge_neighbours(self, story: Story, keys: list) -> None:
        """Merge into `story` the candidate story most similar to it while their average-link similarity clears
        `merge_threshold` (a local step of average-link agglomeration; it repairs a story split because its first
        articles arrived apart). The older story id is kept."""
        while True:
            others = self.index.candidates(keys) - {story.id}
            scores = {sid: story_similarity(story, self.index.stories[sid], self.stats, self.config)
                      for sid in others}
            best = min(scores, key=lambda sid: (-scores[sid], sid)) if scores else None
            if best is None or scores[best] < self.config.merge_threshold:
                return
            keep, gone = self.older(story, self.index.stories[best])
            self.index.merge(keep, gone, self.config.centroid_terms)
            self.assignment.update({a: keep.id for a in gone.articles})
            story = keep

    def older(self, a: Story, b: Story) -> tuple[Story, Story]:
        """(the story whose first article came first, the other)."""
        return (a, b) if self.order(a) <= self.order(b) else (b, a)

    def order(self, story: Story) -> int:
        """Arrival rank of the story's first article."""
        return self.arrival[story.articles[0]]

    def query_keys(self, vecs: dict[str, tuple[dict[str, float], float]], feats: StoryFeatures) -> list:
        """The article's `candidate_terms` highest-weighted word and name terms, and its quote shingles."""
        ranked = sorted(((v, f, t) for f in ("words", "entities") for t, v in vecs[f][0].items()), reverse=True)
        return [(f, t) for _, f, t in ranked[: self.config.candidate_terms]] + [("q", h) for h in feats.shingles]

    def stories(self) -> list[dict[str, Any]]:
        """The stories as `{"id", "title", "articles"}`, largest first."""
        items = sorted(self.index.stories.values(), key=lambda s: (-len(s.articles), s.id))
        return [{"id": s.id, "title": s.title, "articles": list(s.articles)} for s in items]

    def to_state(self) -> dict[str, Any]:
        """Everything needed to go on clustering later, as plain JSON-able values."""
        return {"n_docs": self.stats.n_docs, "df": {f: dict(c) for f, c in self.stats.df.items()},
                "arrival": sorted(self.arrival, key=self.arrival.get),
                "stories": [s.to_dict() for s in self.index.stories.values()],
                "vectors": {a: v.to_dict() for a, v in self.vectors.items()}}

    @classmethod
    def from_state(cls, state: dict[str, Any], config: StoryConfig | None = None) -> "StoryClusterer":
        """Inverse of `to_state`: the postings are rebuilt from the centroids."""
        c = cls(config)
        c.stats.n_docs = state["n_docs"]
        c.stats.df = {f: Counter(state["df"].get(f, {})) for f in FIELDS}
        for d in state["stories"]:
            story = Story.from_dict(d)
            keys = [(f, t) for f in FIELDS for t in story.centroid[f]] + [("q", h) for h in story.shingles]
            c.index.put(story, keys)
            c.assignment.update({a: story.id for a in story.articles})
        c.arrival = {a: i for i, a in enumerate(state.get("arrival", []))}
        c.vectors = {a: ArticleVec.from_dict(d) for a, d in state.get("vectors", {}).items()}
        return c


def cluster_articles(articles: Iterable[Article], config: StoryConfig | None = None) -> dict[str, str]:
    """Cluster `articles` in the order given; returns article id -> story id (after every merge). Same as adding
    them one by one to a `StoryClusterer`."""
    clusterer = StoryClusterer(config)
    for article in articles:
        clusterer.add(article)
    return dict(clusterer.assignment)


STATE_KEY = "stories"


def assign_stories(store: Any, article_ids: Iterable[str], config: StoryConfig | None = None) -> dict[str, str]:
    """Put the stored articles `article_ids` into stories, going on from the clusterer state kept in the store.

    Called by the ingest after each batch, inside its transaction. Reads each article and its extracted quotes
    (their texts are the quote shingles), adds it to the clusterer, then writes the story rows and the story id of
    every article whose story changed (new articles, and the members of stories merged away), and saves the
    state under `state["stories"]`. Cost: O(batch) clustering + O(state size) to load and save the state.

    Args:
        store: an open `onrecord.store.Store`.
        article_ids: ids of stored articles, in arrival order; already assigned ones are skipped.
        config: the settings (default: the shipped defaults).
    Returns:
        dict: article id -> story id for every article whose story changed.
    """
    state = store.get_state(STATE_KEY)
    clusterer = StoryClusterer.from_state(state, config) if state else StoryClusterer(config)
    before = dict(clusterer.assignment)
    for aid in article_ids:
        article = store.article(aid)
        if article is not None:
            clusterer.add(article, quotes=[q.text for q in store.quotes_of(aid)] or None)
    changed = {a: sid for a, sid in clusterer.assignment.items() if before.get(a) != sid}
    for sid in sorted(set(changed.values())):
        store.upsert_story(sid, clusterer.index.stories[sid].title)
    for aid, sid in changed.items():
        store.set_story(aid, sid)
    gone = sorted(set(before.values()) - set(clusterer.index.stories))
    for sid in gone:
        store.delete_story(sid)
    store.put_state(STATE_KEY, clusterer.to_state())
    return changed


def list_stories(db: str | Path) -> list[dict[str, Any]]:
    """The stories of the store at `db`: `[{"id", "title", "articles": [article ids]}]`, largest first."""
    from ..corpus import open_store

    with open_store(db) as store:
        items = [s for s in store.stories() if s["articles"]]
    return sorted(items, key=lambda s: -len(s["articles"]))


def print_stories(items: list[dict[str, Any]], fmt: str) -> None:
    """Print stories as JSON (`json`), one JSON object a line (`jsonl`) or a rich table (`table`)."""
    import json
    import sys

    if fmt == "json":
        sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        sys.stdout.writelines(json.dumps(s, ensure_ascii=False) + "\n" for s in items)
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table("story", "articles", "title", "article ids")
        for s in items:
            ids = ", ".join(s["articles"][:5]) + (" …" if len(s["articles"]) > 5 else "")
            table.add_row(s["id"], str(len(s["articles"])), s["title"] or "", ids)
        Console().print(table)
    else:
        raise OnrecordError(Errors.E102.format(fmt=fmt, options="json, jsonl, table"))
