"""Readers in their own language, with buttons under every brief, filters and "new" marks,
driven through the real PTB Application against the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from botkit import ADMIN, READER, TOKEN, Running, make_article_text
from fakereaders import ReaderBotAPI

from bot.clock import FakeClock
from bot.reading import mentions
from bot.subscriptions import SubscriptionStore

RU_READER = 3003


@pytest.fixture
async def api(clock: FakeClock) -> AsyncIterator[ReaderBotAPI]:
    """The fake Bot API where RU_READER's Telegram app is in Russian."""
    server = ReaderBotAPI(token=TOKEN, clock=clock, languages={RU_READER: "ru-RU"})
    await server.start()
    yield server
    await server.stop()


def _data(message: Any) -> list[str]:
    return [b["callback_data"] for b in message.buttons]


def _button(message: Any, prefix: str) -> str:
    return next(d for d in _data(message) if d.startswith(prefix))


async def test_russian_app_gets_russian_from_first_contact(running: Running) -> None:
    """A reader whose app is in Russian is answered in Russian from /start on, and Russian
    topic names (one and two words) resolve like the English aliases."""
    [welcome] = await running.say(RU_READER, "/start", name="Айгюн")
    assert "Здравствуйте, Айгюн" in welcome.plain
    energy = await running.say(RU_READER, "/brief энергетика")
    assert energy[0].plain.startswith("Энергетика · ")
    # Key figures only get the room the stories leave; the samples' security brief has some.
    security = "\n".join(m.plain for m in await running.say(RU_READER, "/brief безопасность"))
    assert security.startswith("Безопасность") and "Ключевые цифры" in security
    assert "Key figures" not in security + "\n".join(m.plain for m in energy)
    [peace, *_] = await running.say(RU_READER, "/brief мирные переговоры")
    assert peace.plain.startswith("Мирные переговоры · ")
    [english] = await running.say(READER, "/start")
    assert "Hello" in english.plain


async def test_dates_are_formatted_for_the_locale(running: Running) -> None:
    """The same brief carries English month names in English and Russian ones in Russian."""
    en = (await running.say(READER, "/brief energy"))[0].plain
    ru = (await running.say(RU_READER, "/brief energy"))[0].plain
    assert "Mar 2024" in en and "мар. 2024" in ru
    assert "мар. 2024" not in en and "Mar 2024" not in ru


async def test_language_command_switches_with_buttons(running: Running) -> None:
    """/language offers one button per language; pressing Русский switches this chat."""
    [choose] = await running.say(READER, "/language")
    assert _data(choose) == ["v1:lang:en", "v1:lang:ru"]
    await running.press(READER, choose, "v1:lang:ru")
    assert "по-русски" in running.api.edits[-1].plain
    [help_ru] = await running.say(READER, "/help")
    assert help_ru.plain.startswith("Команды")
    [back] = await running.say(READER, "/language english")
    assert "English" in back.plain
    [help_en] = await running.say(READER, "/help")
    assert help_en.plain.startswith("Commands")


async def test_menus_are_registered_per_language(running: Running) -> None:
    """Menus: English by default, Russian for Russian apps, the same commands in both."""
    menus = running.api.menus  # type: ignore[attr-defined]
    default, russian = dict(menus[("default", "")]), dict(menus[("default", "ru")])
    assert set(default) == set(russian)
    assert {"language", "filter", "brief"} <= set(default)
    assert russian["brief"].startswith("Брифинг") and default["brief"].startswith("Briefing")
    admin = dict(menus[(f"chat:{ADMIN}", "")])
    assert {"stats", "addsource", "language"} <= set(admin)


async def test_admin_menu_follows_the_admins_language(running: Running) -> None:
    """An admin who switches to Russian gets the admin menu in Russian at once."""
    menus = running.api.menus  # type: ignore[attr-defined]
    assert dict(menus[(f"chat:{ADMIN}", "")])["stats"].startswith("Subscribers")
    [choose] = await running.say(ADMIN, "/language")
    await running.press(ADMIN, choose, "v1:lang:ru")
    await running.api.wait_for(
        lambda a: dict(a.menus[(f"chat:{ADMIN}", "")])["stats"].startswith("Подписчики")  # type: ignore[attr-defined]
    )
    await running.say(ADMIN, "/language en")
    await running.api.wait_for(
        lambda a: dict(a.menus[(f"chat:{ADMIN}", "")])["stats"].startswith("Subscribers")  # type: ignore[attr-defined]
    )


async def test_buttons_under_a_brief_are_typed_and_short(running: Running) -> None:
    """Every brief ends with More, Sources, Mute and Time; callback data fits in 64 bytes."""
    replies = await running.say(READER, "/brief peace talks")
    last = replies[-1]
    data = _data(last)
    assert [d.split(":")[1] for d in data] == ["more", "arts", "mute", "time"]
    assert all(len(d.encode()) <= 64 for d in data)
    assert all(not m.buttons for m in replies[:-1])


async def test_sources_button_lists_the_articles_with_links(
    running: Running, service: Any, clock: FakeClock
) -> None:
    """Sources answers with the brief's articles, linked when the article has an address."""
    from briefings.models import SourceMeta

    meta = SourceMeta(url="https://news.example.org/caspian-gas", outlet="Example News")
    service.ingest_bytes(make_article_text("Moldova"), "moldova.txt", meta=meta)
    [*_, last] = await running.say(READER, "/brief energy")
    await running.press(READER, last, _button(last, "v1:arts:energy"))
    sources = running.api.messages_to(READER)[-1]
    assert sources.plain.startswith("Sources · Energy")
    assert '<a href="https://news.example.org/caspian-gas">' in sources.text


async def test_mute_drops_the_topic_and_undo_restores_it(
    running: Running, store: SubscriptionStore
) -> None:
    """Mute under a brief takes the topic out of the digest; Undo puts it back."""
    await running.say(READER, "/subscribe energy peace talks")
    [*_, last] = await running.say(READER, "/brief energy")
    await running.press(READER, last, _button(last, "v1:mute:"))
    note = running.api.messages_to(READER)[-1]
    sub = store.get(READER)
    assert sub is not None and list(sub.topics) == ["peace-talks"]
    await running.press(READER, note, _button(note, "v1:unmute:energy"))
    sub = store.get(READER)
    assert sub is not None and sorted(sub.topics) == ["energy", "peace-talks"]
    assert "back in your digest" in running.api.edits[-1].plain


async def test_time_button_changes_the_delivery_time_in_two_taps(
    running: Running, store: SubscriptionStore
) -> None:
    """Time → a grid of hours → one tap sets the digest time."""
    await running.say(READER, "/subscribe energy 08:00")
    [*_, last] = await running.say(READER, "/brief energy")
    await running.press(READER, last, "v1:time")
    grid = running.api.messages_to(READER)[-1]
    assert "v1:time:0700" in _data(grid)
    await running.press(READER, grid, "v1:time:0700")
    sub = store.get(READER)
    assert sub is not None and sub.digest_time.hour == 7
    assert "07:00" in running.api.edits[-1].plain


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("v1:more:energy:x", id="bad-number"),
        pytest.param("v1:mute:no-such-topic", id="unknown-topic"),
        pytest.param("v1:time:2599", id="bad-time"),
        pytest.param("v1:lang:xx", id="unknown-language"),
        pytest.param("v9:more:energy:0", id="future-version"),
        pytest.param("v1:more:" + "e" * 80, id="over-64-bytes"),
    ],
)
async def test_tampered_or_old_buttons_get_a_short_answer(running: Running, data: str) -> None:
    """A forged or outdated button is answered with a short notice; the bot keeps working."""
    [*_, last] = await running.say(READER, "/brief energy")
    answered = len(running.api.answered_callbacks)
    running.api.callback(READER, data, last)
    await running.api.wait_for(lambda a: len(a.answered_callbacks) > answered)
    assert running.api.answered_callbacks[-1].get("text")
    [reply, *_] = await running.say(READER, "/brief energy", replies=1)
    assert reply.plain.startswith("Energy")


def _energy_story(n: int, country: str, place: str) -> bytes:
    """An invented energy story of its own (no shared telling word with the others)."""
    return (
        f"{country} opens solar park {n}\n\n"
        f"{country} opened a {100 + n * 37} megawatt solar park near {place} on Monday, the "
        f"energy ministry of {country} said. The plant will feed {n + 2} terawatt hours of "
        f"electricity a year into the grid of {country}.\n\n"
        f"The ministry said the {place} plant cost {n + 40} million euros."
    ).encode()


async def test_more_pages_through_the_topic(running: Running, service: Any) -> None:
    """More sends the next items below until the topic is exhausted (then the last page has
    no More, or More says that is all); no page repeats an item of an earlier one, and every
    story is reached, not only the first screen's eight."""
    places = [
        ("Georgia", "Rustavi"),
        ("Moldova", "Balti"),
        ("Serbia", "Nis"),
        ("Albania", "Fier"),
        ("Armenia", "Gyumri"),
        ("Montenegro", "Niksic"),
        ("Bulgaria", "Varna"),
        ("Greece", "Kozani"),
    ]
    for n, (country, place) in enumerate(places):
        service.ingest_bytes(_energy_story(n, country, place), f"solar-{n}.txt")
    [*_, last] = await running.say(READER, "/brief energy")
    pages = [last]
    for _ in range(20):
        more = [d for d in _data(last) if d.startswith("v1:more:energy")]
        if not more:  # the last page offers no More
            break
        sent, answered = len(running.api.sent), len(running.api.answered_callbacks)
        running.api.callback(READER, more[0], last)
        await running.api.wait_for(
            lambda a, n=answered, m=sent: (
                len(a.answered_callbacks) > n
                and (len(a.sent) > m or bool(a.answered_callbacks[-1].get("text")))
            )
        )
        if len(running.api.sent) == sent:
            assert running.api.toasts()[-1].startswith("That is all")  # type: ignore[attr-defined]
            break
        last = running.api.sent[sent]
        assert "briefing, continued" in last.plain
        pages.append(last)
    else:
        raise AssertionError("More never reached the end of the topic")
    assert len(pages) >= 2
    items = [i for page in pages for i in _items([page])]
    assert len(items) == len(set(items))
    assert sum("solar park" in i for i in items) == len(places)


async def test_more_at_the_end_says_that_is_all(running: Running) -> None:
    """More under a brief that already showed everything answers with a short notice and
    sends nothing."""
    [*_, last] = await running.say(READER, "/brief security")
    sent, answered = len(running.api.sent), len(running.api.answered_callbacks)
    running.api.callback(READER, "v1:more:security:99", last)
    await running.api.wait_for(lambda a: len(a.answered_callbacks) > answered)
    assert running.api.toasts()[-1].startswith("That is all")  # type: ignore[attr-defined]
    assert len(running.api.sent) == sent


# Two invented energy stories that share no telling word: one names LNG, the other coal.
LNG_STORY = (
    b"New LNG terminal planned on the Black Sea\n\n"
    b"Georgia and Azerbaijan agreed on Monday to build an LNG terminal at Kulevi, the energy "
    b"ministry said. The terminal will ship 3 million tonnes of liquefied natural gas a year "
    b"to European buyers from 2028, officials said.\n\n"
    b"Energy Minister Parviz Shahbazov said the LNG project would add a new export route."
)
COAL_STORY = (
    b"Kazakhstan to close coal power plants\n\n"
    b"Kazakhstan will close two coal power plants near Ekibastuz by 2030 and replace them with "
    b"wind farms, the energy ministry said on Tuesday. The coal plants produce 4 gigawatts of "
    b"electricity for the national grid.\n\n"
    b"The ministry said the coal closures are part of its energy transition plan."
)


def _items(messages: list[Any]) -> list[str]:
    """The brief's items as the reader sees them (bullets before the key figures)."""
    lines: list[str] = []
    for message in messages:
        for line in message.plain.splitlines():
            if line.startswith(("Key figures", "Ключевые цифры")):
                return lines
            if line.startswith("• "):
                lines.append(line)
    return lines


def _texts(items: list[str]) -> list[str]:
    """Items without their "new" marks."""
    return [i.replace("🆕 ", "") for i in items]


async def test_filter_keeps_and_drops_words(running: Running, service: Any) -> None:
    """/filter energy +word keeps only items naming it (whole words, any case); -word drops
    them; a filter that leaves nothing says so and shows the filter; a button clears it."""
    service.ingest_bytes(LNG_STORY, "lng.txt")
    service.ingest_bytes(COAL_STORY, "coal.txt")
    everything = _items(await running.say(READER, "/brief energy"))
    with_lng = [i for i in everything if mentions(i, "LNG")]
    assert with_lng and len(with_lng) < len(everything)
    [saved] = await running.say(READER, "/filter energy +lng")
    assert "+lng" in saved.plain
    replies = await running.say(READER, "/brief energy")
    assert "Your filter: +lng" in replies[0].plain
    assert _texts(_items(replies)) == _texts(with_lng)
    await running.say(READER, "/filter energy -LNG")
    dropped = _items(await running.say(READER, "/brief energy"))
    assert dropped and not any(mentions(i, "LNG") for i in dropped)
    await running.say(READER, "/filter energy +LN")  # not a whole word: matches nothing
    [nothing] = await running.say(READER, "/brief energy")
    assert "matched your filter +LN" in nothing.plain
    await running.press(READER, nothing, "v1:fclr:energy")
    assert "cleared" in running.api.edits[-1].plain
    again = _items(await running.say(READER, "/brief energy"))
    assert len(again) == len(everything)


async def test_filter_in_russian(running: Running, service: Any) -> None:
    """Filters are typed with Russian topic names and answered in Russian."""
    service.ingest_bytes(LNG_STORY, "lng.txt")
    service.ingest_bytes(COAL_STORY, "coal.txt")
    [saved] = await running.say(RU_READER, "/filter энергетика +LNG")
    assert "Энергетика" in saved.plain and "+LNG" in saved.plain
    replies = await running.say(RU_READER, "/brief газ")
    assert "Ваш фильтр: +LNG" in replies[0].plain
    kept = _items(replies)
    assert kept and all(mentions(i, "LNG") for i in kept)


async def test_new_marks_are_per_reader(running: Running, service: Any) -> None:
    """Items a reader has not been shown are marked new; a second look marks none; another
    reader still sees them as new; a newly ingested item is new again, the rest not."""
    first = _items(await running.say(READER, "/brief energy"))
    assert first and all("🆕" in i for i in first)
    second = _items(await running.say(READER, "/brief energy"))
    assert second and not any("🆕" in i for i in second)
    other = _items(await running.say(RU_READER, "/brief energy"))
    assert other and all("🆕" in i for i in other)
    service.ingest_bytes(LNG_STORY, "lng.txt")
    third = _items(await running.say(READER, "/brief energy"))
    seen = {i.replace("🆕 ", "") for i in first}
    assert any("🆕" in i for i in third)
    for item in third:
        assert ("🆕" in item) == (item.replace("🆕 ", "") not in seen), item


async def test_inline_sharing_offers_briefs_per_topic_and_language(
    running: Running, clock: FakeClock
) -> None:
    """`@bot energy` offers the energy brief as a ready message; Russian readers get it in
    Russian (and can type Russian names); results are reused within their cache time."""
    api: ReaderBotAPI = running.api  # type: ignore[assignment]
    api.inline_query(READER, "ener")
    await api.wait_for(lambda a: len(a.inline_answers) == 1)  # type: ignore[attr-defined]
    [answer] = api.inline_answers
    assert answer["is_personal"] is True and int(answer["cache_time"]) > 0
    [energy] = answer["results"]
    assert energy["title"] == "Energy" and energy["description"]
    assert energy["input_message_content"]["message_text"].startswith("<b>Energy</b> · ")
    api.inline_query(RU_READER, "мирн")
    await api.wait_for(lambda a: len(a.inline_answers) == 2)  # type: ignore[attr-defined]
    [peace] = api.inline_answers[1]["results"]
    assert peace["title"] == "Мирные переговоры"
    assert "Мирные переговоры</b> · <i>" in peace["input_message_content"]["message_text"]
    api.inline_query(READER, "")
    await api.wait_for(lambda a: len(a.inline_answers) == 3)  # type: ignore[attr-defined]
    assert len(api.inline_answers[2]["results"]) >= 4
    again = energy["id"]
    api.inline_query(READER, "energy")
    await api.wait_for(lambda a: len(a.inline_answers) == 4)  # type: ignore[attr-defined]
    assert api.inline_answers[3]["results"][0]["id"] == again  # the cached result
    clock.advance(600)
    api.inline_query(READER, "energy")
    await api.wait_for(lambda a: len(a.inline_answers) == 5)  # type: ignore[attr-defined]
    assert api.inline_answers[4]["results"][0]["id"] != again  # rebuilt after the cache time
