"""The `guideline_recommendations` table: directives of guidelines and HTA bodies, with their body and year."""
