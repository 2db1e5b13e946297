"""Direct quotes attributed by the words right around their marks: a cue after the quote
('"…", zei Rutte', '"…", klonk het'; a cue closing a subordinate clause the quote stands in is said
by that clause's subject: 'toen X haar een "…" verweet'), 'Die woorden van X' or 'Dat zei X' after
it, or a colon before it ('Trump: "…"', 'Rutte zei tegen de NOS: "…"')."""

from __future__ import annotations

import re

from ...records import SpeakerRef
from ..attribution import Attribution, names_someone
from ..context import Context
from ..marks import QuoteSpan
from ..refs import mention_ref
from ..rules import IMPERSONAL_CUE, IMPERSONAL_PLACES, QUOTE_MARKS, THOSE_WORDS
from ..topic import described_topic
from .cues import full_cue, particle
from .subjects import clause_start, speaker_around

_PRONOUN_BEFORE_COLON = re.compile(r"\s(?P<who>hij|zij|ze)\s*:\s*$")
_PLURAL_WHO = re.compile(r"\s*(?:ze|zij)\b")
_ALSO = re.compile(r"\s*ook\b")  # 'Dat zegt ook X': X says the same as someone before
_THAT = re.compile(r"\bdat\b")  # a content clause opens as a subordinate one does
IMPERSONAL = re.compile(IMPERSONAL_CUE)
# What follows an impersonal cue: a time word, then the place the words came from.
_PLACE = re.compile(rf"\s+(?:[a-z]+\s+)?(?P<prep>{IMPERSONAL_PLACES})\s+(?P<what>\S.*)")


def cue_after(context: Context, span: QuoteSpan, previous: Attribution | None) -> Attribution | None:
    """'"…", zei Rutte tegen de NOS' / '"…" klonk het': a speech verb right after the quote."""
    text, reader = context.text, context.reader
    after = context.rules.after.match(text, span.close_end, min(len(text), span.close_end + 120))
    if not after or not after["cue"]:
        return None
    if context.lexicon.is_separable(after["cue"]) and not particle(context.lexicon, after["cue"], after["who"] or ""):
        return None  # '"…" maakt het debat lastig': 'maakt' reports only with its particle
    addressee = reader.addressee(after.end("cue"), after.end())
    if IMPERSONAL.fullmatch(after["cue"]):
        return _impersonal(context, span, previous, after, addressee)
    start = after.start("who") if after["who"] else after.end()
    speaker = reader.speaker_from(start, start + len(after["who"] or ""), span.open_start)
    if _plural_pronoun(after):
        # '"…", zeggen ze': the group or body the sentences before are about, before any one person
        speaker = described_topic(context, span.open_start) or speaker
    if not (after["who"] or "").strip()[:1].isupper() and not names_someone(speaker):
        # no name after the cue ('", zei Rutte'): the cue may close the subordinate clause the quote stands in
        speaker = _verb_final_subject(context, span) or speaker
    return Attribution(speaker, after["cue"], addressee)


def _verb_final_subject(context: Context, span: QuoteSpan) -> SpeakerRef | None:
    """'toen de PVV-leider zijn collega een "…" verweet', 'dat hij over een "bevinkje" sprak': the
    quote stands inside a subordinate clause whose cue comes last, after it; the subject opens that
    clause, right after its subordinating word."""
    sentence = context.sentence_of(span.open_start)
    if sentence is None:
        return None
    openers = [m for pattern in (context.rules.subordinate, _THAT)
               for m in pattern.finditer(context.text, sentence[0], span.open_start)
               if not context.text[m.start() - 1:m.start()].isalnum()]
    if not openers:
        return None
    opener = max(openers, key=lambda m: m.end())
    speaker = context.reader.subject(opener.end(), span.open_start, span.open_start)
    return speaker if names_someone(speaker) else None


def _plural_pronoun(after: re.Match) -> bool:
    """'zeggen ze', 'schrijven zij': a plural cue with a 'ze' or 'zij' right after it."""
    return after["cue"].endswith("en") and bool(_PLURAL_WHO.match(after["who"] or ""))


def _impersonal(context: Context, span: QuoteSpan, previous: Attribution | None, after: re.Match,
                addressee) -> Attribution:
    """'"…", klonk het (bij de bonden | in de brief | vanavond in Terzake)': the body after 'bij' or
    'uit' speaks. 'In' names only where the words stand (a document, a programme), not who said them,
    unless the document's author follows 'van' ('in een communiqué van X'); so without 'bij' or 'uit' the speaker is the topic before the quote: the body or group the
    sentences before open with ('De vakbonden verzetten zich … "…", luidt het'; topic.py), else the
    person the text is about, else the speaker of the quote before."""
    reader = context.reader
    place = _PLACE.match(after["who"] or "")
    if place and place["prep"] != "in":
        start = after.start("who") + place.start("what")
        speaker = reader.speaker_from(start, after.end("who"), span.open_start)
        return Attribution(speaker, f"{after['cue']} {place['prep']}", addressee)
    author = context.rules.author_of.search(place["what"]) if place else None
    if author is not None:  # 'klinkt het in een communiqué van het ministerie': the author speaks
        start = after.start("who") + place.start("what") + author.end()
        speaker = reader.speaker_from(start, after.end("who"), span.open_start)
        if names_someone(speaker):
            return Attribution(speaker, f"{after['cue']} in", addressee)
    # 'luidt het in de brief' keeps 'in' in its cue, as a document's words did before (dating reads the cue)
    cue = f"{after['cue']} in" if place and not place["what"][:1].isupper() else after["cue"]
    topic = described_topic(context, span.open_start)
    if topic is not None:
        return Attribution(topic, cue, addressee)
    person = reader.salient_person(span.open_start)
    speaker = mention_ref(person) if person else (previous.speaker if previous else None)
    return Attribution(speaker, cue, addressee)


def those_words(context: Context, span: QuoteSpan, previous: Attribution | None) -> Attribution | None:
    """'"…" Die woorden sprak minister-president Jan Jambon uit.' / 'Die woorden van premier Rutte …'."""
    those = THOSE_WORDS.match(context.text, span.close_end)
    if not those:
        return None
    speaker = context.reader.speaker_from(those.start("who"), those.end("who"), span.open_start)
    return Attribution(speaker, "woorden") if names_someone(speaker) else None


def said_after(context: Context, span: QuoteSpan, previous: Attribution | None) -> Attribution | None:
    """'"…" Dat zei Open VLD-voorzitter Tom Ongena vlak voor het debat.': a quote that is a sentence
    of its own, and the next sentence says who said it."""
    text = context.text
    sentence = context.sentence_of(span.open_start)
    if sentence and text[sentence[0]:span.open_start].strip(" " + QUOTE_MARKS):
        return None
    after = context.rules.back_reference.match(text[span.close_end:span.close_end + 200])
    if not after or "\n" in after.group():
        return None
    if previous is not None and names_someone(previous.speaker) and _ALSO.match(after.group("who")):
        return None  # '"…" Dat zegt ook X.': X agrees with the quote of the speaker before; it is not X's
    cue = full_cue(context.lexicon, after["cue"], after["who"])
    start = span.close_end + after.start("who")
    speaker = context.reader.speaker_from(start, start + len(after["who"]), span.open_start)
    return Attribution(speaker, cue) if cue and names_someone(speaker) else None


def colon_before(context: Context, span: QuoteSpan, previous: Attribution | None) -> Attribution | None:
    """'Trump: "…"', 'Rutte zei tegen de NOS: "…"', 'de uitspraak van Jambon citeerde: "…"' (the author speaks)."""
    text, reader, rules = context.text, context.reader, context.rules
    lead = text[max(_colon_sentence_start(context, span.open_start), span.open_start - 160): span.open_start]
    colon = rules.before_colon.search(lead)
    if not colon:
        return None
    base = span.open_start - len(lead)
    pronoun = _PRONOUN_BEFORE_COLON.search(lead)
    if pronoun:  # 'Door Ouwehand gevraagd … reageerde ze: "…"': the pronoun is the subject, not the names before it
        start = base + pronoun.start("who")
        return Attribution(reader.pronoun(start, start + len(pronoun["who"]), span.open_start), colon["cue"] or ":")
    later = _later_clause_cue(context, span, lead, base, colon)
    if later is not None:
        return later
    addressed = rules.addressed_colon.search(lead)
    end = base + (addressed.start() if addressed else colon.end())
    author = None
    for match in rules.author_of.finditer(lead):
        author = reader.mention_in(base + match.end(), base + match.end() + 40, ("PER", "ORG", "LOC"))
    start = base + colon.start()
    # the window of words before the colon may open inside a name: that name is whole
    start = next((m.start for m in reader.mentions if m.start < start < m.end), start)
    mention = author or reader.mention_in(start, end, ("PER", "ORG", "LOC"))
    if mention is None:
        return None
    return Attribution(mention_ref(mention), colon["cue"] or ":", reader.addressee(base + colon.start(), span.open_start))


def _later_clause_cue(context: Context, span: QuoteSpan, lead: str, base: int, colon: re.Match) -> Attribution | None:
    """'X is gered, zo klinkt het, al voegen de meeste politici er aan toe: "…"': a cue in a later
    clause (after a comma) than the first cue introduces the quote; its own subject speaks."""
    if not colon["cue"]:
        return None
    comma = lead.rfind(", ", colon.end("cue"))
    if comma < 0:
        return None
    cue = next(context.rules.cue.finditer(lead, comma), None)
    if cue is None or not context.lexicon.is_finite(cue["cue"]):
        return None
    clause = clause_start(context, base, base + cue.start())
    speaker = speaker_around(context, clause, base + cue.start(), base + cue.end(), span.open_start, base)
    return Attribution(speaker, cue["cue"]) if names_someone(speaker) else None


def _colon_sentence_start(context: Context, open_start: int) -> int:
    """Where the sentence that leads up to the quote starts: the quote's own sentence, or the one
    before when the tagger ended that sentence at the colon ('Ook X was aanwezig: "…"' read as two
    sentences), in the same paragraph."""
    text = context.text
    sentence = context.sentence_of(open_start)
    start = sentence[0] if sentence else 0
    if text[start:open_start].strip() or not text[:start].rstrip(" ").endswith(":"):
        return start
    before = context.sentence_of(len(text[:start].rstrip(" ")) - 1)
    return before[0] if before and "\n" not in text[before[0]:open_start] else start
