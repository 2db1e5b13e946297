"""The Dutch spaCy pipeline: loading it and our registered components.

Components are imported here in pipeline order, so importing this package registers them.
"""

from ..events import component as _event_component  # noqa: F401  (registers ng_events)
from ..time import component as _time_component  # noqa: F401  (registers ng_timexes)
from . import paragraphs  # noqa: F401  (registers ng_paragraph_breaks)
from .adapter import doc_to_analysis
from .loader import FALLBACK, LoadedPipeline, NlpError, load_pipeline
from .renewal import RenewingPipeline

__all__ = ["FALLBACK", "LoadedPipeline", "NlpError", "doc_to_analysis", "load_pipeline", "RenewingPipeline"]
