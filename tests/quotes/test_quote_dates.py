"""The date a quote was said: not the date it talks about, and never after its article."""

from __future__ import annotations

from nieuwsgraaf.pipeline import extract
from nieuwsgraaf.settings import Settings

ARTICLE = (" date 2024-03-07 Plannen van het kabinet\n\n"
           "Minister Hugo de Jonge zei woensdag dat het plan volgende week klaar is. "
           "\"In 2030 zijn alle woningen aangesloten\", zei De Jonge. "
           "Het kabinet praat er volgende maand verder over met de gemeenten.\n")


def test_a_quote_is_dated_by_its_speech_clause_not_by_its_content(tmp_path, fallback_pipeline):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (analysis,) = list(extract([str(path)], Settings(model="none"), fallback_pipeline))
    dates = {q.text: q.date for q in analysis.quotes}
    indirect = next(d for text, d in dates.items() if "volgende week" in text)
    assert indirect.value == "2024-03-06"  # 'woensdag', before the Thursday it was published
    direct = next(d for text, d in dates.items() if "2030" in text)
    assert direct.value != "2030" and direct.value <= "2024-03-07"
    for date in dates.values():
        assert date.value <= "2024-03-07"
