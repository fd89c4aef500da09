"""Stage 6: orchestration — run the stages in order and write the output atomically."""

from warta.builder.pipeline import BuildOptions, BuildReport, build
from warta.builder.report import NullReporter, RecordingReporter, Reporter

__all__ = ["BuildOptions", "BuildReport", "NullReporter", "RecordingReporter", "Reporter", "build"]
