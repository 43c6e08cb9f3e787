"""Wire datelines (round 11): the agency of "CITY (Agency) – Text" is read on the second line
of prose too (the first is often a standfirst or a photo caption, maybe printed twice), and
with the comma some sites leave when they drop the date ("CITY, (Agency) – Text"). Every
name here is invented.
"""

from __future__ import annotations

from tests.extract.extracted import PAGE_BODY, PAGE_BODY_RU, loaded

_STANDFIRST = (
    "The harbour council has decided that the northern channel must be dredged before the "
    "ferries return in the spring, officials said."
)
_CAPTION = (
    "Council members vote on the dredging plan in the town hall of Portville on March 3, 2025. "
    "HARBOURWIRE/Ola Brenner"
)
_LEAD = (
    "The harbour council approved a plan to dredge the northern channel on Tuesday, its chair "
    "said. Work on the channel will start in the spring and last two years."
)


def test_a_wire_dateline_under_a_standfirst_names_the_agency() -> None:
    """A standfirst, then "CITY (Agency) - lead": the agency is read and the dateline cut."""
    doc = loaded(f"{_STANDFIRST}\n\nPORTVILLE (Harbourwire) - {_LEAD}")
    assert doc.meta.outlet == "Harbourwire"
    assert any(p.startswith("The harbour council approved") for p in doc.paragraphs)


def test_a_wire_dateline_under_a_caption_given_twice_with_a_comma() -> None:
    """A caption printed twice, then "CITY, (Agency) – lead": the agency is the outlet."""
    doc = loaded(f"{_CAPTION}\n\n{_CAPTION}\n\nPORTVILLE, (Harbourwire) – {_LEAD}")
    assert doc.meta.outlet == "Harbourwire"
    assert any(p.startswith("The harbour council approved") for p in doc.paragraphs)


def test_a_city_in_the_third_paragraph_is_no_dateline() -> None:
    """Past the lead, a capitalised city before a bracket is the text's own business."""
    doc = loaded(f"{_STANDFIRST}\n\n{_LEAD}\n\nPORTVILLE (Harbourwire) - The ferries wait.")
    assert doc.meta.outlet is None


def test_a_known_agency_is_named_in_the_script_of_its_page() -> None:
    """A Russian page whose only credit is the agency's site is signed with its Russian name;
    an English page with the same credit keeps the English one."""
    russian = loaded(f"{PAGE_BODY_RU}\n\nЧитать на ria.ru")
    english = loaded(f"{PAGE_BODY}\n\nRead more on ria.ru")
    assert (russian.meta.outlet, english.meta.outlet) == ("РИА Новости", "RIA Novosti")
