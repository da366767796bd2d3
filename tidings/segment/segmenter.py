"""``segment_text``: split a document into typed, non-overlapping segments and embedded posts."""

from __future__ import annotations

from ..records import Post, Segment
from .duplicates import Unit, find_duplicates
from .lines import (
    Paragraph,
    bullet_caption,
    credit_tail,
    footnote_line,
    is_author_bio,
    is_credit,
    is_disclaimer,
    is_hashtag_line,
    is_signature,
    looks_like_title,
    split_paragraphs,
)
from .posts import gather_post


# A closing note about the author counts as a disclaimer in the last paragraphs of a document.
BIO_WINDOW = 2
CAPTION_MAX_WORDS = 25


def _kind(text: str, par: Paragraph, index: int, paragraphs: list[Paragraph]) -> str:
    chunk = text[par.start : par.end]
    if is_signature(chunk):
        return "signature"
    if is_hashtag_line(chunk):
        return "hashtag"
    if bullet_caption(chunk) is not None or is_credit(chunk):
        return "caption"
    if footnote_line(chunk, text):
        return "footnote"
    if is_disclaimer(chunk) or (index >= len(paragraphs) - BIO_WINDOW and is_author_bio(chunk)):
        return "disclaimer"
    if credit_tail(chunk) is not None:
        return "caption"
    if index == 0 and par.blank_after and len(paragraphs) > 1 and looks_like_title(chunk):
        return "title"
    return "body"


def segment_text(text: str) -> tuple[tuple[Segment, ...], tuple[Post, ...]]:
    """Split ``text`` into typed segments (document offsets) and the embedded posts they hold.

    text (str): the document text.
    RETURNS (tuple): (segments in text order, posts in text order); ``Segment.post`` indexes the posts.
    """
    paragraphs = split_paragraphs(text)
    kinds = [_kind(text, par, i, paragraphs) for i, par in enumerate(paragraphs)]
    if len(kinds) > 1 and kinds[0] == "title" and kinds[1] == "signature":
        kinds[0] = "body"  # a short unpunctuated line right above a signature is post text
    for i in range(len(kinds) - 1):
        if kinds[i] == "body" and kinds[i + 1] == "caption" and not paragraphs[i].blank_after:
            words = len(text[paragraphs[i].start : paragraphs[i].end].split())
            if words <= CAPTION_MAX_WORDS and is_credit(text[paragraphs[i + 1].start : paragraphs[i + 1].end]):
                kinds[i] = "caption"
    # Group post text with its signature line, nearest signature first in text order.
    post_of: list[int | None] = [None] * len(paragraphs)
    posts: list[Post] = []
    for i, kind in enumerate(kinds):
        if kind != "signature":
            continue
        free = [k == "body" and post_of[j] is None for j, k in enumerate(kinds)]
        if i > 0 and kinds[i - 1] == "hashtag" and post_of[i - 1] is None:
            free[i - 1] = True  # a post's own hashtags, right above its signature
        first, post = gather_post(text, paragraphs, i, free)
        for j in range(first, i + 1):
            post_of[j] = len(posts)
        posts.append(post)

    segments: list[Segment] = []
    units: list[Unit] = []
    i = 0
    while i < len(paragraphs):
        par, kind = paragraphs[i], kinds[i]
        index = len(segments)
        if post_of[i] is not None:
            number = post_of[i]
            j = i
            while j + 1 < len(paragraphs) and post_of[j + 1] == number:
                j += 1
            for k in range(i, j):  # the post text paragraphs, without the signature line
                units.append(Unit(index, paragraphs[k].start, paragraphs[k].end, True))
            segments.append(Segment(index, "post", posts[number].start, posts[number].end, post=number))
            i = j + 1
            continue
        start = par.start
        if kind == "caption":
            chunk = text[par.start : par.end]
            tail = credit_tail(chunk)
            if tail is not None and bullet_caption(chunk) is None and not is_credit(chunk):
                head_end = par.start + len(chunk[:tail].rstrip())
                segments.append(Segment(index, "caption", par.start, head_end))
                segments.append(Segment(index + 1, "caption", par.start + tail, par.end))
                i += 1
                continue
            offset = bullet_caption(chunk)
            start = par.start + (offset or 0)
        if kind == "body" and not looks_like_title(text[par.start : par.end]):
            # A headline-like line restates what follows; it is not a repeat in translation.
            units.append(Unit(index, par.start, par.end, False))
        segments.append(Segment(index, kind, start, par.end))
        i += 1

    duplicates = find_duplicates(text, units)
    if duplicates:
        segments = [
            Segment(s.index, s.kind, s.start, s.end, duplicates.get(s.index), s.post) for s in segments
        ]
    return tuple(segments), tuple(posts)
