"""A body the news names by a description the knowledge base holds as one of its names ('de nucleaire
waakhond van de VN' for the IAEA) speaks as that body, not as the UN named inside the description
(invented sentences)."""

from __future__ import annotations

from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)


def test_the_un_nuclear_watchdog_speaks_as_the_iaea(quotes_of):
    text = ("De inspecties gaan door.\n\nDe nucleaire waakhond van de Verenigde Naties zei maandag dat de "
            "inspecteurs geen toegang kregen tot de centrale.")
    assert [q.speaker for q in quotes_of(text, "2021-05-03")] == ["org:iaea"]


def test_the_un_itself_still_speaks_as_the_un(quotes_of):
    text = "De Verenigde Naties zeiden maandag dat de hulp de stad niet bereikt."
    assert [q.speaker for q in quotes_of(text, "2021-05-03")] == ["org:vn"]
