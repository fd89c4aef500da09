"""Raw scraped text -> ImportedArticle: line shapes, boilerplate, context, dates, structure."""
