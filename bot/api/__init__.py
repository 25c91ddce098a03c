"""The web service: the chat widget's backend and the bot's only public door."""
