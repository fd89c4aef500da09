"""Warta: a static news-site generator for Indonesian articles."""

__version__ = "0.1.0"
