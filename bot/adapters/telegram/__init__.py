"""The telegram adapter."""
