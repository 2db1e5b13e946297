"""The events stage looks a written form up once per article and seeks a separable verb's particle
after the verb only (a speed-up): the triggers must be the same as with a fresh look-up per sentence.
Sentences of our own."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from nieuwsgraaf.events.lexicon import load_event_lexicon
from nieuwsgraaf.events.triggers import find_triggers


def _sentences(*texts: str) -> list:
    words = [w for text in texts for w in text.split(" ")]
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    doc = Doc(spacy.blank("nl").vocab, words=words, sent_starts=starts)
    return list(doc.sents)


def _found(hits) -> list[tuple[str, str, tuple]]:
    return [(h.token.text, h.how, h.entries) for h in hits]


def test_a_shared_lookup_finds_what_a_fresh_one_finds():
    lexicon = load_event_lexicon()
    sentences = _sentences("De raketaanvallen op de haven gingen door .",
                           "Na de raketaanvallen kwam een protest tegen de regering .")
    shared: dict = {}
    with_shared = [_found(find_triggers(s, lexicon, shared)) for s in sentences]
    fresh = [_found(find_triggers(s, lexicon)) for s in sentences]
    assert with_shared == fresh
    assert "raketaanvallen" in shared  # looked up once, kept for the next sentence
    assert any(text == "raketaanvallen" for text, _, _ in fresh[1])


def test_a_particle_counts_after_the_verb_only():
    lexicon = load_event_lexicon()
    after, before = _sentences("Zij riep de burgers op .", "Op het plein riep zij de burgers .")
    assert "riep" in {h.token.text for h in find_triggers(after, lexicon) if h.how == "split"}
    assert "riep" not in {h.token.text for h in find_triggers(before, lexicon) if h.how == "split"}


def test_the_words_of_the_sentence_only_spare_the_walk():
    """`_split_entries` given the sentence's words skips the particles it does not hold: the same
    separable verbs as the walk over the words finds."""
    from nieuwsgraaf.events.triggers import _split_entries

    lexicon = load_event_lexicon()
    for sentence in _sentences("Zij riep de burgers op .", "De minister zegde de steun toe .",
                               "Hij riep om hulp .", "Hij dreigde uit de coalitie uit te stappen ."):
        written = {t.lower_ for t in sentence}
        for token in sentence:
            lower = token.lower_
            assert _split_entries(token, lower, sentence, lexicon, written) == \
                _split_entries(token, lower, sentence, lexicon)
    calls = _sentences("Zij riep de burgers op .")[0]
    riep = next(t for t in calls if t.text == "riep")
    assert _split_entries(riep, "riep", calls, lexicon, {t.lower_ for t in calls})  # 'oproepen'
    assert not _split_entries(riep, "riep", calls, lexicon, {"riep"})  # no particle among the words
