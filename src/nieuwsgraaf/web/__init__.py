"""The web UI (#16 §3): server-rendered pages over the query layer, served by the API's own app.

`install(app)` is called at the end of `api.create_app`; it adds the pages (`site.py`), the
static files and Dutch HTML error pages for everything outside /api.
"""

from .site import install

__all__ = ["install"]
