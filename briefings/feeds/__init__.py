"""Feeds: RSS 2.0, Atom and JSON Feed sources polled on their own interval."""
