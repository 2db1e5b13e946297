"""A parsed sentence written by hand in a test: words with their heads, relations, tags and entity
labels, so a rule over the tree is tested without the model's parse."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from nieuwsgraaf.events.lexicon import load_event_lexicon
from nieuwsgraaf.events.triggers import find_triggers

_VOCAB = spacy.blank("nl").vocab


def tagged(words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str] | None = None) -> Doc:
    """A Doc of `words` parsed as given (`ents` in IOB form; none when left out)."""
    return Doc(spacy.blank("nl").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents or ["O"] * len(words))


def sentence_doc(sentence: str, pos: list[str], heads: list[int] | None = None, deps: list[str] | None = None) -> Doc:
    """A one-sentence Doc of the words of `sentence` (split at spaces), tagged and parsed as given: every
    word hangs on the first unless `heads` says otherwise."""
    words = sentence.split(" ")
    count = len(words)
    return Doc(_VOCAB, words=words, pos=pos, heads=heads or [0] * count,
               deps=deps or ["ROOT"] + ["dep"] * (count - 1))


def trigger_hits(doc: Doc) -> list[tuple[str, str, str, str]]:
    """(word, how it was found, type, lexicon lemma) of every trigger entry the lexicon finds in `doc`."""
    return [(hit.token.text, hit.how, entry.type, entry.lemma)
            for hit in find_triggers(doc[:], load_event_lexicon()) for entry in hit.entries]


def phrase_hits(sentence: str, pos: list[str]) -> set[tuple[str, str, str]]:
    """(word, type, lexicon lemma) of the phrase hits of a sentence whose words all hang on its first verb
    (an ADP just before the end is that verb's particle)."""
    verb = pos.index("VERB")
    deps = ["compound:prt" if tag == "ADP" and n == len(pos) - 2 else "dep" for n, tag in enumerate(pos)]
    deps[verb] = "ROOT"
    doc = sentence_doc(sentence, pos, [verb] * len(pos), deps)
    return {(text, kind, lemma) for text, how, kind, lemma in trigger_hits(doc) if how == "phrase"}
