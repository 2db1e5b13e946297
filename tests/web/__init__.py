"""Tests of the web UI: its pages in a real headless Chromium, and the marking of an article."""
