"""Attributing every quotation in marks: by its own cue, else as a continuation of the quote
before, else to the person the text is about; a quote printed twice shares its best speaker. Once
indirect speech is found, a quote without a cue right after a report continues its speaker (a quote
printed as a heading: headings.py)."""

from __future__ import annotations

from dataclasses import replace

from ..records import SpeakerRef
from .attribution import Attribution, DirectQuote, Report, names_someone
from .constructions import DIRECT, fragment
from .constructions.cues import cues_in
from .context import Context
from .headings import is_heading
from .marks import QuoteSpan
from .rules import QUOTE_MARKS
from .topic import subject_body

_SCARE_QUOTE_WORDS = 4  # fewer words without a cue of their own: scare quotes ('cruciale', "wellicht")
_CONTINUATION_CHARS = 400  # a quote this close after an attributed one, in its paragraph, continues it
_REPEATED_WORDS = 4  # a repeated quote this long is the same quote, not a common phrase


def attribute_direct(context: Context, spans: list[QuoteSpan]) -> tuple[list[DirectQuote], list[QuoteSpan]]:
    """Attributed quotes, and the short unattributed ones set aside (scare quotes, or fragments
    quoted inside indirect speech, which find_quotes takes back)."""
    found: list[DirectQuote] = []
    short = []
    previous: Attribution | None = None
    previous_end = -1
    for span in spans:
        attribution = _own_attribution(context, span, previous)
        strength = 2
        if attribution is None:
            if len(context.text[span.start:span.end].split()) < _SCARE_QUOTE_WORDS:
                short.append(span)
                continue
            # a heading opens a section: it continues no quote above it (headings.share_headings)
            if previous and _continues(context.text, previous_end, span) and not is_heading(context.text, span):
                attribution, strength = replace(previous, cue=None), 1
            else:
                attribution, strength = Attribution(_speaker_unnamed(context, span), None), 0
        found.append(DirectQuote(span, attribution, strength))
        previous, previous_end = attribution, span.close_end
    return _share_repeated(context.text, found), short


def _own_attribution(context: Context, span: QuoteSpan, previous: Attribution | None) -> Attribution | None:
    """The attribution the words around the quote give it, or its sentence's speaker and cue."""
    for construction in DIRECT:
        attribution = construction(context, span, previous)
        if attribution is not None:
            return attribution
    sentence = context.sentence_of(span.open_start)
    sentence_start = sentence[0] if sentence else 0
    lead = context.text[sentence_start:span.open_start].strip(" " + QUOTE_MARKS)
    # '"…," zei Blok. "…"' read as one sentence: a quote after a full stop opens a sentence, no fragment
    if lead and not lead.endswith((".", "!", "?")):
        return fragment(context, span)  # 'Het hof vindt die straf "een brug te ver"'
    return None


def continue_reports(context: Context, direct: list[DirectQuote], reports: list[Report]) -> list[DirectQuote]:
    """A quote without a cue of its own right after indirect speech in its paragraph, with nobody
    named in between, continues the speaker of that report ('Volgens het OM is … . "…"', '…, laat een
    woordvoerder weten. "…"'), as it continues the speaker of a quote in marks; a quote that continued
    the quote before follows along."""
    found: list[DirectQuote] = []
    for item in sorted(direct, key=lambda d: d.span.open_start):
        if item.attribution.cue is None and item.strength < 2 and not _overlaps(item.span, reports):
            last_direct = found[-1].span.close_end if found else -1
            before = [r for r in reports if last_direct < r.end <= item.span.open_start]
            if before and _continues(context.text, before[-1].end, item.span) \
                    and not _someone_else(context, before[-1], item.span.open_start):
                item = DirectQuote(item.span, replace(before[-1].attribution, cue=None), 1)
            elif item.strength == 1 and found:
                item = DirectQuote(item.span, replace(found[-1].attribution, cue=None), 1)
        found.append(item)
    return found


def _someone_else(context: Context, report: Report, until: int) -> bool:
    """Whether a person other than the words naming the report's speaker is named after the report."""
    speaker = report.attribution.speaker
    own = (speaker.start, speaker.end) if speaker else (0, 0)
    return any(report.end <= m.start < until and not own[0] <= m.start < own[1] and m.label == "PER"
               for m in context.reader.mentions)


def _overlaps(span: QuoteSpan, reports: list[Report]) -> bool:
    return any(r.start < span.close_end and span.open_start < r.end for r in reports)


def _continues(text: str, previous_end: int, span: QuoteSpan) -> bool:
    return (span.open_start - previous_end < _CONTINUATION_CHARS
            and "\n\n" not in text[previous_end:span.open_start][:-1])


def _named_after(context: Context, span: QuoteSpan) -> SpeakerRef | None:
    """'"Er is geen vooruitgang geboekt." EU-onderhandelaar Michel Barnier zei na afloop dat …': a quote
    opening its paragraph as a sentence of its own, whose next sentence has a person as the subject of
    a speech verb, is that person's."""
    text = context.text
    line_start = text.rfind("\n", 0, span.open_start) + 1
    sentence = context.sentence_of(span.open_start)
    if text[line_start:span.open_start].strip() or sentence is None or sentence[0] > span.open_start \
            or text[sentence[0]:span.open_start].strip(" " + QUOTE_MARKS):
        return None
    following = next((s for s in context.sentences if s[0] >= span.close_end), None)
    if following is None or text[span.close_end:following[0]].strip(" .!?") or "\n" in text[span.close_end:following[0]]:
        return None
    cue = next(cues_in(context, following[0], following[1]), None)
    if cue is None:
        return None
    speaker = context.reader.subject(following[0], cue.start(), span.open_start)
    if speaker is None or speaker.kind != "mention" or context.reader.mention_in(
            speaker.start, speaker.end, ("PER",)) is None:
        return None
    return speaker


def _speaker_unnamed(context: Context, span: QuoteSpan) -> SpeakerRef | None:
    """The speaker of a quote no words around it name: the person the next sentence says spoke,
    else the body or group the sentence before is about as its subject (topic.py), else the
    person the text is about."""
    return _named_after(context, span) or subject_body(context, span.open_start) or _salient(context, span)


def _salient(context: Context, span: QuoteSpan) -> SpeakerRef | None:
    """The person the text is about where the quote opens, as a speaker no words name."""
    person = context.reader.salient_person(span.open_start)
    if person is None:
        return None
    return SpeakerRef(person.start, person.end, person.text, "salient", (person.start, person.end))


def _share_repeated(text: str, found: list[DirectQuote]) -> list[DirectQuote]:
    """A quote printed twice (a lead quote repeated in the body) has the speaker of its best
    attributed occurrence."""
    def key(item: DirectQuote) -> str:
        return " ".join(text[item.span.start:item.span.end].lower().split()).strip(" .!?")

    best: dict[str, DirectQuote] = {}
    for item in found:
        known = best.get(key(item))
        if names_someone(item.attribution.speaker) and (known is None or item.strength > known.strength):
            best[key(item)] = item
    shared = []
    for item in found:
        other = best.get(key(item))
        if other and other.strength > item.strength and len(key(item).split()) >= _REPEATED_WORDS:
            item = DirectQuote(item.span, replace(other.attribution, cue=None), other.strength)
        shared.append(item)
    return shared
