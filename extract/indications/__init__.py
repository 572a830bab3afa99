"""The `indications` table: drug × condition claims with status, polarity and qualifiers."""
