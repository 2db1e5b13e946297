"""A court noun with its seat is the district court sitting there, and a later bare 'de rechter' that
court; a foreign ministry named by its country's adjective or capital is the knowledge base's one.
Invented sentences."""

from __future__ import annotations

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.entities import link_analysis, link_speakers
from nieuwsgraaf.entities.courts import court_of_article_seat, court_of_seat
from nieuwsgraaf.entities.linker import default_linker
from nieuwsgraaf.records import Analysis, Article, DateValue, Mention, Quote, SpeakerRef


def _analysis(text: str, names: list[tuple[str, str]], *said: tuple[str, str, int]) -> Analysis:
    """`text` with these mentions linked and a quote for each (quoted words, speaker words, occurrence)."""
    article = Article(article_id(text), text, None, "https://www.nos.nl/x", "nos.nl", None,
                      DateValue("2021-03-02", "day"), "nl", 1.0, "test", "txt")
    mentions = tuple(Mention(text.index(n), text.index(n) + len(n), n, label) for n, label in names)
    analysis = link_analysis(Analysis(article=article, mentions=mentions))
    quotes = []
    for quoted, words, occurrence in said:
        start = -1
        for _ in range(occurrence):
            start = text.index(words, start + 1)
        ref = SpeakerRef(start, start + len(words), words, "description", None)
        at = text.index(quoted)
        quotes.append(Quote(at, at + len(quoted), quoted, "direct", None, words, "zei", None, speaker_ref=ref))
    return link_speakers(Analysis(article=analysis.article, mentions=analysis.mentions,
                                  entities=analysis.entities, quotes=tuple(quotes)))


def test_a_judge_in_a_seat_and_the_bare_judge_after_it_are_that_court():
    text = ('De kantonrechter in Arnhem heeft de huurder gelijk gegeven. "De verhuurder had moeten '
            'wachten", zei de rechter. "Dit mag niet nog eens gebeuren", aldus de kantonrechter.')
    result = _analysis(text, [], ("De verhuurder had moeten wachten", "de rechter", 1),
                       ("Dit mag niet nog eens gebeuren", "de kantonrechter", 1))
    assert [q.speaker for q in result.quotes] == ["gov:nl-rechtbank-gelderland"] * 2


def test_a_seat_the_knowledge_base_does_not_know_names_no_court():
    words = ["de", "rechter"]
    text = 'De politierechter in Hoorn sprak hem vrij. "Het bewijs ontbreekt", zei de rechter.'
    assert court_of_seat(words, text.index("de rechter") + 10, text, default_linker().kb) is None


def test_a_seat_named_after_the_judge_does_not_count():
    text = '"Het bewijs ontbreekt", zei de rechter. Later sprak de politierechter in Zwolle een ander vrij.'
    assert court_of_seat(["de", "rechter"], text.index("de rechter") + 10, text, default_linker().kb) is None


def test_a_bare_court_in_an_article_on_one_seat_is_the_court_sitting_there():
    kb = default_linker().kb
    assert court_of_article_seat(["de", "rechtbank"], {"loc:leeuwarden"}, kb) == "gov:nl-rechtbank-noord-nederland"
    # two seats of two courts: no telling which one
    assert court_of_article_seat(["de", "rechtbank"], {"loc:leeuwarden", "loc:maastricht"}, kb) is None
    # no court noun, or more than a bare one
    assert court_of_article_seat(["de", "burgemeester"], {"loc:leeuwarden"}, kb) is None
    assert court_of_article_seat(["de", "Belgische", "rechtbank"], {"loc:leeuwarden"}, kb) is None


def test_a_ministry_named_by_its_countrys_adjective_in_lowercase_is_that_ministry():
    text = 'Moskou dreigt met maatregelen. "Wij zullen antwoorden", zei het Russische ministerie van defensie.'
    result = _analysis(text, [], ("Wij zullen antwoorden", "het Russische ministerie van defensie", 1))
    assert result.quotes[0].speaker == "gov:ru-min-def"


def test_a_ministry_with_a_capital_after_it_is_that_countrys_ministry():
    text = '"Dit is chantage", reageerde het ministerie van Defensie in Moskou op de sancties.'
    result = _analysis(text, [], ("Dit is chantage", "het ministerie van Defensie", 1))
    assert result.quotes[0].speaker == "gov:ru-min-def"
    text = '"Dit is chantage", reageerde het ministerie van Defensie in Utrecht op de sancties.'
    result = _analysis(text, [], ("Dit is chantage", "het ministerie van Defensie", 1))
    assert result.quotes[0].speaker != "gov:ru-min-def"
