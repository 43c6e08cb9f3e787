"""People with roles, organisations and places from the seeds and the Russian scrape."""

from __future__ import annotations

from briefings.models import Article


def _roles(article: Article) -> dict[str, str | None]:
    return {p.name: p.role for p in article.people}


def test_azertac_people_and_roles(azertac: Article) -> None:
    """Stoltenberg carries the role the text gives him; 'President Aliyev' is Ilham Aliyev."""
    roles = _roles(azertac)
    assert roles["Jens Stoltenberg"] == "NATO Secretary General"
    assert roles["Ilham Aliyev"] == "President"
    assert "Aliyev" not in roles  # the surname alone merges into the full name


def test_caliber_people_and_roles(caliber: Article) -> None:
    """Kallas, Aliyev and Bayramov are found once each, with the roles stated in the text."""
    roles = _roles(caliber)
    assert roles["Ilham Aliyev"] == "President"
    assert roles["Jeyhun Bayramov"] == "Minister of Foreign Affairs"
    assert "High Representative for Foreign Affairs" in (roles["Kaja Kallas"] or "")
    assert "Josep Borrell" in roles
    names = [p.name for p in caliber.people]
    assert len(names) == len(set(names))
    assert not {"Kallas", "Bayramov", "Aliyev", "Kaja Kallas’s"} & set(names)


def test_countries_are_places_never_people(azertac: Article, caliber: Article) -> None:
    """'Azerbaijan' (and every other place) never appears as a person."""
    for article in (azertac, caliber):
        names = {p.name for p in article.people}
        assert "Azerbaijan" in article.places
        assert not names & set(article.places)
        assert all(" " in n for n in names), names


def test_organisations_and_places_deduplicated(azertac: Article, caliber: Article) -> None:
    """Organisations come from the gazetteer (with aliases) and are listed once each."""
    assert {"NATO", "KFOR", "COP29", "AZERTAC"} <= set(azertac.organisations)
    assert {"European Union", "European Parliament", "OSCE"} <= set(caliber.organisations)
    assert {"Baku", "Brussels", "Armenia"} <= set(caliber.places)
    for article in (azertac, caliber):
        assert len(article.organisations) == len(set(article.organisations))
        assert len(article.places) == len(set(article.places))


def test_russian_people_places_and_language(russian: Article) -> None:
    """Declined Russian names resolve to the gazetteer's people; the language is 'ru'."""
    assert russian.language == "ru"
    roles = _roles(russian)
    assert "Ilham Aliyev" in roles
    assert roles["Jeyhun Bayramov"] == "Министр иностранных дел"
    assert {"Azerbaijan", "Baku", "Europe"} <= set(russian.places)
    assert "European Union" in russian.organisations


def test_unknown_people_found_by_role_and_given_name() -> None:
    """People missing from the gazetteer are found from a role or a known given name."""
    from briefings.extract import analyse
    from briefings.load import load_source

    text = (
        b"Georgian Foreign Minister Maka Botchorishvili met her counterpart in Tbilisi.\n\n"
        b"Later, Anna Petrova said the talks had been constructive and useful for both sides.\n\n"
        b"The Southern Gas Corridor and the Black Sea cable were also discussed at length."
    )
    article = analyse(load_source(text, "new.txt")[0])
    roles = {p.name: p.role for p in article.people}
    assert roles.get("Maka Botchorishvili") == "Georgian Foreign Minister"
    assert "Anna Petrova" in roles
    assert "Southern Gas Corridor" not in roles and "Black Sea" not in roles
