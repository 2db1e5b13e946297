"""Property tests: the time, entity, quote and event stages never raise, whatever Dutch they are fed.

Sentences are generated from pieces of news Dutch with the numbers and dates that broke
stages before: decimals ('2,5 jaar geleden'), thousands separators, fractions, impossible
dates ('31 februari', 'week 54', '25.61 uur'), huge numbers and very long inputs.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nieuwsgraaf.entities import link_analysis, link_event_actors, link_speakers
from nieuwsgraaf.events import date_events
from nieuwsgraaf.nlp import doc_to_analysis, load_pipeline
from nieuwsgraaf.quotes import find_quotes
from nieuwsgraaf.records import Article, DateValue
from nieuwsgraaf.time.tagger import default_tagger

NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**30).map(str),
    st.sampled_from(["1.000", "½", "0,25", "2,5", "1.000.000,50", "anderhalf", "drie", "enkele",
                     "tienduizend", "-3", "00", "3/4", "1e6", "0,0000001", "9999999999999999999,9"]),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(lambda d: str(d).replace(".", ",")),
)
UNITS = st.sampled_from(["jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur",
                         "minuten", "eeuw", "decennium", "kwartaal", "seconden", "halfjaar"])
MONTHS = st.sampled_from(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                          "september", "oktober", "november", "december", "feb.", "sept"])
ODD_DATES = st.one_of(
    st.builds(lambda d, m, y: f"{d} {m} {y}", st.integers(0, 99), MONTHS, st.integers(0, 99999)),
    st.builds(lambda w: f"week {w}", st.integers(0, 120)),
    st.builds(lambda y: f"het jaar {y}", st.integers(0, 10**12)),
    st.builds(lambda h, m: f"{h}.{m:02d} uur", st.integers(0, 99), st.integers(0, 99)),
    st.builds(lambda d, m, y: f"{d}-{m}-{y}", st.integers(0, 99), st.integers(0, 99), st.integers(0, 99999)),
    st.sampled_from(["31 februari", "week 54", "het jaar 0", "25.61 uur", "kwartaal 5", "Q7 2024",
                     "de jaren 0", "eind 99999", "1 april 0000", "om 24.00 uur", "zondag 30 februari"]),
)
PIECES = st.one_of(
    st.builds(lambda n, u, w: f"{n} {u} {w}", NUMBERS, UNITS,
              st.sampled_from(["geleden", "later", "eerder", "lang", "terug", "na de verkiezingen"])),
    st.builds(lambda w, n, u: f"{w} {n} {u}", st.sampled_from(["over", "binnen", "sinds", "elke", "om de"]),
              NUMBERS, UNITS),
    ODD_DATES,
    st.sampled_from(["Minister Mark Rutte", "Dilan Yeşilgöz", "de premier", "hij", "ze", "De NAVO",
                     "de Amerikaanse president", "Het Openbaar Ministerie", "Trump en Poetin", "volgens Rutte",
                     "zei", "zei dinsdag", "meldde gisteren", "dreigde", "aldus de woordvoerder", "laat weten",
                     "'", "\"", "„", "”", "«", ",,", "(", ")", ":", ".", "\n\n", "vandaag", "volgend jaar"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzëéABCDEFGHIJ0123456789 .,:;'\"-", max_size=40),
)
TEXTS = st.lists(PIECES, min_size=1, max_size=40).map(" ".join)
PUBLISHED = st.one_of(
    st.none(),
    st.builds(lambda y, m, d: DateValue(f"{y:04d}-{m:02d}-{d:02d}", "day"),
              st.integers(1, 9999), st.integers(1, 12), st.integers(1, 28)),
    st.builds(lambda y, m: DateValue(f"{y:04d}-{m:02d}", "month"), st.integers(1, 9999), st.integers(1, 12)),
    st.builds(lambda y: DateValue(f"{y:04d}", "year"), st.integers(1, 9999)),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_FALLBACK = []


def _fallback():
    if not _FALLBACK:
        _FALLBACK.append(load_pipeline("none"))
    return _FALLBACK[0]


def _article(text: str, published: DateValue | None) -> Article:
    return Article(id="prop", text=text, title=None, url=None, source=None, agency=None, published=published,
                   language="nl", language_score=1.0, origin="generated", format="txt")


def _assert_spans(text: str, items) -> None:
    for item in items:
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start:item.end] == item.text


@SETTINGS
@given(TEXTS, PUBLISHED)
def test_the_time_tagger_never_raises(text, published):
    _assert_spans(text, default_tagger().tag(text, published))


@SETTINGS
@given(TEXTS, PUBLISHED)
@example("Trump en Poetin mAnDE", None)  # found by hypothesis: coordinated actors become a group entity
def test_entities_quotes_and_events_never_raise(text, published):
    pipeline = _fallback()
    doc = pipeline.nlp.make_doc(text)
    doc._.ng_published = published
    analysis = doc_to_analysis(pipeline.nlp(doc), _article(text, published), pipeline.name)
    assert analysis.errors == (), "the time component failed inside the NLP"
    linked = link_analysis(analysis)
    _assert_spans(text, linked.mentions)
    quoted = link_speakers(find_quotes(linked))
    _assert_spans(text, quoted.quotes)
    _assert_spans(text, quoted.mentions)
    known = {e.id for e in quoted.entities}
    assert {q.speaker for q in quoted.quotes if q.speaker} <= known
    dated = date_events(link_event_actors(quoted))
    _assert_spans(text, [e.trigger for e in dated.events])
    # the entity stage may add a group for coordinated actors ('Trump en Poetin'): an entity of the article too
    grouped = {e.id for e in dated.entities}
    assert known <= grouped
    assert {a for e in dated.events for role in ("source", "target") for a in e.actors(role)} <= grouped


@settings(max_examples=5, deadline=None)
@given(PIECES, st.integers(min_value=2000, max_value=6000), PUBLISHED)
def test_long_inputs_do_not_raise(piece, repeats, published):
    text = (piece + ". ") * repeats
    analysis = doc_to_analysis(_fallback().nlp(_with_date(text, published)), _article(text, published), "none")
    assert analysis.errors == ()
    find_quotes(link_analysis(replace(analysis)))


def _with_date(text, published):
    doc = _fallback().nlp.make_doc(text)
    doc._.ng_published = published
    return doc
