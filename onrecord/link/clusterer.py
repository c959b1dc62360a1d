"""`StoryClusterer`: single-pass, incremental story clustering; each new article joins the most similar story
when the similarity clears `join_threshold` (`decide`), else opens one, and the neighbourhood it lands in is
repaired locally.

Cost per article: O(len(text)) features + O(sum of candidate centroid sizes) scoring + O(m^3) numpy repair with
m <= `repair_max_articles`; the state (`to_state`) is O(distinct terms per story + terms per article).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from ..types import Article
from .features import FIELDS, StoryFeatures, extract_features
from .repair import ArticleVec, average_link, local_similarities
from .similarity import similarity, story_similarity
from .story_config import StoryConfig
from .story_index import Story, StoryIndex, story_keys, story_top_keys
from .terms import TermStats, unit_tf, weighted


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
