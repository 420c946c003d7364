"""The platform-neutral core: events, dispatcher, rendering. It never imports an SDK."""
