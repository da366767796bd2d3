"""Embedded social posts: a signature line plus the paragraphs of post text just above it."""

from __future__ import annotations

import re

from ..records import Post
from .dates import FULL_DATE_RE, parse_full_date
from .lines import URL_RE, Paragraph, is_signature, links

# A tweet holds at most 280 characters, and a link counts as 23 whatever its length.
POST_BUDGET = 280
LINK_WEIGHT = 23
INTRO_END_RE = re.compile(r":\s*$")
HASHTAG_RE = re.compile(r"#\w[\w-]*")
# Third-person reporting marks narration: such a paragraph is the article's, not the post's.
REPORTING_RE = re.compile(
    r"\b(?:said|says|writes|wrote|reported|reports|according to|tweeted|posted|told|announced)\b", re.I
)

FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
FINAL_PUNCT_RE = re.compile(r"[.!?…\"”»)]\s*$")
WIDE_GAP_RE = re.compile(r"\n[ \t]*\n[ \t]*\n")


def _post_like(text: str, chunk: str, gap: str) -> bool:
    """Cues that a paragraph above the nearest one is still post text: it has no final punctuation
    (posts often drop it), it speaks in the first person, or a wide gap separates the post's paragraphs."""
    bare = URL_RE.sub("", chunk).rstrip()
    return not FINAL_PUNCT_RE.search(bare) or bool(FIRST_PERSON_RE.search(chunk)) or bool(WIDE_GAP_RE.search(gap))


def post_length(text: str) -> int:
    """Length of a post text as the platform counts it (links weigh a fixed amount)."""
    n_links = len(URL_RE.findall(text))
    return len(URL_RE.sub("", text).strip()) + LINK_WEIGHT * n_links


def gather_post(
    text: str, paragraphs: list[Paragraph], signature: int, free: list[bool]
) -> tuple[int, Post]:
    """Index of the first paragraph of the post signed at ``signature``, and its Post record.

    Walks back from the signature over ``free`` (body-like, unclaimed) paragraphs while the post text
    stays within one post's length; the nearest paragraph always belongs to the post. A paragraph
    ending with a colon introduces the post and stays in the body; above the nearest paragraph, a
    paragraph joins only when it looks like post text and does not report speech.
    """
    first = signature
    used = 0
    has_text = False  # a paragraph with words (not only links or hashtags) is in the post
    i = signature - 1
    while i >= 0 and free[i]:
        chunk = text[paragraphs[i].start : paragraphs[i].end]
        if INTRO_END_RE.search(chunk):
            break
        if has_text:
            gap = text[paragraphs[i].end : paragraphs[i + 1].start]
            if REPORTING_RE.search(chunk) or not _post_like(text, chunk, gap):
                break
        weight = post_length(chunk)
        if has_text and used + weight > POST_BUDGET:
            break
        used += weight
        first = i
        has_text = has_text or bool(HASHTAG_RE.sub("", URL_RE.sub("", chunk)).strip())
        i -= 1
    sig_par = paragraphs[signature]
    match = is_signature(text[sig_par.start : sig_par.end])
    assert match is not None  # the caller found this line with is_signature
    date_match = FULL_DATE_RE.search(match.group("date"))
    iso = parse_full_date(date_match) if date_match else None
    handle = match.group("handle") or match.group("bare")
    body = text[paragraphs[first].start : sig_par.start] if first != signature else ""
    found_links = links(body) or ([match.group("url")] if match.group("url") else [])
    url = _normalise_url(found_links[0]) if found_links else None
    post = Post(
        author=match.group("author").strip(" ,;:-–—") or None,
        handle=handle,
        date=iso,
        start=paragraphs[first].start,
        end=sig_par.end,
        url=url,
    )
    return first, post


def signature_date_span(text: str, post: Post) -> tuple[int, int] | None:
    """Offsets of the date in the post's signature line."""
    tail_start = text.rfind("\n", post.start, post.end) + 1 or post.start
    match = None
    for match in FULL_DATE_RE.finditer(text, tail_start, post.end):
        pass
    return (match.start(), match.end()) if match else None


def _normalise_url(url: str) -> str:
    url = url.rstrip(".,;)")
    if url.startswith(("http://", "https://")):
        return url
    return "https://" + url
