"""Every page of the development corpus: chrome removed, real sentences kept."""

from __future__ import annotations

import re

import pytest

from conftest import corpus_records
from nieuwsgraaf.clean import clean_document, load_clean_rules
from nieuwsgraaf.records import RawDocument

RECORDS = corpus_records()
# Chrome seen in the development corpus; none of it may survive cleaning.
CHROME = [
    "leestijd", "keer bekeken", "Link gekopieerd", "Deel dit artikel", "Lees verder na de advertentie",
    "Volledig scherm", "© BELGA", "© BART DEWAELE", "pic.twitter.com", "Bekijk ook:", "LEES OOK:",
    "Meer uit Politiek", "OverzichtRegioUitzendingen", "Volg Hart van Nederland", "Foto: fbf archief",
    "Bron: Belga 0", "NOS Nieuws •", "Aangepast vandaag", "KIJK LIVE.", "\n14u53\n", "\n01u30\n", "\n0:53\n",
    " date 20",
]
_SENTENCE = re.compile(r"[^.!?]*\w[^.!?]*[.!?]")


def _clean(record):
    raw = RawDocument(origin=record["url"], text=record["text"], url=record["url"], format="jsonl")
    return clean_document(raw, load_clean_rules())


def _real_sentences(text: str) -> list[str]:
    """Sentences of 8+ words from the raw text: the ones cleaning must keep."""
    found = []
    for line in text.split("\n"):
        for sentence in _SENTENCE.findall(line):
            sentence = sentence.strip()
            if len(sentence.split()) >= 8 and "@" not in sentence and "http" not in sentence:
                found.append(sentence)
    return found


@pytest.mark.skipif(not RECORDS, reason="../shared/corpus is not beside the checkout")
@pytest.mark.parametrize("index", range(len(RECORDS)))
def test_corpus_page_has_no_chrome_left(index):
    text = "\n" + _clean(RECORDS[index]).article.text + "\n"
    for chrome in CHROME:
        assert chrome not in text, f"{chrome!r} left in {RECORDS[index]['url']}"


@pytest.mark.skipif(not RECORDS, reason="../shared/corpus is not beside the checkout")
@pytest.mark.parametrize("index", range(len(RECORDS)))
def test_corpus_page_keeps_every_real_sentence(index):
    """A sentence may only go in a caption, an embedded tweet or another article's teaser."""
    record = RECORDS[index]
    result = _clean(record)
    cleaned = " ".join(result.article.text.split())
    captions = " ".join(" ".join(r.text.split()) for r in result.removed if r.kind in ("caption", "links"))
    for sentence in _real_sentences(record["text"]):
        # Datelines and credits are stripped from a sentence's start, so compare its end.
        tail = " ".join(sentence.split()[-6:])
        assert tail in cleaned or tail in captions, f"dropped from {record['url']}: {sentence!r}"


@pytest.mark.skipif(not RECORDS, reason="../shared/corpus is not beside the checkout")
def test_corpus_metadata_found_where_the_page_prints_it():
    by_url = {r["url"]: _clean(r).article for r in RECORDS}
    hln = next(a for u, a in by_url.items() if "europees-akkoord-over-migratie" in u)
    assert (hln.published.value, hln.agency, hln.byline) == ("2018-06-29", "Belga", "IB")
    kyiv = next(a for u, a in by_url.items() if "aanvallen-op-oekraine" in u)
    assert (kyiv.dateline, kyiv.agency) == ("KYIV", "ANP/Reuters")
    assert kyiv.text.startswith("Bij Russische aanvallen")
    nrc = next(a for u, a in by_url.items() if "nrc.nl/nieuws/2017/05/25" in u)
    assert nrc.published.value == "2017-05-25" and nrc.source == "nrc.nl"
    referendum = next(a for u, a in by_url.items() if "uitslag-referendum" in u)
    assert referendum.published.value == "2016-04-07"
    assert referendum.title == "Uitslag referendum associatieverdrag met Oekraïne 30% zegt nee"
    assert all(a.language == "nl" for a in by_url.values())
