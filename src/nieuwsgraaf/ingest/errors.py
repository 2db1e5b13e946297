"""The ingest stage's exception."""


class IngestError(Exception):
    """An input could not be read; the message names the source and the reason."""
