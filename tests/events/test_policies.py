"""Events aimed at a policy whose maker the sentence does not name (events/policies.py)."""

from spacy.lang.nl import Dutch
from spacy.tokens import Doc

from nieuwsgraaf.entities.policies import is_policy_phrase
from nieuwsgraaf.events.policies import is_policy_noun, policy_of


def test_policy_nouns_and_their_compounds():
    assert is_policy_noun("beleid")
    assert is_policy_noun("migratiebeleid")
    assert is_policy_noun("Maatregelen")
    assert not is_policy_noun("vakbonden")


def test_only_a_definite_policy_is_one_in_place():
    assert is_policy_phrase("het strenge asielbeleid")
    assert is_policy_phrase("deze besparingen")
    assert not is_policy_phrase("een beter beleid")  # asked for, nobody made it yet
    assert not is_policy_phrase("harde maatregelen")
    assert not is_policy_phrase("beleid")


def _parsed(words, heads, deps, pos):
    return Doc(Dutch().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_policy_in_a_tegen_phrase_after_onder_meer():
    # 'Boeren protesteren onder meer tegen het stikstofbeleid'
    doc = _parsed(["Boeren", "protesteren", "onder", "meer", "tegen", "het", "stikstofbeleid"],
                  [1, 1, 6, 2, 6, 6, 1], ["nsubj", "ROOT", "case", "fixed", "case", "det", "obl"],
                  ["NOUN", "VERB", "ADP", "ADV", "ADP", "DET", "NOUN"])
    assert policy_of(doc[1]).text == "stikstofbeleid"


def test_policy_in_a_purpose_clause():
    # 'Leraren staakten om te klagen over de besparingen'
    doc = _parsed(["Leraren", "staakten", "om", "te", "klagen", "over", "de", "besparingen"],
                  [1, 1, 4, 4, 1, 7, 7, 4], ["nsubj", "ROOT", "mark", "mark", "advcl", "case", "det", "obl:arg"],
                  ["NOUN", "VERB", "ADP", "ADP", "VERB", "ADP", "DET", "NOUN"])
    assert policy_of(doc[1]).text == "besparingen"


def test_an_indefinite_policy_or_another_preposition_is_none():
    # 'De partij pleit voor een nieuw beleid'
    doc = _parsed(["De", "partij", "pleit", "voor", "een", "nieuw", "beleid"],
                  [1, 2, 2, 6, 6, 6, 2], ["det", "nsubj", "ROOT", "case", "det", "amod", "obl"],
                  ["DET", "NOUN", "VERB", "ADP", "DET", "ADJ", "NOUN"])
    assert policy_of(doc[2]) is None
    # 'De partij verzet zich tegen een nieuw beleid'
    doc = _parsed(["De", "partij", "verzet", "zich", "tegen", "een", "nieuw", "beleid"],
                  [1, 2, 2, 2, 7, 7, 7, 2], ["det", "nsubj", "ROOT", "expl:pv", "case", "det", "amod", "obl"],
                  ["DET", "NOUN", "VERB", "PRON", "ADP", "DET", "ADJ", "NOUN"])
    assert policy_of(doc[2]) is None
