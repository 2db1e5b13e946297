"""A verdict or a prosecution whose sentence names nobody who does it is the act of the court or the
prosecutor the article named before it (events/justice.py), on sentences of our own."""

from __future__ import annotations

from nieuwsgraaf.events.justice import body_kind, with_justice_sources
from nieuwsgraaf.records import EventArgument, EventMention, Mention, Trigger

TEXT = ("De rechtbank in Utrecht behandelde de zaak tegen Jan Smit. Het OM eiste twee jaar. "
        "Smit werd dinsdag veroordeeld tot een boete.")


def _mention(word: str, kind: str, source: str | None = None, target: str | None = "local:per:jan-smit") -> EventMention:
    start = TEXT.index(word)
    arguments = []
    if source:
        arguments.append(EventArgument("source", 0, 3, "Hij", entity=source))
    smit = TEXT.rindex("Smit")
    arguments.append(EventArgument("target", smit, smit + 4, "Smit", entity=target))
    return EventMention(kind, None, Trigger(start, start + len(word), word), (smit, len(TEXT)),
                        tuple(arguments), False, "asserted", 0.6)


COURT = Mention(0, 23, "De rechtbank in Utrecht", "ORG", "gov:nl-rechtbank-utrecht")
PROSECUTOR = Mention(TEXT.index("OM"), TEXT.index("OM") + 2, "OM", "ORG", "gov:nl-om")


def test_a_verdict_is_the_court_named_before():
    (found,) = with_justice_sources([_mention("veroordeeld", "SANCTION")], [COURT, PROSECUTOR])
    assert [(a.role, a.entity) for a in found.arguments] == [("source", "gov:nl-rechtbank-utrecht"),
                                                             ("target", "local:per:jan-smit")]


def test_a_prosecution_is_the_prosecutor_not_the_court():
    accused = TEXT.replace("veroordeeld tot een boete", "vervolgd voor fraude")
    start = accused.index("vervolgd")
    mention = EventMention("ACCUSE", "allege", Trigger(start, start + 8, "vervolgd"), (0, len(accused)),
                           (EventArgument("target", start - 15, start - 11, "Smit", entity="local:per:jan-smit"),),
                           False, "asserted", 0.6)
    (found,) = with_justice_sources([mention], [COURT, PROSECUTOR])
    assert found.arguments[0].entity == "gov:nl-om"


def test_a_named_source_a_missing_target_or_another_type_stay_as_they_are():
    named = _mention("veroordeeld", "SANCTION", source="per:iemand")
    lone = _mention("veroordeeld", "SANCTION", target=None)
    condemned = _mention("veroordeeld", "ACCUSE")  # 'veroordelen' as condemning words, no verdict
    assert with_justice_sources([named, lone, condemned], [COURT]) == (named, lone, condemned)


def test_no_body_named_before_leaves_the_source_empty():
    mention = _mention("veroordeeld", "SANCTION")
    later = Mention(len(TEXT) - 1, len(TEXT), "x", "ORG", "gov:nl-rechtbank-utrecht")
    assert with_justice_sources([mention], [later, PROSECUTOR]) == (mention,)


def test_which_ids_are_courts_or_prosecutors():
    assert body_kind("local:other:de-franse-rechtbank") == "court"
    assert body_kind("gov:be-federaal-parket") == "prosecutor"
    assert body_kind("gov:nl-binnenhof") is None
    assert body_kind("per:jan-smit") is None


def test_police_ids_are_the_police():
    assert body_kind("gov:nl-politie") == "police"
    assert body_kind("local:other:de-politie") == "police"
    assert body_kind("gov:be-pz-brussel-zuid") == "police"
    assert body_kind("per:paul-politiek") is None


def test_the_police_named_last_is_no_source_of_a_verdict_or_a_release():
    # a release ('werd na verhoor vrijgelaten') keeps its empty source: the police named before was the
    # gold's source as often as the gold left it empty (docs/events.md §45)
    police = Mention(TEXT.index("Smit werd"), TEXT.index("Smit werd") + 4, "Smit", "ORG", "gov:nl-politie")
    verdict = _mention("veroordeeld", "SANCTION")
    released = _mention("veroordeeld", "RETREAT")
    found = with_justice_sources([verdict, released], [police])
    assert found == (verdict, released)
    (by_court,) = with_justice_sources([verdict], [COURT, police])
    assert by_court.arguments[0].entity == "gov:nl-rechtbank-utrecht"
