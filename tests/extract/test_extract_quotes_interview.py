"""Question-and-answer interviews: the answers are the interviewee's words (quotes.interview_answers and
the attribution of events told in them)."""

from __future__ import annotations

from tidings.extract.quotes import answer_speaker, interview_answers
from tidings.pipeline import read

INTERVIEW = """'Our door stays open': an interview with Mongolia's foreign minister

Interview | June 3, 2024

Q: How are relations with Beijing?

A: Good. Last month we signed a new railway agreement with China, and trade keeps growing.

Q: And with Moscow?

A: Russia has never pressured us on this.
"""


def test_quotes_interview_answers_and_interviewee() -> None:
    who, spans = interview_answers(INTERVIEW)
    assert who == "Mongolia's foreign minister"
    assert len(spans) == 2
    question = INTERVIEW.index("How are relations")
    answer = INTERVIEW.index("we signed")
    assert answer_speaker((who, spans), answer, answer + 9) == who
    assert answer_speaker((who, spans), question, question + 10) is None


def test_quotes_no_interview_without_questions() -> None:
    assert interview_answers("A: note on sources.\n\nMongolia signed a deal with China.") == (None, [])


def test_finalize_attributes_answers_to_the_interviewee(nlp) -> None:
    events = read(INTERVIEW, "2024-06-03", nlp=nlp).events
    signed = [e for e in events if e.type == "AGREE"]
    assert signed and all(e.attributed_to == "Mongolia's foreign minister" for e in signed)
