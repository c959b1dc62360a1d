"""The spaCy pipeline component: `nlp.add_pipe("onrecord_quotes")` sets `doc._.quotes`.

Runs the same rules as `onrecord.extract` on a fully parsed `Doc` (it needs the parser's dependencies, so
add it after "parser"). The rules read nothing in a sentence with no quote mark and no cue word, which
`onrecord.extract` leaves unparsed; the learned step (`learned.py`) may find a report there, so on a full parse
it finds a few more (on PolNeAR train, 4% more records, all-attributions F1 +0.2). `doc._.quotes` holds plain
DESIGN.md records (dicts), so it survives `DocBin(store_user_data=True)`; the article id comes from
`doc.user_data["doc_id"]` when set.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..pipeline import quotes_from_parse
from .parsed import ParsedText, Piece

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


class QuoteFinder:
    """Finds quotations and their speakers in a parsed Doc."""

    def __init__(self, nlp: Language, name: str = "onrecord_quotes"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.predict(doc))

    def predict(self, doc: Doc) -> list[dict]:
        """The quote records of one Doc, without changing it."""
        doc_id = str(doc.user_data.get("doc_id", "-"))
        return [q.to_dict() for q in quotes_from_parse(doc_id, doc.text, ParsedText(doc.text, [Piece(doc)]))]

    def set_annotations(self, doc: Doc, quotes: list[dict]) -> Doc:
        doc._.quotes = quotes
        return doc


@Language.factory("onrecord_quotes", assigns=["doc._.quotes"], requires=["token.dep", "token.tag"], default_config={})
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    """Registered factory: `nlp.add_pipe("onrecord_quotes")`."""
    return QuoteFinder(nlp, name)
