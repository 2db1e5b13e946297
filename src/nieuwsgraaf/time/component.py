"""The spaCy component that tags timexes, anchored at the Doc's publication date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..morphology import has_feature
from ..records import StageError
from .lexicon import TimeLexicon
from .tagger import TimeTagger, default_tagger
from .tense import Marker, markers_in_text, perfect_markers, word_tense

if not Doc.has_extension("ng_published"):
    Doc.set_extension("ng_published", default=None)  # a DateValue, set before the pipeline runs
if not Doc.has_extension("ng_timexes"):
    Doc.set_extension("ng_timexes", default=None)
if not Doc.has_extension("ng_errors"):
    Doc.set_extension("ng_errors", default=None)  # StageErrors of components that failed on this Doc


def markers_from_doc(doc: Doc, lexicon: TimeLexicon, text: str | None = None) -> list[Marker]:
    """Tense cues from the tagger's morphology when present, else from the words (`text`: the
    Doc's text, when the caller has it: spaCy builds it anew at every `doc.text`)."""
    text = doc.text if text is None else text
    if not doc.has_annotation("MORPH"):
        return markers_in_text(text, lexicon)
    found, words = [], []
    for token in doc:  # one pass: each Token is made at every iteration over the Doc
        lower = token.lower_
        tense = word_tense(lower, lexicon, morph_past=has_feature(token, "Tense", "Past"))
        if tense:
            found.append(Marker(token.idx, tense))
        if not token.is_punct:
            words.append((token.idx, lower, has_feature(token, "VerbForm", "Part")))
    return sorted(found + perfect_markers(text, words, lexicon), key=lambda m: m.start)


class TimexTagger:
    def __init__(self, name: str = "ng_timexes", tagger: TimeTagger | None = None):
        self.name = name
        self.tagger = tagger or default_tagger()

    def __call__(self, doc: Doc) -> Doc:
        # A failure costs this article its timexes only, not its place in the batch.
        try:
            text = doc.text
            markers = markers_from_doc(doc, self.tagger.lexicon, text)
            doc._.ng_timexes = self.tagger.tag(text, doc._.ng_published, markers)
        except Exception as error:
            doc._.ng_timexes = []
            doc._.ng_errors = [*(doc._.ng_errors or ()), StageError.from_exception("time", error)]
        return doc


@Language.factory("ng_timexes", assigns=["doc._.ng_timexes", "doc._.ng_errors"], requires=[],
                  default_config={})
def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger(name)
