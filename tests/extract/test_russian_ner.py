"""The optional natasha name finder for Russian text (`RUSSIAN_NER=natasha`): it adds the
people the rules cannot read, in the nominative, and never doubles or replaces theirs."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from briefings.config import CoreSettings
from briefings.errors import ConfigError
from briefings.extract import analyse, ner
from briefings.load import load_source
from briefings.service import BriefingService

# Foreign names in Cyrillic with no role beside them: the rules know neither first name.
CZECH_TALKS = (
    "Переговоры о поставках газа прошли в Праге.\n"
    "Проект поддержал Томаш Вырвал, сообщает агентство. По словам Томаша Вырвала, первые "
    "поставки ожидаются весной.\n"
    "Кроме того, в обсуждении участвовала Ингрид Осмундсен из норвежской компании."
)


def _people(text: str, names: ner.NameFinder | None) -> list[str]:
    return [p.name for p in analyse(load_source(text.encode(), "t.txt")[0], names=names).people]


def test_rules_alone_miss_foreign_names_the_model_finds() -> None:
    assert "Томаш Вырвал" not in _people(CZECH_TALKS, None)
    found = _people(CZECH_TALKS, ner.natasha_names)
    assert "Томаш Вырвал" in found
    assert "Ингрид Осмундсен" in found
    # The declined second mention is the same person, not a second one.
    assert not any(name.startswith("Томаша") for name in found)


def test_a_name_the_rules_read_keeps_their_canonical_form() -> None:
    text = "Сергей Лавров провёл переговоры в Праге. Томаш Вырвал назвал их полезными."
    found = _people(text, ner.natasha_names)
    assert found.count("Sergey Lavrov") == 1
    assert "Сергей Лавров" not in found
    assert "Томаш Вырвал" in found


def test_english_text_is_left_to_the_rules() -> None:
    calls: list[Sequence[str]] = []

    def recording(paragraphs: Sequence[str]) -> list[tuple[int, int, int, bool]]:
        calls.append(paragraphs)
        return ner.natasha_names(paragraphs)

    text = "Tomas Vyrval backed the gas project in Prague on Monday, the agency reported."
    _people(text, recording)
    assert calls == []
    _people(CZECH_TALKS, recording)
    assert len(calls) == 1


def test_the_setting_reaches_ingest(tmp_path: Path) -> None:
    def people_with(choice: str) -> list[str]:
        settings = CoreSettings(
            _env_file=None,
            data_dir=tmp_path,
            database_url=f"sqlite:///{tmp_path}/{choice}.db",
            russian_ner=choice,
        )
        service = BriefingService(settings)
        try:
            [result] = service.ingest_bytes(CZECH_TALKS.encode(), "czech.txt")
        finally:
            service.close()
        return [p.name for p in result.article.people]

    assert "Томаш Вырвал" in people_with("natasha")
    assert "Томаш Вырвал" not in people_with("gazetteer")


def test_a_missing_install_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ner.name_finder("gazetteer") is None
    monkeypatch.setattr(ner, "_models", {})
    monkeypatch.setitem(sys.modules, "natasha", None)  # import natasha now fails
    with pytest.raises(ConfigError, match=r"RUSSIAN_NER: natasha is not installed"):
        ner.name_finder("natasha")
    with pytest.raises(ConfigError, match="unknown name finder"):
        ner.name_finder("spacy")
