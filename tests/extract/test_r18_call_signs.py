"""A soldier named only by a call sign (round 18): "«…», — рассказал сапер с позывным «Таран»"
is Таран's quote, and a call sign is no person of the story. A person named in the same
attribution is the speaker, the call sign only theirs. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.extract.extracted import under_headline

_QUOTE = "Мы проверяем каждую тропинку у реки и каждый двор"


@pytest.mark.parametrize(
    ("attribution", "sign"),
    [
        pytest.param("— рассказал сапер с позывным «Таран».", "Таран", id="guillemets"),
        pytest.param('- рассказал сапер с позывным "Таран".', "Таран", id="straight-marks"),
        pytest.param("— отметил командир группы с позывным Таран.", "Таран", id="bare"),
        pytest.param("— отметил командир группы под позывным Север.", "Север", id="pod"),
    ],
)
def test_a_call_sign_speaks_but_is_no_person(attribution: str, sign: str) -> None:
    article = under_headline(f"«{_QUOTE}», {attribution}")
    assert [(q.speaker, q.text) for q in article.quotes] == [(sign, _QUOTE)]
    assert article.people == []


def test_a_named_person_with_a_call_sign_is_the_speaker() -> None:
    article = under_headline(
        f"«{_QUOTE}», — рассказал Олег Ракитин, командир группы с позывным Таран."
    )
    assert [q.speaker for q in article.quotes] == ["Олег Ракитин"]
    assert [p.name for p in article.people] == ["Олег Ракитин"]


def test_a_call_sign_shaped_like_a_surname_is_no_person() -> None:
    """ "Федорович" reads as a surname after an office; after "с позывным" it is a call sign."""
    article = under_headline(
        f"«{_QUOTE}», — сказал заместитель начальника отряда разминирования с позывным Федорович."
    )
    assert [q.speaker for q in article.quotes] == ["Федорович"]
    assert article.people == []
