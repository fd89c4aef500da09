"""Structured data for search engines and social apps: JSON-LD objects and the og:image choice."""

from __future__ import annotations

import json

from markupsafe import Markup

from warta.config import ORGANIZATION_POLICIES, SiteConfig
from warta.images.photos import schema_images, social_image
from warta.markdown import shorten
from warta.model.urls import LOGO_FILE, card_path
from warta.render.views import ArticleView, Link, ProfileView

HEADLINE_LIMIT = 110
"""Google's limit for NewsArticle.headline."""
ORGANIZATION_ID = "#organisasi"
"""The fragment naming the newsroom (NewsMediaOrganization) after the site's URL, its JSON-LD `@id`."""
CONTACT_TYPE = "public engagement"
"""ContactPoint.contactType of the newsroom's contact page: free text in schema.org; the Trust
Project's examples for NewsMediaOrganization use this one for the newsroom's public contact."""

SCHEMA_TYPES = {
    "berita": "NewsArticle",
    "opini": "OpinionNewsArticle",
    "analisis": "AnalysisNewsArticle",
    "wawancara": "NewsArticle",
    "advertorial": "AdvertiserContentArticle",
    "siaran-pers": "AdvertiserContentArticle",
    "hak-jawab": "NewsArticle",
}
"""The schema.org type of each kind of article (`type:`): schema.org has none for an interview or a
right of reply, which are news articles with a `genre`; a press release is placed by the organisation
that issues it, as an advertorial is by the one that pays."""
GENRE_TYPES = ("wawancara", "hak-jawab", "siaran-pers", "advertorial")
"""Kinds of article whose schema.org type does not say which they are: their label is their `genre`."""


def image_path(article: ArticleView) -> str:
    """What social apps show: the lead photo's crop, the URL the article names, else its generated
    social card."""
    return article.image or card_path(article.slug)


def image_size(article: ArticleView) -> tuple[int, int, str] | None:
    """og:image's width, height and type (None for a URL the article names: not known)."""
    if article.image is None:
        return 1200, 630, "image/png"
    social = social_image(article.photo) if article.photo else None
    return (social.width, social.height, "image/jpeg") if social else None


def _schema_images(article: ArticleView) -> list:
    """NewsArticle `image`: the lead photo's 16:9, 4:3 and 1:1 crops, else what og:image shows."""
    if article.photo is not None:
        crops = schema_images(article.photo)
        if crops:
            return [{"@type": "ImageObject", "url": crop.path, "width": crop.width, "height": crop.height}
                    for crop in crops]
    return [image_path(article)]


class Metadata:
    """Builds JSON-LD objects with absolute URLs from the config."""

    def __init__(self, config: SiteConfig):
        self.config = config

    def url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return self.config.absolute_url(self.config.base_path + path.lstrip("/"))

    def website(self, search_path: str | None = None) -> dict:
        action = None
        if search_path:
            action = {"@type": "SearchAction",
                      "target": {"@type": "EntryPoint", "urlTemplate": self.url(search_path) + "?q={search_term_string}"},
                      "query-input": "required name=search_term_string"}
        return {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": self.config.title,
            "description": self.config.description or None,
            "url": self.url(""),
            "inLanguage": self.config.language,
            "publisher": self.publisher(),
            "potentialAction": action,
        }

    def publisher(self) -> dict:
        """The newsroom (issue 18), with its policy pages (`organization:`): every article's publisher."""
        org = self.config.organization
        data = {
            **self.organization_ref(),
            "logo": {"@type": "ImageObject", "url": self.url(LOGO_FILE), "width": 512, "height": 512},
        }
        data.update((ORGANIZATION_POLICIES[key], self.url(page)) for key, page in org.policies)
        if org.contact or org.email:
            data["contactPoint"] = {"@type": "ContactPoint", "contactType": CONTACT_TYPE,
                                    **({"url": self.url(org.contact)} if org.contact else {}),
                                    **({"email": org.email} if org.email else {})}
        if org.email:
            data["email"] = org.email
        if org.founding_date:
            data["foundingDate"] = org.founding_date
        if org.same_as:
            data["sameAs"] = list(org.same_as)
        return data

    def organization_ref(self) -> dict:
        """The newsroom by its `@id`, type, name and URL: what an author's `worksFor` names."""
        return {"@type": "NewsMediaOrganization", "@id": self.url("") + ORGANIZATION_ID,
                "name": self.config.publisher or self.config.title, "url": self.url("")}

    def news_article(self, article: ArticleView) -> dict:
        authors = [{"@type": "Person", "name": a.name, "url": self.url(a.path)} for a in article.authors]
        if not authors and article.source:
            authors = [{"@type": "Organization", "name": article.source.name, "url": self.url(article.source.path)}]
        if not authors:
            authors = [{"@type": "Organization", "name": self.config.publisher or self.config.title,
                        "url": self.url("")}]
        sponsor = {"@type": "Organization", "name": article.sponsor} if article.sponsor else None
        corrections = [{"@type": "CorrectionComment", "text": c.text.striptags(), "datePublished": self._time(c.date),
                        "url": self.url(f"{article.path}#{c.anchor}")} for c in reversed(article.corrections)]
        return {
            "@context": "https://schema.org",
            "@type": SCHEMA_TYPES[article.type],
            "genre": article.type_label if article.type in GENRE_TYPES else None,
            "headline": shorten(article.title, HEADLINE_LIMIT),
            "description": article.summary or None,
            "datePublished": self._time(article.date),
            "dateModified": self._time(article.modified or article.date),
            "author": authors,
            "publisher": self.publisher(),
            "image": [self.url(i) if isinstance(i, str) else {**i, "url": self.url(i["url"])}
                      for i in _schema_images(article)],
            "inLanguage": self.config.language,
            "mainEntityOfPage": {"@type": "WebPage", "@id": self.url(article.path)},
            "articleSection": article.category.name if article.category else None,
            "keywords": [t.name for t in article.tags] or None,
            "wordCount": article.word_count,
            "sponsor": sponsor,
            "correction": corrections or None,
        }

    def profile_page(self, author: Link, profile: ProfileView | None) -> dict:
        """An author's page (issue 18): a ProfilePage about the Person, who works for the newsroom
        when `data/authors.yaml` has a profile of them."""
        person = {"@type": "Person", "name": author.name, "url": self.url(author.path)}
        if profile is not None:
            person.update({k: v for k, v in (("jobTitle", profile.job_title), ("description", profile.bio),
                                             ("email", profile.email), ("sameAs", list(profile.same_as))) if v})
            person["worksFor"] = self.organization_ref()
        return {"@context": "https://schema.org", "@type": "ProfilePage", "url": self.url(author.path),
                "mainEntity": person}

    def breadcrumbs(self, article: ArticleView) -> dict:
        trail = [("Beranda", "")]
        if article.category:
            trail.append((article.category.name, article.category.path))
        trail.append((article.title, article.path))
        return {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": n, "name": name, "item": self.url(path)}
                for n, (name, path) in enumerate(trail, 1)
            ],
        }

    def _time(self, when) -> str:
        return when.astimezone(self.config.zone).isoformat()


def json_ld(data) -> Markup:
    """A `<script type="application/ld+json">` block that no string inside can break out of;
    `data` is a dict, or a function making one (a PageSpec's `jsonld`)."""
    if callable(data):
        data = data()
    clean = {k: v for k, v in data.items() if v is not None}
    text = json.dumps(clean, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">{text}</script>')
