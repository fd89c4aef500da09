"""HTML -> Markdown (shared by every reader of HTML) and the reader of saved web pages."""
