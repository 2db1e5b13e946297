"""The body named beside a speaker, whose 'we' it is (entities/speaker_bodies.py, docs/events.md §61)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from nieuwsgraaf.entities.speaker_bodies import body_beside, leads_a_party
from nieuwsgraaf.records import Mention

SPEAKER = "local:per:anna-jansen"


def _mentions(text: str, bodies: dict[str, str]) -> list[Mention]:
    start = text.index("Anna Jansen")
    mentions = [Mention(start, start + len("Anna Jansen"), "Anna Jansen", "PER", SPEAKER)]
    for words, entity in bodies.items():
        at = text.index(words)
        mentions.append(Mention(at, at + len(words), words, "ORG", entity))
    return mentions


@pytest.mark.parametrize(("text", "bodies", "body"), [
    ("Dat zei raadslid Anna Jansen (SP) dinsdag.", {"SP": "party:sp"}, "party:sp"),
    ("Volgens FNV-bestuurder Anna Jansen is het genoeg.", {"FNV": "org:fnv"}, "org:fnv"),
    ("Dat zegt Anna Jansen, voorzitter van de FNV.", {"FNV": "org:fnv"}, "org:fnv"),
    ("Dat zegt de voorzitter van de FNV, Anna Jansen.", {"FNV": "org:fnv"}, "org:fnv"),
    ("Fractievoorzitter Anna Jansen van het CDA is boos.", {"CDA": "party:cda"}, "party:cda"),
    # a body named near her but not as hers: she met it, spoke about it
    ("Anna Jansen sprak met de NAVO over geld.", {"NAVO": "org:navo"}, None),
    ("Anna Jansen (54) kritiseert de SP.", {"SP": "party:sp"}, None),
    ("Het kabinet, Anna Jansen en de FNV praten.", {"FNV": "org:fnv"}, None),
    # a government is no body named beside a speaker here (a minister's 'we' is read by office)
    ("Dat zegt Anna Jansen van de regering.", {"regering": "gov:nl"}, None),
])
def test_the_body_named_beside_a_speaker(text, bodies, body):
    assert body_beside(SPEAKER, _mentions(text, bodies), text) == body


def test_a_party_leader_by_the_knowledge_base_is_left_to_himself():
    from nieuwsgraaf.entities.linker import default_linker
    kb = default_linker().kb
    assert leads_a_party("per:geert-wilders", "2019-03-01", kb)
    assert not leads_a_party("per:geert-wilders", None, kb)
    assert not leads_a_party("local:per:anna-jansen", "2019-03-01", kb)


def test_a_body_that_speaks_says_we_of_itself():
    text = "Dat zegt het ministerie van Handel (Peking)."
    at, city = text.index("ministerie"), text.index("Peking")
    mentions = [Mention(at, at + len("ministerie van Handel"), "ministerie van Handel", "ORG", "gov:cn-min-handel"),
                Mention(city, city + len("Peking"), "Peking", "ORG", "org:peking")]
    assert body_beside("local:per:anna-jansen", [replace(m, entity="local:per:anna-jansen") if m.entity.startswith(
        "gov:") else m for m in mentions], text) == "org:peking"  # as a person's, the words would name a body
    assert body_beside("gov:cn-min-handel", mentions, text) is None
