"""Learned confidence: the facts read off a record, the logistic model, and the shipped weights."""
import math

from onrecord import extract
from onrecord.quotes.confidence import (ConfidenceModel, article_facts, bucket, cue_key, keep_confident, load_model,
                                        quote_facts, set_confidence, speaker_kind)
from onrecord.types import Cue, Mention, Quote

TEXT = "Intro.\n\nJane Smith said the vote was close."


def said_quote(**kw) -> Quote:
    fields = dict(doc_id="a", start=24, end=42, text="the vote was close", kind="indirect",
                  speaker=Mention("Jane Smith", "Jane Smith", 8, 18), cue=Cue("said", 19, 23))
    fields.update(kw)
    return Quote(**fields)


def test_bucket_counts_the_edges_passed():
    assert [bucket(n, (1, 3, 6)) for n in (0, 1, 2, 3, 6, 7, 100)] == [0, 0, 1, 1, 2, 3, 3]


def test_cue_key_is_the_verb_lemma_or_the_words():
    assert cue_key(said_quote(cue=Cue("says", 0, 4))) == "say"
    assert cue_key(said_quote(cue=Cue("According to", 0, 12))) == "according to"
    assert cue_key(said_quote(cue=None)) == "-"


def test_speaker_kind():
    assert speaker_kind(said_quote()) == "name"
    assert speaker_kind(said_quote(speaker=Mention(None, "She", 0, 3))) == "pronoun"
    assert speaker_kind(said_quote(speaker=Mention(None, "officials", 0, 9))) == "noun"
    assert speaker_kind(said_quote(speaker=None)) == "none"


def test_facts_read_the_record_and_its_place_in_the_text():
    facts = quote_facts(TEXT, said_quote(), frozenset({"say"}), 1)
    for fact in ("kind=indirect", "cue=say", "speaker=name", "named=True", "paragraph=1", "cue_at=before",
                 "cue_gap=before|0", "sentence_end=True", "capital=False", "length=3"):
        assert fact in facts
    assert "cue=other" in quote_facts(TEXT, said_quote(), frozenset(), 1)  # a cue the model has no weight for


def test_article_facts_count_the_blank_lines_before_each_quote():
    text = "A.\n\nB.\n\n\n\nJane Smith said the vote was close."
    quote = said_quote(start=text.index("the vote"), end=text.index(" was") + 10)
    (facts,) = article_facts(text, [quote], frozenset())
    assert "paragraph=2" in facts  # three blank-line breaks before it: bucket 2 (2 to 3)


def test_model_probability_is_the_logistic_of_the_summed_weights():
    model = ConfidenceModel(0.5, {"kind=indirect": 1.0, "speaker=name": -2.0}, frozenset())
    (facts,) = article_facts(TEXT, [said_quote()], model.cues)
    assert math.isclose(model.probability(facts), 1 / (1 + math.exp(0.5)))
    assert ConfidenceModel(1e6, {}, frozenset()).probability(facts) > 0.999  # no overflow


def test_shipped_weights_name_facts_the_code_still_produces():
    model = load_model()
    produced = {f.split("=")[0] for f in quote_facts(TEXT, said_quote(), model.cues, 0)}
    assert {w.split("=")[0] for w in model.weights} <= produced
    assert "say" in model.cues and "according to" in model.cues


def test_set_confidence_ranks_a_named_said_quote_above_an_unsourced_fragment(nlp):
    text = ("Intro.\n\n“We will win this state by a wide margin in November,” Jane Smith said on Monday.\n\n"
            "The plan seems like a good idea.")
    quotes = extract(text, nlp=nlp)
    assert all(0 < q.confidence < 1 for q in quotes)
    named = next(q for q in quotes if q.kind == "direct")
    assert named.confidence > 0.8
    bare = set_confidence(text, [said_quote(start=0, end=5, text="Intro", speaker=None, cue=None)])[0]
    assert bare.confidence < named.confidence


def test_keep_confident_drops_what_is_nested_in_a_dropped_record_and_reindexes():
    outer = said_quote(confidence=0.4)
    inner = said_quote(nested_in=0, confidence=0.9)
    kept_outer = said_quote(start=30, confidence=0.8)
    kept_inner = said_quote(nested_in=2, confidence=0.7)
    kept = keep_confident([outer, inner, kept_outer, kept_inner], 0.5)
    assert [q.confidence for q in kept] == [0.8, 0.7]
    assert kept[1].nested_in == 0 and kept_inner.nested_in == 2  # the caller's records are not changed
    assert keep_confident([outer, inner], 0.0) == [outer, inner]
