"""Matte (待って): a chatbot that trains people not to be fooled by false information."""

__version__ = "0.1.0"
