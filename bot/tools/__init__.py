"""Tools that operate the bot (evaluation, parsing), apart from the domain code in `bot/`."""
