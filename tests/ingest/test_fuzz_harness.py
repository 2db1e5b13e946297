"""`make fuzz` (bench/fuzz.py) still runs and reports its counts."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_fuzz_harness_runs_for_two_seconds_and_reports_counts(tmp_path):
    command = [sys.executable, str(REPO / "bench" / "fuzz.py"), "--seconds", "2", "--seed", "13",
               "--progress", "0", "--failures", str(tmp_path / "failures")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=REPO)
    counts = dict(re.findall(r"^(inputs tried|tracebacks|hangs): (\d+)$", result.stdout, re.MULTILINE))
    assert set(counts) == {"inputs tried", "tracebacks", "hangs"}, result.stdout + result.stderr
    assert int(counts["inputs tried"]) > 0
    # Failures, if this short run finds any, are saved for --replay; the exit code says so.
    assert result.returncode == (1 if int(counts["tracebacks"]) + int(counts["hangs"]) else 0)
    saved = list((tmp_path / "failures").glob("*/traceback.txt"))
    assert bool(saved) == bool(result.returncode), result.stdout
