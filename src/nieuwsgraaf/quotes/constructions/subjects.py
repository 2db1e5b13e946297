"""Where the clause of a cue starts, and who its subject is: before the cue, or after it when a
word or phrase is fronted ('Volgens de krant zei Rutte …', 'Later waarschuwde de Duitse …')."""

from __future__ import annotations

import re

from ...records import SpeakerRef
from ..attribution import names_someone
from ..clauses import first_finite, strip_connective
from ..context import Context
from ..refs import mention_ref
from ..rules import NOMINATIVE_PRONOUN, QUOTE_MARKS, WORD
from ..salience import pronoun_gender

# 'Annemiek van Spanje, de advocaat van de familie, laat weten dat …', 'De sector, die veel wagens
# invoert, vreest dat …': a subject and one phrase set off by commas before the cue.
_RELATIVE_CLAUSE = re.compile(r"[\s,]die\s[^,]*$")
# 'De Wever, die hem in een reactie verwijt …': a relative pronoun opening the clause, no subject of its
# own after it (no capital, no nominative pronoun) and the cue its finite verb, is the subject: its
# antecedent speaks
_RELATIVE_SUBJECT = re.compile(r"die\s(?![^,]*(?:\b(?:hij|zij|ze|ik|wij|we)\b|[A-Z]))[^,]*$")
# 'als' opens a subordinate clause less often than it compares ('zowel X als Y', 'beschouwt X als Y')
_COMPARING = frozenset({"als"})
_COORDINATOR_BEFORE = re.compile(r"(?:,\s*|\s)(?:maar|en)\s+$")
_COORDINATOR = re.compile(r"(?:,\s*|\s)(?:maar|en)\s+")
# A list of names before the cue: 'ABVV, ACV en ACLVB noemen', the rest after a comma and one name.
_LIST_NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
_LIST_REST = re.compile(rf"{_LIST_NAME}(?:,\s+{_LIST_NAME})*\s+en\s+{_LIST_NAME}\s*$")
_NAME_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<name>{_LIST_NAME})$")
_SET_OFF = re.compile(r"\s*(?P<subject>[^,;:\n]+?),\s+(?P<aside>[^,;:\n]+),\s*$")


def clause_start(context: Context, start: int, cue_start: int) -> int:
    """After the last comma or colon before the cue ('… valt X aan: hij noemt …') and a connective
    opening the clause ('maar het hof'); the commas of a list of names closed by 'en' ('Oxfam, Cordaid
    en Amnesty zeggen') open none."""
    text = context.text
    comma = max(text.rfind(", ", start, cue_start), text.rfind(": ", start, cue_start))
    found = start if comma < 0 else comma + 2
    if comma >= 0 and text[comma] == "," and _LIST_REST.match(text, found, cue_start):
        found = _list_start(context, start, comma)
    while text[found:found + 1] in (" ", *QUOTE_MARKS):
        found += 1
    return strip_connective(text, found, cue_start, context.rules)


def _list_start(context: Context, start: int, comma: int) -> int:
    """Where a list of names ending at `comma` starts: back over names each set off by a comma, to
    the first, unless a preposition governs it ('met Rutte, Kaag en Hoekstra'); else after the comma."""
    text = context.text
    first = None
    while comma >= start:
        name = _NAME_BEFORE.search(text, start, comma)
        if name is None:
            break
        first = name.start()
        if not text[start:first].endswith(", "):
            before = text[start:first].split()
            if before and before[-1].lower() in context.rules.lexicon.words["preposition"]:
                return comma + 2
            return first
        comma = first - 2
    return comma + 2 if first is None else first


def subordinate_subject(context: Context, clause: int, cue_start: int, quote_start: int) -> SpeakerRef | None:
    """The subject of a subordinate clause the cue ends ('… neer in Brussel nadat de aanklager had
    aangekondigd dat …', 'Nadat zaterdag de rechtbank had laten weten …'): the words after its
    conjunction, up to the finite verb; a conjunction right before a finite verb is an adverb ('toen
    zei hij')."""
    text, lexicon = context.text, context.lexicon
    sentence = context.sentence_of(cue_start)
    if sentence is not None and sentence[0] < clause:
        # clause_start skips a connective ('Nadat …'): here the conjunction is wanted
        clause = max(sentence[0], text.rfind(", ", sentence[0], clause) + 2)
    words = list(WORD.finditer(text, clause, cue_start))
    opener = next((w for w in reversed(words) if w.group().lower() in lexicon.words["subordinator"]
                   and w.group().lower() not in _COMPARING), None)
    if opener is None:
        return None
    subject_start = opener.end()
    while (word := WORD.match(text, subject_start + 1)) and word.group().lower() in lexicon.time_words:
        subject_start = word.end()  # 'nadat zaterdag de rechtbank …': a time word before the subject
    rest = text[subject_start:cue_start]
    if not rest.strip() or first_finite(rest, lexicon) == len(rest) - len(rest.lstrip()):
        return None
    speaker = context.reader.subject(subject_start, cue_start, quote_start)
    return speaker if names_someone(speaker) else None


def speaker_around(context: Context, clause: int, cue_start: int, cue_end: int, content_start: int,
                   quote_start: int) -> SpeakerRef | None:
    """The subject before the cue, or (after a fronted word or phrase) the one after it."""
    prefix = context.text[clause:cue_start].strip()
    subordinate = subordinate_subject(context, clause, cue_start, quote_start)
    if subordinate is not None:
        return subordinate
    if not prefix:
        subject = _set_off_subject(context, cue_start, quote_start) or _shared_subject(context, clause, quote_start)
        if subject is not None:
            return subject
    if prefix.lower() in ("die", "wie") or (_RELATIVE_SUBJECT.match(prefix)
                                            and first_finite(prefix, context.lexicon) is None):
        return _antecedent(context, clause)
    relative = _RELATIVE_CLAUSE.search(context.text, clause, cue_start)
    if relative:  # 'JD Vance die de president bekritiseerde voor …': the cue is the relative clause's
        subject = _antecedent(context, relative.start() + 1)
        if subject is not None:
            return subject
    fronted = bool(context.rules.fronted.match(prefix))
    after_verb = _pronoun_after_verb(context, cue_start, cue_end, quote_start)
    if prefix and after_verb is not None:
        return after_verb  # 'Maar de motie vindt hij …': the phrase before the verb is its object
    if prefix and not fronted:
        speaker = context.reader.subject(clause, cue_start, quote_start)
        if names_someone(speaker):
            return speaker
    inverted = inverted_subject(context, clause, cue_start, quote_start)
    if inverted is not None:
        return inverted
    if not prefix or fronted or first_finite(prefix, context.lexicon) is None:
        return context.reader.speaker_from(cue_end, content_start, quote_start)
    return None


def _pronoun_after_verb(context: Context, cue_start: int, cue_end: int, quote_start: int) -> SpeakerRef | None:
    """The subject pronoun right after a finite cue ('vindt hij', 'noemen wij'), else None."""
    cue = context.text[cue_start:cue_end]
    pronoun = NOMINATIVE_PRONOUN.match(context.text, cue_end)
    if pronoun is None or not context.lexicon.is_finite(cue):
        return None
    speaker = context.reader.speaker_from(pronoun.start("who"), pronoun.end("who"), quote_start)
    return speaker if names_someone(speaker) else None


def inverted_subject(context: Context, clause: int, cue_start: int, quote_start: int) -> SpeakerRef | None:
    """'Tijdens een toespraak heeft Netanyahu aangegeven dat …', '…, heeft Erdogan ermee gedreigd …':
    the cue is a participle after a finite verb that stands first or after a fronted phrase (verb
    second), so the subject is between that verb and the cue."""
    words = context.text[clause:cue_start]
    verb = first_finite(words, context.lexicon)
    if verb is None:
        return None
    before = words[:verb].strip()
    if before and not (context.rules.fronted.match(before) or context.rules.subordinate.match(before)):
        return None  # 'Rutte heeft … gezegd': the subject stands before the verb
    verb_end = clause + verb + len(words[verb:].split()[0])
    if not context.text[verb_end:cue_start].strip():
        return None
    speaker = _coordinated_subject(context, verb_end, cue_start, quote_start)
    if speaker is None:
        speaker = context.reader.speaker_from(verb_end, cue_start, quote_start)
    return speaker if names_someone(speaker) else None


def _coordinated_subject(context: Context, start: int, cue_start: int, quote_start: int) -> SpeakerRef | None:
    """'In haar ogen is het glas halfvol en ze belooft dat …': a finite cue after 'en'/'maar' and a
    subject is a clause of its own, whose subject is not the first clause's ('heeft Rutte en Merkel
    gezegd' is one clause: its cue is no finite verb); a pronoun there is the person who is the
    first clause's subject ('Zo sprak X van … en hij riep op tot …')."""
    coordinated = list(_COORDINATOR.finditer(context.text, start, cue_start))
    cue = WORD.match(context.text, cue_start)
    if not coordinated or not cue or not context.lexicon.is_finite(cue.group()):
        return None
    after = coordinated[-1].end()
    if not context.text[after:cue_start].strip():
        return None  # 'schreef hij … en voegde eraan toe': the subject is shared
    speaker = context.reader.speaker_from(after, cue_start, quote_start)
    if speaker is not None and speaker.kind == "pronoun":
        first = context.reader.speaker_from(start, coordinated[-1].start(), quote_start)
        person = next((m for m in context.reader.mentions if first and first.kind == "mention"
                       and (m.start, m.end) == first.mention and m.label == "PER"), None)
        if person is not None and context.reader.salience.fits(person, pronoun_gender(speaker.text)):
            return first
    return speaker


def _set_off_subject(context: Context, cue_start: int, quote_start: int) -> SpeakerRef | None:
    """The subject before a phrase set off by commas right before the cue, when the sentence opens with it."""
    sentence = context.sentence_of(cue_start)
    if sentence is None:
        return None
    match = _SET_OFF.fullmatch(context.text, sentence[0], cue_start)
    if match is None:
        return None
    subject = match["subject"].lstrip(QUOTE_MARKS)
    rules = context.rules
    if rules.fronted.match(subject) or rules.subordinate.match(subject) or first_finite(subject, context.lexicon) is not None:
        return None  # 'Op zaterdag, de warmste dag, werd …', 'Toen Stoltenberg, toen nog …, lucht'
    speaker = context.reader.speaker_from(match.start("subject"), match.end("subject"), quote_start)
    named = _named_aside(context, match)
    if named is not None and not (speaker and speaker.kind == "mention" and _is_person(context, speaker)):
        return named  # 'De minister van Financiën, Eelco Heinen, noemde …': the name of the description
    return speaker if names_someone(speaker) else None


def _named_aside(context: Context, match: re.Match) -> SpeakerRef | None:
    """The person whose name is the whole phrase set off by commas."""
    person = context.reader.mention_in(match.start("aside"), match.end("aside"), labels=("PER",))
    if person is None or (person.start, person.end) != (match.start("aside"), match.end("aside")):
        return None
    return mention_ref(person)


def _is_person(context: Context, speaker: SpeakerRef) -> bool:
    return any(m.label == "PER" and (m.start, m.end) == speaker.mention for m in context.reader.mentions)


def _shared_subject(context: Context, clause: int, quote_start: int) -> SpeakerRef | None:
    """'Van Quickenborne spreekt van …, maar stelt dat …': a predicate after 'maar' or 'en' without a
    subject of its own shares the subject of the sentence."""
    sentence = context.sentence_of(clause)
    if sentence is None or not _COORDINATOR_BEFORE.search(context.text, sentence[0], clause):
        return None
    speaker = context.reader.subject(sentence[0], clause, quote_start)
    verb = WORD.match(context.text, clause)
    if speaker is not None and speaker.kind == "mention" and verb and context.lexicon.is_plural_finite(verb.group()):
        # 'Partijen kijken naar minister X, en vinden dat …': a plural verb has no one person as its
        # subject; the sentence's opening group is
        group = context.reader.unnamed(sentence[0], clause)
        if group is not None and _is_person(context, speaker):
            return group
    return speaker if names_someone(speaker) else None


def _antecedent(context: Context, relative: int) -> SpeakerRef | None:
    """'…, zegt Francken, die zegt dat …', 'Vance die …': the name right before the relative pronoun at `relative`."""
    before = context.text[:relative].rstrip().removesuffix(",").rstrip()
    named = [m for m in context.reader.mentions if m.label in ("PER", "ORG") and m.end == len(before)]
    return mention_ref(named[-1]) if named else None
