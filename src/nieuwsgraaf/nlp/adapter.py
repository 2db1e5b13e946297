"""The one place that turns a processed spaCy Doc into records."""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc

from ..pooling import lead_sentences, unit_mean, vector_to_bytes
from ..records import Analysis, Article, ArticleVector, Mention, Timex

NER_LABELS = {"PER", "ORG", "LOC", "MISC"}
# Labels of other Dutch pipelines (spaCy's nl_core_news_* use OntoNotes labels).
_LABEL_MAP = {"PERSON": "PER", "GPE": "LOC", "NORP": "MISC", "FAC": "LOC", "EVENT": "MISC",
              "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}


def _sentences(doc: Doc, doc_text: str) -> tuple[tuple[int, int], ...]:
    """Each sentence's offsets without its edge spaces; `doc_text` is `doc.text`, read from the
    article (slices of it are the sentences' texts, which spaCy would build token by token)."""
    if not doc.has_annotation("SENT_START"):
        return ((0, len(doc_text)),) if doc_text.strip() else ()
    spans = []
    for sent in doc.sents:
        text = doc_text[sent.start_char:sent.end_char]
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


def _article_vector(doc: Doc, article: Article, model_name: str) -> ArticleVector | None:
    """The article vector pooled from the word vectors the encoder wrote to `doc.tensor` (one row
    per token, zero for whitespace), as the stories stage pools its own pass; None without them."""
    tensor = doc.tensor
    if not isinstance(tensor, np.ndarray) or tensor.ndim != 2 or tensor.shape[0] != len(doc) \
            or not tensor.shape[1] or not doc.has_annotation("SENT_START"):
        return None
    sentences = [s for s in doc.sents if s.text.strip()]
    rows = []
    for sentence in lead_sentences(sentences, lambda s: len(s.text.split())):
        words = [t.i for t in sentence if not t.is_space]
        if words:
            rows.append(tensor[words].mean(axis=0))
    vector = unit_mean(np.stack(rows)) if rows else None
    return ArticleVector(article.id, model_name, vector_to_bytes(vector)) if vector is not None else None


def doc_to_analysis(doc: Doc, article: Article, model_name: str, pool_vector: bool = True) -> Analysis:
    """Records for one article; `doc.text` must be the article's cleaned text. `pool_vector`: pool
    the article vector from the encoder's word vectors (when a reader of it wants this model's)."""
    if doc.text != article.text:
        raise ValueError(f"article {article.id}: Doc text differs from the cleaned text")
    return Analysis(
        article=article,
        sentences=_sentences(doc, article.text),
        mentions=_mentions(doc),
        timexes=_timexes(doc),
        event_mentions=_event_mentions(doc),
        nlp_model=model_name,
        errors=_errors(doc),
        vector=_article_vector(doc, article, model_name) if pool_vector else None,
    )
