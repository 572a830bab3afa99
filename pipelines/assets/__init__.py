"""Assets by layer: ingest → extract → curate → publish."""
