"""A definite 'de ambassade', 'de veiligheidsregio' or 'de beweging' naming a speaker is the body the
article named shortly before with that noun (entities/noun_before.py; invented sentences)."""

from __future__ import annotations

import pytest

from nieuwsgraaf.entities.lexicon import load_link_lexicon
from nieuwsgraaf.entities.noun_before import body_named_before
from nieuwsgraaf.records import Mention


@pytest.fixture(scope="module", name="resolve")
def resolve_fixture():
    nouns = load_link_lexicon().speaker_nouns

    def run(text: str, named: dict[str, tuple[str, str | None]], description: str) -> str | None:
        mentions = [Mention(text.index(words), text.index(words) + len(words), words, label, entity)
                    for words, (label, entity) in named.items()]
        body = body_named_before(description.split(), text.rindex(description), text, mentions, nouns)
        return body.entity if body is not None else None
    return run


def test_the_noun_before_a_place_names_the_body_with_it(resolve):
    text = "Het verbod kwam van waterschap Rijnland. Dat was nodig, meldt het waterschap."
    assert resolve(text, {"Rijnland": ("LOC", "loc:rijnland")}, "het waterschap") == "local:org:waterschap-rijnland"


def test_the_noun_before_a_quoted_name_is_that_organisation(resolve):
    text = "De stad verbiedt de optocht van de stichting 'Groen Plein'. De stichting betreurt dat."
    assert resolve(text, {"Groen Plein": ("MISC", "local:misc:groen-plein")}, "De stichting") == "local:org:groen-plein"


def test_a_described_body_is_the_organisation_it_names(resolve):
    text = "Dat meldt de Chileense ambassade in Rome. Er komt geen reactie meer, zegt de ambassade."
    named = {"Chileense": ("MISC", None), "Rome": ("LOC", "loc:rome")}
    assert resolve(text, named, "de ambassade") == "local:org:chileense-ambassade-in-rome"


def test_a_bare_noun_before_names_no_body(resolve):
    text = "Er is gebeld met de ambassade. Later laat de ambassade weten dat het klopt."
    assert resolve(text, {}, "de ambassade") is None


def test_a_person_after_the_noun_is_no_body(resolve):
    text = "Het land van boer Jan Smit is verkocht. Volgens de boer was dat nodig."
    assert resolve(text, {"Jan Smit": ("PER", "local:per:jan-smit")}, "de boer") is None


def test_an_adjective_the_naming_lacks_sets_the_body_apart(resolve):
    text = "Dat meldt de Chileense ambassade in Rome. Er komt geen reactie, zegt de Peruaanse ambassade."
    named = {"Chileense": ("MISC", None), "Rome": ("LOC", "loc:rome")}
    assert resolve(text, named, "de Peruaanse ambassade") is None


def test_a_naming_too_far_back_is_not_taken(resolve):
    text = "Het verbod kwam van waterschap Rijnland." + " Er volgde overleg." * 80 + " Dat meldt het waterschap."
    assert resolve(text, {"Rijnland": ("LOC", "loc:rijnland")}, "het waterschap") is None
