"""Titles and headlines: what a capitalised quote reads as."""
from onrecord.quotes.draft import in_headline, reads_as_title, title_case


def test_title_case_takes_headlines_not_sentences_full_of_names():
    assert title_case("Clinton Says Russians Hacked DNC")
    assert title_case("Hollande Says Trump ‘Makes You Want To Retch’ in an Interview")  # small words stay small
    assert not title_case("Vera Nash called Mrs. Ortiz an Iron Lady.")


def test_a_capitalised_quote_reads_as_a_title_except_in_a_headline():
    text = "Lee Says Fees Are ‘A Tax On Nurses’\n\nShe wore a “Make Bridges Great Again” hat."
    tax, hat = text.index("A Tax"), text.index("Make Bridges")
    assert not reads_as_title(text, tax, tax + len("A Tax On Nurses"))
    assert reads_as_title(text, hat, hat + len("Make Bridges Great Again"))


def test_in_headline_reads_a_bounded_stretch_of_a_long_line():
    text = "He said “Big Win” again. " * 100_000  # one 2.5 MB line: no headline, and no scan of all of it per quote
    k = text.index("Big", 2_000_000)
    assert not in_headline(text, k, k + 7)
