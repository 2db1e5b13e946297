"""Parameters several routes share, with their descriptions (the OpenAPI text)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from ..query.dates import SINCE_HELP, UNTIL_HELP
from ..query.paging import MAX_PAGE
from .reading import Reader, reader

Since = Annotated[str | None, Query(description=SINCE_HELP)]
Until = Annotated[str | None, Query(description=UNTIL_HELP)]
Source = Annotated[str | None, Query(description="Outlet, e.g. nu.nl (any case; its subdomains match too).")]
Undated = Annotated[bool, Query(description="Also list what has no date when since or until is given.")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Items per page (at most {MAX_PAGE}).")]
Cursor = Annotated[str | None, Query(description="The `next_cursor` of the page before; leave out for the "
                                                 "first page.")]
Entity = Annotated[str, Query(description="An entity id, name, alias or Wikidata id.")]
Store = Annotated[Reader, Depends(reader)]
