"""A participle of a verb that takes 'zijn' is active, also where the parser misreads its lemma or
hangs its 'zijn' as a copula (events/clauses.is_passive, data/lexicons/zijn_verbs.tsv)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from nieuwsgraaf.events.clauses import is_passive
from nieuwsgraaf.events.verb_arguments import verb_arguments

_VOCAB = spacy.blank("nl").vocab


def _doc(words, lemmas, deps, heads) -> Doc:
    pos = ["PROPN" if word[0].isupper() else "VERB" if dep == "ROOT" else "AUX" if lemma in ("zijn", "zullen")
           else "X" for word, lemma, dep in zip(words, lemmas, deps, strict=True)]
    return Doc(_VOCAB, words=words, lemmas=lemmas, deps=deps, heads=heads, pos=pos)


def test_a_zijn_participle_with_a_misread_lemma_and_a_copula_is_active():
    # 'Jansen zou teruggetreden zijn .' with the lemma misread and 'zijn' as cop
    doc = _doc(["Jansen", "zou", "teruggetreden", "zijn", "."], ["Jansen", "zullen", "terugg_stellen", "zijn", "."],
               ["nsubj:pass", "aux", "ROOT", "cop", "punct"], [2, 2, 2, 2, 2])
    assert not is_passive(doc[2])
    assert [t.text for t in verb_arguments(doc[2]).sources] == ["Jansen"]


def test_a_zijn_participle_with_a_particle_and_its_own_form_as_lemma_is_active():
    # 'De partij is uit de coalitie uitgestapt .' (lemma left as the participle)
    doc = _doc(["Partij", "is", "uitgestapt", "."], ["partij", "zijn", "uitgestapt", "."],
               ["nsubj:pass", "aux:pass", "ROOT", "punct"], [2, 2, 2, 2])
    assert not is_passive(doc[2])


def test_a_participle_of_another_verb_after_zijn_stays_passive():
    # 'Pieters is opgepakt .'
    doc = _doc(["Pieters", "is", "opgepakt", "."], ["Pieters", "zijn", "oppakken", "."],
               ["nsubj:pass", "aux:pass", "ROOT", "punct"], [2, 2, 2, 2])
    assert is_passive(doc[2])
    assert [t.text for t in verb_arguments(doc[2]).targets] == ["Pieters"]
