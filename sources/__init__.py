"""Reading the source folder: discovery, decoding, HTML to text, boilerplate removal,
metadata, sentences and sections. No Dagster here."""
