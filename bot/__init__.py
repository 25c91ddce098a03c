"""Hulpwijzer: help routing for young people who saw criminal or violent sexual images online."""
