"""What articles say of each other and of the build's clock, checked with every article at hand: the
article a right of reply (`reply_to:`) answers must exist and still stand; a correction or withdrawal
may not be dated after the build."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Sequence
from datetime import datetime
from pathlib import PurePosixPath

from warta.content.schema import SourceArticle
from warta.errors import Problem


def reply_problems(articles: Sequence[SourceArticle], unreadable: Collection[str] = ()) -> list[Problem]:
    """A `reply_to` naming no article, itself, a retracted article or one published after the reply is
    an error; one naming a draft (from a published reply), or an article that will expire, gets a
    warning, as the link back waits for the draft or ends with the expiry. A slug in `unreadable` (the
    names of article files that have problems of their own) is not reported again."""
    by_slug = {article.slug: article for article in articles}
    stems: dict[str, SourceArticle] | None = None  # (file name -> article: made only for a reply naming none)
    problems = []
    for article in articles:
        if article.reply_to is None or (article.reply_to not in by_slug and article.reply_to in unreadable):
            continue
        target = by_slug.get(article.reply_to)

        def problem(message: str, hint: str, warning: bool = False) -> None:
            problems.append(Problem(article.path, article.reply_to_line, "reply_to", message, hint, warning=warning))

        if target is None:
            close = difflib.get_close_matches(article.reply_to, list(by_slug), n=1, cutoff=0.75)
            if stems is None:
                stems = {PurePosixPath(article.path).stem: article for article in articles}
            named = stems.get(article.reply_to)
            problem(f'"{article.reply_to}" names no article',
                    f"{named.path} has `slug: {named.slug}`: write that" if named else
                    f"did you mean '{close[0]}'?" if close else
                    "write the slug of the article answered: its file name, or its `slug:`")
        elif target is article:
            problem("names this article itself", "write the slug of the article this reply answers")
        elif target.retracted is not None:
            problem(f'"{article.reply_to}" ({target.path}) was retracted; a withdrawn article takes no reply',
                    "publish the statement as an article of its own, or mention it in the retraction's reason")
        elif target.date > article.date:
            problem(f'"{article.reply_to}" ({target.path}) is dated {target.date.isoformat()}, after this reply '
                    f"({article.date.isoformat()})", "a reply comes after the article it answers: check both dates")
        elif target.draft and not article.draft:
            problem(f'"{article.reply_to}" ({target.path}) is a draft: the reply links to it once it is published',
                    "publish that article first, or make this reply a draft too", warning=True)
        elif target.expires is not None and (article.expires is None or article.expires > target.expires):
            problem(f'"{article.reply_to}" ({target.path}) expires at {target.expires.isoformat()}: from then on '
                    "this reply no longer links to it", "let the reply expire with it, or keep the article",
                    warning=True)
    return problems


def dated_later_problems(articles: Sequence[SourceArticle], now: datetime) -> list[Problem]:
    """A correction or a withdrawal dated after the build's clock `now`, on an article published by
    then: it would be shown already, dated in the future (and `dateModified` with it). Drafts and
    articles still to come are left alone: their corrections wait with them."""
    problems = []
    for article in articles:
        if article.draft or article.date > now:
            continue
        dated = [(c.line, "corrections", "a correction", c.date) for c in article.corrections]
        if article.retracted is not None:
            dated.append((article.retracted.line, "retracted", "the withdrawal", article.retracted.date))
        for line, key, what, when in dated:
            if when > now:
                problems.append(Problem(article.path, line, key, f"{what} is dated {when.isoformat()}, after the "
                                        f"build's clock ({now.isoformat()})",
                                        "date it when it was made; to publish it later, add it later"))
    return problems
