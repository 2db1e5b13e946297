"""Finding direct and indirect quotes in an analysed article and attributing them."""

from __future__ import annotations

import re

from ..records import Mention, Quote
from .attribution import Attribution, Attributor
from .lexicon import QuoteLexicon
from .marks import QuoteSpan, find_quote_spans

_SPEAKER_WORDS = r"[^,.;:!?\"“”„«»\n]{1,80}"
# 'volgens de politiechef', 'volgens een woordvoerder van de NAVO': article + noun (+ 'van X')
_UNNAMED_SOURCE = re.compile(r"(?:de|het|een|enkele|sommige)\s+[a-z][\w-]+(?:\s+van\s+(?:de\s+|het\s+)?[A-Z][\w-]+)?")
_ADDRESSED = re.compile(r"\b(?:op|tegen|aan|via)\s+\S+[^:]*:\s*$")


class QuoteFinder:
    def __init__(self, lexicon: QuoteLexicon):
        self.lexicon = lexicon
        verbs = lexicon.verb_pattern
        self.after = re.compile(rf"\s*[,.]?\s*(?:zo\s+|dat\s+)?(?P<cue>{verbs}|aldus|klonk het)\b(?P<who>{_SPEAKER_WORDS})?")
        self.before_colon = re.compile(rf"(?P<who>[^.!?\n]{{0,120}}?)(?:\b(?P<cue>{verbs})\b[^.!?:\n]{{0,60}})?:\s*$")
        self.dat_clause = re.compile(rf"\b(?P<cue>{verbs})\b(?P<mid>[^.!?\n]{{0,60}}?)\bdat\s+(?P<content>[^.!?\n]+)")
        self.dat_start = re.compile(rf"^(?:Dat|Zo)\s+(?P<cue>{verbs})\s+(?P<who>{_SPEAKER_WORDS})")
        # 'Dat heeft ECB-president Christine Lagarde vrijdag gezegd.'
        self.dat_perfect = re.compile(rf"^(?:Dat|Zo)\s+(?:heeft|hebben|had|hadden)\s+(?P<who>[^,.;:!?]{{1,80}}?)\s+"
                                      rf"(?P<cue>{verbs})\s*[.!]?$")
        self.own_words = re.compile(r"\bnaar eigen zeggen\b")
        self.volgens = re.compile(r"\b[Vv]olgens\s+(?P<who>[^,]{1,60}?)(?:,\s*|\s+)(?P<content>[^.!?\n]+)")
        self.aldus = re.compile(rf"^(?P<content>[^.!?\n\"“”„]+?),\s+(?P<cue>aldus)\s+(?P<who>{_SPEAKER_WORDS})")

    # -- direct ---------------------------------------------------------------------

    def _direct(self, text: str, span: QuoteSpan, attributor: Attributor, previous: Attribution | None,
                sentence_start: int) -> Attribution | None:
        after = self.after.match(text, span.close_end, min(len(text), span.close_end + 120))
        if after and after["cue"]:
            who = after["who"] or ""
            start = after.start("who") if after["who"] else after.end()
            speaker, speaker_text, affiliation = attributor.speaker_from(start, start + len(who), span.open_start)
            if speaker is None and after["cue"] == "klonk het" and previous:
                speaker, speaker_text = previous.speaker, previous.speaker_text
            addressee = attributor.addressee(after.end("cue"), after.end())
            return Attribution(speaker, speaker_text, after["cue"], addressee, affiliation)
        lead = text[max(sentence_start, span.open_start - 160): span.open_start]
        colon = self.before_colon.search(lead)
        if colon:
            base = span.open_start - len(lead)
            addressed = _ADDRESSED.search(lead)
            end = base + (addressed.start() if addressed else colon.end())
            mention = attributor.mention_in(base + colon.start(), end, ("PER", "ORG", "LOC"))
            if mention:
                return Attribution(mention.entity, mention.text, colon["cue"] or ":",
                                   attributor.addressee(base + colon.start(), span.open_start))
        return None

    def direct_quotes(self, text: str, sentences, attributor: Attributor
                      ) -> tuple[list[tuple[QuoteSpan, Attribution]], list[QuoteSpan]]:
        """Attributed quotes, and the short unattributed ones set aside (scare quotes, or
        fragments quoted inside indirect speech, which find_quotes takes back)."""
        found, short = [], []
        previous: Attribution | None = None
        previous_end = -1
        for span in find_quote_spans(text):
            sentence_start = next((s for s, e in sentences if s <= span.open_start < e), 0)
            attribution = self._direct(text, span, attributor, previous, sentence_start)
            words = len(text[span.start:span.end].split())
            if attribution is None:
                if words < 4:
                    short.append(span)  # scare quotes: 'cruciale', "wellicht"
                    continue
                near = previous and span.open_start - previous_end < 400 and "\n\n" not in text[previous_end:span.open_start][:-1]
                if previous and near:
                    attribution = Attribution(previous.speaker, previous.speaker_text, None, previous.addressee,
                                              previous.affiliation)
                else:
                    person = attributor.salient_person(span.open_start)
                    attribution = Attribution(person.entity if person else None, None, None, None)
            found.append((span, attribution))
            previous, previous_end = attribution, span.close_end
        return found, short

    # -- indirect ---------------------------------------------------------------------

    def indirect_quotes(self, text: str, sentences, attributor: Attributor,
                        taken: list[tuple[int, int]]) -> list[tuple[int, int, Attribution]]:
        found = []
        previous_sentence: tuple[int, int] | None = None
        for start, end in sentences:
            sentence = text[start:end]
            for item in self._indirect_in(sentence, start, attributor, previous_sentence):
                s, e, _ = item
                # A reported clause may hold a quoted fragment; it may not sit inside a quote.
                inside_quote = any(a <= s and e <= b for a, b in taken)
                if not inside_quote and not any(a < e and s < b for a, b, _ in found):
                    found.append(item)
            previous_sentence = (start, end)
        return found

    def _content_span(self, base: int, match, group: str = "content") -> tuple[int, int]:
        start, end = base + match.start(group), base + match.end(group)
        return start, end

    def _indirect_in(self, sentence: str, base: int, attributor: Attributor, previous):
        results = []
        start_match = self.dat_start.match(sentence) or self.dat_perfect.match(sentence.strip())
        if start_match and previous:
            who_start = base + start_match.start("who")
            speaker, speaker_text, affiliation = attributor.speaker_from(
                who_start, base + start_match.end("who"), base)
            if speaker:
                p_start, p_end = previous
                content = attributor.text[p_start:p_end].rstrip(" .")
                results.append((p_start, p_start + len(content),
                                Attribution(speaker, speaker_text, start_match["cue"], None, affiliation)))
        for match in self.dat_clause.finditer(sentence):
            cue_start = base + match.start("cue")
            # The subject opens the clause the cue is in: after the last comma before the cue.
            clause_start = base + sentence.rfind(", ", 0, match.start("cue")) + 1
            subject = [m for m in attributor.mentions if clause_start <= m.start < cue_start and m.label in ("PER", "ORG")]
            if subject:
                speaker, speaker_text = subject[0].entity, subject[0].text
            else:
                speaker, speaker_text, _ = attributor.speaker_from(base + match.end("cue"), base + match.start("content"), base)
                if speaker is None:
                    pronoun = re.search(r"\b(hij|zij|ze)\b", sentence[: match.start("cue")] + match["mid"])
                    person = attributor.salient_person(base) if pronoun else None
                    speaker, speaker_text = (person.entity, pronoun.group(1)) if person else (None, None)
            if speaker is None:
                continue
            start, end = self._content_span(base, match)
            results.append((start, end, Attribution(speaker, speaker_text, match["cue"],
                                                    attributor.addressee(base + match.end("cue"), start))))
        for match in self.volgens.finditer(sentence):
            who_start = base + match.start("who")
            # The speaker is the first name after 'volgens' (titles allowed before it); the
            # reported content starts after that name.
            named = attributor.mention_in(who_start, who_start + 40, ("PER", "ORG", "LOC"))
            if named and not re.search(r"[,;:]", attributor.text[who_start:named.start]):
                after = attributor.text[named.end:base + len(sentence)]
                skip = len(after) - len(after.lstrip(" ,"))
                start, end = named.end + skip, base + match.end("content")
                if end > start:
                    results.append((start, end, Attribution(named.entity, named.text, "volgens", None)))
                continue
            unnamed = _UNNAMED_SOURCE.match(attributor.text, who_start)
            who_end = who_start + len(unnamed.group()) if unnamed else base + match.end("who")
            speaker, speaker_text, affiliation = attributor.speaker_from(who_start, who_end, base)
            if unnamed and speaker:
                end = base + match.end("content")
                results.append((who_end + 1, end, Attribution(speaker, speaker_text, "volgens", None, affiliation)))
                continue
            if speaker is None and re.match(r"(hem|haar)\b", match["who"]):
                person = attributor.salient_person(base)
                speaker, speaker_text = (person.entity, match["who"]) if person else (None, None)
            if speaker:
                start, end = self._content_span(base, match)
                results.append((start, end, Attribution(speaker, speaker_text, "volgens", None, affiliation)))
        if self.own_words.search(sentence):
            subject = attributor.mention_in(base, base + len(sentence), ("PER",))
            if subject:
                content = sentence.rstrip(" .!?")
                results.append((base, base + len(content), Attribution(subject.entity, subject.text,
                                                                       "naar eigen zeggen", None)))
        aldus = self.aldus.match(sentence)
        if aldus:
            speaker, speaker_text, affiliation = attributor.speaker_from(
                base + aldus.start("who"), base + aldus.end("who"), base)
            if speaker:
                start, end = self._content_span(base, aldus)
                results.append((start, end, Attribution(speaker, speaker_text, "aldus", None, affiliation)))
        return results


def to_quote(text: str, start: int, end: int, kind: str, attribution: Attribution, date=None) -> Quote:
    return Quote(start, end, text[start:end], kind, attribution.speaker, attribution.speaker_text,
                 attribution.cue, attribution.addressee, date, attribution.affiliation)


__all__ = ["Mention", "QuoteFinder", "to_quote"]
