"""When events happened (docs/events.md section 7), on sentences of our own: the day of the news,
a date set on a governing clause, and the precision the guideline gives."""

from __future__ import annotations

import pytest
from written import events_of

from nieuwsgraaf.events.dating import fact_date
from nieuwsgraaf.events.recent_periods import recent_period
from nieuwsgraaf.events.story import _past_form
from nieuwsgraaf.records import DateValue, Timex
from nieuwsgraaf.span_dating import date_spans


def _date(pipeline, text: str, word: str, published: DateValue):
    start = text.index(word)
    (found,) = date_spans(text, [(start, start + len(word))], pipeline, published)
    return found


FRIDAY = DateValue("2024-05-10", "day")


def test_an_undated_past_event_happened_on_the_day_the_story_named(pipeline):
    text = ("Gisteren kwamen de ministers urenlang bijeen in het Torentje. "
            "De regering bereikte een akkoord over de begroting.")
    found = _date(pipeline, text, "bereikte", FRIDAY)
    assert (found.value, found.precision, found.basis) == ("2024-05-09", "day", "narrative")


def test_an_old_date_earlier_in_the_article_is_not_the_news(pipeline):
    text = "In 2015 kreeg de partij nog veel kritiek.\n\nDe regering bereikte een akkoord over de begroting."
    found = _date(pipeline, text, "bereikte", FRIDAY)
    assert (found.value, found.basis) == ("2024-05-10", "publication")


def test_no_day_of_the_news_under_a_publication_month(pipeline):
    text = "Woensdag kwamen de ministers bijeen. De regering bereikte een akkoord over de begroting."
    found = _date(pipeline, text, "bereikte", DateValue("2024-05", "month"))
    assert found.value == "2024-05"


@pytest.mark.parametrize(("text", "word", "value"), [
    ("In 2011 diende de oppositie geen motie in, omdat de PVV het kabinet gedoogde.", "gedoogde", "2011"),
    ("In maart lekte al uit dat de drie landen een akkoord hadden bereikt.", "akkoord", "2024-03"),
])
def test_a_past_event_takes_the_date_of_the_clause_above_it(pipeline, text, word, value):
    assert _date(pipeline, text, word, FRIDAY).value == value


def test_a_date_in_a_relative_clause_beside_the_event_does_not_date_it(pipeline):
    text = "De politie heeft de broer opgepakt van de man die dinsdag twee agenten aanviel."
    assert _date(pipeline, text, "opgepakt", FRIDAY).value == "2024-05-10"


def _timex(text: str, value: str) -> Timex:
    return Timex(0, len(text), text, "DATE", value, anchor="publication")


@pytest.mark.parametrize(("words", "value", "expected"), [
    ("volgende week", "2024-W20", ("2024-05", "month")),       # 13-19 May: the month that holds it
    ("deze week", "2024-W22", ("2024", "year")),               # 27 May - 2 June spans two months
    ("dit weekend", "2024-W19-WE", ("2024-05", "month")),
    ("dit voorjaar", "2024-SP", ("2024", "year")),
    ("vannacht", "2024-05-10TNI", ("2024-05-10", "day")),
    ("in de jaren tachtig", "198", ("198", "decade")),         # not a period the guideline narrows
])
def test_dates_at_the_precision_of_the_guideline(words, value, expected):
    found = fact_date((0, len(words)), (0, 60), 30, [_timex(words, value)], FRIDAY, "future")
    assert (found.value, found.precision) == expected


def test_toen_points_back_to_the_date_the_story_last_named(pipeline):
    text = ("In maart 2021 werd de oud-president veroordeeld tot drie jaar. "
            "Omdat hij in beroep ging, moest hij toen niet meteen de cel in.")
    found = _date(pipeline, text, "cel", FRIDAY)
    assert (found.value, found.basis) == ("2021-03", "narrative")


def test_a_duration_in_the_clause_does_not_date_the_event(pipeline):
    text = "In 2019 viel het kabinet. Hij kreeg destijds één jaar cel."
    assert _date(pipeline, text, "cel", FRIDAY).value == "2019"


def test_toen_opening_a_clause_is_no_pointer_back(pipeline):
    text = "In 2019 viel het kabinet.\n\nToen hij in beroep ging, kreeg hij één jaar cel."
    assert _date(pipeline, text, "cel", FRIDAY).basis == "publication"


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the clause 'nadat' opens happened that long before the article, at the duration's precision
    ("Twee maanden nadat zijn partij de regering verliet, gaf hij een interview.", "verliet", ("2024-03", "month")),
    ("Drie jaar nadat de partijen een akkoord sloten, valt het kabinet.", "akkoord", ("2021", "year")),
    ("Tien dagen nadat de rebellen de stad aanvielen, sloten ze een bestand.", "aanvielen", ("2024-04-30", "day")),
])
def test_a_duration_before_nadat_dates_its_clause_that_long_before(pipeline, text, word, expected):
    found = _date(pipeline, text, word, FRIDAY)
    assert (found.value, found.precision, found.basis) == (*expected, "relative")


def test_a_duration_before_nadat_needs_an_article_date_as_precise(pipeline):
    text = "Tien dagen nadat de rebellen de stad aanvielen, sloten ze een bestand."
    found = _date(pipeline, text, "aanvielen", DateValue("2024-05", "month"))
    assert (found.value, found.basis) == ("2024-05", "publication")


def test_nadat_without_a_duration_leaves_the_clause_to_the_other_rules(pipeline):
    text = "Kort nadat de rebellen de stad aanvielen, sloten ze een bestand."
    assert _date(pipeline, text, "aanvielen", FRIDAY).value == "2024-05-10"


def test_what_a_quote_reports_is_dated_when_it_was_said(pipeline, tmp_path):
    # a wish or demand stated in a quote holds from when it was said, event and span alike
    body = "Minister Jansen zei op 3 april dat hij met de vakbonden wil praten."
    (event,) = [e for e in events_of(tmp_path, pipeline, body, "2024-05-10") if e["trigger"]["text"] == "praten"]
    assert event["quote"] is not None
    assert event["date"] == {"value": "2024-04-03", "precision": "day", "basis": "relative"}
    assert _date(pipeline, body, "praten", FRIDAY).value == "2024-04-03"


def test_a_quoted_event_in_the_future_tense_is_not_dated_when_it_was_said(pipeline):
    text = "Minister Jansen zei op 3 april dat hij met de vakbonden zal praten."
    assert _date(pipeline, text, "praten", FRIDAY).value == "2024-05-10"


@pytest.mark.parametrize(("text", "word", "value"), [
    # a date on another noun dates that noun: the protests came after the elections
    ("In Tanzania hebben meer protesten plaatsgevonden na de verkiezingen van woensdag.", "protesten", "2024-05-10"),
    # a date in a relative clause on the event noun dates the event
    ("Ondanks het bestand, dat geldt sinds 10 april, beschuldigen de partijen elkaar van schendingen.", "bestand",
     "2024-04-10"),
])
def test_a_date_tells_about_the_noun_it_hangs_on(pipeline, text, word, value):
    assert _date(pipeline, text, word, FRIDAY).value == value


@pytest.mark.parametrize(("text", "word", "value"), [
    # the present tense is today's, whatever day the story named
    ("Het parlement stemde woensdag voor de afzetting. Hij weigert af te treden.", "weigert", "2024-05-10"),
    # a sentence between that tells of the present brings the story back to the article's day
    ("Het parlement stemde woensdag voor de afzetting. Er is veel kritiek op de machtsovername. "
     "De Afrikaanse Unie schorste het land.", "schorste", "2024-05-10"),
    # the day another actor made a statement is not the day of what it is about
    ("Een groep jongeren verstoorde woensdagavond een demonstratie. Dat liet de burgemeester donderdag weten. "
     "De politie hield zeven mensen aan.", "hield", "2024-05-08"),
])
def test_what_the_day_of_the_news_requires(pipeline, text, word, value):
    assert _date(pipeline, text, word, FRIDAY).value == value


def test_a_date_on_a_noun_does_not_set_the_day_of_the_news(pipeline):
    # the riots were on Wednesday; the debate the story is about, and what happened in it, today
    text = ("De Kamer sprak over de onlusten die woensdag uitbraken in de hoofdstad. "
            "De oppositie diende een motie in.")
    assert _date(pipeline, text, "diende", FRIDAY).value == "2024-05-10"
    told = "Woensdag braken onlusten uit in de hoofdstad. De oppositie diende een motie in."
    assert _date(pipeline, told, "diende", FRIDAY).value == "2024-05-08"


def test_the_past_told_in_an_undated_quote_is_the_day_of_the_news(pipeline):
    text = ("Woensdag won Pieters de presidentsverkiezingen in het land.\n\n"
            "\"Ik sprak hem net en feliciteerde hem met zijn zege\", zei de premier.")
    assert _date(pipeline, text, "feliciteerde", FRIDAY).value == "2024-05-08"
    wish = ("Woensdag won Pieters de presidentsverkiezingen in het land.\n\n"
            "\"Ik wil hem snel ontmoeten\", zei de premier.")
    assert _date(pipeline, wish, "ontmoeten", FRIDAY).value == "2024-05-10"


def test_coordinated_days_date_the_event_at_the_month_that_holds_them(pipeline):
    text = "Vandaag en morgen overleggen de ministers met de virologen."
    found = _date(pipeline, text, "overleggen", DateValue("2024-05-30", "day"))
    assert (found.value, found.precision) == ("2024-05", "month")


def test_a_past_event_goes_on_at_the_date_of_the_sentence_before(pipeline):
    text = "Het Verenigd Koninkrijk had eind maart al sancties opgelegd. Zij kregen een reisverbod."
    found = _date(pipeline, text, "reisverbod", FRIDAY)
    assert (found.value, found.basis) == ("2024-03", "narrative")


def test_the_date_of_the_sentence_before_in_the_past_week_is_left_to_the_day_of_the_news(pipeline):
    text = "Het Verenigd Koninkrijk had woensdag al sancties opgelegd. Zij kregen een reisverbod."
    found = _date(pipeline, text, "reisverbod", FRIDAY)
    assert (found.value, found.basis) == ("2024-05-08", "narrative")


@pytest.mark.parametrize(("text", "word", "value"), [
    # two coordinated days on the first clause: no one date above for the rule of the governing clause
    ("De boeren protesteerden zowel woensdag als donderdag bij het provinciehuis, maar ook in andere "
     "dorpen blokkeerden ze wegen.", "blokkeerden", "2024-05"),
    ("Justitie onderzoekt de fraude bij de verkiezingen van vorig jaar en de omkoping van ambtenaren.",
     "omkoping", "2023"),
])
def test_an_event_coordinated_with_a_dated_one_takes_its_date(pipeline, text, word, value):
    assert _date(pipeline, text, word, FRIDAY).value == value


def test_a_date_of_a_later_conjunct_does_not_date_the_first(pipeline):
    text = "De ministers bereikten een akkoord en ondertekenden het op 2 april in Den Haag."
    assert _date(pipeline, text, "bereikten", FRIDAY).value == "2024-05-10"


@pytest.mark.parametrize(("text", "word", "value"), [
    # a few days up to the article: the month that holds them
    ("De afgelopen dagen namen de spanningen aan de grens sterk toe.", "spanningen", "2024-05"),
    # a few days from the article on: the month too
    ("De twee landen houden de komende dagen gezamenlijke oefeningen.", "oefeningen", "2024-05"),
])
def test_a_span_of_days_up_to_or_from_the_article_dates_at_its_month(pipeline, text, word, value):
    assert _date(pipeline, text, word, FRIDAY).value == value


@pytest.mark.parametrize(("published", "words", "value", "expected"), [
    ("2024-05-10", "de afgelopen dagen", "PXD", "2024-05"),
    ("2024-05-02", "de afgelopen dagen", "PXD", "2024"),       # back into April: the year that holds both
    ("2024-05-10", "de komende twee weken", "P2W", "2024-05"),
    ("2024-05-10", "de afgelopen weken", "PXW", "2024"),        # a few weeks back reach April
    ("2024-05-10", "de afgelopen uren", "PTXH", None),          # hours: not a span this rule dates
    ("2024-05", "de afgelopen dagen", "PXD", "2024-05"),        # a month-dated article: from its middle
    ("2024-05", "de voorbije weken", "PXW", "2024"),            # a few weeks from the middle reach April
    ("2024-05", "de komende twee weken", "P2W", "2024-05"),
    ("2024-05-10", "de afgelopen maanden", "PXM", "2024"),      # months: the year that holds them
    ("2024-02-10", "de afgelopen maanden", "PXM", None),        # back into the year before: no date
    ("2024-05", "de komende maanden", "PXM", "2024"),
    ("2024", "de afgelopen dagen", "PXD", None),                # a year-dated article: no day to count from
])
def test_recent_period(published, words, value, expected):
    precision = {10: "day", 7: "month"}.get(len(published), "year")
    span = words.split(" ", 1)[1]  # the time stage's span starts at 'afgelopen'
    found = recent_period(Timex(0, len(span), span, "DURATION", value), DateValue(published, precision))
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "word", "value"), [
    # a past tense in the span up to the article: the month or year that holds the span
    ("De vakbonden voerden de afgelopen weken actie tegen de hervorming.", "voerden", "2024"),
    # the present with it tells a state that still holds: the article's day
    ("De oppositiepartijen zijn de laatste weken ontevreden over het kabinet.", "ontevreden", "2024-05-10"),
    # an event noun has no tense of its own: the span still dates it
    ("De kritiek staat in contrast met de betogingen van boeren de afgelopen weken.", "betogingen", "2024"),
])
def test_a_span_up_to_the_article_dates_a_past_tense_only(pipeline, text, word, value):
    assert _date(pipeline, text, word, FRIDAY).value == value


@pytest.mark.parametrize(("text", "word", "value"), [
    ("Dinsdag gaat de gemeenteraad een debat voeren over de nieuwe begroting.", "debat", "2024-05-14"),
    ("In 2008 sloot het land zijn ambassade in Caracas om Venezuela onder druk te zetten.", "druk", "2008"),
])
def test_an_infinitive_takes_the_date_of_the_verb_it_hangs_on(pipeline, text, word, value):
    assert _date(pipeline, text, word, FRIDAY).value == value


def test_an_infinitive_with_a_date_of_its_own_keeps_it(pipeline):
    text = "De minister beloofde gisteren om volgend jaar een akkoord met de bonden te sluiten."
    assert _date(pipeline, text, "akkoord", FRIDAY).value == "2025"


MAY = DateValue("2024-05", "month")  # an article dated at its month only


def test_under_a_publication_month_a_past_event_goes_on_at_an_older_date_of_the_sentence_before(pipeline):
    text = "De oud-minister werd in 2019 veroordeeld voor fraude. Hij kreeg een boete."
    found = _date(pipeline, text, "boete", MAY)
    assert (found.value, found.basis) == ("2019", "narrative")


def test_under_a_publication_month_a_date_of_that_month_before_is_not_the_story_past(pipeline):
    text = "De oud-minister werd op 3 mei veroordeeld voor fraude. Hij kreeg een boete."
    assert _date(pipeline, text, "boete", MAY).value == "2024-05"


class _Word:
    """A word as the tagger left it: its form, lemma and tense."""

    def __init__(self, text: str, lemma: str, tense: str) -> None:
        self.lower_, self.lemma_, self.morph = text.lower(), lemma, self
        self._tense = tense

    def get(self, field: str) -> list[str]:
        return [self._tense] if field == "Tense" else []

    def __str__(self) -> str:  # the feature string morphology.py reads
        return f"Tense={self._tense}"


@pytest.mark.parametrize(("text", "lemma", "tense", "past"), [
    ("overleggen", "overleggen", "Past", False),  # a present plural the tagger took for a past
    ("overlegden", "overleggen", "Past", True),
    ("spraken", "spreken", "Past", True),
    ("spreekt", "spreken", "Pres", False),
])
def test_a_verb_written_as_its_infinitive_is_no_past(text, lemma, tense, past):
    assert _past_form(_Word(text, lemma, tense)) is past
