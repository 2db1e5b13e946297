"""The one place that turns a processed spaCy Doc into records."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Analysis, Article, Mention, Timex

NER_LABELS = {"PER", "ORG", "LOC", "MISC"}
# Labels of other Dutch pipelines (spaCy's nl_core_news_* use OntoNotes labels).
_LABEL_MAP = {"PERSON": "PER", "GPE": "LOC", "NORP": "MISC", "FAC": "LOC", "EVENT": "MISC",
              "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}


def _sentences(doc: Doc) -> tuple[tuple[int, int], ...]:
    if not doc.has_annotation("SENT_START"):
        return ((0, len(doc.text)),) if doc.text.strip() else ()
    spans = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if stripped:
            start = sent.start_char + (len(text) - len(text.lstrip()))
            spans.append((start, start + len(stripped)))
    return tuple(spans)


def _mentions(doc: Doc) -> tuple[Mention, ...]:
    found = []
    for ent in doc.ents:
        label = _LABEL_MAP.get(ent.label_, ent.label_)
        if label in NER_LABELS and ent.text.strip():
            found.append(Mention(ent.start_char, ent.end_char, ent.text, label))
    return tuple(found)


def _timexes(doc: Doc) -> tuple[Timex, ...]:
    found = doc._.ng_timexes if Doc.has_extension("ng_timexes") else None
    return tuple(found or ())


def _event_mentions(doc: Doc) -> tuple:
    found = doc._.ng_events if Doc.has_extension("ng_events") else None
    return tuple(found or ())


def _errors(doc: Doc) -> tuple:
    found = doc._.ng_errors if Doc.has_extension("ng_errors") else None
    return tuple(found or ())


def doc_to_analysis(doc: Doc, article: Article, model_name: str) -> Analysis:
    """Records for one article; `doc.text` must be the article's cleaned text."""
    if doc.text != article.text:
        raise ValueError(f"article {article.id}: Doc text differs from the cleaned text")
    return Analysis(
        article=article,
        sentences=_sentences(doc),
        mentions=_mentions(doc),
        timexes=_timexes(doc),
        event_mentions=_event_mentions(doc),
        nlp_model=model_name,
        errors=_errors(doc),
    )
