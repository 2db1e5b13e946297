"""How far an unnamed source's phrase runs (issue #14, localids24; invented sentences): a share of a
group with its 'van' phrase, coordinated adjectives before the noun, no negation at its end, a
possessor's noun before the name of the one it describes, and no full stop inside a group's name."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.quotes.rules import COORDINATED


@pytest.mark.parametrize("text, speaker", [
    ("De wet gaat er niet door. Volgens een groot deel van de senaat is het voorstel onuitvoerbaar.",
     "local:other:een-groot-deel-van-de-senaat"),
    ("Het plan valt slecht. Volgens een meerderheid van de leden is het te duur.",
     "local:other:een-meerderheid-van-de-leden"),
    ("De test is mislukt. Japanse en Australische deskundigen betwijfelen of de raket werkte.",
     "local:other:japanse-en-australische-deskundigen"),
])
def test_the_phrase_runs_to_the_noun_it_names(quotes_of, text, speaker):
    assert speaker in {q.speaker for q in quotes_of(text, "2024-03-11")}


def test_negation_after_the_phrase_is_no_part_of_it(quotes_of):
    text = "Het festival gaat niet door. De organisatie is volgens de provincie niet in staat om het veilig te houden."
    speakers = {q.speaker for q in quotes_of(text, "2024-03-11")}
    assert not any(s and s.endswith("-niet") for s in speakers)


def test_a_possessor_noun_before_a_name_is_that_person(quotes_of):
    text = "Jansens woordvoerder Piet Smeulders bevestigde dat er gesprekken waren met de bank."
    assert {q.speaker for q in quotes_of(text, "2024-03-11")} == {"local:per:piet-smeulders"}


def test_a_name_in_a_coordination_stops_at_a_full_stop():
    other = COORDINATED.match(" en Radio Oost. Een agent zag het")
    assert other is not None and other["other"] == "Radio Oost"
    initial = COORDINATED.match(" en Krystian M. zeiden")
    assert initial is not None and initial["other"] == "Krystian M."
