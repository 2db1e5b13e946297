"""The country an article is about decides whose government, premier or senate its bare words name
(entities/focus.py; issue #14 §3, #15 actors). Invented Dutch sentences."""

from __future__ import annotations

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.entities import link_analysis, link_speakers, load_knowledge_base
from nieuwsgraaf.entities.focus import country_in_focus
from nieuwsgraaf.records import Analysis, Article, DateValue, Mention, Quote, SpeakerRef

TANZANIA = ("Duizenden betogers in Tanzania\n\nIn de Tanzaniaanse stad Dodoma gingen zaterdag duizenden "
            "Tanzanianen de straat op. Volgens de oppositie in Tanzania zijn de verkiezingen vervalst. "
            "\"We blijven demonstreren\", zei een betoger. De regering ontkent dat.")


def _article(text: str, url: str = "https://nos.nl/artikel/1", published: str = "2018-07-11") -> Article:
    return Article(article_id(text), text, None, url, url.split("/")[2], None, DateValue(published, "day"),
                   "nl", 1.0, "test", "txt")


def _focus(text: str, url: str = "https://nos.nl/artikel/1", published: str = "2018-07-11") -> str:
    home = "gpe:be" if url.split("/")[2].endswith(".be") else "gpe:nl"
    return country_in_focus(_article(text, url, published), load_knowledge_base(), home)


def _speaker(text: str, words: str, quoted: str, url: str = "https://nos.nl/artikel/1",
             published: str = "2018-07-11", names: tuple[tuple[str, str], ...] = ()) -> str | None:
    """The entity the speaker step gives the description `words` of the quote `quoted`."""
    mentions = tuple(Mention(text.index(n), text.index(n) + len(n), n, label) for n, label in names)
    analysis = link_analysis(Analysis(article=_article(text, url, published), mentions=mentions))
    start, at = text.index(words), text.index(quoted)
    quote = Quote(at, at + len(quoted), quoted, "direct", None, words, "zei", None,
                  speaker_ref=SpeakerRef(start, start + len(words), words, "description", None))
    [linked] = link_speakers(Analysis(**{**analysis.__dict__, "quotes": (quote,)})).quotes
    return linked.speaker


def test_a_foreign_country_named_by_name_adjective_and_people_is_in_focus():
    assert _focus(TANZANIA) == "gpe:tz"


def test_an_article_on_home_affairs_keeps_the_outlets_country():
    text = ("Kabinet presenteert begroting\n\nHet kabinet presenteerde dinsdag in Den Haag de begroting. "
            "Nederland geeft meer uit aan zorg, zei minister Hoekstra. De Duitse regering deed dat vorig jaar ook.")
    assert _focus(text) == "gpe:nl"


def test_two_foreign_countries_named_alike_leave_the_outlets_country():
    text = "Rusland en Oekraïne praten\n\nRussische en Oekraïense diplomaten spraken in Rusland en in Oekraïne."
    assert _focus(text) == "gpe:nl"


def test_a_leader_at_the_article_date_counts_for_his_country():
    text = "Loekasjenko houdt vast aan de macht\n\nLoekasjenko liet betogers oppakken, meldt Loekasjenko zelf."
    assert _focus(text, published="2021-03-01") == "gpe:by"


def test_a_bare_government_in_an_article_on_another_country_is_that_countrys():
    # the knowledge base has no government of Tanzania: the country itself acts (docs/events.md §4)
    assert _speaker(TANZANIA, "De regering", "We blijven demonstreren") == "gpe:tz"


def test_a_bare_government_in_an_article_on_home_affairs_is_the_outlets():
    text = "Het kabinet is tevreden. Nederland is rijk. \"Dit is een goed akkoord\", zei het kabinet."
    assert _speaker(text, "het kabinet", "Dit is een goed akkoord") == "gov:nl"


def test_the_premier_of_the_country_in_focus():
    text = ("Brexit-akkoord in Londen\n\nIn Londen sloot het Verenigd Koninkrijk een akkoord. De Britse "
            "regering en Britse diplomaten zijn blij. \"Dit is een goede dag\", zei de premier.")
    assert _speaker(text, "de premier", "Dit is een goede dag", published="2018-11-25") == "per:theresa-may"


def test_a_capitalised_bare_government_in_a_belgian_article_is_the_belgian_one():
    text = "De regering van België gaat door. België kiest. De regering vergaderde in Brussel."
    at = text.rindex("De regering")
    analysis = link_analysis(Analysis(article=_article(text, url="https://www.vrt.be/nieuws/1"),
                                      mentions=(Mention(at, at + 11, "De regering", "ORG"),)))
    assert analysis.country_in_focus == "gpe:be"
    assert {m.entity for m in analysis.mentions} == {"gov:be"}


def test_a_shared_name_is_the_body_of_the_country_in_focus():
    text = ("Shutdown in Washington\n\nIn de Verenigde Staten stemde de Senaat dinsdag. De Amerikanen in "
            "Washington wachten. Volgens de Senaat is het akkoord rond.")
    at = text.index("Senaat")
    analysis = link_analysis(Analysis(article=_article(text), mentions=(Mention(at, at + 6, "Senaat", "ORG"),)))
    assert {m.entity for m in analysis.mentions if m.text == "Senaat"} == {"gov:us-senate"}


# -- governments named by their ruler or their country's adjective (event actors) ------------------

def _actors(text: str, trigger: str, *arguments: tuple[str, str], published: str = "2021-06-01") -> dict[str, str | None]:
    """The entity the event-actor step gives each (role, words) argument of one event."""
    from nieuwsgraaf.entities import link_event_actors
    from nieuwsgraaf.records import EventArgument, EventMention, Trigger

    names = [w for _, w in arguments if w[:1].isupper() and " " not in w]
    mentions = tuple(Mention(text.index(n), text.index(n) + len(n), n, "PER" if n == "Loekasjenko" else "LOC")
                     for n in names)
    analysis = link_analysis(Analysis(article=_article(text, published=published), mentions=mentions))
    at = text.index(trigger)
    event = EventMention("ACCUSE", None, Trigger(at, at + len(trigger), trigger), (0, len(text)),
                         tuple(EventArgument(role, text.index(w), text.index(w) + len(w), w) for role, w in arguments),
                         False, "asserted", 0.5)
    [linked] = link_event_actors(Analysis(**{**analysis.__dict__, "event_mentions": (event,)})).event_mentions
    return {a.text: a.entity for a in linked.arguments}


def test_the_regime_of_a_leader_is_his_countrys_government():
    text = "Het regime van Loekasjenko beschuldigt Polen van spionage."
    actors = _actors(text, "beschuldigt", ("source", "Loekasjenko"), ("target", "Polen"))
    assert actors == {"Loekasjenko": "gpe:by", "Polen": "gov:pl"}


def test_a_leader_named_alone_stays_the_person():
    text = "Loekasjenko beschuldigt Polen van spionage."
    assert _actors(text, "beschuldigt", ("source", "Loekasjenko"))["Loekasjenko"] == "per:aleksandr-loekasjenko"


def test_a_government_named_by_its_countrys_adjective():
    text = "De Congolese regering beschuldigt Rwanda van steun aan de rebellen."
    assert _actors(text, "beschuldigt", ("source", "De Congolese regering"))["De Congolese regering"] == "gpe:cd"


def test_a_capital_that_acts_is_its_country_without_a_government_in_the_knowledge_base():
    text = "Kinshasa beschuldigt Rwanda van steun aan de rebellen."
    assert _actors(text, "beschuldigt", ("source", "Kinshasa"), ("target", "Rwanda")) == {
        "Kinshasa": "gpe:cd", "Rwanda": "gpe:rw"}


def test_a_capital_as_a_place_stays_the_city():
    text = "In Kinshasa beschuldigt de oppositie Rwanda van steun aan de rebellen."
    analysis = link_analysis(Analysis(article=_article(text), mentions=(Mention(3, 11, "Kinshasa", "LOC"),)))
    assert [m.entity for m in analysis.mentions] == ["loc:kinshasa"]
