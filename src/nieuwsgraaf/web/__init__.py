"""The web UI (#16 §3) will be served from here, by the API's own app: templates and static files.

`install(app)` is called at the end of `api.create_app`; the UI adds its pages and static files
to that app. Until the UI exists it adds nothing.
"""

from __future__ import annotations

from typing import Any


def install(app: Any) -> None:
    """Add the web UI's routes to the FastAPI `app` (nothing yet)."""
