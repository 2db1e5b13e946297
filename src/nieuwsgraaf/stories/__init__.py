"""The same story across outlets and over time: near-duplicates at ingest and story threads."""

from .options import StoryOptions
from .stage import RebuildReport, StoryStage, open_story_stage, rebuild_stories

__all__ = ["RebuildReport", "StoryOptions", "StoryStage", "open_story_stage", "rebuild_stories"]
