"""What one run did: counts, skips, input repairs and stage failures. The CLI prints it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .records import Analysis, Skip, StageError

_KEPT = 1000  # skips, warnings and stage errors listed in a report; the counts go on beyond it


@dataclass
class RunReport:
    """What one run did; the CLI prints it and `--json` returns it."""

    files: int = 0
    read: int = 0
    analysed: int = 0
    stored: int = 0
    already_stored: int = 0
    not_dutch: int = 0
    skipped: list[Skip] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (origin, what was repaired)
    stage_errors: list[tuple[str, StageError]] = field(default_factory=list)  # (origin, error)
    warning_count: int = 0
    error_count: int = 0
    seconds: float = 0.0

    def note_analysis(self, analysis: Analysis) -> None:
        """Count an analysed article's input warnings and stage errors."""
        origin = analysis.article.origin
        for warning in analysis.article.warnings:
            self.warning_count += 1
            if len(self.warnings) < _KEPT:
                self.warnings.append((origin, warning))
        for error in analysis.errors:
            self.error_count += 1
            if len(self.stage_errors) < _KEPT:
                self.stage_errors.append((origin, error))

    def errors_by_stage(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _, error in self.stage_errors:
            counts[error.stage] = counts.get(error.stage, 0) + 1
        return counts

    def to_json(self) -> dict:
        return {
            "files": self.files,
            "read": self.read,
            "analysed": self.analysed,
            "stored": self.stored,
            "already_stored": self.already_stored,
            "not_dutch": self.not_dutch,
            "skipped": [{"origin": s.origin, "reason": s.reason} for s in self.skipped],
            "warnings": self.warning_count,
            "stage_errors": self.error_count,
            "errors": [{"origin": origin, **error.to_json()} for origin, error in self.stage_errors],
            "seconds": round(self.seconds, 3),
        }
