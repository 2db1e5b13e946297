"""The PostgreSQL implementation of the store (psycopg 3, a connection pool, tsvector search)."""

from .store import PostgresStore

__all__ = ["PostgresStore"]
