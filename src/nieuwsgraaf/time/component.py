"""The spaCy component that tags timexes, anchored at the Doc's publication date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

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


def markers_from_doc(doc: Doc, lexicon: TimeLexicon) -> list[Marker]:
    """Tense cues from the tagger's morphology when present, else from the words."""
    if not doc.has_annotation("MORPH"):
        return markers_in_text(doc.text, lexicon)
    found = []
    for token in doc:
        tense = word_tense(token.lower_, lexicon, morph_past="Past" in token.morph.get("Tense"))
        if tense:
            found.append(Marker(token.idx, tense))
    words = [(t.idx, t.lower_, "Part" in t.morph.get("VerbForm")) for t in doc if not t.is_punct]
    return sorted(found + perfect_markers(doc.text, words, lexicon), key=lambda m: m.start)


class TimexTagger:
    def __init__(self, name: str = "ng_timexes", tagger: TimeTagger | None = None):
        self.name = name
        self.tagger = tagger or default_tagger()

    def __call__(self, doc: Doc) -> Doc:
        # A failure costs this article its timexes only, not its place in the batch.
        try:
            markers = markers_from_doc(doc, self.tagger.lexicon)
            doc._.ng_timexes = self.tagger.tag(doc.text, doc._.ng_published, markers)
        except Exception as error:
            doc._.ng_timexes = []
            doc._.ng_errors = [*(doc._.ng_errors or ()), StageError.from_exception("time", error)]
        return doc


@Language.factory("ng_timexes", assigns=["doc._.ng_timexes", "doc._.ng_errors"], requires=[],
                  default_config={})
def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger(name)
