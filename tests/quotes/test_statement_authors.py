"""Who speaks in a statement and after a fronted phrase (session 16, invented sentences): 'volgens de
mededeling van X' and 'aldus een verklaring van X' give X's words (the author of a statement or
document speaks, unlike 'de woordvoerder van X', who is someone else); a finite verb closes a
prepositional phrase, so in 'Na afloop zei X …' X is the subject, not a preposition's object."""

from __future__ import annotations

from test_quotes import quotes_of_fixture, speaker_of  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.quotes.salience import Salience
from nieuwsgraaf.records import Mention


def test_the_author_of_a_statement_speaks(quotes_of):
    quotes = quotes_of('"De gesprekken waren open en nuttig", aldus de mededeling van het Witte Huis.')
    assert speaker_of(quotes, "De gesprekken") == "gov:us-witte-huis"


def test_a_spokesman_of_a_body_is_not_the_body(quotes_of):
    quotes = quotes_of('"De gesprekken waren open en nuttig", aldus de woordvoerder van het Witte Huis.')
    assert speaker_of(quotes, "De gesprekken") != "gov:us-witte-huis"


def test_a_finite_verb_closes_a_prepositional_phrase():
    text = "Na afloop zei Jan Bakker dat het voorstel van tafel moest."
    start = text.index("Jan Bakker")
    bakker = Mention(start, start + len("Jan Bakker"), "Jan Bakker", "PER", "local:per:jan-bakker")
    assert not Salience(text, [bakker], []).in_prepositional_phrase(bakker)
