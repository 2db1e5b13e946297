"""A bare 'de partij', 'de vakbond' or 'de militante organisatie' naming a speaker is the party, union or
organisation the article named before it (entities/kind_before.py; invented sentences)."""

from __future__ import annotations

import pytest

from nieuwsgraaf.entities.description_words import NAMED_BEFORE_REACH
from nieuwsgraaf.entities.kb import load_knowledge_base
from nieuwsgraaf.entities.kind_before import body_of_kind_before
from nieuwsgraaf.entities.lexicon import load_link_lexicon
from nieuwsgraaf.records import Mention


@pytest.fixture(scope="module", name="resolve")
def resolve_fixture():
    kb, nouns = load_knowledge_base(), load_link_lexicon().body_kind_nouns

    def run(text: str, named: dict[str, str], description: str) -> str | None:
        mentions = [Mention(text.index(words), text.index(words) + len(words), words, "ORG", entity)
                    for words, entity in named.items()]
        return body_of_kind_before(description.split(), text.rindex(description), mentions, kb, nouns)
    return run


def _beyond_reach() -> str:
    """Sentences longer than the reach of every 'named before' search (description_words.py)."""
    filler = " Er volgt overleg met de werkgevers."
    return filler * (NAMED_BEFORE_REACH // len(filler) + 2)


def test_the_party_is_the_party_named_last_before(resolve):
    text = "De VVD wil minder regels. GroenLinks eist een debat. De partij vindt de uitleg mager."
    assert resolve(text, {"VVD": "party:vvd", "GroenLinks": "party:groenlinks"}, "De partij") == "party:groenlinks"


def test_a_person_named_last_is_not_the_party(resolve):
    text = "De PVV stemt tegen. Geert Wilders spreekt van een schande. De partij wil een nieuw debat."
    assert resolve(text, {"PVV": "party:pvv", "Geert Wilders": "per:geert-wilders"}, "De partij") == "party:pvv"


def test_the_union_is_the_one_union_the_article_named_even_long_before(resolve):
    text = "Het ACV dreigt met acties." + _beyond_reach() + " De vakbond wacht af."
    assert resolve(text, {"ACV": "org:acv"}, "De vakbond") == "org:acv"


def test_of_two_unions_named_long_before_neither_is_chosen(resolve):
    text = "Het ACV en het ABVV dreigen." + _beyond_reach() + " De vakbond wacht af."
    assert resolve(text, {"ACV": "org:acv", "ABVV": "org:abvv"}, "De vakbond") is None


def test_a_militant_organisation_is_the_group_named_just_before(resolve):
    text = "Hamas vuurde raketten af. De militante organisatie dreigt met meer."
    assert resolve(text, {"Hamas": "org:hamas"}, "De militante organisatie") == "org:hamas"


def test_a_party_is_neither_a_union_nor_an_organisation(resolve):
    text = "De SP dient een motie in. De vakbond zwijgt. De organisatie zwijgt ook."
    assert resolve(text, {"SP": "party:sp"}, "De vakbond") is None
    assert resolve(text, {"SP": "party:sp"}, "De organisatie") is None


def test_an_adjective_that_sets_it_apart_is_another_body(resolve):
    text = "De CDA stemt voor. De andere partij stemt tegen."
    assert resolve(text, {"CDA": "party:cda"}, "De andere partij") is None


def test_an_adjective_one_body_of_the_kind_is_named_by_wants_that_body(resolve):
    text = "Het ACV dreigt met acties. De liberale vakbond wacht af."
    assert resolve(text, {"ACV": "org:acv"}, "De liberale vakbond") is None
    text = "Het ACLVB dreigt met acties. De liberale vakbond wacht af."
    assert resolve(text, {"ACLVB": "org:aclvb"}, "De liberale vakbond") == "org:aclvb"


def test_the_party_named_last_a_few_paragraphs_before_is_the_party(resolve):
    # within the one reach of the named-before searches (description_words.NAMED_BEFORE_REACH), not only
    # within two sentences: the nearest of two parties, though more than 600 characters back
    text = ("De VVD wil minder regels. GroenLinks eist een debat." + " Het overleg loopt door.\n\n" * 30
            + "De partij vindt de uitleg mager.")
    assert 600 < text.index("De partij") - text.index("GroenLinks") < NAMED_BEFORE_REACH
    assert resolve(text, {"VVD": "party:vvd", "GroenLinks": "party:groenlinks"}, "De partij") == "party:groenlinks"
