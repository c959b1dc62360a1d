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
- `story_config.StoryConfig`: the named thresholds and weights, from data/stories.cfg.
- `terms.TermStats`: document frequencies seen so far, giving inverse document frequencies (online TF-IDF).
- `story_index.Story`: one story's centroid (summed unit term vectors per field), quote shingles, day range,
  members.
- `story_index.StoryIndex`: the stories with an inverted index term -> stories, so a new article is compared only
  with the stories that share one of its most distinctive terms, not with all of them.
- `similarity.similarity` and `clusterer.decide`: the decision rule, with its named thresholds in
  data/stories.cfg.
- `repair.ArticleVec`, `repair.local_similarities`, `repair.average_link`: the local repair.
- `clusterer.StoryClusterer`: ties them together; `add(article) -> story id`; `to_state`/`from_state` for
  persistence.
- this module: the entry points, `cluster_articles` (in memory), `assign_stories` (over a store, called by the
  ingest), `list_stories` and `print_stories` (for the CLI); `StoryConfig` and `StoryClusterer` are re-exported.

Cost per article: O(len(text)) features + O(sum of candidate centroid sizes) scoring + O(m^3) numpy repair with
m <= `repair_max_articles` (bounded, so the whole run stays linear in the number of articles); memory O(distinct
terms per story), capped by `centroid_terms`, plus one unit TF vector per article (for the repair).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from ..errors import Errors, OnrecordError
from ..types import Article
from .clusterer import StoryClusterer
from .story_config import StoryConfig

__all__ = ["StoryConfig", "StoryClusterer", "cluster_articles", "assign_stories", "list_stories", "print_stories"]


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
