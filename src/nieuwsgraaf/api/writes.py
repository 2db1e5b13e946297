"""POST /api/articles: one article through the same pipeline as `nieuwsgraaf ingest`.

Writes are off unless the `api_token` setting is set; then a request needs
`Authorization: Bearer <token>`, compared in constant time. The NLP pipeline is loaded on the
first write, not at start-up, so a read-only server starts fast. Writes take one lock: one
writer at a time, as the store wants; readers go on alongside (WAL).
"""

from __future__ import annotations

import hmac
import json
import tempfile
import threading
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError

from ..records import Analysis, Skip
from ..report import RunReport
from ..settings import Settings
from ..store import open_store
from .problems import problem

_SAFE_SUFFIX = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.")


class ArticleIn(BaseModel):
    """One article as JSON; `published` an ISO date (2018-03, 2018-03-02)."""

    model_config = {"extra": "forbid"}

    text: str = Field(min_length=1, max_length=4_000_000)
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None


class WrittenArticle(BaseModel):
    id: str
    title: str | None
    new: bool  # False: the article was stored before (this input is recorded as a sighting)


class SkippedInput(BaseModel):
    input: str
    reason: str


class WriteResult(BaseModel):
    articles: list[WrittenArticle]
    skipped: list[SkippedInput]


# The request body as OpenAPI shows it: JSON or a multipart file upload.
WRITE_BODY: dict[str, Any] = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": ArticleIn.model_json_schema()},
    "multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                                       "properties": {"file": {"type": "string", "format": "binary"}}}},
}}}


class Writer:
    """Runs posted inputs through the pipeline into the store; one at a time."""

    def __init__(self, db_path: str, settings: Settings):
        self.db_path = db_path
        self.settings = settings
        self._lock = threading.Lock()
        self._pipeline = None

    def allows(self, authorization: str | None) -> bool:
        scheme, _, token = (authorization or "").partition(" ")
        expected = self.settings.api_token.encode()
        return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), expected)

    def write(self, name: str, data: bytes) -> WriteResult:
        """Read, clean, analyse and store the input file `name` with content `data`."""
        from ..pipeline import extract, in_process_pipeline  # spaCy: only once something is written

        with self._lock:
            if self._pipeline is None:  # kept across writes: loaded at the first, anew after worker_max_articles
                self._pipeline = in_process_pipeline(self.settings)
            with tempfile.TemporaryDirectory(prefix="nieuwsgraaf-post-") as folder:
                path = Path(folder) / name
                path.write_bytes(data)
                items = list(extract([str(path)], self.settings, self._pipeline, RunReport()))
            analyses = [item for item in items if isinstance(item, Analysis)]
            store = open_store(self.db_path)
            try:
                added = store.add_analyses(analyses) if analyses else []
            finally:
                store.close()
        return WriteResult(
            articles=[WrittenArticle(id=a.article.id, title=a.article.title, new=new)
                      for a, new in zip(analyses, added, strict=True)],
            skipped=[SkippedInput(input=_shown(item, folder, name), reason=item.reason)
                     for item in items if isinstance(item, Skip)])


def _shown(skip: Skip, folder: str, name: str) -> str:
    """The skipped input named as the client sent it, not by its temporary path."""
    return skip.origin.replace(str(Path(folder) / name), name)


def _upload_name(filename: str | None) -> str:
    """A safe file name keeping the suffixes that tell the readers the format (.jsonl.gz)."""
    suffixes = "".join(Path(filename or "").suffixes).lower()
    return "upload" + (suffixes if set(suffixes) <= _SAFE_SUFFIX and len(suffixes) <= 20 else "")


async def _input(request: Request, limit: int) -> tuple[str, bytes] | JSONResponse:
    """The posted input as a file name and bytes, or the problem with it."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        body = await request.body()
        try:
            article = ArticleIn.model_validate_json(body)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "body"
            return problem(422, f"{where}: {first['msg']} (send JSON with text and optional title, url, "
                                "published, source)")
        fields = article.model_dump(exclude_none=True)
        return "upload.jsonl", json.dumps(fields, ensure_ascii=False).encode() + b"\n"
    if kind == "multipart/form-data":
        try:
            form = await request.form(max_files=1, max_fields=5)
        except Exception as error:  # a malformed multipart body; starlette raises several kinds
            return problem(400, f"cannot read the multipart body: {error}")
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            return problem(422, "file: send the article as a file in the multipart field 'file'")
        data = await upload.read(limit + 1)
        if len(data) > limit:
            return problem(413, f"the file is larger than max_file_bytes ({limit:,} bytes)")
        return _upload_name(upload.filename), data
    return problem(415, "send application/json (one article) or multipart/form-data (a file in field 'file')")


async def add_article(request: Request) -> WriteResult | JSONResponse:
    writer: Writer = request.app.state.writer
    if not writer.settings.api_token:
        return problem(403, "writes are off: set the api_token setting (NIEUWSGRAAF_API_TOKEN) to turn them on")
    if not writer.allows(request.headers.get("authorization")):
        return problem(401, "send the api_token as 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})
    received = await _input(request, writer.settings.max_file_bytes)
    if isinstance(received, JSONResponse):
        return received
    result = await run_in_threadpool(writer.write, *received)
    if not result.articles:
        reasons = "; ".join(s.reason for s in result.skipped) or "no article in the input"
        return problem(422, f"nothing stored: {reasons}")
    if not any(article.new for article in result.articles):
        return JSONResponse(result.model_dump(), status_code=200)
    return result
