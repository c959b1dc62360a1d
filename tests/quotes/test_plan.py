"""The parse plan: which text the parser sees, and the map back to article offsets."""
import pytest

from onrecord.quotes.marks import find_quote_spans
from onrecord.quotes.parsed import ParsedText, Piece
from onrecord.quotes.plan import CUT_FILLER, MAX_CHUNK_CHARS, plan_chunks, sentence_breaks, sentence_end, sentence_start

TEXT = (
    "The storm reached the coast on Monday. Nobody was hurt.\n\n"
    "“We had boats on the water all night long and we still could not reach every single house,” "
    "the fire chief, Dana Cole, said. Mr. Cole's team worked until dawn.\n\n"
    "Schools stay closed until Friday.\n\n"
    "Officials said the roads would reopen soon."
)


def test_plan_chunks_skips_paragraphs_without_marks_or_cues():
    (chunk, _, _), = plan_chunks(TEXT, find_quote_spans(TEXT))
    assert "Officials said the roads would reopen soon." in chunk
    assert "Schools stay closed" not in chunk and "The storm reached" not in chunk


def test_plan_chunks_cuts_long_quote_middles_and_quiet_sentences():
    (chunk, _, _), = plan_chunks(TEXT, find_quote_spans(TEXT))
    assert CUT_FILLER in chunk
    assert "could not reach" not in chunk
    assert "Dana Cole, said." in chunk
    assert "Nobody was hurt" not in chunk and "Schools stay closed" not in chunk


def test_plan_chunks_map_every_token_back_to_the_article(nlp):
    for chunk, cs, arts in plan_chunks(TEXT, find_quote_spans(TEXT)):
        doc = nlp(chunk)
        parsed = ParsedText(TEXT, [Piece(doc, cs, arts)])
        for tok in doc:
            if tok.is_space or tok.text == CUT_FILLER.strip():
                continue
            off = parsed.offset(tok)
            assert TEXT[off : off + len(tok.text)] == tok.text


def test_plan_chunks_split_a_huge_paragraph():
    text = ("He said it again. " * 40000).strip()
    chunks = plan_chunks(text, [])
    assert len(chunks) > 1 and all(len(c) <= MAX_CHUNK_CHARS + 2 for c, _, _ in chunks)


def test_has_cue_word_takes_a_cue_noun_only_with_what_it_reports():
    from onrecord.quotes.plan import has_cue_word

    assert has_cue_word("The campaign released a statement that the tour was over.")
    assert has_cue_word("Her criticism of the toll was sharp.")
    assert not has_cue_word("The statement was short.")
    assert not has_cue_word("Criticism mounted all week.")
    assert has_cue_word("In a new Gazette poll, most voters backed the toll.")
    assert not has_cue_word("The poll closed at eight.")


def test_has_cue_word_leaves_out_the_forms_that_are_mostly_nouns():
    from onrecord.quotes.plan import has_cue_word

    assert not has_cue_word("His questions for the state were big.")  # question(s), state: nouns in news text
    assert has_cue_word("She hopes the vote passes.")  # hope: a noun as often, but its sentences pay to parse
    assert has_cue_word("Most voters support the toll.")  # support, plans, calls: their sentences pay too
    assert has_cue_word("His plans for the state were big.")
    assert has_cue_word("He planned a vote.")  # the -ed form of a noun form selects


def test_plan_chunks_start_parsed_sentences_at_a_word():
    text = "What about the bridge? Nobody knows. “It stays shut,” Ida Marsh said."
    (chunk, _, _), = plan_chunks(text, find_quote_spans(text))
    assert chunk.startswith("Nobody knows.")


def test_plan_parses_the_sentence_a_quote_follows():
    text = "The ferry was late again. Sam Ruiz disagreed. “It stays shut.”\n\nThe sea was rough. The ferry was late."
    (chunk, _, _), = plan_chunks(text, find_quote_spans(text))
    assert chunk == "Sam Ruiz disagreed. “It stays shut.”"


def test_sentence_breaks_skip_abbreviations_and_see_past_the_end():
    text = "Mr. Cole said so. He left. “Then we go.”"
    assert sentence_breaks(text, 0, len(text)) == 2
    assert sentence_breaks(text, 0, text.index("“")) == 2  # the capital after the last break is past the end


def test_initials_written_together_end_a_sentence_only_before_a_function_word_or_a_quote():
    text = "“We are watching,” said J.M. Berger, a fellow. He left."
    assert sentence_breaks(text, 0, len(text)) == 1
    assert sentence_breaks("He met the F.B.I. The talks went well.", 0, 38) == 1
    # a place's abbreviation after its comma ends the sentence whatever follows
    assert sentence_breaks("They met at Bedminster, N.J. Roger Ailes came too.", 0, 50) == 1


def test_plan_chunks_parse_the_name_after_a_title_with_its_cue():
    text = "The vote failed. “It is a disgrace,” said Rev. Samuel Adeyemi. Capt. Ida Marsh left."
    (chunk, _, _), = plan_chunks(text, find_quote_spans(text))
    assert chunk.endswith("said Rev. Samuel Adeyemi.")
    assert sentence_breaks(text, 0, len(text)) == 2


def test_a_title_after_a_hyphenated_prefix_ends_no_sentence():
    text = "Ida Holm argued that the gap between Lund and then-Sen. Paul Ortiz was narrow. The vote failed."
    assert sentence_breaks(text, 0, len(text)) == 1
    (chunk, _, _), = plan_chunks(text, find_quote_spans(text))
    assert chunk == "Ida Holm argued that the gap between Lund and then-Sen. Paul Ortiz was narrow."


def test_plan_chunks_give_the_parser_plain_spaces_at_the_same_offsets():
    text = "Ann Lee says the\u00a0new toll\u202fis a tax."
    (chunk, starts, arts), = plan_chunks(text, [])
    assert chunk == "Ann Lee says the new toll is a tax." and starts == (0,) and arts == (0,)



def test_parser_text_lowers_the_cue_verbs_of_a_headline_in_title_case():
    from onrecord.quotes.plan import parser_text

    text = "Mayor Lee Says River Ferries Will Close\n\nMayor Ann Lee Says the ferries will close. Hope Reed spoke."
    got = parser_text(text, [(0, 39), (41, len(text))])
    assert got[:39] == "Mayor Lee says River Ferries Will Close"
    assert got[39:] == text[39:]  # a sentence in sentence case keeps its capitals (`Hope Reed`)


def test_sentence_start_skips_the_stops_of_titles_and_initials():
    text = "The vote failed. The council heard from Sen. Greg Olsen and J. Park on Monday."
    assert sentence_start(text, text.index("Greg")) == text.index("The council")
    assert sentence_start(text, text.index("Park")) == text.index("The council")
    text = "He left.\n\nGreg Olsen stayed."
    assert sentence_start(text, text.index("Greg")) == text.index("Greg")


def test_sentence_end_skips_the_stops_of_titles_and_initials_and_stops_at_a_line_break():
    text = "The council heard from Sen. Greg Olsen and J. Park on Monday. The vote failed."
    assert text[: sentence_end(text, text.index("council"))] == "The council heard from Sen. Greg Olsen and J. Park on Monday."
    text = "He left\n\nGreg Olsen stayed."
    assert sentence_end(text, 0) == text.index("\n")


@pytest.mark.parametrize("after", ["“Love her.”", "The label said nothing."])
def test_sentence_end_after_a_one_letter_word_that_is_no_initial(after):
    text = f"One fan posted on X. {after}"
    assert text[: sentence_end(text, 0)] == "One fan posted on X."
    text = "The council heard from Greg Olsen and J. Park on Monday."  # `and J. Park`: an initial
    assert sentence_end(text, 0) == len(text)



def test_a_hearsay_adverb_makes_its_sentence_worth_parsing():
    from onrecord.quotes.plan import has_cue_word

    assert has_cue_word("The trust is reportedly spending $2 million on ads.")
    assert not has_cue_word("The trust is spending $2 million on ads.")
