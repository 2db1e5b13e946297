"""Issue #15: the article steps only link, date and filter the events component's mentions; none
re-creates or re-anchors an event. So the whole pipeline's events stand on triggers the component
itself finds on the same article's Doc, and a mention the component drops stays dropped."""

from __future__ import annotations

from written import FILLER

from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.events.component import find_event_mentions
from nieuwsgraaf.events.lexicon import load_event_lexicon
from nieuwsgraaf.pipeline import extract, make_doc
from nieuwsgraaf.settings import Settings

BODY = ("Het kabinet heeft gisteren nieuwe heffingen op Chinese auto's ingevoerd. "
        "De ruzie tussen de buurlanden beperkt zich overigens niet tot auto's. "
        "Minister Jansen reageerde fel en noemde het besluit van Peking onacceptabel.")


def _analysis(tmp_path, pipeline):
    path = tmp_path / "article.txt"
    path.write_text(f" date 2026-03-04 Nieuws van de dag\n\n{BODY}\n\n{FILLER}\n", encoding="utf-8")
    (analysis,) = extract([str(path)], Settings(), pipeline)
    return analysis


def test_every_event_of_the_pipeline_stands_on_a_trigger_the_component_found(tmp_path, pipeline):
    analysis = _analysis(tmp_path, pipeline)
    doc = pipeline.nlp(make_doc(pipeline, analysis.article))
    found = {(m.trigger.start, m.type) for m in find_event_mentions(doc, load_event_lexicon())}
    events = document_to_json(analysis)["events"]
    assert events
    assert {(e["trigger"]["start"], e["type"]) for e in events} <= found


def test_a_reflexive_confinement_stays_no_event_in_a_whole_article(tmp_path, pipeline):
    triggers = {e["trigger"]["text"] for e in document_to_json(_analysis(tmp_path, pipeline))["events"]}
    assert "heffingen" in triggers
    assert "beperkt" not in triggers


def test_a_reaction_coordinated_with_its_accusation_is_one_event_in_a_whole_article(tmp_path, pipeline):
    """In the whole article the parser hangs 'noemde' on 'reageerde' as parataxis with its own 'en'
    (for the sentence alone: conj); 'reageren' coordinated with 'noemen' is still no event of its own."""
    events = document_to_json(_analysis(tmp_path, pipeline))["events"]
    assert "noemde" in {e["trigger"]["text"] for e in events}
    assert "reageerde" not in {e["trigger"]["text"] for e in events}
