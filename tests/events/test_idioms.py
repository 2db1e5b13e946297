"""Idioms of political news as event triggers (data/lexicons/event_triggers.tsv, events/triggers.py;
docs/events.md §44): the phrase matcher's handling of prepositions, far particles and a full stop left on
the last word, the phrase index by each phrase's rarest word, and a few idioms end to end. Sentences of
our own."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from written import events_of

from nieuwsgraaf.events.lexicon import _SKIPPED, load_event_lexicon
from nieuwsgraaf.events.triggers import _phrase_tokens, find_triggers

_VOCAB = spacy.blank("nl").vocab  # once: a blank pipeline per Doc made the test of every phrase slow


def _flat(sentence: str, pos: list[str] | None = None, heads: list[int] | None = None,
          deps: list[str] | None = None) -> Doc:
    """A one-sentence Doc of the words of `sentence` (split at spaces) parsed as given: every word hangs
    on the first unless `heads` says otherwise."""
    words = sentence.split(" ")
    count = len(words)
    return Doc(_VOCAB, words=words, heads=heads or [0] * count, deps=deps or ["ROOT"] + ["dep"] * (count - 1),
               pos=pos or ["X"] * count)


def _phrase_hits(doc) -> list[tuple[str, str, str]]:
    return [(hit.token.text, entry.type, entry.lemma) for hit in find_triggers(doc[:], load_event_lexicon())
            if hit.how == "phrase" for entry in hit.entries]


def test_a_preposition_of_an_idiom_must_stand_before_its_noun():
    # 'uit' is the particle of 'deelt', not the 'uit' of 'uit de partij zetten'
    sentence = "De partij zette een kraam op en deelt er boekjes uit ."
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "CCONJ", "VERB", "ADV", "NOUN", "ADP", "PUNCT"]
    assert not [h for h in _phrase_hits(_flat(sentence, pos)) if "partij" in h[2]]


def test_the_same_idiom_with_its_preposition_in_place_is_found():
    sentence = "Het bestuur zette de wethouder gisteren uit de partij ."
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADV", "ADP", "DET", "NOUN", "PUNCT"]
    assert ("zette", "SANCTION", "uit de partij *zetten") in _phrase_hits(_flat(sentence, pos))


def test_a_preposition_governing_a_verb_may_follow_it():
    # 'tegen stemmen': the verb moves before its 'tegen' in a main clause
    sentence = "De fractie stemde gisteren tegen ."
    pos = ["DET", "NOUN", "VERB", "ADV", "ADP", "PUNCT"]
    phrase = next(p for p in load_event_lexicon().phrases if p.entry.lemma == "tegen stemmen")
    found = _phrase_tokens(phrase, _flat(sentence, pos)[:])
    assert [t.text for t in found] == ["tegen", "stemde"]


def test_a_particle_at_the_end_of_a_long_clause_still_belongs_to_its_verb():
    sentence = ("Zondag hield de burgemeester van de stad de boot voor nieuwe regels over het verkeer in de "
             "binnenstad nog af .")
    heads = [1, 1, 3, 1, 6, 6, 3, 8, 1, 11, 11, 1, 14, 14, 11, 17, 17, 14, 1, 1, 1]
    deps = ["obl", "ROOT", "det", "nsubj", "case", "det", "nmod", "det", "obj", "case", "amod", "obl", "case",
            "det", "nmod", "case", "det", "nmod", "advmod", "compound:prt", "punct"]
    pos = ["X", "VERB"] + ["X"] * 19
    doc = _flat(sentence, pos, heads, deps)
    assert ("hield", "REJECT", "boot af *houden") in _phrase_hits(doc)


def test_a_far_word_not_linked_to_the_verb_is_no_part_of_the_idiom():
    sentence = ("Zondag hield de burgemeester de boot in de haven en de vissers uit de buurt zagen hem weer "
             "varen toen hij af was .")
    assert not [h for h in _phrase_hits(_flat(sentence)) if h[2] == "boot af *houden"]


def test_a_full_stop_left_on_the_last_word_does_not_hide_the_idiom():
    sentence = "Ook de bond kreeg een veeg uit de pan."
    pos = ["ADV", "DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"]
    assert ("kreeg", "ACCUSE", "een veeg uit de pan *krijgen") in _phrase_hits(_flat(sentence, pos))


def test_an_idiom_names_its_own_type_over_the_verb_alone():
    # 'schieten' alone would be a shooting
    sentence = "Het kabinet schiet de boeren te hulp ."
    assert ("schiet", "AID", "te hulp *schieten") in _phrase_hits(_flat(sentence))


def test_a_separable_verb_on_a_new_particle_is_read_apart():
    sentence = "Het land zet de hulp aan de buren stop ."
    heads = [1, 2, 2, 4, 2, 7, 7, 4, 2, 2]
    deps = ["det", "nsubj", "ROOT", "det", "obj", "case", "det", "nmod", "compound:prt", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PUNCT"]
    hits = find_triggers(_flat(sentence, pos, heads, deps)[:], load_event_lexicon())
    assert [(h.token.text, e.lemma) for h in hits for e in h.entries if e.lemma == "stopzetten"] == [("zet", "stopzetten")]


def test_every_phrase_is_found_in_its_own_words():
    # the index by each phrase's rarest word must not lose a phrase: each is found in its citation form
    lexicon = load_event_lexicon()
    lost = []
    # a negated refusal ('werkt niet mee aan') needs a parsed negation: test_negated_refusals.py
    for phrase in (p for p in lexicon.phrases if p.entry not in lexicon.negated_refusals):
        words = [w.lstrip("*") for w in phrase.entry.lemma.split()]
        hits = find_triggers(_flat(" ".join(words))[:], lexicon)
        kept = [w for w in words if w not in _SKIPPED]
        anchor = words.index(kept[phrase.anchor])
        if not any(h.how == "phrase" and h.token.i == anchor for h in hits):
            lost.append(phrase.entry.lemma)
    assert lost == []


def test_going_through_the_dust_is_a_concession(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Karel Pieters ging dinsdag in de Kamer door het stof voor "
                       "zijn uitspraken over de boeren.", "2024-03-05")
    assert ("CONCEDE", "ging") in [(e["type"], e["trigger"]["text"]) for e in events]


def test_leaving_the_coalition_is_a_withdrawal(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Groenen stappen per direct uit de coalitie met de VVD.", "2024-03-05")
    assert ("SANCTION", "stappen") in [(e["type"], e["trigger"]["text"]) for e in events]
