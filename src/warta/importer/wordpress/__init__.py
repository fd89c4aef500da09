"""WordPress exports (WXR): posts, authors, terms, pictures, and post content as WordPress shows it."""
