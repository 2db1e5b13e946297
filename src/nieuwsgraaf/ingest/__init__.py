"""Reading articles from text, JSON Lines, HTML, RSS/Atom and WARC files, plain or compressed."""

from .errors import IngestError
from .sources import STDIN, ReadOptions, iter_input_files, read_path

__all__ = ["IngestError", "ReadOptions", "STDIN", "iter_input_files", "read_path"]
