"""The self-contained HTML report of timelines (see ``render``)."""
from claimline.report.render import render

__all__ = ["render"]
