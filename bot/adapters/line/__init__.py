"""Matte on LINE: webhook in, Messaging API out (reply tokens first, pushes counted)."""
