"""Feature handlers. Each module has `register(dispatcher)`; `bot.app` decides which are on."""
