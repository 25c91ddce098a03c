"""Counsellor-readable reports built from what `rasa test` writes: conversation flows and NLU."""
