"""The `trial_results` table: one row per endpoint result, with arms, figures and trial context."""
