"""Layout rules of the plain-text cleaner, each on a small made-up scrape."""

from __future__ import annotations

from briefings.load import load_source


def _paragraphs(text: str) -> list[str]:
    return load_source(text.encode(), "scrape.txt")[0].paragraphs


def test_short_closing_sentence_is_kept() -> None:
    """A short last sentence right after the body is prose; the counter after it is not."""
    paragraphs = _paragraphs(
        "Home\nNews\nGas talks end in Baku\n\n"
        "Azerbaijan and the EU held a long round of gas talks in Baku on Monday.\n\n"
        "The sides agreed to meet again in May to finalise the memorandum.\n\n"
        "Talks will continue.\n\nViews: 12\nShare\n"
    )
    assert paragraphs[-1] == "Talks will continue."
    assert len(paragraphs) == 3


def test_hard_wrapped_blocks_are_joined() -> None:
    """An 80-column text with blank lines between paragraphs gives whole paragraphs."""
    paragraphs = _paragraphs(
        "Azerbaijan and Georgia signed a memorandum on the Black Sea cable on\n"
        "Tuesday, officials in Tbilisi said after the meeting of the ministers.\n\n"
        "The cable will carry up to 4 GW of green electricity from the Caspian\n"
        "region to Romania and Hungary, according to the project documents.\n"
    )
    assert len(paragraphs) == 2
    assert paragraphs[0].endswith(
        "on Tuesday, officials in Tbilisi said after the meeting of the ministers."
    )


def test_repeated_paragraph_and_caps_labels_dropped() -> None:
    """A paragraph repeated by the page layout appears once; all-caps labels are furniture."""
    lead = "The Caspian summit opened in Aktau with five leaders attending the talks."
    paragraphs = _paragraphs(
        f"WORLD\nENERGY NEWS TODAY\n{lead}\n\n{lead}\n\nThey discussed shipping, fishing and oil.\n"
    )
    assert paragraphs == [lead, "They discussed shipping, fishing and oil."]


def test_related_headlines_far_below_the_body_are_dropped() -> None:
    """A block of teaser sentences separated from the article by furniture is not the article."""
    body = "\n\n".join(
        f"Paragraph {i} of the article explains the gas deal between Baku and Brussels in detail."
        for i in range(6)
    )
    paragraphs = _paragraphs(
        f"{body}\n\nTags\nShare\nPrint\nComments\nMost read\nOil prices fell on Friday.\n"
    )
    assert len(paragraphs) == 6
    assert "Oil prices fell on Friday." not in paragraphs


def test_russian_furniture_dropped() -> None:
    """Russian share/subscribe/read-also lines and view counters are furniture."""
    paragraphs = _paragraphs(
        "Главная\nПоиск\n\nАзербайджан и Грузия подписали соглашение о транзите грузов.\n\n"
        "Читайте также: Алиев встретился с Кобахидзе\n\n"
        "Документ предусматривает увеличение перевозок по железной дороге.\n\n"
        "Поделиться\nПросмотров: 1 024\nПодписывайтесь на наш Telegram-канал\n"
    )
    assert paragraphs == [
        "Азербайджан и Грузия подписали соглашение о транзите грузов.",
        "Документ предусматривает увеличение перевозок по железной дороге.",
    ]


def test_bullet_items_inside_the_body_are_kept() -> None:
    """List items in the middle of an article are content even without a full stop."""
    paragraphs = _paragraphs(
        "Azerbaijan exported gas to these markets last year, the ministry said.\n\n"
        "- 10 bcm to Italy and Greece\n\n- 1.3 bcm to Bulgaria\n\n"
        "Exports are expected to grow again this year, according to SOCAR.\n"
    )
    assert paragraphs[1:3] == ["- 10 bcm to Italy and Greece", "- 1.3 bcm to Bulgaria"]
