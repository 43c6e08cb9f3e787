"""Round 27 (quote recall): speakers the paragraphs around a quote name, missed before. The
sentences are invented (invented people, places and bodies)."""

from __future__ import annotations

from extracted import analysed


def _speakers(article: object) -> list[str | None]:
    return [q.speaker for q in article.quotes]  # type: ignore[attr-defined]


def test_a_name_inside_the_end_of_a_running_quotation_is_not_the_role_said_again() -> None:
    """'Agent X spoke. "A. (line) B. … with Y", - said the agent.': Y is named inside the
    quotation's last paragraph, which has only its closing mark; 'the agent' is still X."""
    article = analysed(
        "Переговоры о контракте\n\n"
        "Агент нападающего Ивана Петрова Олег Смирнов рассказал о переговорах с клубом.\n"
        '"Я не понимаю, почему клуб тянет с решением по контракту на два года.\n'
        "При этом клуб подписывает других игроков на четыре года.\n"
        "В апреле мы говорили с директором. Нам предложили всего один год. Директор делает "
        'все, чтобы расстаться с Петровым", - сказал агент.\n'
    )
    assert _speakers(article) == ["Олег Смирнов"] * 3
