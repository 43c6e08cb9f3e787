"""The extraction vocabulary is data: one typed lexicon, one list per idea, no word twice."""

from __future__ import annotations

import importlib
import re
from importlib import resources

import pytest
import yaml

from briefings.errors import BriefingError, GoldFileError, TopicConfigError
from briefings.extract import lexicon
from briefings.extract.lexicon import phrase_pattern


def _lists() -> list[tuple[str, tuple[str, ...]]]:
    """Every plain word list of the YAML file as written (a set would hide a duplicate)."""
    raw = yaml.safe_load(resources.files("briefings").joinpath("data/lexicon.yaml").read_text())
    out: list[tuple[str, tuple[str, ...]]] = []
    for lang, lists in raw.items():
        for field, value in lists.items():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                out.append((f"{lang}.{field}", tuple(value)))
    return out


@pytest.mark.parametrize(("name", "words"), [pytest.param(n, w, id=n) for n, w in _lists()])
def test_no_word_is_listed_twice(name: str, words: tuple[str, ...]) -> None:
    """A duplicate in a list is a sign of a list written twice."""
    assert len(set(words)) == len(words), name


def test_stop_capitals_do_not_repeat_honorifics() -> None:
    """Honorifics are written once; the stop-capital list gets them from there."""
    en = lexicon().en
    assert not (en.stop_capitals & {*en.honorific_abbreviations, *en.honorific_words})


def test_yaml_booleans_did_not_replace_words() -> None:
    """'on'/'On' must stay words: unquoted, YAML 1.1 turns them into booleans."""
    assert "on" in lexicon().en.not_between_verb_and_name
    assert "On" in lexicon().en.stop_capitals


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        pytest.param("заявил*", "заявила", True, id="star-takes-ending"),
        pytest.param("told", "told", True, id="plain-word"),
        pytest.param("pointed out", "pointed   out", True, id="any-whitespace"),
        pytest.param("Vice-President", "Vice President", False, id="hyphen-literal"),
    ],
)
def test_phrase_syntax(phrase: str, text: str, matches: bool) -> None:
    """The lexicon's word syntax: '*' takes any ending, spaces any whitespace."""
    assert (re.fullmatch(phrase_pattern(phrase), text) is not None) is matches


def test_configuration_errors_belong_to_the_documented_tree() -> None:
    """Both errors an admin can act on are BriefingErrors, importable where they were."""
    evaluate = importlib.import_module("briefings.evaluate")
    topics = importlib.import_module("briefings.topics")
    assert issubclass(TopicConfigError, BriefingError)
    assert issubclass(GoldFileError, BriefingError)
    assert topics.TopicConfigError is TopicConfigError
    assert evaluate.GoldFileError is GoldFileError
