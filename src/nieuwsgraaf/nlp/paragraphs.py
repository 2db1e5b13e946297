"""A spaCy component that starts a sentence at every paragraph break.

Headlines and intertitles have no full stop; without this they run into the next
sentence. Put it before the parser (which respects sentence starts set earlier) or after
a sentencizer (which would overwrite them).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphBreaks:
    def __init__(self, name: str = "ng_paragraph_breaks"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text or "\n" in token.whitespace_:
                doc[token.i + 1].is_sent_start = True
        for token in doc[2:]:
            # 'Peter R. de Vries': a full stop after a single capital is an initial, not an end.
            previous, initial = doc[token.i - 1], doc[token.i - 2]
            if previous.text == "." and len(initial.text) == 1 and initial.text.isupper() and not token.is_space:
                token.is_sent_start = False
        if len(doc):
            doc[0].is_sent_start = True
        return doc


@Language.factory(
    "ng_paragraph_breaks",
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(name)
