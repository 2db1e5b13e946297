"""Tests of the REST API (a package, so that its conftest does not shadow tests/conftest.py)."""
