"""The cleaning rules one by one, on lines written for these tests."""

from __future__ import annotations

import pytest

from nieuwsgraaf.clean import LexiconError, clean_document, identify_language, load_clean_rules
from nieuwsgraaf.clean.dates import date_from_url
from nieuwsgraaf.clean.lexicon import read_chrome
from nieuwsgraaf.records import DateValue, RawDocument

BODY = "De gemeenteraad van Zwolle stemde dinsdagavond in met het plan voor een nieuwe brug over de IJssel."


def clean(text: str, **raw):
    return clean_document(RawDocument(origin="test", text=text, format="txt", **raw), load_clean_rules())


def test_dateline_with_agencies_becomes_metadata():
    article = clean(f"ZWOLLE (ANP/RTR) - {BODY}").article
    assert (article.dateline, article.agency) == ("ZWOLLE", "ANP/Reuters")
    assert article.text == BODY


def test_belga_dateline_and_closing_agency_tag():
    article = clean(f"BRUSSEL (Belga) - {BODY}\n\nDe bouw begint volgend jaar. (Belga)").article
    assert article.dateline == "BRUSSEL" and article.agency == "Belga"
    assert article.text.endswith("De bouw begint volgend jaar.")


def test_parenthesised_words_that_are_no_agency_stay():
    text = f"ZWOLLE (gemeente) - {BODY}"
    assert clean(text).article.text == text


def test_header_line_bullets_and_section_label_are_removed():
    result = clean(" date 2024-05-02 Nieuwe brug over de IJssel Binnenland • Vandaag • leestijd 3 minuten "
                   f"• 1.204 keer bekeken • bewaren\n\n{BODY}")
    assert result.article.title == "Nieuwe brug over de IJssel"
    assert result.article.published == DateValue("2024-05-02", "day")
    assert {r.text for r in result.removed} >= {"leestijd 3 minuten", "1.204 keer bekeken", "bewaren", "Binnenland"}


def test_title_initials_only_removed_in_hln_layout():
    hln = clean(f" date 2024-05 Brug over IJssel komt er KD\n\n09u12\n\nBron: Belga 0 {BODY}").article
    assert (hln.title, hln.byline, hln.agency) == ("Brug over IJssel komt er", "KD", "Belga")
    assert hln.text.endswith(BODY)
    plain = clean(f"Nieuw akkoord tussen VS en EU\n\n{BODY}").article
    assert plain.title == "Nieuw akkoord tussen VS en EU" and plain.byline is None


def test_printed_date_line_refines_month_header():
    article = clean(f" date 2018-06 Akkoord bereikt\n\n29 juni 2018\n\n01u30\n\n{BODY}").article
    assert article.published == DateValue("2018-06-29", "day")
    other_month = clean(f" date 2018-06 Akkoord bereikt\n\n2 juli 2018\n\n{BODY}").article
    assert other_month.published == DateValue("2018-06", "month")


def test_agency_byline_timestamp_refines_a_month_header_and_stays_in_the_text():
    text = f" date 2016-10 {BODY}\n\nDoor ANP - 6-10-2016, 18:59 (Update 6-10-2016, 19:20)\n\n{BODY}"
    article = clean(text).article
    assert article.published == DateValue("2016-10-06", "day")
    assert "6-10-2016, 18:59" in article.text
    other_month = clean(f" date 2016-10 {BODY}\n\n6-11-2016, 18:59\n\n{BODY}").article
    assert other_month.published == DateValue("2016-10", "month")


def test_weekday_date_line_with_time_is_a_publication_date():
    article = clean(f"maandag, 4. maart 2019 - 08:15\n\nRaad stemt in\n\n{BODY}").article
    assert article.published == DateValue("2019-03-04", "day")
    assert article.title == "Raad stemt in"


@pytest.mark.parametrize("url, expected", [
    ("https://www.nrc.nl/nieuws/2017/05/25/iets-a1", DateValue("2017-05-25", "day")),
    ("https://nieuws.nl/economie/20230119/ecb/", DateValue("2023-01-19", "day")),
    ("https://www.standaard.be/cnt/dmf20191004_04644604", DateValue("2019-10-04", "day")),
    ("https://www.metronieuws.nl/binnenland/2025/12/strafzaak", DateValue("2025-12", "month")),
    ("https://nos.nl/artikel/2238967-eu-leiders", None),
    ("https://x.nl/2017/13/45/ongeldig", None),
])
def test_date_in_url(url, expected):
    assert date_from_url(url) == expected


def test_link_list_is_removed_until_prose_returns():
    text = (f"{BODY}\n\nLees ook:\n\nBrug kost miljoenen\n\nWethouder stapt op\n\n"
            "De brug moet in 2027 klaar zijn, zegt de gemeente.")
    article = clean(text).article
    assert "Brug kost miljoenen" not in article.text and "Lees ook" not in article.text
    assert article.text.endswith("De brug moet in 2027 klaar zijn, zegt de gemeente.")


def test_captions_credits_and_widgets_are_removed():
    text = (f"{BODY}\n\n© ANP\n\nFoto: ANP / Jan de Vries\n\nLink gekopieerd\n\nDeel dit artikel: Share App Mail Pin\n\n"
            "Lees verder na de advertentie\n\nkdb\n\nDe raad vergadert volgende week opnieuw over de kosten.")
    result = clean(text)
    assert result.article.text == BODY + "\n\nDe raad vergadert volgende week opnieuw over de kosten."
    assert result.article.byline == "kdb"


def test_glued_navigation_and_section_label():
    result = clean(f"HomeNieuwsSportWeerVideo\n\nRoyaltyKoning opent nieuwe brug\n\n{BODY}")
    assert result.article.title == "Koning opent nieuwe brug"


def test_consecutive_duplicate_paragraphs_are_kept_once():
    assert clean(f"{BODY}\n{BODY}").article.text == BODY


def test_title_from_container_is_not_repeated():
    article = clean(f"Brug komt er\n\n{BODY}", title="Brug komt er").article
    assert article.text == f"Brug komt er\n\n{BODY}"


def test_same_text_gives_same_id_whatever_the_whitespace():
    assert clean(BODY).article.id == clean(f"  {BODY}\r\n\r\n").article.id


@pytest.mark.parametrize("text, language", [
    ("De Tweede Kamer heeft dinsdag ingestemd met het wetsvoorstel over de woningbouw in Nederland.", "nl"),
    ("De Vlaamse regering heeft vandaag haar begroting voorgesteld in het Vlaams Parlement.", "nl"),
    ("It regear fan Fryslân wol mear jild útjaan oan it ûnderwiis yn de Fryske taal.", "fy"),
    ("Die regering het vandag aangekondig dat die begroting vir volgende jaar verhoog sal word.", "af"),
    ("Die minister sê dit is nie 'n maklike besluit nie, maar hulle moet dit vir die ekonomie doen.", "af"),
    ("Die Bundesregierung hat heute beschlossen, die Ausgaben für die Verteidigung zu erhöhen.", "de"),
    ("The government announced on Tuesday that it will raise defence spending next year.", "en"),
])
def test_language_identification(text, language):
    assert identify_language(text).language == language


def test_too_little_text_has_undetermined_language():
    assert identify_language("1 - 0").language == "und"


def test_bad_lexicon_line_is_reported_with_file_and_line(tmp_path):
    path = tmp_path / "chrome.tsv"
    path.write_text("# comment\nline\tleestijd\nline\t(unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"chrome.tsv:3"):
        read_chrome(path)


def test_repeated_title_under_a_section_label_is_removed():
    article = clean(f"Economie\nBrug komt er\n{BODY}", title="Brug komt er").article
    assert article.text == f"Brug komt er\n\n{BODY}"


def test_byline_with_date_line_is_chrome():
    article = clean(f"Brug komt er\n\nJeroen Brinkhorst | 5 maart 2024\n\n{BODY}").article
    assert article.text == f"Brug komt er\n\n{BODY}"
