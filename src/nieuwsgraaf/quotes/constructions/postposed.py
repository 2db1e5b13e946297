"""'…, zegt de rechtbank.' / '…, zou Xi hebben gezegd, melden staatsmedia.' / '…, is het oordeel.':
the clause before the comma, from the start of the sentence, is what the speaker said."""

from __future__ import annotations

import re

from ...records import SpeakerRef
from ..attribution import Attribution, Report, names_someone
from ..clauses import first_finite, words_start
from ..context import Context
from ..rules import QUOTE_MARKS
from .cues import full_cue

_IMPERSONAL = frozenset({"luiden", "klinken"})  # 'luidt het', 'klonk het': no speaker named
_COLON_QUOTE = re.compile(r":\s*(?:,,|''|[\"“„«‘'])")
# what the cue reports itself after its subject: a 'dat' clause, a te-infinitive, a quotation after a colon
_OWN_COMPLEMENT = re.compile(r"\bdat\s|\bte\s+[a-z]|:\s*(?:,,|''|[\"“„«‘'])")
_AS_FOR = re.compile(r"wat\b.*\bbetreft$", re.IGNORECASE | re.DOTALL)  # 'Wat de klacht betreft, …'


def postposed(context: Context, index: int, found: list[Report]) -> list[Report]:
    text, rules, reader = context.text, context.rules, context.reader
    start, end = context.sentences[index]
    sentence = text[start:end]
    match = rules.postposed.search(sentence)
    noun = rules.postposed_noun.search(sentence) if not match else None
    if match:
        cue = full_cue(context.lexicon, match["cue"], match["who"])
        if cue is None:
            return []
        if _impersonal_subject(context, match["who"]) and context.lexicon.lemma(match["cue"]) in _IMPERSONAL:
            speaker = _reporter_before(context, found, start)  # '…, luidt het.': the source of the report before
        else:
            speaker = reader.speaker_from(start + match.start("who"), start + match.end("who"), start + match.start())
    elif noun:
        match, cue = noun, noun["cue"]
        if noun["who"]:
            speaker = reader.speaker_from(start + noun.start("who"), start + noun.end("who"), start)
        else:  # ', is het oordeel': the speaker of the report before
            speaker = found[-1].attribution.speaker if found else None
    else:
        return []
    if not names_someone(speaker):
        return []
    content_start, content_stop = words_start(text, start, end), start + match.start()
    attribution = Attribution(speaker, cue, reader.addressee(start + match.start("cue"), start + match.end()))
    inner = rules.postposed_perfect.search(text, content_start, content_stop)
    if inner:  # the innermost report with its own clause
        inner_speaker = reader.speaker_from(inner.start("who"), inner.end("who"), inner.start())
        if names_someone(inner_speaker):
            attribution = Attribution(inner_speaker, inner["cue"], reader.addressee(inner.start("who"), inner.end()))
            content_stop = inner.start()
        else:
            attribution = Attribution(speaker, cue)
    if rules.subordinate.match(text, content_start) and "," not in text[content_start:content_stop]:
        return []  # 'Toen X het eiland bezocht, reageerde China …': no report
    content_start = _last_conjunct(context, content_start, content_stop)
    if (text[content_start:content_start + 1] in QUOTE_MARKS and text[content_stop - 1:content_stop] in QUOTE_MARKS
            and not _closes_inside(context, content_start, content_stop)):
        return []  # a direct quote with its attribution, not '‘…’ tegen dit ‘…’, zei ze
    if any(close_end == content_stop and _opens_sentence(text, content_start, open_start)
           for open_start, close_end in context.quoted):
        return []  # '… co. “Rien ne va plus”, zei X': the cue attributes the quote it follows
    if text[content_stop - 1:content_stop] in QUOTE_MARKS and _COLON_QUOTE.search(text[content_start:content_stop]):
        return []  # 'Wat die inhouden, is vaag: '…'': the words in marks are the quote
    if _OWN_COMPLEMENT.search(text, start + match.end("cue"), end) and _adverbial(context, content_start, content_stop):
        return []  # 'Op de vraag waarom, zei hij: “…”', 'Indien ze komen, zei hij te …': the phrase frames the cue
    return [Report(content_start, content_stop, attribution)]


def _adverbial(context: Context, start: int, stop: int) -> bool:
    """Whether text[start:stop] before a cue is an adverbial of the cue's own clause, no clause reported:
    a phrase a preposition or subordinator opens ('Op de vraag waarom', 'Op de vraag of …', 'Met de
    verklaring die …', 'Indien ze er komen'), or 'Wat … betreft'. (Not 'no finite verb': the lexicon
    knows only the frequent finite verbs, and 'De begroting klopt niet' is a clause.)"""
    words = context.text[start:stop].strip(" ,")
    first = words.split()[0].lower() if words else ""
    lexicon = context.lexicon
    return first in lexicon.words["preposition"] or first in lexicon.words["subordinator"] or bool(_AS_FOR.search(words))


def _impersonal_subject(context: Context, who: str) -> bool:
    """'het', or 'het' and adverbs ('…, zo klinkt het nog.'): no one named after an impersonal cue."""
    words = who.lower().split()
    return words[:1] == ["het"] and all(w in context.lexicon.words["trailing_adverb"] for w in words[1:])


def _closes_inside(context: Context, start: int, stop: int) -> bool:
    """Whether a quotation closes inside text[start:stop], so that its marks at both ends belong to two
    quotations with words of the reporter between them."""
    return any(start < close_end < stop for _, close_end in context.quoted)


def _opens_sentence(text: str, content_start: int, open_start: int) -> bool:
    """Whether the quote at `open_start` is a sentence of its own, not a fragment inside the clause
    ('Nederland is in de ,,indamfase”, zei Rutte' reports the clause and quotes the fragment)."""
    before = text[content_start:open_start].rstrip()
    return not before or before[-1] in ".!?:"


def _last_conjunct(context: Context, start: int, stop: int) -> int:
    """'Zij werden gezien als …, maar voor hun betrokkenheid is geen bewijs': only the conjunct
    next to the cue when 'maar' opens a clause of its own (not a second predicate: 'maar volgde')."""
    for match in re.finditer(r",\s+maar\s+(?P<word>[\w-]+)", context.text[start:stop]):
        rest = context.text[start + match.end():stop]  # no finite verb after it: 'maar wel in mei', no clause
        if first_finite(match["word"], context.lexicon) is None and first_finite(rest, context.lexicon) is not None:
            start = start + match.end() - len(match["word"])
    return start


def _reporter_before(context: Context, found: list[Report], start: int) -> SpeakerRef | None:
    """The speaker of the last report before `start` in its paragraph ('De woordvoerder bevestigt
    dat … . Daarop is … , luidt het.')."""
    if not found or "\n" in context.text[found[-1].end:start]:
        return None
    return found[-1].attribution.speaker
