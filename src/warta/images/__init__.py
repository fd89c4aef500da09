"""Photos: what an article's images are (`source`), which files the site publishes of each
(`renditions`), how those are encoded (`encode`) and how a page shows them (`markup`)."""
