"""Mentions of people → the article's people: one canonical name each, with the role the
text gives them, and every mention mapped to its person (for speakers and pronouns)."""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass, field

from briefings.extract.aliases import accent_aliases, patronym_aliases, prefix_aliases, tail_aliases
from briefings.extract.call_signs import is_call_sign
from briefings.extract.evidence import NAME_SUFFIX
from briefings.extract.gazetteer import CYR, Kind, gazetteer, norm
from briefings.extract.headlines import (
    headline_subjects,
    named_in_body,
    title_case,
    title_case_run,
)
from briefings.extract.mentions import Mention, headline_surnames, scan
from briefings.extract.names import is_given, regnal_title_before, without_quoted_body
from briefings.extract.patterns import OBLIQUE_BEFORE, ROLE_AFTER, ROLE_BEFORE
from briefings.extract.russian import (
    a_stem_surname,
    last_role,
    nominative_name,
    nominative_role,
    oblique_role,
    role_of_quoted_body,
    written_as_woman,
)
from briefings.models import Person

# A list of people may give each one's country: "с X из Норландии, Y из Тарвии и Z".
_LIST_LINK = re.compile(r"(?:\s+из\s+[А-ЯЁ][\w’'-]*(?:\s+[А-ЯЁ][\w’'-]*){0,2})?(?:\s*,\s*|\s+и\s+)")
# "Освальдом Кернбахом": first name and surname both in "-ом" are a man's name in the
# instrumental, whatever stands before it (a nominative name does not end so twice).
# So too with a prefixed surname ("Омаром аль-Баширом").
_INSTRUMENTAL = re.compile(r"[А-ЯЁ][а-яё]+ом\s+(?:[а-яё]+-)?[А-ЯЁ][а-яё-]+ом")


def _normalise_russian_names(mentions: list[Mention], paragraphs: list[str]) -> None:
    """Unknown Cyrillic names seen in an oblique case (after 'вице-премьера', 'с') become
    nominative, and forms of one name ('Керимов', 'Керимова') merge into the shortest."""
    groups: dict[tuple[str, ...], list[Mention]] = {}
    oblique_ends: set[tuple[int, int]] = set()  # (paragraph, end) of names made nominative
    for m in mentions:
        if m.kind != Kind.PERSON or m.known or not CYR.search(m.name):
            continue
        before = paragraphs[m.para][max(0, m.start - 80) : m.start]
        # A name listed after one in an oblique case shares its case ("Аллы X, Арво Y").
        listed = any(
            (m.para, end) in oblique_ends
            and _LIST_LINK.fullmatch(paragraphs[m.para][end : m.start]) is not None
            for end in range(max(0, m.start - 40), m.start)
        )
        role = last_role(before)
        if role is None and (unquoted := without_quoted_body(before)) is not None:
            role = last_role(unquoted)  # "экономиста «Альфа-банка» Натальи Орловой"
        first = m.name.split()[0]
        given = gazetteer().given_names
        oblique_given = first not in given and nominative_name(first) in given
        if (
            (role and oblique_role(role.group("role")))
            or OBLIQUE_BEFORE.search(before)
            or oblique_given
            or listed
            or _INSTRUMENTAL.fullmatch(m.name) is not None
        ) and not written_as_woman(m.name, paragraphs):
            m.name = a_stem_surname(nominative_name(m.name), paragraphs)
            oblique_ends.add((m.para, m.end))
        groups.setdefault(tuple(norm(t) for t in m.name.split()), []).append(m)
    for group in groups.values():
        best = min((m.name for m in group), key=lambda n: (len(n), not n.endswith("а")))
        for m in group:
            m.name = best


def _clean_role(role: str, places: set[str]) -> str | None:
    role = nominative_role(role.strip(" ,"))
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
    role = re.sub(r"\s+(?:and|of|the|for|on)$", "", role)
    possessive = re.match(r"^([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’`]s\s+", role)
    if possessive and possessive.group(1) in places:
        role = role[possessive.end() :]
    if not role:
        return None
    return role[0].upper() + role[1:]


@dataclass
class People:
    by_mention: dict[int, str]  # id(Mention) → canonical name
    people: list[Person]
    by_para: dict[int, list[Mention]] = field(default_factory=dict)  # person mentions, in order


def _known_by_first_name(first: str) -> str | None:
    """The one gazetteer person whose full name (in any script) opens with this first name."""
    key = norm(first)
    found = {
        entry.name
        for tokens, entry in gazetteer().index.items()
        if entry.kind == Kind.PERSON and len(tokens) >= 2 and tokens[0] == key
    }
    return found.pop() if len(found) == 1 else None


_FATHERS_NAME = re.compile(r"^(?P<stem>[А-ЯЁ][а-яё]+?)(?:ович|евич|овна|евна|ична)$")


def _fathers_name(token: str) -> bool:
    """'Иванович', 'Сергеевна': made from a first name ('Иван', 'Сергей'); a surname shaped
    so ('Велькович', 'Милошевич') is made from none the gazetteer knows."""
    found = _FATHERS_NAME.match(token)
    if found is None:
        return False
    stem = found.group("stem")
    given = gazetteer().given_names
    return any(f"{stem}{tail}" in given for tail in ("", "й", "ь"))


def _address_forms(full: list[str], known: set[str]) -> dict[str, str]:
    """'Игорь Иванович', 'Евгений Валентинович': a first name and a father's name is how
    Russian addresses a person, not a full name. It is the one person the article (else the
    gazetteer) names in full with that first name; else it stays as written."""
    forms: dict[str, str] = {}
    for name in full:
        tokens = name.split()
        if len(tokens) != 2 or name in known or not _fathers_name(tokens[1]):
            continue
        first = norm(tokens[0])
        same = [
            other
            for other in full
            if other != name
            and len(other.split()) >= 2
            and norm(other.split()[0]) == first
            and not _fathers_name(other.split()[-1])
        ]
        who = same[0] if len(same) == 1 else None if same else _known_by_first_name(tokens[0])
        if who is not None:
            forms[name] = who
    return forms


def _named_in_prose(mentions: list[Mention], paragraphs: list[str]) -> list[str]:
    """Full names the body gives in its prose: not one a caption's credit ends ("X Y Photo:
    site") nor, being the headline's, one a title-case headline may run into ("X Y Quoted")."""
    return list(
        dict.fromkeys(
            m.name
            for m in mentions
            if m.kind == Kind.PERSON
            and not m.partial
            and paragraphs[m.para][m.end : m.end + 1] != ":"
        )
    )


def _headline_names(
    headline: str | None, body: list[str], paragraphs: list[str], found: list[Mention]
) -> list[str]:
    """Full names the headline gives that the body does not: a lead cut off as the headline,
    or a headline naming in full the person the body calls only "Gen Wanlop" or "Szijjarto".

    A name the case rules would change keeps the headline's form when the body writes its
    surname so alone ("… президента Лауреано Ортега", then "Ортега отметил").

    `found` is the headline's scan, which this normalises in place."""
    if not headline:
        return []
    written = {id(m): headline[m.start : m.end] for m in found}
    _normalise_russian_names(found, [headline])
    names: list[str] = []
    is_title_case = title_case(headline)
    for m in found:
        if m.kind != Kind.PERSON or m.partial or " " not in m.name or m.name in body:
            continue
        if is_title_case and not all(named_in_body(w, paragraphs) for w in m.name.split()):
            continue  # "… Winter Is Starving Flocks": in such a headline every word is a capital
        surname = written[id(m)].split()[-1]
        if written[id(m)] != m.name and any(
            re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text) for text in paragraphs
        ):
            names.append(written[id(m)])
        else:
            names.append(m.name)
    return names


def _first_word_alias(name: str, surface: str) -> bool:
    """ "Xi" of "Xi Jinping": a known name's first word, a surname written first, which the
    article may give with its own spelling of the rest ("Xi Jimping")."""
    words = name.split()
    return len(words) > 1 and norm(words[0]) == norm(surface)


def _monarch_by_first_name(m: Mention, surface: str, text: str) -> bool:
    """One word after a regnal title: the monarch's own name, never the surname of another
    ("King Salman" is not "Mohammed bin Salman"); a gazetteer monarch keeps his entry."""
    return (
        " " not in surface
        and not (m.known and norm(m.name.split()[0]) == norm(surface))
        and regnal_title_before(text, m.start) is not None
    )


def _titled_names(
    mentions: list[Mention], resolved: dict[int, str], paragraphs: list[str]
) -> dict[str, str]:
    """'Salman' → 'King Salman': a person the article names by one word only, after a title
    that goes with one name, is named with the title (the article gives nothing fuller)."""
    titled: dict[str, str] = {}
    for m in mentions:
        name = resolved.get(id(m))
        if name is None or (m.known and name == m.name) or name in titled:
            continue
        if " " in name and not NAME_SUFFIX.fullmatch(name, name.index(" ")):
            continue  # one word, or one and a monarch's number ("Harald V")
        title = regnal_title_before(paragraphs[m.para], m.start)
        if title is not None:
            titled[name] = f"{title} {name}"
    return titled


def _initialled_known(m: Mention, known: set[str]) -> str | None:
    """The known person an initialled surname ("Б.Нетаньяху") names, when the article also
    names that person in full."""
    if not m.known or "." not in m.name:
        return None
    entry = gazetteer().index.get((norm(m.name.rsplit(".", 1)[-1].strip()),))
    return entry.name if entry is not None and entry.name in known else None


# "Source: X Y /Agency", "X Y/Agency": a picture's credit, its photographer and agency.
_CREDIT_AFTER = re.compile(r" ?/ ?[A-ZА-ЯЁ]")


def resolve_people(
    mentions: list[Mention],
    paragraphs: list[str],
    places: set[str],
    headline: str | None = None,
    *,
    captions: bool = False,
) -> People:
    """Canonical people of the article; a surname alone resolves only when it is unambiguous.

    A name is canonical in the fullest form the article gives, its headline included: a
    surname or a first name alone in the body is the one person the headline names so.
    `captions` says the paragraphs are captions, title case by their style, not headlines."""
    mentions[:] = [
        m
        for m in mentions
        if not (not captions and title_case_run(m, paragraphs))
        and not (m.kind == Kind.PERSON and is_call_sign(paragraphs[m.para], m.start))
        and not (m.kind == Kind.PERSON and _CREDIT_AFTER.match(paragraphs[m.para], m.end))
    ]
    _normalise_russian_names(mentions, paragraphs)
    full: list[str] = []
    for m in mentions:
        if m.kind == Kind.PERSON and not m.partial and m.name not in full:
            full.append(m.name)
    # One scan of the headline for both readings; the names' reading normalises a copy.
    scanned = scan([headline]) if headline else []
    in_headline = _headline_names(headline, full, paragraphs, [copy(m) for m in scanned])
    if in_headline and (lone := headline_surnames(paragraphs, mentions, in_headline)):
        # The headline's full name is the body's lone surname: the same person, speaking.
        mentions.extend(lone)
        mentions.sort(key=lambda m: (m.para, m.start))
    known = {m.name for m in mentions if m.kind == Kind.PERSON and m.known}
    aliases = _address_forms(full, known) | (
        tail_aliases(full)
        | patronym_aliases(full)
        | accent_aliases(full)
        | prefix_aliases(full, _named_in_prose(mentions, paragraphs))
    )
    full = [n for n in full if n not in aliases]
    by_surname: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    for name in [*full, *in_headline]:
        by_surname.setdefault(norm(name.split()[-1]), []).append(name)
        by_first.setdefault(norm(name.split()[0]), []).append(name)
    first_seen: dict[str, tuple[int, int]] = {}
    for m in mentions:
        if m.kind == Kind.PERSON and not m.partial:
            first_seen.setdefault(aliases.get(m.name, m.name), (m.para, m.start))
    resolved: dict[int, str] = {}
    for m in mentions:
        if m.kind != Kind.PERSON:
            continue
        if not m.partial:
            resolved[id(m)] = aliases.get(m.name, m.name)
            continue
        # A surname alone is the article's fully named person with that surname; with none,
        # the gazetteer's; with two ("Ильхам Алиев", "Вугар Алиев"), nobody can tell.
        surface = paragraphs[m.para][m.start : m.end]
        if _monarch_by_first_name(m, surface, paragraphs[m.para]):
            # "King Salman" is not "Mohammed bin Salman": a monarch is named by his own name.
            firsts = by_first.get(norm(surface), [])
            if len(firsts) < 2:  # two "Sheikh Mohammed bin …": nobody can tell which
                resolved[id(m)] = firsts[0] if firsts else surface
            continue
        if (whole := _initialled_known(m, known)) is not None:
            resolved[id(m)] = whole  # "Б.Нетаньяху" after "Биньямин Нетаньяху"
            continue
        keys = {norm(surface), norm(m.name.split()[-1])}
        candidates = {n for k in keys for n in by_surname.get(k, ())}
        if not candidates and (not m.known or _first_word_alias(m.name, surface)):
            # "Datuk Seri Anwar", "Господин Сихасак": some name a person by the first name,
            # once named in full. So does a Korean name its surname first ("Mr Kim"): of two,
            # the gazetteer's figure is the one the article names so ("Kim Jong Un" by his
            # envoy "Kim X Y"). Before the full name, the word may be another's ("Mr Kim" ahead
            # of the only full "Kim …" may mean a Kim the name finder missed): nobody can tell.
            candidates = {n for k in keys for n in by_first.get(k, ())}
            if len(candidates) > 1 and len(famous := candidates & known) == 1:
                candidates = famous
            if any(n not in in_headline and first_seen[n] > (m.para, m.start) for n in candidates):
                continue
        if len(candidates) == 1:
            resolved[id(m)] = candidates.pop()
        elif not candidates:
            resolved[id(m)] = m.name
    roles: dict[str, str] = {}
    order: list[str] = []
    for m in mentions:
        who = resolved.get(id(m))
        if who is None:
            continue
        if who not in order:
            order.append(who)
        if who in roles:
            continue
        text = paragraphs[m.para]
        before = text[max(0, m.start - 120) : m.start]
        after = text[m.end : m.end + 160]
        after = re.sub(r"^['’`]s?", "", after)
        found = ROLE_BEFORE.search(before) or ROLE_AFTER.match(after) or last_role(before)
        written = found.group("role") if found else role_of_quoted_body(before)
        if written and (role := _clean_role(written, places)):
            roles[who] = role
    titled = _titled_names(mentions, resolved, paragraphs)
    if titled:
        resolved = {k: titled.get(v, v) for k, v in resolved.items()}
        order = list(dict.fromkeys(titled.get(n, n) for n in order))
        roles = {titled.get(n, n): r for n, r in roles.items()}
    # People only the headline names: those of the gazetteer, and full names that open on a
    # known first name (a headline's other capitals name bodies as often as people).
    subjects = headline_subjects(headline, scanned)
    headline_only = [
        n
        for n in in_headline
        if is_given(n.split()[0]) and any(headline and headline.startswith(n, a) for a in subjects)
    ]
    known_only = [m.name for m in subjects.values() if m.known]
    order += [n for n in dict.fromkeys([*headline_only, *known_only]) if n not in order]
    people = [Person(name=n, role=roles.get(n)) for n in order]
    by_para: dict[int, list[Mention]] = {}
    for m in mentions:
        if id(m) in resolved:
            by_para.setdefault(m.para, []).append(m)
    return People(resolved, people, by_para)
