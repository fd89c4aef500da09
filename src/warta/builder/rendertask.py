"""One page or document rendered, wherever the render step runs it: a forked worker (`steps.render`),
a Dask worker (`cluster.py`), or this process (a page whose template failed on a worker, rendered
again here so that the error names the template's file and line as this folder sees them)."""

from __future__ import annotations

from jinja2 import Environment

from warta.config import SiteConfig
from warta.errors import Problem, TemplateError
from warta.linkcheck import BuiltPage, scan_page
from warta.outputs.syndication import Document, render_document
from warta.render.pages import PagePlan, PageSpec, SharedContext, render_page

RenderResult = tuple[bytes | None, BuiltPage | None, Problem | None]
"""What rendering one page or document gives: its bytes, its link scan (a page's), or why its
template failed (then no bytes). A Problem crosses from a worker process as well as anything (issue 21)."""


RenderItem = PagePlan | PageSpec | Document
"""One thing to render: a page (planned, or its spec made) or a document."""


def made(item: RenderItem) -> PageSpec | Document:
    """`item` with its page's spec made, if it is a plan (made where it is rendered or sent: issue 20)."""
    return item.make() if isinstance(item, PagePlan) else item


def render_item(item: RenderItem, env: Environment, shared: SharedContext, config: SiteConfig) -> RenderResult:
    """Render one page (and scan it for the link check) or one document."""
    item = made(item)
    if isinstance(item, Document):
        return render_document(item, config).data, None, None
    try:
        page = render_page(item, env, shared)
    except TemplateError as exc:
        return None, None, exc.problem()
    return page.data, scan_page(page.data.decode("utf-8")), None
