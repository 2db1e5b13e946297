"""The three articles the project started from: date, title, body, no chrome."""

from __future__ import annotations

import pytest

from conftest import SEEDS, need_shared
from nieuwsgraaf.clean import clean_document, load_clean_rules
from nieuwsgraaf.records import RawDocument

SEED_EXPECTATIONS = {
    "000_41941913d54af7c0.txt": {
        "published": None,
        "title": None,
        "starts": "Dat schrijft de Amerikaanse nieuwswebsite Axios vrijdag",
        "contains": ["''Hij heeft wel honderd keer gedreigd uit de WTO te stappen'', zei een van de bronnen",
                     "Overdrijving", "Minister van Financiën Steve Mnuchin weersprak het bericht"],
        "absent": [],
        "agency": None,
    },
    "001_a2b76f16c4debcc1.txt": {
        "published": ("2025-09-29", "day"),
        "title": "Trump wilde VS terugtrekken uit de NAVO, zo werd het voorkomen",
        "starts": "Trump wilde VS terugtrekken uit de NAVO, zo werd het voorkomen\n\nDe Amerikaanse president,",
        "contains": ["Hij had dat begin 2019 opgenomen in een kladversie",
                     "Stoltenberg stemde toe en herhaalde die boodschap tijdens de persconferentie."],
        "absent": ["leestijd", "keer bekeken", "bewaren", "Actueel", "•", "date 2025"],
        "agency": None,
    },
    "002_83302a0147a32a31.txt": {
        "published": ("2017-11", "month"),
        "title": 'Trump: "Ik zal wellicht Poetin ontmoeten. De Russen kunnen ons helpen met Noord-Korea"',
        "starts": 'Trump: "Ik zal wellicht Poetin ontmoeten. De Russen kunnen ons helpen met Noord-Korea"\n\n'
                  "In juli ontmoetten Donald Trump en Vladimir Poetin elkaar",
        "contains": ["Verwacht wordt dat Trump op de APEC-top, die op 9 en 10 november plaatsgrijpt",
                     "Duterte, Jinping en Abe"],
        "absent": ["14u53", "Bron:", "The Hill 0", " LB\n", "date 2017"],
        "agency": None,  # 'AP' after the comment count credits the lead photo
    },
}


@pytest.fixture(scope="module")
def cleaned():
    need_shared()
    rules = load_clean_rules()
    return {
        name: clean_document(RawDocument(origin=name, text=(SEEDS / name).read_text("utf-8"), format="txt"), rules)
        for name in SEED_EXPECTATIONS
    }


@pytest.mark.parametrize("name", sorted(SEED_EXPECTATIONS))
def test_seed_publication_date_and_precision(cleaned, name):
    published = cleaned[name].article.published
    expected = SEED_EXPECTATIONS[name]["published"]
    assert (published.value, published.precision) == expected if expected else published is None


@pytest.mark.parametrize("name", sorted(SEED_EXPECTATIONS))
def test_seed_title(cleaned, name):
    assert cleaned[name].article.title == SEED_EXPECTATIONS[name]["title"]


@pytest.mark.parametrize("name", sorted(SEED_EXPECTATIONS))
def test_seed_body_is_clean_and_complete(cleaned, name):
    text = cleaned[name].article.text
    expected = SEED_EXPECTATIONS[name]
    assert text.startswith(expected["starts"])
    for sentence in expected["contains"]:
        assert sentence in text
    for chrome in expected["absent"]:
        assert chrome not in text


@pytest.mark.parametrize("name", sorted(SEED_EXPECTATIONS))
def test_seed_agency_and_language(cleaned, name):
    article = cleaned[name].article
    assert article.agency == SEED_EXPECTATIONS[name]["agency"]
    assert article.language == "nl"


def test_hln_seed_credits_are_metadata(cleaned):
    article = cleaned["002_83302a0147a32a31.txt"].article
    assert article.metadata["credited_source"] == "The Hill"
    assert article.byline == "LB"
    assert article.metadata["photo_credit"] == "AP"
    assert article.source == "The Hill"  # no URL, so the credit names the source
