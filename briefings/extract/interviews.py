"""Interviews: every answer (and the paragraphs continuing it) is the interviewee's quote."""

from __future__ import annotations

import re
from collections import Counter

from briefings.extract.mentions import Mention
from briefings.extract.patterns import ANSWER, INTERVIEW_WORD, Q_LABEL, QUESTION, VERB_AFTER_NAME
from briefings.extract.people import People
from briefings.models import Quote
from briefings.sentences import split_sentences


def _speaker_in(people: People, para: int, lo: int, hi: int) -> str | None:
    """The first person named between `lo` and `hi` of a paragraph."""
    found = [people.by_mention[id(m)] for m in people.by_para.get(para, ()) if lo <= m.start < hi]
    return found[0] if found else None


def _interviewee(
    title: str, paragraphs: list[str], intro: list[int], mentions: list[Mention], people: People
) -> str | None:
    head = title.split(":", 1)[0] if ":" in title else ""
    if head:
        for person in people.people:
            if person.name in head or person.name.split()[-1] in head:
                return person.name
    # "The agent of X, Y, told the paper that …": who speaks in the intro is who answers.
    speaking = {
        people.by_mention[id(m)]
        for p in intro
        for m in people.by_para.get(p, ())
        if VERB_AFTER_NAME.match(paragraphs[p][m.end :])
    }
    if len(speaking) == 1:
        return speaking.pop()
    for p in intro:
        for sentence in split_sentences(paragraphs[p]):
            if INTERVIEW_WORD.search(sentence):
                offset = paragraphs[p].find(sentence)
                found = _speaker_in(people, p, offset, offset + len(sentence))
                if found:
                    return found
    counts = Counter(
        people.by_mention[id(m)] for m in mentions if m.para in intro and id(m) in people.by_mention
    )
    return counts.most_common(1)[0][0] if counts else None


def _chunks(paragraph: str, limit: int = 320) -> list[str]:
    """An answer (without its dash) as runs of whole sentences short enough to quote."""
    chunks: list[str] = []
    current = ""
    sentences = list(split_sentences(paragraph))
    if sentences:
        sentences[0] = ANSWER.sub("", sentences[0], count=1).strip()
    for sentence in sentences:
        if current and len(current) + 1 + len(sentence) > limit:
            chunks.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        chunks.append(current)
    return chunks


def _asks(paragraphs: list[str], i: int) -> bool:
    """A dashed line ending in a question mark, answered by the dashed line after it: the
    interviewer's question, however long, where questions and answers both open with a dash."""
    following = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
    return (
        paragraphs[i].rstrip().endswith("?")
        and ANSWER.match(following) is not None
        and not following.rstrip().endswith("?")
    )


def interview_quotes(
    title: str,
    paragraphs: list[str],
    mentions: list[Mention],
    people: People,
    dashes: list[re.Match[str] | None],
) -> list[Quote]:
    """Answers of an interview (and the paragraphs continuing them) as the interviewee's quotes."""
    # Answers are whole statements; short dashed lines are a list, not an interview.
    answers = {
        i
        for i, p in enumerate(paragraphs)
        if ANSWER.match(p)
        and len(p.split()) >= 8
        and dashes[i] is None
        and not _asks(paragraphs, i)
    }
    questions = {i for i, p in enumerate(paragraphs) if QUESTION.search(p) and i not in answers}
    labelled = {i for i, p in enumerate(paragraphs) if Q_LABEL.match(p)}
    if len(answers) < 2 and len(labelled) >= 2:
        # "Q:" interviews whose answers carry no label: what follows each question answers it.
        questions = labelled
        answers = {i for i in range(min(labelled), len(paragraphs)) if i not in labelled}
    if len(answers) < 2 or not questions or min(questions) > min(answers):
        return []
    first_question = min(questions)
    answer_paras: list[int] = []
    in_answer = False
    for i in range(first_question, len(paragraphs)):
        if i in answers:
            in_answer = True
        elif i in questions:
            in_answer = False
        if in_answer:
            answer_paras.append(i)
    intro = [i for i in range(first_question) if i not in answers]
    speaker = _interviewee(title, paragraphs, intro[:3] or [first_question], mentions, people)
    out: list[Quote] = []
    for i in answer_paras:
        chunks = _chunks(paragraphs[i])
        out.extend(Quote(text=chunk, speaker=speaker, sentence=chunk) for chunk in chunks if chunk)
    return out
