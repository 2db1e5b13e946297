"""Some of a body's members ('andere EU-landen') are a group of their own, all of them ('de
NAVO-landen') the body (entities/member_groups.py, the event-actor step). Invented sentences."""

from __future__ import annotations

from nieuwsgraaf.entities import link_analysis, link_event_actors
from nieuwsgraaf.entities.member_groups import some_members_phrase
from nieuwsgraaf.records import (
    Analysis,
    Article,
    DateValue,
    EventArgument,
    EventMention,
    Mention,
    Trigger,
)


def _span(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


def test_a_partitive_word_before_the_compound_takes_the_phrase_with_its_article():
    text = "Ook de meeste NAVO-lidstaten willen meer uitgeven."
    assert some_members_phrase(text, *_span(text, "NAVO-lidstaten")) == _span(text, "de meeste NAVO-lidstaten")
    text = "Hij vroeg vijf EU-landen om hulp."
    assert some_members_phrase(text, *_span(text, "EU-landen")) == _span(text, "vijf EU-landen")
    text = "Volgens de Baltische NAVO-partners is dat te weinig."
    assert some_members_phrase(text, *_span(text, "NAVO-partners")) == _span(text, "de Baltische NAVO-partners")


def test_all_members_and_other_compounds_are_no_group():
    for text, words in (("Hij vroeg de EU-landen om hulp.", "EU-landen"),
                        ("Hij vroeg alle EU-landen om hulp.", "EU-landen"),
                        ("Enkele NAVO-generaals waarschuwden.", "NAVO-generaals"),
                        ("Andere landen volgden.", "landen")):
        assert some_members_phrase(text, *_span(text, words)) is None, text


def _source_of(text: str, words: str, name: str) -> str | None:
    start, end = _span(text, words)
    at = text.index(name)
    article = Article("x", text, None, "https://www.nos.nl/x", "nos.nl", None, DateValue("2024-03-10", "day"), "nl",
                      1.0, "test", "txt")
    analysis = link_analysis(Analysis(article=article, mentions=(Mention(at, at + len(name), name, "ORG"),)))
    verb = text.index("weigeren")
    event = EventMention(type="REJECT", mode=None, trigger=Trigger(verb, verb + 8, "weigeren"),
                         sentence=(0, len(text)), negated=False, modality="asserted", confidence=0.65,
                         arguments=(EventArgument("source", start, end, words),))
    linked = link_event_actors(Analysis(article=analysis.article, mentions=analysis.mentions,
                                        entities=analysis.entities, event_mentions=(event,)))
    return linked.event_mentions[0].arguments[0].entity


def test_some_members_act_as_a_group_all_of_them_as_the_body():
    assert _source_of("De overige EU-landen weigeren dat.", "EU-landen", "EU") == "local:other:de-overige-eu-landen"
    assert _source_of("De EU-landen weigeren dat.", "EU-landen", "EU") == "org:eu"


def test_a_numeral_after_the_article_counts_them_all():
    text = "De 27 EU-landen weigeren dat."
    assert some_members_phrase(text, *_span(text, "EU-landen")) is None
    text = "Hij vroeg de twaalf NAVO-landen om steun."
    assert some_members_phrase(text, *_span(text, "NAVO-landen")) is None


def test_a_number_before_a_plural_name_counts_some_of_them():
    from nieuwsgraaf.entities.member_groups import counted_members
    text = "Zes Republikeinen stemden tegen."
    assert counted_members(text, *_span(text, "Zes Republikeinen"), _span(text, "Republikeinen"))
    text = "De Republikeinen stemden tegen."
    assert not counted_members(text, *_span(text, "De Republikeinen"), _span(text, "Republikeinen"))


def test_a_share_of_people_from_a_place_is_no_share_of_the_place():
    from nieuwsgraaf.entities.member_groups import share_from_place
    text = "Er kwam een groep van tien studenten uit Gent aan."
    words = "een groep van tien studenten uit Gent"
    assert share_from_place(text, *_span(text, words), _span(text, "Gent"))
    text = "Het leger bezette een deel van Gent."
    assert not share_from_place(text, *_span(text, "een deel van Gent"), _span(text, "Gent"))
