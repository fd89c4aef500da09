"""Stage 5 outputs besides HTML pages: feeds, sitemaps, robots.txt, social cards."""
