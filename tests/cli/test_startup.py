"""Query commands start fast: they never import spaCy or the NLP (issue 18: start-up under 0.3 s)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from typer.testing import CliRunner
from nieuwsgraaf.cli import app
runner = CliRunner()
for command in ({commands}):
    result = runner.invoke(app, [*command, "--db", {db!r}])
    assert result.exit_code in (0, 1), (command, result.output)
heavy = sorted(m for m in ("spacy", "thinc", "onnxruntime", "trafilatura", "nieuwsgraaf.nlp",
                           "nieuwsgraaf.pipeline") if m in sys.modules)
print(",".join(heavy) or "light")
"""


def test_query_commands_do_not_import_the_nlp(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(" date 2024-05-14 Dijken\n\nMinister Mark Rutte zei dinsdag in Den Haag dat de dijken "
                       "sterk genoeg zijn voor de winter. Het kabinet praat volgende week verder.\n", encoding="utf-8")
    db = str(tmp_path / "t.db")
    subprocess.run([sys.executable, "-m", "nieuwsgraaf", "ingest", str(article), "--db", db, "--model", "none"],
                   check=True, capture_output=True)
    commands = [["stats"], ["search", "dijken"], ["entities"], ["entity", "Rutte"], ["quotes"], ["events"],
                ["export", "events"], ["settings"]]
    probe = PROBE.format(commands=", ".join(repr(c) for c in commands) + ",", db=db)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "light"


def test_the_command_line_loads_the_entity_stage_and_progress_bars_only_when_used():
    probe = ("import sys; import nieuwsgraaf.cli; from nieuwsgraaf.entities import load_knowledge_base; "
             "stage = ('nieuwsgraaf.entities.linker', 'nieuwsgraaf.entities.event_actors', "
             "'nieuwsgraaf.entities.speakers', 'rich.progress'); print([m for m in stage if m in sys.modules]); "
             "from nieuwsgraaf.entities import link_speakers, default_linker; "
             "print(callable(link_speakers), callable(default_linker), 'nieuwsgraaf.entities.linker' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "True True True"]
