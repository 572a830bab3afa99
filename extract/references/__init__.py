"""The `references` table: cited references with their title, container, year, DOI and URL."""
