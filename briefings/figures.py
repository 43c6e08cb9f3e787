"""Key figures in a sentence: amounts, shares and counts with their units (English and Russian).

Hand-written rather than a quantity parser because ranges ("90-95%"), carried-over units
("from 12 billion cubic meters to 20") and the "not a figure" cases (years, dates,
ordinals, "COP29") matter more here than breadth.
"""

from __future__ import annotations

import math
import re

from briefings.alternation import by_first_letter
from briefings.coordinated_counts import joined_amounts, joined_noun, joined_ru
from briefings.counting_frames import after_year_lead, framed_count, in_a_name
from briefings.figure_blocks import blocked_spans
from briefings.figure_lexicon import figure_lexicon
from briefings.figure_values import (
    count_unit,
    normalise_amount,
    number_value,
    plural_unit,
    scale_value,
    unit_of,
    word_number,
)
from briefings.figure_vocab import (
    COUNT_NOUNS,
    CURRENCY_PREFIX,
    GLUED_CURRENCY,
    HEDGES,
    MONEY,
    OBLIQUE_NUMBERS,
    PER_UNITS,
    UNITS,
)
from briefings.models import Figure
from briefings.number_words import counted_noun
from briefings.timed_spans import hyphened_units, timed_spans

_NUM = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"  # Indian grouping: "3,20,000"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?![\d])"
    r"|\d+(?:[.,]\d+)?"
)
# Grouped by first letter (`by_first_letter`): the pattern is tried at every word.
_NUMBER_WORDS = by_first_letter(
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    "|seventy|eighty|ninety|hundred|dozen|один|одна|два|две|три|четыре|пять|шесть|семь|восемь"
    "|девять|десять|одиннадцать|двенадцать|тринадцать|четырнадцать|пятнадцать|шестнадцать"
    "|семнадцать|восемнадцать|девятнадцать|двадцать|тридцать|сорок|пятьдесят|сто|двух|тр[её]х|четыр[её]х|пяти|шести"
    "|семи|восьми|девяти|десяти|двадцати|тридцати|сорока|пятидесяти|ста|тысяч[аиу]"
    "|двое|трое|четверо|пятеро|шестеро|семеро"  # people counted: "трое солдат"
)
_WORDNUM = (
    rf"(?:a\s+)?(?:{_NUMBER_WORDS}"
    # A whole word ("nineteen" is not "nine" and a stray "teen", "четырех" not "четыре"),
    # or glued to "fold" ("fivefold").
    r"(?!(?!fold)[^\W\d_])"
    r"(?:[\s-]+(?:and\s+)?"
    r"(?=\w)(?:one|two|three|four|five|six|seven|eight|nine|hundred)(?![^\W\d_])"
    r"|(?<=hundred)[\s-]+(?:and\s+)?(?:ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety)(?![^\W\d_]))*"
    r"|half(?:\s+a)?|(?:a\s+)?quarter\s+of\s+a|three\s+quarters\s+of\s+a)"
)
_SCALE_RE = (
    r"(?:thousand|million|billion|trillion|bn|bln|mn|mln|tn|trn|trln|тыс\.?|тысяч[аи]?|млн\.?|млрд\.?|трлн\.?"
    r"|миллиард(?:а|ов)?|миллион(?:а|ов)?|триллион(?:а|ов)?|lakhs?|crores?|(?<=\d)[km])(?![\w])"
)
_QUAL = by_first_letter(
    "more than|less than|fewer than|over|about|around|roughly|approximately|almost|nearly"
    "|up to|at least|some|some|nearly|close to|около|более|свыше|почти|порядка|примерно|до|менее"
)
# Words that cannot sit between a number and what it counts ("one of the people" is no count).
_FUNCTION_WORDS = (
    r"(?:of|the|which|who|whom|are|is|was|were|and|or|to|in|on|at|for|from|with|by|a|an|our"
    r"|their|its|his|her|these|those|them|than|и|в|из|на|с|по|от|для|что|которых|до|за|при|не"
    r"|уже|как|чем|или|но|же|был|была|было|были|будет|может|около|более|менее|свыше)"
)
# Words ending in "s" that are no plural ("by 4.10 pm later this evening").
_S_WORDS = "(?:" + "|".join(sorted(figure_lexicon().counted_nouns.en.s_words)) + ")"
_UNIT_RE = "|".join(f"(?:{p})" for p, _ in UNITS)
_GLUED_CUR_RE = "|".join(sorted((re.escape(k) for k in GLUED_CURRENCY), key=len, reverse=True))
_COUNT_RE = "|".join(sorted((re.escape(k) for k in COUNT_NOUNS), key=len, reverse=True))

FIGURE = re.compile(
    # Every figure opens with a letter, a digit or a currency sign: the look-ahead says so
    # before the look-behind and the alternatives are tried at each character.
    r"(?=[\w$€£₼₽¥₹])"
    rf"(?<![\w\-./:#№])"
    rf"(?P<qual>{_QUAL}\s+)?"
    rf"(?P<cur>(?:US\$|\$|€|£|₼|₽|¥|₹)\s?|(?:USD|EUR|AZN|GBP|RUB|INR|JPY|CNY|RMB|SDR|Rs\.?)\s?"
    rf"|(?P<glued>(?-i:{_GLUED_CUR_RE}))(?=\d))?"
    rf"(?:(?P<n1>{_NUM})(?:\s*[-–—]\s*(?P<n2>{_NUM}))?(?:\+(?=\s))?|(?P<w>{_WORDNUM}))"
    rf"(?![\d])(?!-(?:year|day|month|week|hour|minute|point))"
    rf"(?:-(?P<member>member|person|page|strong)(?![\w-]))?"
    rf"(?:(?:\s|\u00a0)*(?P<scale>{_SCALE_RE}))?"
    rf"(?:(?:\s|\u00a0)*(?P<unit>{_UNIT_RE})|-(?P<hunit>{_UNIT_RE}))?"
    rf"(?:(?P<count>(?:\s+(?!{_FUNCTION_WORDS}\b)[^\W\d_][\w-]*){{0,2}}?\s+(?:{_COUNT_RE}))(?![\w-])"
    rf"|(?P<plural>(?:\s+(?!{_FUNCTION_WORDS}\b)[a-z][\w-]*){{0,3}}?"
    rf"\s+(?!{_S_WORDS}\b)[A-Za-z][a-z-]{{2,}}s)\b(?!['’])"
    rf"|(?P<ruplural>(?:\s+[а-яё-]+(?:ых|их))?\s+(?!{_FUNCTION_WORDS}\b)[а-яё][а-яё-]{{2,}})(?![\w-])"
    rf")?",
    re.IGNORECASE,
)
# A bare number after "to" takes the unit of the figure before it: "from 12 bcm to 20".
_CARRY = re.compile(
    rf"\s+(?:to|до)\s+(?P<qual>{_QUAL}\s+)?(?P<n>{_NUM})(?![\d%\w]|[.,]\d)"
    rf"(?!\s*(?:{_SCALE_RE}|{_UNIT_RE}))",
    re.I,
)
# A bare number just before a figure: "between 10 and [15 million]", "from 12 to [20 bcm]".
_LEAD = re.compile(
    rf"(?:(?P<kind>between|from|от|с)\s+)?(?<![\w.,])(?P<n>{_NUM})\s+(?P<sep>and|to|до|и|по)\s+$",
    re.IGNORECASE,
)
_PER = re.compile(
    r"\s+(?:per|a|an|за)\s+(?:(?P<u0>"
    + ")|(?P<u".join(f"{i}>{p}" if i else p for i, (p, _) in enumerate(PER_UNITS))
    + r"))(?![\w-])",
    re.IGNORECASE,
)
# What a share is of, when it is the economy: "5% of GDP", "two percent of their GDPs",
# "2% от ВВП", "3,5% ВВП".
_SHARE_OF = re.compile(
    r"\s+(?:of\s+(?:(?:their|its|the|national|annual)\s+)?(?:GDPs?|gross domestic product)"
    r"|(?:от\s+)?ВВП)(?![\w-])",
    re.IGNORECASE,
)
_LABEL_SIGN = re.compile(r"№\s$")
# Clock times without a colon: "3.35 pm", "at 1700 hours" (the military way of writing them).
_CLOCK_DIGITS = re.compile(r"\d{1,2}[.:]\d{2}")
_AM_PM = re.compile(r"\s?[ap]\.?m\b", re.IGNORECASE)
# Digits grouped in thousands: a count or an amount, never a year or a code.
_GROUPED = re.compile(
    r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009])\d{3})+|[1-9]\d{0,2}(?:\.\d{3})+"
    r"|\d{1,2}(?:,\d{2})+,\d{3}"
)
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_YEARLIKE = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|-?(?:й|я|е|го|м|х))\b", re.I)  # .match at a position


# "the two leaders", "its three partners": a definite number points back, it counts nothing;
# so does "between two countries" ("two" is who, not how many).
_DEFINITE = re.compile(r"\b(?:the|these|those|its|their|our|his|her|both|between)\s+$", re.I)


#: What a size before a noun counts: a body's members or people, a document's pages; a
#: body's strength ("a 3,000-strong workforce", "a 500-strong force") counts its members.
_SIZE_UNITS = {"member": "members", "person": "people", "page": "pages", "strong": "members"}


def _members(m: re.Match[str], sentence: str) -> Figure | None:
    """'13,000-member union', '14-person delegation', '51-page report': digits before
    '-member', '-person', '-page' or '-strong' count members, people, pages."""
    n1 = m.group("n1")
    if not n1 or m.group("n2"):
        return None
    value = number_value(n1)
    if value is None:
        return None
    text = sentence[m.start("n1") : m.end("member")]
    unit = _SIZE_UNITS[m.group("member").casefold()]
    return Figure(text=text, value=value, unit=unit, sentence=sentence)


def find_figures(sentence: str) -> list[Figure]:
    """Figures in one sentence, in order of appearance.

    A digit run too long for a float (a hostile or garbled page) is no figure: infinity
    cannot be stored as JSON on PostgreSQL and means nothing to a reader.
    """
    found = [f for f in joined_amounts(sentence, _figures_in(sentence)) if _finite(f)]
    # A hyphened adjective the figures above read already ("250-килограммовую") stays one.
    starts = {sentence.find(f.text) for f in found}
    timed = timed_spans(sentence) + [h for h in hyphened_units(sentence) if h[0] not in starts]
    if not timed:
        return found
    placed = [(sentence.find(f.text), f) for f in found] + timed
    return [f for _, f in sorted(placed, key=lambda pair: pair[0])]


def _finite(figure: Figure) -> bool:
    return math.isfinite(figure.value) and (
        figure.value_max is None or math.isfinite(figure.value_max)
    )


def _figures_in(sentence: str) -> list[Figure]:
    blocked = blocked_spans(sentence)
    out: list[Figure] = []
    taken_until = 0  # end of the last price's "per ..." part: "$250 per 1,000 cubic meters"
    for m in FIGURE.finditer(sentence):
        start, end = m.span()
        num_start = m.start("n1") if m.group("n1") else m.start("w")
        if num_start < taken_until or any(a <= num_start < b for a, b in blocked):
            continue
        if _LABEL_SIGN.search(sentence, max(0, num_start - 2), num_start):
            continue  # "энергоблок № 1": a label, not a count
        n1_raw = m.group("n1")
        if n1_raw and _CLOCK_DIGITS.fullmatch(n1_raw) and _AM_PM.match(sentence, m.end("n1")):
            continue  # "3.35 pm": a clock time
        if _ORDINAL_AFTER.match(sentence, m.end("n1") if m.group("n1") else m.end("w")):
            continue
        if m.group("member"):
            members = _members(m, sentence)
            if members is not None:  # "a five-member panel" is the size of a body, no figure
                out.append(members)
            continue
        scale_raw, count_raw = m.group("scale"), m.group("count")
        unit_raw = m.group("unit") or m.group("hunit")
        cur = m.group("cur")
        if m.group("glued") and not (scale_raw or _GROUPED.fullmatch(n1_raw or "")):
            continue  # "R40", "R2": a road or a version; "R1.8 trillion", "RM12,500" are money
        unit = CURRENCY_PREFIX.get(cur.strip().casefold()) if cur else None
        unit = GLUED_CURRENCY.get(m.group("glued") or "", unit)
        unit = unit or unit_of(unit_raw)
        if unit is None and count_raw:
            unit = count_unit(count_raw)
        plural = m.group("plural") or m.group("ruplural")
        if n1_raw and not (cur or scale_raw or unit_raw) and in_a_name(sentence, num_start):
            continue  # "Harbour Shield 19 tests the crews": a name's number
        if unit is None and m.group("n1") and not (plural or scale_raw or _GROUPED.match(n1_raw)):
            joined = joined_noun(sentence, m.end("n1"))
            if joined is not None:  # "480 border and customs officers"; "33,000" is enough
                unit, end = joined.unit, joined.end
        if unit is None and plural and m.group("n1") and not _YEARLIKE.match(m.group("n1")):
            unit = plural_unit(plural)
        elif (
            unit is None
            and m.group("w")
            and not count_raw
            and (word_number(m.group("w")) or 0) >= (1 if scale_raw else 2)
            and not _DEFINITE.search(sentence, 0, num_start)
            and (counted := counted_noun(sentence, m.end("scale") if scale_raw else m.end("w")))
        ):
            noun = counted.noun.casefold()  # "four Hornets" count hornets
            unit, end, plural = COUNT_NOUNS.get(noun, noun), counted.end, None
        if plural and (unit is None or unit_raw or cur or count_raw):
            # The words after the number are not part of the figure.
            end = m.start("plural") if m.group("plural") else m.start("ruplural")
        if m.group("w"):
            if count_raw and (
                _DEFINITE.search(sentence, 0, num_start) or not count_raw.split()[-1].islower()
            ):
                continue  # "the two countries": who, not how many; "Two Exploded Ordnance …"
            if m.group("w").split()[0].casefold() in ("hundred", "dozen") and not scale_raw:
                continue  # "a few hundred metres", "several dozen homes": no number said
            value = word_number(m.group("w"))
            oblique = m.group("w").split()[0].casefold() in OBLIQUE_NUMBERS
            if value is None or (not scale_raw and (unit is None or value < 1 or oblique)):
                continue  # "half" counts only as a share of a scale: "half a million"
            if m.group("w").strip().casefold() == "a" and not scale_raw:
                continue
            if m.group("w").casefold() == "тысячи" and not m.group("qual"):
                continue  # "тысячи беженцев" is "thousands of"; "около тысячи" is a thousand
            value_max = None
        else:
            n1 = m.group("n1")
            value = number_value(n1)
            value_max = number_value(m.group("n2")) if m.group("n2") else None
            if value is None:
                continue
            if _DOT_THOUSANDS.fullmatch(n1) and not (scale_raw or cur or unit_raw):
                value = float(n1.replace(".", ""))  # "8.600 troops": a European thousands dot
            if not scale_raw and unit is None and not _GROUPED.fullmatch(n1):
                framed = None if plural else framed_count(sentence, start, n1, m.end("n1"), out)
                if framed is None:
                    continue  # a bare number: a year, a rank, a code; "exceeds 3,600" is a count
                unit = framed.unit  # "251 hostages, of whom 97 …"
            money_or_share = unit in ("%", "USD", "EUR", "AZN")
            measured = unit_raw is not None and len(unit_raw.strip(" .")) > 1  # "1800 км"
            if _YEARLIKE.match(n1) and not (scale_raw or money_or_share or count_raw or measured):
                continue
            if _YEARLIKE.match(n1) and count_raw and after_year_lead(sentence, start):
                continue  # "in 2022 children made up ...": a year, then the subject
        if scale_raw in ("m", "k", "M", "K") and not cur and not (count_raw or plural or unit_raw):
            if scale_raw != "m":
                continue  # glued "m" is millions only for money, a count or a unit ...
            scale_raw, unit = None, "m"  # ... else metres: "buried 3m underground"
        scale = scale_value(scale_raw)
        value, norm_unit = normalise_amount(value, scale, unit)
        if value_max is not None:
            value_max, _ = normalise_amount(value_max, scale, unit)
        qual = " ".join((m.group("qual") or "").split()).casefold()
        hedged = qual in HEDGES
        text_start = (
            # A number in words reads with its hedge: "около тысячи мин", "about seven ships".
            start
            if m.group("qual") and (not hedged or m.group("w"))
            else (m.start("cur") if cur else num_start)
        )
        if norm_unit == "%" and (base := _SHARE_OF.match(sentence, end)) is not None:
            end = base.end()  # "two percent of GDP": a share says what it is a share of
        if norm_unit in MONEY:
            per = _PER.match(sentence, end)
            if per is not None:
                index = next(i for i, g in enumerate(per.groups()) if g is not None)
                norm_unit = f"{norm_unit} per {PER_UNITS[index][1]}"
                end = taken_until = per.end()
        lead_end = num_start if qual in ("до", "to") else text_start  # "от 10 [до 15 млрд]"
        lead = _LEAD.search(sentence, max(0, lead_end - 40), lead_end)
        if (
            lead
            and value_max is None
            and not (cur and cur.strip() in "$€£₼₽¥")
            and not _YEARLIKE.match(lead.group("n"))  # "from 2021 to 12 bcm": a year
        ):
            first, _ = normalise_amount(number_value(lead.group("n")) or 0.0, scale, unit)
            kind, sep = (lead.group("kind") or "").casefold(), lead.group("sep").casefold()
            if (kind in ("between", "от") and sep in ("and", "и", "до")) or (
                not kind and sep == "to"
            ):
                # "between 10 and 15 million", "от 10 до 15 млрд", "10 to 15cm": a range.
                value, value_max, text_start = first, value, lead.start()
            elif lead.group("sep").casefold() in ("to", "до"):
                # "from 12 to 20 bcm": the first number takes the unit of the second.
                out.append(
                    Figure(text=lead.group("n"), value=first, unit=norm_unit, sentence=sentence)
                )
        if end == m.end() and (m.group("ruplural") or m.group("count")):
            end = joined_ru(sentence, end)  # "45 вертолетов и самолетов"
        text = sentence[text_start:end].strip()
        out.append(
            Figure(text=text, value=value, value_max=value_max, unit=norm_unit, sentence=sentence)
        )
        carry = _CARRY.match(sentence, end)
        if carry and (scale_raw or unit):
            n = number_value(carry.group("n"))
            if n is not None and not any(a <= carry.start("n") < b for a, b in blocked):
                v2, _ = normalise_amount(n, scale, unit)
                c_start = carry.start("qual") if carry.group("qual") else carry.start("n")
                out.append(
                    Figure(
                        text=sentence[c_start : carry.end("n")],
                        value=v2,
                        unit=norm_unit,
                        sentence=sentence,
                    )
                )
    return out
