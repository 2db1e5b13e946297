"""How far an unnamed source phrase runs (speaker21, issue #14): a long phrase, and a name the noun
phrase rule would cut in half. Invented sentences."""

from __future__ import annotations

from nieuwsgraaf.quotes import default_rules
from nieuwsgraaf.quotes.speaker_words import SpeakerReader
from nieuwsgraaf.records import Mention


def _phrase(text: str, verb: str, *named: tuple[str, str, str]) -> str | None:
    mentions = [Mention(text.index(words), text.index(words) + len(words), words, label, entity)
                for words, label, entity in named]
    ref = SpeakerReader(text, mentions, default_rules(), []).sources.read(0, text.index(verb))
    return ref.text if ref is not None else None


def test_a_long_description_keeps_the_name_it_ends_in():
    text = "Een hoge medewerker van het Deense ministerie van Binnenlandse Zaken vertelde dat de grens opengaat."
    named = ("ministerie van Binnenlandse Zaken", "ORG", "local:org:ministerie-van-binnenlandse-zaken")
    assert _phrase(text, " vertelde", named) == ("Een hoge medewerker van het Deense ministerie van Binnenlandse "
                                                 "Zaken")
