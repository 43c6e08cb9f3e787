"""Round 28's cheaper ingest in the loader: the same blocks, found with less work."""

from __future__ import annotations

from briefings.load.wrapping import _GLUED_BLOCKS, _GLUED_BLOCKS_FOUND, _unglued


def test_glued_russian_blocks_found_by_the_quick_test_and_split() -> None:
    text = "Вестник КавказаСегодня прошла встреча министров."
    assert _GLUED_BLOCKS_FOUND.search(text) is not None
    assert _GLUED_BLOCKS.split(text) == ["Вестник Кавказа", "Сегодня прошла встреча министров."]
    assert "Кавказа\n\nСегодня" in _unglued(text)


def test_no_glued_blocks_in_english_or_in_a_quoted_name() -> None:
    for text in ("The ministers met in Corvale today.", "Компания «ГаваньТелеком» растёт."):
        assert _GLUED_BLOCKS_FOUND.search(text) is None
        assert _GLUED_BLOCKS.search(text) is None
