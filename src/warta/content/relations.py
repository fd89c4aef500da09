"""What one article says of another, checked with every article at hand: the article a right of
reply (`reply_to:`) answers must exist and still stand."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from warta.content.schema import SourceArticle
from warta.errors import Problem


def reply_problems(articles: Sequence[SourceArticle]) -> list[Problem]:
    """A `reply_to` naming no article, itself or a retracted article is an error; one naming a draft
    (from a published reply) gets a warning, as the link waits for the draft."""
    by_slug = {article.slug: article for article in articles}
    problems = []
    for article in articles:
        if article.reply_to is None:
            continue
        target = by_slug.get(article.reply_to)

        def problem(message: str, hint: str, warning: bool = False) -> None:
            problems.append(Problem(article.path, article.reply_to_line, "reply_to", message, hint, warning=warning))

        if target is None:
            close = difflib.get_close_matches(article.reply_to, list(by_slug), n=1, cutoff=0.75)
            problem(f'"{article.reply_to}" names no article',
                    f"did you mean '{close[0]}'?" if close else
                    "write the slug of the article answered: its file name, or its `slug:`")
        elif target is article:
            problem("names this article itself", "write the slug of the article this reply answers")
        elif target.retracted is not None:
            problem(f'"{article.reply_to}" ({target.path}) was retracted; a withdrawn article takes no reply',
                    "publish the statement as an article of its own, or mention it in the retraction's reason")
        elif target.draft and not article.draft:
            problem(f'"{article.reply_to}" ({target.path}) is a draft: the reply links to it once it is published',
                    "publish that article first, or make this reply a draft too", warning=True)
    return problems
