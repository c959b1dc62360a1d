import unicodedata

from onrecord.ingest import article_hash, normalize_text


def test_article_hash_fixed_value():
    assert article_hash("Hello world") == "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"


def test_article_hash_ignores_spacing_case_and_composition():
    a = "Café owner said:\r\n\r\n  “We stay open.”"
    b = unicodedata.normalize("NFD", "CAFÉ owner said: “we stay open.”")
    assert article_hash(a) == article_hash(b)


def test_article_hash_sees_word_and_punctuation_changes():
    base = article_hash("The mayor said no.")
    assert article_hash("The mayor said yes.") != base
    assert article_hash("The mayor said no!") != base
    assert article_hash('The "mayor" said no.') != article_hash("The “mayor” said no.")


def test_normalize_text_collapses_whitespace():
    assert normalize_text("  A\tb\n\nC  ") == "a b c"


def test_article_hash_shape():
    digest = article_hash("anything")
    assert len(digest) == 64 and set(digest) <= set("0123456789abcdef")
