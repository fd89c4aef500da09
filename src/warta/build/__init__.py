"""Stage 6: orchestration — run the stages in order and write the output atomically."""

from warta.build.pipeline import BuildOptions, BuildReport, build
from warta.build.report import NullReporter, RecordingReporter, Reporter

__all__ = ["BuildOptions", "BuildReport", "NullReporter", "RecordingReporter", "Reporter", "build"]
