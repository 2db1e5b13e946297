"""Finding direct and indirect quotes in an analysed article and attributing them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..records import Mention, Quote
from .attribution import DOCUMENT_NOUNS, NOBODY, Attribution, Attributor, Speaker
from .clauses import content_end, first_finite, strip_connective
from .lexicon import QuoteLexicon
from .marks import QuoteSpan

# Words naming a speaker after a cue: no sentence punctuation, but dots inside a word ('SP.A').
_SPEAKER_WORDS = r"(?:[^,.;:!?\"“”„«»\n]|\.(?=\w)){1,80}"
_ADDRESSED = re.compile(r"\b(?:op|tegen|aan|via)\s+\S+[^:]*:\s*$")
# 'de uitspraak van Jambon citeerde:', 'een briefje van Trump met de tekst:': the author speaks.
_AUTHOR_OF = re.compile(rf"\b(?:{'|'.join(sorted(DOCUMENT_NOUNS))})\s+van\s+")
# '…'. Die woorden sprak minister-president Jan Jambon uit' / 'Die woorden van X': the quote's speaker.
_THOSE_WORDS = re.compile(r"\s*(?:Die|Deze)\s+(?:woorden|uitspraak|uitspraken)\s+(?:van\s+)?(?P<who>[^,.;:!?\n]{1,80})")
# '…', wil X weten / beaamt de bondscoach: an inverted verb and a name after a quote.
_INVERTED = re.compile(r"\s*,\s*(?P<cue>[a-z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,2}")
_NOT_VERBS = frozenset((
    "en", "maar", "want", "dus", "of", "die", "dat", "wat", "waarna", "waarop", "waardoor", "waarmee",
    "terwijl", "toen", "omdat", "hoewel", "zodat", "nadat", "voordat", "als", "zoals", "volgens", "ondanks",
    "zonder", "tijdens", "sinds", "tot", "vanaf", "met", "voor", "na", "bij", "in", "op", "van", "door",
    "tegen", "over", "onder", "tussen", "naast", "rond", "per", "aan", "uit", "om", "te", "zo", "ook", "nog",
    "al", "wel", "niet", "zelfs", "vooral", "dan", "nu", "namelijk", "bijvoorbeeld", "het", "de", "een", "er",
    "hij", "zij", "ze", "we", "wij", "ik", "je", "u",
))
# Sentence-initial words that front a constituent: the subject follows the verb.
_FRONTED = re.compile(r"^(?:volgens|voor|in|op|na|bij|tijdens|met|over|tegen|tegenover|vanuit|sinds|rond|wel|"
                      r"later|eerder|toen|daarna|vervolgens|gisteren|vandaag|gisteravond|vanavond|vanochtend|"
                      r"tegelijk|tegelijkertijd|intussen|ondertussen|daarom|bovendien|dan|nu|zo|"
                      r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b", re.IGNORECASE)
_DETERMINED = re.compile(r"\s+(?:de|het|een|dit|dat|deze|die|zijn|haar|hun|hem|zich)\b")
# Words that make the clause before a cue subordinate ('Het feit dat het kabinet het nodig vindt').
_EMBEDDED = re.compile(r"\b(?:dat|die|wat|omdat|nadat|als|toen|hoewel|terwijl|waarin|waarmee)\b")
_ADVERBIAL = re.compile(r"(?:aan|tegen|tegenover|op|in|via|bij|tijdens|voorafgaand|na|voor|met|vanuit|gisteren|"
                        r"vandaag|eerder|later|al|ook|nog)\b")
_COMMA = re.compile(r"(?<!,),(?!,)")
_TE_INFINITIVE = re.compile(r"\bte\s+(?:[\w-]+en|zijn|doen|gaan|staan|slaan|zien)\b")
# Predicates of a small clause after 'vinden': negation, a te-infinitive, or an adjective ending.
_SMALL_PREDICATE = re.compile(r"\b(?:niet|geen|te\s+[\w-]+en)\b|(?:baar|lijk|ig|isch|ief|aal|ant|ent|eel)\s*$")
_POSTPOSED_NOUN = re.compile(r",\s+(?:is|was|luidt|luidde)\s+(?:het|de)\s+(?P<cue>oordeel|conclusie|verwachting|"
                             r"overtuiging|mening|boodschap|standpunt)(?:\s+van\s+(?P<who>[^,.;:!?]+?))?\s*[.!?]?\s*$")
_SUBORDINATE = re.compile(r"(?i:toen|als|omdat|nadat|hoewel|wanneer|zodra|terwijl|voordat|sinds|doordat)\b")
# Cues that name a fragment without reporting a clause: 'noemt het akkoord 'evenwichtig''.
_FRAGMENT_CUE = re.compile(r"\b(?P<cue>noemt|noemde|noemen|noemden)\b")
# 'de zogenaamde 'regionale platformen'': a name in marks, not anybody's words.
_NAMING = re.compile(r"\b(?:zogenaamde|zogenoemde|zogeheten|het woord|de term|de naam)\s*$")
_QUOTE_MARKS = "\"“”„«»‘’'"


@dataclass(frozen=True)
class _Direct:
    span: QuoteSpan
    attribution: Attribution
    strength: int  # 2 a cue of its own, 1 a continuation of the quote before, 0 the salient person


def quote_sentences(text: str, sentences) -> list[tuple[int, int]]:
    """The tagger's sentences, mended for quotes: an opening mark left at the end of a sentence
    moves to the next one, and a piece that starts in lowercase ('voegde X toe.') joins the one before."""
    mended: list[list[int]] = []
    for start, end in sentences:
        if mended:
            previous = mended[-1]
            tail = text[previous[0]:previous[1]].rstrip()
            opener = re.search(r"\s(?:,,|''|[\"“„«‘'])$", tail)
            if opener:
                previous[1] = previous[0] + opener.start()
                start = previous[1]
            head = text[start:end].lstrip(" " + _QUOTE_MARKS)
            gap = text[previous[1]:start]
            if head[:1].islower() and "\n" not in gap and "\n" not in text[previous[0]:previous[1]]:
                previous[1] = end
                continue
        mended.append([start, end])
    return [(s, e) for s, e in mended]


class QuoteFinder:
    def __init__(self, lexicon: QuoteLexicon):
        self.lexicon = lexicon
        verbs = lexicon.verb_pattern
        self.cue = re.compile(rf"\b(?P<cue>{verbs})\b")
        self.after = re.compile(rf"\s*[,.]?\s*(?:zo\s+|dat\s+)?(?P<cue>klonk het|{verbs})\b(?P<who>{_SPEAKER_WORDS})?")
        self.before_colon = re.compile(rf"(?P<who>[^.!?\n]{{0,120}}?)(?:\b(?P<cue>{verbs})\b[^.!?:\n]{{0,60}})?:\s*$")
        self.back_reference = re.compile(rf"^\s*(?:Dat|Dit|Zo)\s+(?P<cue>{verbs})\s+(?P<who>{_SPEAKER_WORDS})")
        # 'Dat heeft ECB-president Christine Lagarde vrijdag gezegd.'
        self.back_perfect = re.compile(rf"^\s*(?:Dat|Dit|Zo)\s+(?:heeft|hebben|had|hadden)\s+(?P<who>[^,.;:!?]{{1,80}}?)\s+"
                                       rf"(?P<cue>{verbs})\s*[.!]?\s*$")
        # '…, zegt de rechtbank.' / '…, zo waarschuwt Xi.' / '…, aldus Chinese staatsmedia verder.'
        self.postposed = re.compile(rf",\s+(?:zo\s+)?(?P<cue>{verbs})\s+(?P<who>{_SPEAKER_WORDS}?)\s*[.!?]?\s*$")
        # '…, zou Xi tegen Biden hebben gezegd in hun telefoongesprek'
        self.postposed_perfect = re.compile(
            rf",\s+(?:zo\s+)?(?:zou|zouden|heeft|hebben|had|hadden)\s+(?P<who>[^,;:!?]{{1,60}}?)\s+(?:hebben\s+)?"
            rf"(?P<cue>{verbs})\b[^,;:!?]*[.!?]?\s*$")
        self.own_words = re.compile(r"\bnaar eigen zeggen\b")
        self.volgens = re.compile(r"\b[Vv]olgens\s+")
        self.warns_of = re.compile(r"\b(?P<cue>waarschuwt|waarschuwde|waarschuwden|waarschuwen)\s+"
                                   r"(?P<who>[^.!?\n]{0,60}?)\bvoor\s+(?P<content>[^.!?\n]{12,})")

    # -- direct ---------------------------------------------------------------------

    def _direct(self, text: str, span: QuoteSpan, attributor: Attributor, previous: Attribution | None,
                sentence_start: int) -> Attribution | None:
        after = self.after.match(text, span.close_end, min(len(text), span.close_end + 120))
        if after and self.lexicon.is_separable(after["cue"]) and not self._particle(after["cue"], after["who"] or ""):
            after = None  # '"…" maakt het debat lastig': 'maakt' reports only with its particle
        if after and after["cue"]:
            who = after["who"] or ""
            start = after.start("who") if after["who"] else after.end()
            if after["cue"] == "klonk het":  # the one the sentences before were about
                person = attributor.salient_person(span.open_start)
                speaker, speaker_text, affiliation = (person.entity, person.text, None) if person else NOBODY
                if speaker is None and previous:
                    speaker, speaker_text = previous.speaker, previous.speaker_text
            else:
                speaker, speaker_text, affiliation = attributor.speaker_from(start, start + len(who), span.open_start)
            addressee = attributor.addressee(after.end("cue"), after.end())
            return Attribution(speaker, speaker_text, after["cue"], addressee, affiliation)
        those = _THOSE_WORDS.match(text, span.close_end)
        if those:
            speaker, speaker_text, affiliation = attributor.speaker_from(those.start("who"), those.end("who"),
                                                                         span.open_start)
            if speaker:
                return Attribution(speaker, speaker_text, "woorden", None, affiliation)
        inverted = self._inverted(text, span, attributor)
        if inverted:
            return inverted
        lead = text[max(sentence_start, span.open_start - 160): span.open_start]
        colon = self.before_colon.search(lead)
        if colon:
            base = span.open_start - len(lead)
            addressed = _ADDRESSED.search(lead)
            end = base + (addressed.start() if addressed else colon.end())
            author = None
            for match in _AUTHOR_OF.finditer(lead):
                author = attributor.mention_in(base + match.end(), base + match.end() + 40, ("PER", "ORG", "LOC"))
            mention = author or attributor.mention_in(base + colon.start(), end, ("PER", "ORG", "LOC"))
            if mention:
                return Attribution(attributor.as_speaker(mention), mention.text, colon["cue"] or ":",
                                   attributor.addressee(base + colon.start(), span.open_start))
        return None

    def _inverted(self, text: str, span: QuoteSpan, attributor: Attributor) -> Attribution | None:
        """'"…", beaamt Rutte' / '"…", wil een verslaggever van de NOS weten' / '"…", beaamt hij':
        a verb and then a name, a pronoun, a role or a source tied to a name right after the quote
        attribute it, whatever the verb."""
        match = _INVERTED.match(text, span.close_end)
        if not match or "\n" in match.group() or match["cue"] in _NOT_VERBS:
            return None
        who_start = match.end("cue")
        pronoun = re.match(r"\s+(hij|zij|ze)\b", text[who_start:who_start + 6])
        if pronoun:
            person = attributor.salient_person(span.open_start)
            return Attribution(person.entity if person else None, pronoun[1], match["cue"], None)
        mention = attributor.mention_in(match.end(), match.end() + 1, ("PER", "ORG"))
        if mention is not None:
            return Attribution(attributor.as_speaker(mention), mention.text, match["cue"], None)
        speaker, speaker_text, affiliation = attributor.speaker_from(who_start, min(len(text), who_start + 80),
                                                                     span.open_start)
        if speaker and (affiliation or not speaker.startswith("local:other:")):
            return Attribution(speaker, speaker_text, match["cue"], None, affiliation)
        return None

    def direct_quotes(self, text: str, sentences, attributor: Attributor, spans: list[QuoteSpan]
                      ) -> tuple[list[tuple[QuoteSpan, Attribution]], list[QuoteSpan]]:
        """Attributed quotes, and the short unattributed ones set aside (scare quotes, or
        fragments quoted inside indirect speech, which find_quotes takes back)."""
        found: list[_Direct] = []
        short = []
        previous: Attribution | None = None
        previous_end = -1
        for span in spans:
            sentence_start = next((s for s, e in sentences if s <= span.open_start < e), 0)
            attribution = self._direct(text, span, attributor, previous, sentence_start)
            words = len(text[span.start:span.end].split())
            strength = 2
            if attribution is None and span.open_start > sentence_start \
                    and text[sentence_start:span.open_start].strip(" " + _QUOTE_MARKS):
                # 'Het hof vindt die straf "een brug te ver"': the sentence names who says it
                attribution = self.fragment(text, span, sentences, attributor)
            if attribution is None:
                if words < 4:
                    short.append(span)  # scare quotes: 'cruciale', "wellicht"
                    continue
                near = previous and span.open_start - previous_end < 400 and "\n\n" not in text[previous_end:span.open_start][:-1]
                if previous and near:
                    attribution = Attribution(previous.speaker, previous.speaker_text, None, previous.addressee,
                                              previous.affiliation)
                    strength = 1
                else:
                    person = attributor.salient_person(span.open_start)
                    attribution = Attribution(person.entity if person else None, None, None, None)
                    strength = 0
            found.append(_Direct(span, attribution, strength))
            previous, previous_end = attribution, span.close_end
        return [(d.span, d.attribution) for d in _share_repeated(text, found)], short

    def is_naming(self, text: str, span: QuoteSpan) -> bool:
        """'de zogenaamde 'regionale ontschepingsplatformen'': marks around a name, not words said."""
        return bool(_NAMING.search(text, max(0, span.open_start - 30), span.open_start))

    def fragment(self, text: str, span: QuoteSpan, sentences, attributor: Attributor) -> Attribution | None:
        """The speaker of a short quoted fragment whose sentence names a speaker and a cue before
        it ('Hij noemt het akkoord 'evenwichtig'', 'Rutte benadrukt de 'indamfase''), else None."""
        start = next((s for s, e in sentences if s <= span.open_start < e), None)
        if start is None:
            return None
        cues = list(_FRAGMENT_CUE.finditer(text, start, span.open_start)) \
            or list(self.cue.finditer(text, start, span.open_start))
        cue = cues[-1] if cues else None
        if cue is None or cue["cue"] == "aldus" or self.lexicon.is_separable(cue["cue"]):
            return None
        if re.search(r",|\b(?:dat|die|wat|waarbij|waarin|of|omdat|als)\b", text[cue.end():span.open_start]):
            return None  # the fragment belongs to another clause than the cue's
        clause_start = self._clause_start(text, start, cue.start())
        speaker = self._speaker_around(text, attributor, clause_start, cue.start(), cue.end(), span.open_start, start)
        if speaker[0] is None:
            return None
        return Attribution(speaker[0], speaker[1], cue["cue"], None, speaker[2])

    # -- indirect ---------------------------------------------------------------------

    def indirect_quotes(self, text: str, sentences, attributor: Attributor,
                        taken: list[tuple[int, int]]) -> list[tuple[int, int, Attribution]]:
        found: list[tuple[int, int, Attribution]] = []
        for index, (start, end) in enumerate(sentences):
            for item in self._indirect_in(text, start, end, attributor, sentences[:index], found, taken):
                s, e, _ = item
                # A reported clause may hold a quoted fragment; it may not sit inside a quote.
                inside_quote = any(a <= s and e <= b for a, b in taken)
                if e > s and not inside_quote and not any(a < e and s < b for a, b, _ in found):
                    found.append(item)
        return found

    def _indirect_in(self, text: str, start: int, end: int, attributor: Attributor, before, found, taken):
        sentence = text[start:end]
        results = []
        results += self._back_reference(text, start, end, attributor, before, found, taken)
        results += self._postposed(text, start, end, attributor, found)
        results += self._dat_clauses(text, start, end, attributor, taken)
        results += self._infinitives(text, start, end, attributor, taken)
        results += self._warnings(text, start, end, attributor)
        results += self._volgens(text, start, end, attributor)
        if self.own_words.search(sentence):
            subject = attributor.mention_in(start, end, ("PER",))
            if subject:
                content = sentence.rstrip(" .!?")
                results.append((start, start + len(content), Attribution(subject.entity, subject.text,
                                                                         "naar eigen zeggen", None)))
        return results

    def _back_reference(self, text, start, end, attributor, before, found, taken):
        """'Dat zei X.' / 'Dat heeft X gezegd.': the sentences of the paragraph before carry the content."""
        sentence = text[start:end]
        match = self.back_reference.match(sentence) or self.back_perfect.match(sentence.rstrip())
        if not match or not before:
            return []
        cue = self._full_cue(match["cue"], match["who"])
        if cue is None:
            return []
        speaker, speaker_text, affiliation = attributor.speaker_from(start + match.start("who"),
                                                                     start + match.end("who"), start)
        if not speaker:
            return []
        first = None
        for s, e in reversed(before[-3:]):
            quoted = sum(max(0, min(e, b) - max(s, a)) for a, b in taken)
            if "\n" in text[s:start] or quoted > (e - s) / 2 or any(a < e and s < b for a, b, _ in found):
                break
            first = s
        if first is None:
            return []
        content = text[first:start].rstrip(" .\n")
        return [(first, first + len(content), Attribution(speaker, speaker_text, cue,
                                                          attributor.addressee(start + match.end("cue"),
                                                                               start + match.end()),
                                                          affiliation))]

    def _postposed(self, text, start, end, attributor, found):
        """'…, zegt de rechtbank.' / '…, zou Xi hebben gezegd, melden staatsmedia.': the clause
        before the comma, from the start of the sentence, is what the speaker said."""
        sentence = text[start:end]
        match = self.postposed.search(sentence)
        noun = _POSTPOSED_NOUN.search(sentence) if not match else None
        if match:
            cue = self._full_cue(match["cue"], match["who"])
            if cue is None:
                return []
            speaker = attributor.speaker_from(start + match.start("who"), start + match.end("who"),
                                              start + match.start())
        elif noun:
            match = noun
            if noun["who"]:
                speaker = attributor.speaker_from(start + noun.start("who"), start + noun.end("who"), start)
            else:  # ', is het oordeel': the speaker of the report before
                last = found[-1][2] if found else None
                speaker = (last.speaker, last.speaker_text, last.affiliation) if last else NOBODY
            cue = noun["cue"]
        else:
            return []
        if not speaker[0]:
            return []
        content_start, content_stop = start + len(sentence) - len(sentence.lstrip()), start + match.start()
        inner = self.postposed_perfect.search(text, content_start, content_stop)
        if inner:  # the innermost report with its own clause
            inner_speaker = attributor.speaker_from(inner.start("who"), inner.end("who"), inner.start())
            if inner_speaker[0]:
                speaker, cue, content_stop = inner_speaker, inner["cue"], inner.start()
                addressee = attributor.addressee(inner.start("who"), inner.end())
            else:
                addressee = None
        else:
            addressee = attributor.addressee(start + match.start("cue"), start + match.end())
        if _SUBORDINATE.match(text, content_start) and "," not in text[content_start:content_stop]:
            return []  # 'Toen X het eiland bezocht, reageerde China …': no report
        content_start = self._last_conjunct(text, content_start, content_stop)
        if text[content_start:content_start + 1] in _QUOTE_MARKS and text[content_stop - 1:content_stop] in _QUOTE_MARKS:
            return []  # a direct quote with its attribution
        if text[content_stop - 1:content_stop] in _QUOTE_MARKS and re.search(r":\s*(?:,,|''|[\"“„«‘'])",
                                                                            text[content_start:content_stop]):
            return []  # 'Wat die inhouden, is vaag: '…'': the words in marks are the quote
        return [(content_start, content_stop, Attribution(speaker[0], speaker[1], cue, addressee, speaker[2]))]

    def _last_conjunct(self, text: str, start: int, stop: int) -> int:
        """'Zij werden gezien als …, maar voor hun betrokkenheid is geen bewijs': only the conjunct
        next to the cue when 'maar' opens a clause of its own (not a second predicate: 'maar volgde')."""
        for match in re.finditer(r",\s+maar\s+(?P<word>[\w-]+)", text[start:stop]):
            if first_finite(match["word"], self.lexicon) is None:
                start = start + match.end() - len(match["word"])
        return start

    def _full_cue(self, cue: str, words: str) -> str | None:
        """A separable verb with its particle found in `words` ('gaf … toe'); None when it is missing."""
        if not self.lexicon.is_separable(cue):
            return cue
        particle = self._particle(cue, words)
        return f"{cue} {particle}" if particle else None

    def _particle(self, cue: str, words: str) -> str | None:
        return next((p for p in self.lexicon.particles.get(cue, ()) if re.search(rf"\b{re.escape(p)}\b", words)), None)

    def _clause_start(self, text: str, start: int, cue_start: int) -> int:
        """After the last comma before the cue and a connective opening the clause ('maar het hof')."""
        comma = text.rfind(", ", start, cue_start)
        clause_start = start if comma < 0 else comma + 2
        while text[clause_start:clause_start + 1] in (" ", *_QUOTE_MARKS):
            clause_start += 1
        return strip_connective(text, clause_start, cue_start)

    def _speaker_around(self, text, attributor, clause_start, cue_start, cue_end, content_start, quote_start):
        """The subject before the cue, or (after a fronted word or phrase) the one after it."""
        prefix = text[clause_start:cue_start].strip()
        if prefix and not _FRONTED.match(prefix):
            speaker = attributor.subject(clause_start, cue_start, quote_start)
            if speaker[0]:
                return speaker
        if not prefix or _FRONTED.match(prefix) or first_finite(prefix, self.lexicon) is None:
            return attributor.speaker_from(cue_end, content_start, quote_start)
        return NOBODY

    def _cues(self, text, start, end, attributor, taken):
        for match in self.cue.finditer(text, start, end):
            if any(a <= match.start() < b for a, b in taken):
                continue
            if match["cue"] == "acht" and not _DETERMINED.match(text, match.end()):
                continue  # 'acht uur', not 'acht de kans klein'
            yield match

    def _dat_clauses(self, text, start, end, attributor, taken):
        results = []
        for match in self._cues(text, start, end, attributor, taken):
            cue = match["cue"]
            window = text[match.end():min(end, match.end() + 110)]
            dat = re.match(r"(?P<mid>[^.!?\n\"“”„]{0,100}?)\bdat\s+", window)
            if not dat:
                continue
            mid = dat["mid"]
            if "," in mid:  # '…, dat volgende week verschijnt': a relative clause
                continue
            if self.cue.search(mid) and not self.lexicon.is_separable(cue):
                continue  # 'waarschuwde voor … en zei dat': the nearer cue reports the clause
            if self.lexicon.is_separable(cue):
                particle = re.search(r"\b(?P<p>[\w]+)\s*,?\s*$", mid)
                if not particle or particle["p"] not in self.lexicon.particles[cue]:
                    continue
                cue = f"{cue} {particle['p']}"
            elif cue == "aldus":
                continue
            content_start = match.end() + dat.end()
            stop = content_end(text, content_start, end, self.lexicon)
            content = text[content_start:stop]
            if len(content.split()) < 2:
                continue
            if _ADVERBIAL.match(content) and first_finite(content, self.lexicon) is None:
                continue  # 'meldt dat aan het ANP': 'dat' is the thing said, not a clause
            clause_start = self._clause_start(text, start, match.start())
            speaker = self._speaker_around(text, attributor, clause_start, match.start(), match.end(),
                                           match.end() + len(mid), start)
            if speaker[0] is None:
                continue
            results.append((content_start, stop, Attribution(speaker[0], speaker[1], cue,
                                                             attributor.addressee(match.end(), content_start),
                                                             speaker[2])))
        return results

    def _infinitives(self, text, start, end, attributor, taken):
        """'zei neutraal te zijn', 'beloofde om Taiwan te verdedigen' (te-infinitive) and
        'vindt de heffingen niet te rechtvaardigen', 'acht de kans klein' (small clause)."""
        results = []
        for match in self._cues(text, start, end, attributor, taken):
            cue = match["cue"]
            te, small = self.lexicon.takes(cue, "te"), self.lexicon.takes(cue, "small")
            if not (te or small):
                continue
            comma = _COMMA.search(text, match.end(), end)  # a comma, not the ,, of a quote
            clause_end = end if comma is None else comma.start()
            rest = text[match.end():clause_end]
            if re.search(r"\bdat\b", rest[:12]) or not rest.strip():
                continue
            clause_start = self._clause_start(text, start, match.start())
            prefix = text[clause_start:match.start()].strip()
            if _EMBEDDED.search(prefix):
                continue
            inverted = not prefix or bool(_FRONTED.match(prefix))
            if inverted:
                subject_end = attributor.phrase_end(match.end() + len(rest) - len(rest.lstrip()), clause_end)
                speaker = attributor.speaker_from(match.end(), subject_end, start)
                content_start = subject_end
            else:
                speaker = attributor.subject(clause_start, match.start(), start)
                content_start = match.end()
            if speaker[0] is None:
                continue
            infinitive = _TE_INFINITIVE.search(text, content_start, clause_end) if te else None
            if infinitive:
                om = re.compile(r"\bom\s+").search(text, content_start, infinitive.start())
                if om:
                    content_start = om.end()
                stop = content_end(text, content_start, clause_end, self.lexicon)
            elif small:
                if inverted and prefix:  # 'Voor de drie verdachten vindt de rechtbank …': the whole sentence
                    content_start, stop = clause_start, start + len(text[start:end].rstrip(" .!?\n"))
                else:
                    stop = content_end(text, content_start, end, self.lexicon)
                    predicate = text[content_start:stop]
                    if self.lexicon.lemma(cue) == "vinden" and not _SMALL_PREDICATE.search(predicate):
                        continue
                if len(text[content_start:stop].split()) < 2:
                    continue
            else:
                continue
            while text[content_start:content_start + 1] == " ":
                content_start += 1
            results.append((content_start, stop, Attribution(speaker[0], speaker[1], cue, None, speaker[2])))
        return results

    def _warnings(self, text, start, end, attributor):
        """'waarschuwde de Franse voor hogere risico's …': the noun phrase is the warning."""
        results = []
        for match in self.warns_of.finditer(text, start, end):
            clause_start = self._clause_start(text, start, match.start())
            speaker = self._speaker_around(text, attributor, clause_start, match.start(), match.end("cue"),
                                           match.start("content") - 5, start)
            if speaker[0]:
                stop = content_end(text, match.start("content"), start + len(text[start:end].rstrip()), self.lexicon)
                if len(text[match.start("content"):stop].split()) < 3:
                    continue
                results.append((match.start("content"), stop,
                                Attribution(speaker[0], speaker[1], match["cue"], None, speaker[2])))
        return results

    def _volgens(self, text, start, end, attributor):
        """'Volgens X …' reports what follows X; 'volgens X' inside a clause reports the whole clause."""
        results = []
        for match in self.volgens.finditer(text, start, end):
            who_start = match.end()
            who_end = attributor.phrase_end(who_start, end)
            speaker = attributor.speaker_from(who_start, who_end, start)
            if re.match(r"(?:hem|haar)\b", text[who_start:who_end]):
                person = attributor.salient_person(start)
                speaker = (person.entity, text[who_start:who_end], None) if person else NOBODY
            if speaker[0] is None:
                continue
            clause_start = self._clause_start(text, start, match.start())
            clause_start = strip_connective(text, clause_start, match.start())
            stop = start + len(text[start:end].rstrip(" .!?\n"))
            if text[clause_start:match.start()].strip():
                content_start = clause_start  # 'Het was volgens premier Rutte een … debat'
            else:
                after = text[who_end:stop]
                aside = re.match(r"\s*\([^()]{0,60}\)", after)  # 'Volgens minister X (Handel) is …'
                skip = aside.end() if aside else 0
                content_start = who_end + skip + len(after[skip:]) - len(after[skip:].lstrip(" ,"))
            if stop > content_start:
                results.append((content_start, stop, Attribution(speaker[0], speaker[1], "volgens", None,
                                                                 speaker[2])))
        return results


def _share_repeated(text: str, found: list[_Direct]) -> list[_Direct]:
    """A quote printed twice (a lead quote repeated in the body) has the speaker of its best
    attributed occurrence."""
    def key(item: _Direct) -> str:
        return " ".join(text[item.span.start:item.span.end].lower().split()).strip(" .!?")

    best: dict[str, _Direct] = {}
    for item in found:
        known = best.get(key(item))
        if item.attribution.speaker and (known is None or item.strength > known.strength):
            best[key(item)] = item
    shared = []
    for item in found:
        other = best.get(key(item))
        if other and other.strength > item.strength and len(key(item).split()) >= 4:
            attribution = replace(other.attribution, cue=None)
            item = _Direct(item.span, attribution, other.strength)
        shared.append(item)
    return shared


def to_quote(text: str, start: int, end: int, kind: str, attribution: Attribution, date=None) -> Quote:
    return Quote(start, end, text[start:end], kind, attribution.speaker, attribution.speaker_text,
                 attribution.cue, attribution.addressee, date, attribution.affiliation)


__all__ = ["Mention", "QuoteFinder", "Speaker", "quote_sentences", "to_quote"]
