"""When a quote was said, which is not when what it talks about happens (issue #14 §1).

In order:
  clause       a date in the quote's speech clause: its sentence on the side of the quoted words where
               the speaker is named ('zei dinsdag dat …', '"…", zei hij dinsdag'), or opening an
               indirect quote right after its verb ('zei eind september toch … te willen'). Dates on the
               other side are part of what was said ('Hij wil woensdag beslissen, "…", aldus X'); a
               speaker named inside the quoted clause ('Maandag werden … volgens de politie …') leaves
               every date there to the content, and so does a report holding a quoted phrase
               ('verklaarde dat pas in mei bekeken wordt 'of en hoeveel'': 'mei' is what was said), as
               is a date in the words of another quote of the sentence ('liet weten de vluchten van
               woensdag te schrappen, en waarschuwde voor …') or in the question put to the speaker
               ('Gevraagd of het lukt tegen september, antwoordde X: "…"');
  then         'toen'/'destijds' in the speech clause: the last date the text named before the sentence;
  speech       the last date before the sentence, in the same paragraph, when the words were said in
               the past (a past-tense cue, or the cue of the same speaker's quote this one continues)
               and the sentence holding that date reports speech of the same speaker ('Gisteravond zei
               Jambon …' and his next quote) or, with a past-tense cue, names that speaker by name ('In
               juni noemde Biden …. In een toespraak zei Biden dat …'; not a description: 'De premier kon
               dinsdag spreken met …' tells what he did, the quote after it came the article's day); a
               present-tense cue ('zegt', 'klinkt het') is today's, whatever the story said before,
               and so is any quote after one of the same speaker with such a cue ('In juli … Trump heeft gezegd dat …. "…",
               verklaarde hij'); a quote without a cue takes the tense of the sentence right before it
               that names its speaker ('Toen X afgelopen weekend reageerde, hekelde ze de directies. "…"');
  occasion     a speech occasion the speech clause names ('zei X in zijn overwinningstoespraak', 'tijdens
               het debat'), or the sentence before it in the paragraph when it names the speaker or the
               occasion is a known one ('Na dat telefoongesprek zei X …. X zei …'; 'In zijn
               overwinningstoespraak …. "…", volgens hem'), took place when an earlier sentence that tells
               of it says ('X heeft zondag de verkiezingen gewonnen', 'Y belde woensdag met X'; occasions
               and their event words in data/lexicons/speech_occasions.tsv): that sentence's date nearest
               the event word; not for a present-tense cue;
  publication  the article's date: a quote nothing dates was said for the article.
A date in a relative clause ('een stemming die vrijdag gepland staat') tells about the noun before it,
and a date after 'sinds'/'vanaf' where a state starts: neither dates any speech. Nothing is dated after
the article that reports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..records import DateValue, FactDate, Timex
from ..time.dating import date_fact, not_after_publication, precision_of
from ..time.lexicon import load_time_lexicon
from ..time.tense import word_tense
from .lexicon import QuoteLexicon
from .occasions import named_occasion

# An indirect quote opening with a date ('zei eind september toch ...') took the speech clause's date in.
_OPENING = 2
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)  # a word of letters
# Where a clause may start: a relative word is looked for back to the nearest of these.
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”„‘’«»]|(?<!\w)'|'(?!\w)")
# Where a clause ends for certain (a quotation mark may open a quote inside it).
_CLAUSE_END = re.compile(r"[,;:()]")

SentenceOf = Callable[[int], "tuple[int, int] | None"]


@dataclass(frozen=True)
class QuoteOccasion:
    """What dating needs of one quote: its span, kind, sentence, who said it (an entity id or the
    speaker's words, lower case; None when nobody is named), by which cue, and where else the
    article names that speaker (the starts of the mentions of the speaker's entity)."""

    start: int
    end: int
    kind: str
    sentence: tuple[int, int]
    speaker: str | None
    speaker_at: int | None  # where the words naming the speaker start
    cue: str | None = None
    named_at: tuple[int, ...] = ()
    by_name_at: tuple[int, ...] = ()  # of those, the mentions by name ('Jambon', not 'de premier')


@dataclass(frozen=True)
class QuoteDating:
    """A quote's date and the rule that gave it: 'clause', 'then', 'speech' (the date's sentence
    reports speech of the speaker), 'speech, named' (it only names the speaker), 'occasion' or 'publication'
    (see the module docstring). `capped` when the rule named a date after the article, which
    then gave way to the publication date."""

    date: FactDate
    rule: str
    capped: bool = False


@dataclass(frozen=True)
class _Article:
    text: str
    occasions: Sequence[QuoteOccasion]
    sentence_of: SentenceOf
    words: QuoteLexicon


def _datable(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and timex.value is not None and not timex.value.endswith("_REF")


def _publication(published: DateValue | None) -> FactDate:
    if published:
        return FactDate(published.value, published.precision, "publication")
    return FactDate(None, None, "publication")


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _clause_before(timex: Timex, text: str, sentence_start: int) -> list[str]:
    """The words of the timex's clause before it: back to the nearest comma, colon or quotation mark."""
    before = text[sentence_start:timex.start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return _words(before[breaks[-1].end():] if breaks else before)


def about_something_else(timex: Timex, text: str, sentence_start: int, words: QuoteLexicon) -> bool:
    """A date in a relative clause, or where a period starts ('sinds 2009'): no speech happened then."""
    clause = _clause_before(timex, text, sentence_start)
    if any(word in words.words["relative"] for word in clause):
        return True
    # two look-ups, not the union of both word sets built anew for every date of every quote
    return bool(clause) and (clause[-1] in words.words["period_bound"] or clause[-1] in words.words["dated_noun"])


def _in_question(timex: Timex, text: str, sentence_start: int, words: QuoteLexicon) -> bool:
    """A date in an 'of' clause of the speech clause ('Gevraagd of het lukt tegen september, antwoordde
    …'): part of what the speaker was asked, not when the answer was given."""
    return any(word in words.words["asked"] for word in _clause_before(timex, text, sentence_start))


def _in_closed_content_clause(timex: Timex, quote: QuoteOccasion, text: str, words: QuoteLexicon) -> bool:
    """A date in a 'dat' clause that ends before the quote starts ('X twijfelt er niet aan dat Y komt eind
    juni, en "…"'): what that clause reports, and the quote is not its content. Not the opening 'Dat' of
    'Dat zei hij dinsdag', nor a 'dat' clause that goes on into the quote ('verklaarde dat in mei 'of …'')."""
    clause = _clause_before(timex, text, quote.sentence[0])
    if not any(word in words.words["content"] for word in clause[1:]):
        return False
    return timex.end <= quote.start and bool(_CLAUSE_END.search(text[timex.end:quote.start]))


def _reported(timex: Timex, quote: QuoteOccasion, occasions: Sequence[QuoteOccasion]) -> bool:
    """The date stands inside the words of another quote, one that holds this one ('verklaarde dat pas in
    het voorjaar bekeken wordt 'of en hoeveel' …') or one beside it ('liet weten de vluchten van woensdag
    te schrappen, en waarschuwde voor …'): it is what was said, not when."""
    return any(other is not quote
               and other.start + (_OPENING if other.kind == "indirect" else 0) <= timex.start < other.end
               for other in occasions)


def _speech_side(quote: QuoteOccasion, text: str, words: QuoteLexicon) -> list[tuple[int, int]]:
    """The parts of the quote's sentence that belong to its speech clause (see the module docstring)."""
    start, end = quote.sentence
    at = quote.speaker_at
    if at is None or not start <= at < end:
        return [(start, quote.start), (quote.end, end)]  # no speaker named in the sentence: both sides
    if quote.start <= at < quote.end:
        return []
    if at >= quote.end:
        return [(quote.end, end)]
    before = _words(text[start:quote.start])
    opens = quote.kind == "indirect" and not (before and before[-1] in words.words["embedding"] | {"of"})
    return [(start, quote.start + (_OPENING if opens else 0))]


def _any_past(tokens: list[str], words: QuoteLexicon) -> bool:
    """A past-tense speech verb ('zei', 'klonk', 'meende') or past marker of time.tsv among `tokens`."""
    time_words = load_time_lexicon()
    return any(token in words.past_forms or word_tense(token, time_words) == "past" for token in tokens)


def _cue_tense(cue: str | None, words: QuoteLexicon) -> str | None:
    """'past' for 'zei', 'liet weten', 'voegde toe', 'klonk het'; 'present' for 'zegt', 'klinkt het',
    'heeft gezegd'; None when the cue has no verb (':', 'aldus', 'volgens') or there is none."""
    tokens = _words(cue or "")
    if not tokens:
        return None
    if tokens[0] in words.words["present_perfect"]:
        return "present"
    if _any_past(tokens, words):
        return "past"
    return "present" if words.is_finite(tokens[0]) else None


def _introducing_tense(quote: QuoteOccasion, article: _Article) -> str | None:
    """'past' for a quote without a cue right after the sentence that names its speaker in the past
    ('Toen X vorige week reageerde, hekelde ze de directies. "…"')."""
    if quote.speaker_at is None or quote.speaker_at >= quote.sentence[0]:
        return None
    sentence = article.sentence_of(quote.speaker_at)
    if sentence is None or article.text[sentence[1]:quote.sentence[0]].strip():
        return None
    return "past" if _any_past(_words(article.text[sentence[0]:sentence[1]]), article.words) else None


def _tense(quote: QuoteOccasion, article: _Article) -> str | None:
    """The tense of the quote's cue; without one, of the sentence right before that names its speaker,
    or else of the cue of the same speaker's quote before it."""
    if quote.cue is not None:
        return _cue_tense(quote.cue, article.words)
    introduced = _introducing_tense(quote, article)
    if introduced is not None:
        return introduced
    earlier = [o for o in article.occasions if o.start < quote.start and o.speaker == quote.speaker and o.cue]
    return _cue_tense(earlier[-1].cue, article.words) if earlier and quote.speaker else None


def _said_then(quote: QuoteOccasion, sides: list[tuple[int, int]], article: _Article) -> bool:
    """'toen'/'destijds' as an adverb in the speech clause ('zei hij toen'; not 'Toen hij kwam, zei …'
    nor 'zei hij toen hij kwam')."""
    words = article.words.words
    for first, last in sides:
        part = article.text[first:last]
        for match in WORD.finditer(part):
            if match.group().lower() not in words["then"]:
                continue
            ahead = WORD.search(part, match.end())
            if ahead and match.group().lower() in words["subordinator"] and (
                    ahead.group().lower() in words["clause_subject"] or ahead.group()[0].isupper()):
                continue  # 'toen hij …', 'toen Trump …': a clause of its own
            opens_clause = not part[:match.start()].strip() or part[:match.start()].rstrip().endswith(",")
            if not opens_clause or (ahead and article.words.is_finite(ahead.group())):
                return True
    return False


def _speech_date(quote: QuoteOccasion, earlier: list[Timex], article: _Article) -> QuoteDating | None:
    tense = _tense(quote, article)
    if not earlier or quote.speaker is None or tense == "present":
        return None
    last = earlier[-1]
    if "\n" in article.text[last.end:quote.start]:
        return None  # another paragraph: another occasion
    sentence = article.sentence_of(last.start)
    if sentence is None:
        return None
    # by name only: a description ('De premier kon dinsdag spreken met …') tells what they did, not said
    named = [at for at in quote.by_name_at if tense == "past"]
    spoke = []
    for other in article.occasions:
        if other is quote or other.speaker != quote.speaker:
            continue
        if last.end <= other.start < quote.start and _tense(other, article) == "present":
            return None  # 'In juli … Trump heeft gezegd dat …': the text is back at its own day
        spoke += [other.start] + ([other.speaker_at] if other.speaker_at is not None else [])
    found = FactDate(last.value, precision_of(last.value), "narrative")
    if any(sentence[0] <= place < sentence[1] for place in spoke):
        return QuoteDating(found, "speech")
    if any(sentence[0] <= place < sentence[1] for place in named):
        return QuoteDating(found, "speech, named")
    return None


def _occasion_clause(quote: QuoteOccasion, sides: list[tuple[int, int]], article: _Article) -> list[str]:
    """The words of the speech clause and of the sentence right before in its paragraph when that one
    names the speaker or holds a quote of theirs ('Na dat telefoongesprek zei X dat …. X zei …')."""
    words = [w for first, last in sides for w in _words(article.text[first:last])]
    last = len(article.text[:quote.sentence[0]].rstrip(" ")) - 1
    before = article.sentence_of(last) if last >= 0 else None
    if before is None or "\n" in article.text[before[0]:quote.sentence[0]]:
        return words
    quoted = [(o.start, o.end) for o in article.occasions if before[0] <= o.start < before[1]]
    text = article.text[before[0]:before[1]]
    for first, last in sorted(quoted, reverse=True):  # the words of its quotes are no occasion
        text = text[:first - before[0]] + " " + text[last - before[0]:]
    places = [*quote.named_at, *(o.start for o in article.occasions if o.speaker == quote.speaker)]
    if any(before[0] <= place < before[1] for place in places):
        return words + _words(text)
    # not named there, but 'In zijn overwinningstoespraak …': a known one's occasion the quote goes on with
    tokens = _words(text)
    known = article.words.words["occasion_determiner"]
    return words + [word for previous, word in zip(tokens, tokens[1:], strict=False) if previous in known]


def _occasion_date(quote: QuoteOccasion, sides: list[tuple[int, int]], earlier: list[Timex],
                   article: _Article) -> QuoteDating | None:
    """The date an earlier sentence gives the occasion the speech clause names ('zei X in zijn
    overwinningstoespraak' after 'X heeft zondag de verkiezingen gewonnen')."""
    if quote.speaker is None or _tense(quote, article) == "present":
        return None
    event = named_occasion(_occasion_clause(quote, sides, article))
    if event is None:
        return None
    for timex in reversed(earlier):
        sentence = article.sentence_of(timex.start)
        if sentence is None:
            continue
        told = [m.start() + sentence[0] for m in WORD.finditer(article.text[sentence[0]:sentence[1]])
                if event.told_by([m.group().lower()])]
        if told:  # of that sentence's dates, the one nearest the event's word
            own = [t for t in earlier if sentence[0] <= t.start < sentence[1]]
            best = min(own, key=lambda t: min(abs(t.start - at) for at in told))
            return QuoteDating(FactDate(best.value, precision_of(best.value), "narrative"), "occasion")
    return None


def _capped(found: FactDate, rule: str, published: DateValue | None) -> QuoteDating:
    kept = not_after_publication(found, published)
    return QuoteDating(kept, rule, kept is not found)


def explain_quote_date(quote: QuoteOccasion, occasions: Sequence[QuoteOccasion], timexes: Sequence[Timex],
                       text: str, sentence_of: SentenceOf, published: DateValue | None,
                       words: QuoteLexicon) -> QuoteDating:
    """date_quote with the rule that dated the quote (for bench/quote_date_moves.py)."""
    article = _Article(text, occasions, sentence_of, words)
    start, end = quote.sentence
    sides = _speech_side(quote, text, words)
    clause = [t for t in timexes if _datable(t) and any(a <= t.start < b for a, b in sides)
              and not about_something_else(t, text, start, words) and not _reported(t, quote, occasions)
              and not _in_question(t, text, start, words) and not _in_closed_content_clause(t, quote, text, words)]
    found = date_fact(clause, quote.sentence, quote.start, published)
    if found.basis in ("explicit", "relative"):
        return _capped(found, "clause", published)
    # an earlier quote's own dates are what it talked about, not when anything was said
    quoted = [(o.start, o.end) for o in occasions]
    earlier = []
    for timex in sorted(timexes, key=lambda t: t.start):
        if timex.end > start or not _datable(timex) or any(a <= timex.start < b for a, b in quoted):
            continue
        own = sentence_of(timex.start)
        if not about_something_else(timex, text, own[0] if own else 0, words):
            earlier.append(timex)
    if earlier and _said_then(quote, sides, article):
        last = earlier[-1]
        return _capped(FactDate(last.value, precision_of(last.value), "narrative"), "then", published)
    spoken = _speech_date(quote, earlier, article)
    if spoken is not None:
        return _capped(spoken.date, spoken.rule, published)
    occasion = _occasion_date(quote, sides, earlier, article)
    if occasion is not None:
        return _capped(occasion.date, occasion.rule, published)
    return QuoteDating(_publication(published), "publication")


def date_quote(quote: QuoteOccasion, occasions: Sequence[QuoteOccasion], timexes: Sequence[Timex], text: str,
               sentence_of: SentenceOf, published: DateValue | None, words: QuoteLexicon) -> FactDate:
    """The date `quote` was said; `occasions` are all quotes of the article, `sentence_of` maps an
    offset to its sentence's (start, end), `words` the quote lexicon."""
    return explain_quote_date(quote, occasions, timexes, text, sentence_of, published, words).date
