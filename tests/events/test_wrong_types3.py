"""Events found with the wrong type, third round (docs/events.md §50), on sentences of our own: a meeting
before the act of its clause or conceded by it, a past 'kon'/'mocht' of a meeting held, an attack in a
debate, and endangering a state of things."""

from __future__ import annotations

import pytest
from written import events_of, types_on

DAY = "2024-03-05"


CASES = [  # (what it shows, sentence, trigger word, the types the stage gives it)
    ("negotiations_conceded_by_a_failure_were_held",
     "Ondanks lange onderhandelingen konden Spanje en Portugal vorige week geen akkoord over de visquota bereiken.",
     "onderhandelingen", ["CONSULT"]),
    ("a_meeting_before_a_conditional_statement_was_held",
     "Ze kunnen hun geld vergeten als ze zo doorgaan, zegt minister Wopke Hoekstra na overleg met zijn Duitse collega Christian Lindner.",
     "overleg", ["CONSULT"]),
    ("a_meeting_before_what_someone_can_do_was_held",
     "Na overleg met de Duitse regering kan Frankrijk de grens weer openen, zei minister Gérald Darmanin.",
     "overleg", ["CONSULT"]),
    ("a_meeting_someone_could_have_on_a_past_day_took_place",
     "De Franse president Emmanuel Macron kon maandag in Berlijn spreken met de Duitse bondskanselier Olaf Scholz.",
     "spreken", ["CONSULT"]),
    ("a_meeting_still_to_come_stays_an_agreement",
     "De Franse president Emmanuel Macron zal volgende week in Berlijn spreken met de Duitse bondskanselier Olaf Scholz.",
     "spreken", ["AGREE"]),
    ("an_attack_in_a_debate_is_criticism",
     "Tijdens het debat in de Tweede Kamer viel Jesse Klaver premier Mark Rutte fel aan.",
     "viel", ["ACCUSE"]),
    ("endangering_stability_is_a_charge",
     "Volgens de Franse regering bedreigt het beleid van Rusland de veiligheid van Europa.",
     "bedreigt", ["ACCUSE"]),
]


@pytest.mark.parametrize(("sentence", "word", "types"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_the_event_on_the_word_has_the_right_type(tmp_path, pipeline, sentence, word, types):
    assert types_on(events_of(tmp_path, pipeline, sentence, DAY), word) == types


def test_a_mocht_that_opens_its_clause_stays_a_condition(pipeline):
    from nieuwsgraaf.events.lexicon import load_event_lexicon
    from nieuwsgraaf.events.modality import modality_of

    doc = pipeline.nlp("Mocht Macron met Scholz spreken, dan wordt de ruzie bijgelegd.")
    spreken = next(t for t in doc if t.text == "spreken")
    assert modality_of(spreken, spreken.sent, load_event_lexicon(), True, past_ability=False) == "hypothetical"


def test_threatening_a_person_stays_a_threat(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Russische president Vladimir Poetin bedreigde de Oekraïense "
                                           "president Volodimir Zelensky.", DAY)
    assert types_on(events, "bedreigde") == ["THREATEN"]
