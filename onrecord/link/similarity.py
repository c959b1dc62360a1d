"""How alike an article and a story, or two stories, are: per-field TF-IDF similarity weighted by field, plus
the quote-shingle score, minus a penalty when their days lie too far apart (`similarity`, `story_similarity`,
`quote_score`). The weights and thresholds are the named settings of data/stories.cfg.

Cost: O(article terms) for an article against a story (average linkage), O(terms of the smaller centroid) for two
stories, O(smaller shingle set) for the quote score.
"""
from __future__ import annotations

from .features import FIELDS, StoryFeatures
from .story_config import StoryConfig
from .story_index import Story
from .terms import TermStats, weighted


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
