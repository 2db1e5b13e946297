"""Events of an article written in a test: the sentences go through the whole pipeline as one
dated article, with a neutral sentence after them so the body is never the article's last line."""

from __future__ import annotations

from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.pipeline import extract
from nieuwsgraaf.settings import Settings

FILLER = "Het weer in Nederland was die dag zonnig en warm, met in het zuiden een enkele bui."


def events_of(tmp_path, pipeline, body: str, published: str) -> list[dict]:
    """The document JSON's events of one article with headline 'Nieuws van de dag' and `body`."""
    path = tmp_path / "article.txt"
    path.write_text(f" date {published} Nieuws van de dag\n\n{body}\n\n{FILLER}\n", encoding="utf-8")
    analyses = list(extract([str(path)], Settings(), pipeline))
    assert len(analyses) == 1 and not analyses[0].errors
    return document_to_json(analyses[0])["events"]


def event_on(events: list[dict], trigger: str) -> dict:
    """The first event whose trigger is exactly `trigger`."""
    found = [e for e in events if e["trigger"]["text"] == trigger]
    assert found, f"no event on {trigger!r} in {[(e['type'], e['trigger']['text']) for e in events]}"
    return found[0]
