"""Matte's forwarded-message classifier: warning-sign cues, a calibrated model and a known-rumour index.

This package never imports the bot; the bot depends only on the `Scorer` protocol in `classifier.result`.
"""
