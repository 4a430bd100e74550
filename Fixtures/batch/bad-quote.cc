stats
find "unterminated
documents
