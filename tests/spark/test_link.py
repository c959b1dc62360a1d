"""LSH quote linking and the speaker registry on hand-made quote tables (local Spark)."""
from __future__ import annotations

import pytest

pytest.importorskip("pyspark", reason="pyspark not installed (pip install 'onrecord[spark]')")

from onrecord.spark.link import candidate_probability  # noqa: E402

pytestmark = pytest.mark.spark

Q = ("doc_id", "idx", "text", "speaker_name", "speaker_mention")


@pytest.mark.parametrize("s,low,high", [(0.1, 0.0, 0.001), (0.5, 0.4, 0.5), (0.9, 0.999, 1.0)])
def test_candidate_probability_banding_curve(s, low, high):
    assert low <= candidate_probability(s, bands=20, rows=5) <= high


def test_quote_links_finds_variants_across_articles_only(spark):
    from onrecord.spark.link import quote_links

    rows = [
        ("a", 0, "We will finish the northern railway before the winter comes", "Ada Park", "Park"),
        ("b", 0, "We will finish the northern railway before ... winter comes", "Ada Park", "she"),
        ("a", 1, "We will finish the northern railway before the winter comes", "Ada Park", "she"),
        ("c", 0, "Tomatoes grow best in warm soil with plenty of sun", "Bo Lim", "Lim"),
        ("d", 0, "Thank you all", None, None),
    ]
    links = quote_links(spark.createDataFrame(rows, Q)).collect()
    pairs = {(r.doc_id_a, r.idx_a, r.doc_id_b, r.idx_b) for r in links}
    assert pairs == {("a", 0, "b", 0), ("a", 1, "b", 0)}
    assert all(0.4 <= r.jaccard < 1.0 for r in links)


def test_speaker_registry_groups_by_name(spark):
    from onrecord.spark.link import speaker_registry

    quotes = spark.createDataFrame([("a", 0, "x", "Ada Park", "Park"), ("b", 0, "y", "Ada Park", "she"),
                                    ("b", 1, "z", None, "a source")], Q)
    articles = spark.createDataFrame([("a", "Gazette", "2020-01-01"), ("b", "Post", "2020-02-01")],
                                     ("id", "outlet", "published"))
    (row,) = speaker_registry(quotes, articles).collect()
    assert (row.name, row.n_quotes, row.n_articles) == ("Ada Park", 2, 2)
    assert row.mentions == ["Park", "she"] and row.outlets == ["Gazette", "Post"]
    assert row.first_published == "2020-01-01"
