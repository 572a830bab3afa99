"""Entities: drugs, conditions, biomarkers, interventions and regimen acronyms found in an article,
with their vocabularies (`lexicons/`) and the catalog rows of the `drugs` and `conditions` tables."""
