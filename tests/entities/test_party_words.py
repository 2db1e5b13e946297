"""Party-member nouns and party-family epithets name the person or party the article named
(entities/party_words.py, the speaker and event-actor steps). Invented sentences."""

from __future__ import annotations

from nieuwsgraaf.entities import default_linker, link_analysis, link_speakers
from nieuwsgraaf.entities.party_words import party_word
from nieuwsgraaf.records import Analysis, Article, DateValue, Mention, Quote, SpeakerRef


def _kb():
    return default_linker().kb


def _analysis(text: str, names: list[tuple[str, str]], published: str = "2016-02-10") -> Analysis:
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, label) for n, label in names]
    article = Article("x", text, None, "https://www.nos.nl/x", "nos.nl", None, DateValue(published, "day"), "nl", 1.0,
                      "test", "txt")
    return link_analysis(Analysis(article=article, mentions=tuple(mentions)))


def _speaker_of(text: str, names: list[tuple[str, str]], quoted: str, words: str) -> str | None:
    analysis = _analysis(text, names)
    start, at = text.index(quoted), text.index(words)
    quote = Quote(start, start + len(quoted), quoted, "indirect", None, words, "volgens", None,
                  speaker_ref=SpeakerRef(at, at + len(words), words, "description"))
    linked = link_speakers(Analysis(article=analysis.article, mentions=analysis.mentions,
                                    entities=analysis.entities, quotes=(quote,)))
    return linked.quotes[0].speaker


def test_member_nouns_and_epithets_name_their_parties():
    kb = _kb()
    assert party_word(["de", "CDA'er"], kb).parties == {"party:cda"}
    assert party_word(["de", "VVD'ers"], kb).plural
    assert party_word(["de", "Groen-politicus"], kb).parties == {"party:groen"}
    nationalists = party_word(["de", "Vlaamse", "nationalisten"], kb)
    assert "party:n-va" in nationalists.parties and nationalists.plural
    assert not party_word(["de", "socialist"], kb).plural
    assert party_word(["de", "voetballer"], kb) is None
    assert party_word(["een", "CDA'er"], kb) is None  # someone else: not the one named before


def test_a_member_is_the_person_of_that_party_named_last_not_the_last_person():
    text = ("CDA-leider Sybrand Buma viel Geert Wilders aan. Volgens de CDA'er is het plan van Wilders "
            "onuitvoerbaar.")
    speaker = _speaker_of(text, [("Sybrand Buma", "PER"), ("Geert Wilders", "PER"), ("Wilders", "PER")],
                          "is het plan van Wilders onuitvoerbaar", "de CDA'er")
    assert speaker == "per:sybrand-van-haersma-buma"


def test_a_member_of_a_family_is_the_person_of_a_party_of_it():
    text = "Frank Vandenbroucke sprak met Mark Rutte. Volgens de socialist komt er geen akkoord."
    speaker = _speaker_of(text, [("Frank Vandenbroucke", "PER"), ("Mark Rutte", "PER")],
                          "komt er geen akkoord", "de socialist")
    assert speaker == "per:frank-vandenbroucke"


def test_the_family_together_is_the_one_such_party_the_article_names():
    text = "De N-VA verzet zich tegen het pact. Volgens de Vlaamse nationalisten is het pact bindend."
    speaker = _speaker_of(text, [("N-VA", "ORG")], "is het pact bindend", "de Vlaamse nationalisten")
    assert speaker == "party:n-va"


def test_no_party_of_the_family_named_no_guess():
    text = "De regering verzet zich tegen het pact. Volgens de Vlaamse nationalisten is het pact bindend."
    speaker = _speaker_of(text, [], "is het pact bindend", "de Vlaamse nationalisten")
    assert speaker != "party:n-va" and speaker != "party:vlaams-belang"


def test_a_member_noun_the_tagger_took_for_a_name_acts_as_the_person():
    from nieuwsgraaf.entities import link_event_actors
    from nieuwsgraaf.records import Entity, EventArgument, EventMention, Trigger

    text = "Geert Wilders sprak in Den Haag. Later bekritiseerde Lodewijk Asscher de PVV'er opnieuw."
    member = text.index("PVV'er")
    critic = text.index("Lodewijk Asscher")
    trigger = text.index("bekritiseerde")
    mentions = (Mention(0, 13, "Geert Wilders", "PER", "per:geert-wilders"),
                Mention(critic, critic + 16, "Lodewijk Asscher", "PER", "per:lodewijk-asscher"),
                Mention(member, member + 6, "PVV'er", "MISC", "local:misc:pvver"))
    entities = (Entity("per:geert-wilders", "Geert Wilders", "PER", None, (0,)),
                Entity("per:lodewijk-asscher", "Lodewijk Asscher", "PER", None, (1,)),
                Entity("local:misc:pvver", "PVV'er", "MISC", None, (2,)))
    event = EventMention(type="ACCUSE", mode=None, trigger=Trigger(trigger, trigger + 13, "bekritiseerde"),
                         sentence=(text.index("Later"), len(text)), negated=False, modality="asserted",
                         confidence=0.65, arguments=(EventArgument("source", critic, critic + 16, "Lodewijk Asscher"),
                                                     EventArgument("target", member, member + 6, "PVV'er")))
    article = Article("x", text, None, "https://www.nos.nl/x", "nos.nl", None, DateValue("2016-02-10", "day"), "nl",
                      1.0, "test", "txt")
    linked = link_event_actors(Analysis(article=article, mentions=mentions, entities=entities, event_mentions=(event,)))
    assert [a.entity for a in linked.event_mentions[0].arguments] == ["per:lodewijk-asscher", "per:geert-wilders"]
