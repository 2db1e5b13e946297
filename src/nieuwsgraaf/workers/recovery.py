"""What becomes of the articles of a worker that died (killed, out of memory, a crash in native code).

No article is lost and none is stored twice: the task the worker was running is handed out
again, split into one task per article so that a culprit is found alone. An article that a
worker dies on by itself for the MAX_ATTEMPTS-th time is stored without NLP, with an `nlp`
stage error naming the crash, as an article whose NLP raises is (docs/architecture.md).
"""

from __future__ import annotations

import signal

from ..pipeline import run_steps
from ..records import Analysis, Article, StageError
from .messages import Task

MAX_ATTEMPTS = 2  # a second death of a worker on the same article alone is the article's doing


def redo_after_death(task: Task, exit_code: int | None, first_number: int) -> list[Task | Analysis]:
    """One entry per article of `task` (a single Task when it is redone whole), in the task's order.

    Tasks made here are numbered from `first_number` on.
    """
    if len(task.articles) > 1:
        return [Task(first_number + i, (article,), task.attempt + 1) for i, article in enumerate(task.articles)]
    if task.attempt < MAX_ATTEMPTS:
        return [Task(first_number, task.articles, task.attempt + 1)]
    return [analysis_without_worker(task.articles[0], task.attempt, exit_code)]


def analysis_without_worker(article: Article, attempts: int, exit_code: int | None) -> Analysis:
    """The article with the article steps run on no NLP output, and the crash as its `nlp` error."""
    message = (f"the worker process analysing this article died {attempts} times "
               f"({describe_exit(exit_code)}); stored without NLP")
    return run_steps(Analysis(article=article, errors=(StageError("nlp", "WorkerDied", message),)))


def describe_exit(exit_code: int | None) -> str:
    """'killed by SIGKILL', 'exit code 1' or 'no exit code' for a process's exit code."""
    if exit_code is None:
        return "no exit code"
    if exit_code < 0:
        try:
            return f"killed by {signal.Signals(-exit_code).name}"
        except ValueError:
            return f"killed by signal {-exit_code}"
    return f"exit code {exit_code}"
