"""The local repair of the story clusterer: the articles of the few stories a new article lands near are
re-clustered with it by average link, with terms weighted by an IDF counted inside that neighbourhood
(`ArticleVec`, `local_similarities`, `average_link`).

Cost: O(sum of the articles' terms) + O(m^2 x shared terms) for the similarity matrix and O(m^3) numpy for the
clustering, m <= `repair_max_articles`; memory: one `ArticleVec` (a few hundred numbers) per article.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np

from .features import FIELDS
from .similarity import quote_score
from .story_config import StoryConfig
from .terms import TermStats


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
