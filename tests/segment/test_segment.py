"""segment_text: kinds, posts, offsets and duplicates on team-written fixtures."""

from __future__ import annotations

import pytest

from tidings.records import SEGMENT_KINDS
from tidings.segment import segment_text



def _by_text(text, segments):
    return {text[s.start : s.end]: s for s in segments}


def _check_offsets(text, segments, posts):
    last_end = 0
    for i, seg in enumerate(segments):
        assert seg.index == i
        assert seg.kind in SEGMENT_KINDS
        assert seg.start >= last_end, "segments overlap or are out of order"
        chunk = text[seg.start : seg.end]
        assert chunk == chunk.strip() and chunk
        last_end = seg.end
        if seg.kind == "post":
            post = posts[seg.post]
            assert (post.start, post.end) == (seg.start, seg.end)
        else:
            assert seg.post is None


def test_segment_kinds_of_a_rich_article(read_input):
    text = read_input("embedded_posts.txt")
    segments, posts = segment_text(text)
    _check_offsets(text, segments, posts)
    found = _by_text(text, segments)
    assert segments[0].kind == "title"
    assert found["#GrainCorridor #BalticTalks"].kind == "hashtag"
    assert found["Edgars Rinkevics"].kind == "caption"  # bullet stripped from the caption span
    assert found["© Janis Berzins"].kind == "caption"
    assert found["Reuters"].kind == "caption"
    note = "* Escort duties here means naval patrols that accompany merchant ships."
    assert found[note].kind == "footnote"
    assert found["The opinions of the author do not necessarily reflect the position of the editorial board."].kind == "disclaimer"
    body = [text[s.start : s.end] for s in segments if s.kind == "body"]
    assert any(b.startswith("Analysts in Tallinn") for b in body)
    assert any(b.startswith("Estonia has already pledged") for b in body)


def test_segment_posts_with_multi_paragraph_text_and_link_tail(read_input):
    text = read_input("embedded_posts.txt")
    segments, posts = segment_text(text)
    assert [(p.author, p.handle, p.date) for p in posts] == [
        ("Latvian Foreign Ministry", "@Latvia_MFA", "2024-03-12"),
        ("Kaja Kallas", "@kajakallas", "2024-03-13"),
    ]
    first = text[posts[0].start : posts[0].end]
    assert first.startswith("We spoke today about safe shipping lanes")
    assert "pic.twitter.com/Ab12Cd34Ef" in first and first.endswith("March 12, 2024")
    assert posts[0].url == "https://pic.twitter.com/Ab12Cd34Ef"
    second = text[posts[1].start : posts[1].end]
    assert second.startswith("Talks in Riga will begin next Thursday")
    assert posts[1].url == "https://t.co/Zz99Yy88Xx"
    post_segments = [s for s in segments if s.kind == "post"]
    assert [s.post for s in post_segments] == [0, 1]


def test_segment_translated_paragraphs_point_to_the_post(read_input):
    text = read_input("embedded_posts.txt")
    segments, _ = segment_text(text)
    found = _by_text(text, segments)
    post_index = next(s.index for s in segments if s.kind == "post")
    retold = [s for t, s in found.items() if t.startswith(("Today we discussed safe shipping", "They also agreed that food"))]
    assert len(retold) == 2
    assert all(s.duplicate_of == post_index for s in retold)
    # Same topic, other facts: not a repeat.
    others = [s for s in segments if s.duplicate_of is not None]
    assert len(others) == 2


def test_segment_near_miss_paragraphs_are_not_duplicates(read_input):
    text = read_input("near_miss.txt")
    segments, posts = segment_text(text)
    _check_offsets(text, segments, posts)
    assert posts == ()
    assert [s.kind for s in segments] == ["body"] * 4
    assert all(s.duplicate_of is None for s in segments)


def test_segment_later_body_repeat_points_to_the_earlier():
    text = (
        "Ghana's president met the Nigerian leader in Abuja on Tuesday to discuss cocoa exports and tariffs.\n\n"
        "A trade expert said the meeting was overdue.\n\n"
        "On Tuesday in Abuja, the president of Ghana held a meeting with Nigeria's leader to talk about "
        "tariffs and cocoa exports.\n"
    )
    segments, _ = segment_text(text)
    assert [s.duplicate_of for s in segments] == [None, None, 0]


def test_segment_headline_is_a_title_but_a_sentence_is_not(read_input):
    head, _ = segment_text(read_input("headline.txt"))
    assert [s.kind for s in head] == ["title", "body"]
    plain, _ = segment_text(read_input("not_a_title.txt"))
    assert [s.kind for s in plain] == ["body", "body"]


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "one line", "— Nobody (@nobody) May 1, 2020", "#only #tags", "\n\nA.\n\n\nB.\n"],
)
def test_segment_odd_inputs_keep_offsets_valid(text):
    segments, posts = segment_text(text)
    _check_offsets(text, segments, posts)


def test_segment_single_newline_paragraphs_and_hard_wraps():
    text = (
        "Japan and South Korea agreed on Monday to restore a military hotline.\n"
        "The deal was announced in Seoul\n"
        "by both defence ministers after talks.\n"
        "#Hotline\n"
    )
    segments, _ = segment_text(text)
    chunks = [(s.kind, text[s.start : s.end]) for s in segments]
    assert chunks == [
        ("body", "Japan and South Korea agreed on Monday to restore a military hotline."),
        ("body", "The deal was announced in Seoul\nby both defence ministers after talks."),
        ("hashtag", "#Hotline"),
    ]


def test_segment_seed_article(seed_text):
    segments, posts = segment_text(seed_text)
    _check_offsets(seed_text, segments, posts)
    assert [(p.handle, p.date) for p in posts] == [
        ("@PtiOfficialSGD", "2022-02-23"),
        ("@ImranKhanPTI", "2022-01-17"),
        ("@AlexVatanka", "2021-06-04"),
    ]
    kinds = {k: [seed_text[s.start : s.end] for s in segments if s.kind == k] for k in SEGMENT_KINDS}
    assert len(kinds["caption"]) == 4
    assert len(kinds["hashtag"]) == 1 and len(kinds["footnote"]) == 1 and len(kinds["disclaimer"]) == 1
    last_post = next(s for s in segments if s.kind == "post" and s.post == 2)
    repeats = [s for s in segments if s.duplicate_of is not None]
    assert len(repeats) == 3 and all(s.duplicate_of == last_post.index for s in repeats)


def test_segment_caption_with_credit_tail_and_author_note(read_input):
    text = read_input("dateline_column.txt")
    segments, _ = segment_text(text)
    _check_offsets(text, segments, ())
    found = _by_text(text, segments)
    assert found["Workers inspect a converter station near Kristiansand."].kind == "caption"
    assert found["Photo: Nordic Grid Press"].kind == "caption"
    assert found["The author is a senior fellow at an Oslo energy institute."].kind == "disclaimer"
    news = read_input("dateline_news.txt")
    segments, _ = segment_text(news)
    found = _by_text(news, segments)
    assert found["Marines from both countries train near Darwin."].kind == "caption"
    assert found["(Reuters)"].kind == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Talks resumed in Geneva on Monday (Reuters).",
        "The ministers met twice. Officials said more talks were planned (AFP)",
        "Turkey hosted the round in Ankara (the capital).",
    ],
)
def test_segment_body_sentences_with_parentheses_stay_body(line):
    text = f"{line}\n\nA second paragraph follows here.\n"
    segments, _ = segment_text(text)
    assert segments[0].kind == "body"


def test_segment_a_closing_sentence_about_a_politician_is_not_a_bio():
    text = (
        "Chile and Peru signed a fisheries accord on Monday.\n\n"
        "Gabriel Boric is a former student leader who took office in 2022.\n"
    )
    segments, _ = segment_text(text)
    assert [s.kind for s in segments] == ["body", "body"]


def test_segment_word_salad_from_a_small_vocabulary_has_no_repeats():
    import random

    rng = random.Random(7)
    vocabulary = "Chile Peru Bolivia talks minister signed border trade water treaty week officials said deal".split()
    paragraphs = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(12, 40))) + "." for _ in range(300)]
    segments, _ = segment_text("\n\n".join(paragraphs))
    assert len(segments) == 300
    assert all(s.duplicate_of is None for s in segments)


def test_segment_headline_restated_by_the_lede_is_no_repeat():
    text = (
        "Some opening words come first here.\n\n"
        "Chile extradites alleged arms dealer to Argentina\n\n"
        "SANTIAGO, May 2, 2024 - Chile extradited an alleged arms dealer to Argentina on Thursday, "
        "the Chilean supreme court said.\n"
    )
    segments, _ = segment_text(text)
    assert all(s.duplicate_of is None for s in segments)


def test_segment_post_with_a_link_tail_on_its_own_line():
    text = (
        "Kenya and Tanzania reopened a border post on Friday, officials said.\n\n"
        "Trade across Namanga is open again.\n\n"
        "pic.twitter.com/Kx81Lm2PqR\n\n"
        "— Border Desk (@BorderDeskEA) May 3, 2024\n"
    )
    segments, posts = segment_text(text)
    assert [s.kind for s in segments] == ["body", "post"]
    assert text[posts[0].start : posts[0].end].startswith("Trade across Namanga")
    assert posts[0].url == "https://pic.twitter.com/Kx81Lm2PqR"


def test_segment_post_hashtags_above_the_signature_belong_to_the_post():
    text = (
        "Uruguay and Paraguay agreed on a river dredging plan, officials said.\n\n"
        "Signed the dredging plan with our neighbours today.\n\n"
        "#Hidrovia #Mercosur\n\n"
        "— River Desk (@RiverDeskUY) April 9, 2024\n"
    )
    segments, posts = segment_text(text)
    assert [s.kind for s in segments] == ["body", "post"]
    assert text[posts[0].start : posts[0].end].startswith("Signed the dredging plan")


TRANSLATED = [
    (
        "Glad to welcome the Chilean foreign minister to Lima. We agreed to reopen the border crossing at Tacna next month",
        "“We are glad to have welcomed Chile's foreign minister in Lima. We agreed that the Tacna border crossing "
        "will reopen next month,” the ministry wrote.",
    ),
    (
        "Our troops will stay in the north until the last refugee has returned home safely",
        "The minister wrote that the troops will remain in the north until the last refugees have come back home safely.",
    ),
    (
        "Today I signed a decree on 12% export duties for grain shipped to third countries",
        "“Today I signed a decree on a 12 percent export duty on grain shipped to third countries,” the president wrote.",
    ),
    (
        "Sanctions on Iranian oil will remain in place as long as Tehran keeps enriching uranium",
        "As long as Tehran continues to enrich uranium, the sanctions on Iran's oil will stay in place, he wrote.",
    ),
]
RELATED = [
    (
        "Chile and Peru signed a fishing accord in Lima on Monday after two days of talks",
        "Chile and Peru failed to agree on fishing quotas when their ministers met in Santiago in March.",
    ),
    (
        "Our troops will stay in the north until the elections are over",
        "The army moved new troops to the north last week, the defence ministry said, citing refugee flows.",
    ),
    (
        "Today I met the Iranian ambassador to discuss oil exports",
        "Tehran keeps enriching uranium, and sanctions on its oil exports remain in place, officials said.",
    ),
]


def _background_body_post(body: str, post: str) -> str:
    """A background paragraph, a body paragraph, then a signed post."""
    return (
        "A background paragraph on the region and its long history of disputes.\n\n"
        f"{body}\n\n{post}\n\n— Some Desk (@SomeDesk) May 3, 2024\n"
    )


@pytest.mark.parametrize(("post", "body"), TRANSLATED)
def test_segment_translated_post_is_found(post, body):
    segments, _ = segment_text(_background_body_post(body, post))
    assert [(s.kind, s.duplicate_of) for s in segments] == [("body", None), ("body", 2), ("post", None)]


@pytest.mark.parametrize(("post", "body"), RELATED)
def test_segment_related_paragraph_is_no_repeat(post, body):
    segments, _ = segment_text(_background_body_post(body, post))
    assert all(s.duplicate_of is None for s in segments)


def test_segment_numbered_footnotes_need_their_marker_in_the_text():
    text = (
        "The accord names the Kura-Aras basin commission[1] as arbiter of water disputes.\n\n"
        "[1] A joint body set up by the two states in 2015 to share river data.\n\n"
        "[2] A note whose marker appears nowhere above.\n"
    )
    segments, _ = segment_text(text)
    assert [s.kind for s in segments] == ["body", "footnote", "body"]


@pytest.mark.parametrize(
    ("signature", "author", "handle", "date"),
    [
        ("— Tallinn Port (@TallinnPort) March 4, 2024 at 9:30 AM", "Tallinn Port", "@TallinnPort", "2024-03-04"),
        ("— Harbour News, 4 March 2024", "Harbour News", None, "2024-03-04"),
        ("-- Port Desk @portdesk Mar. 4, 2024", "Port Desk", "@portdesk", "2024-03-04"),
    ],
)
def test_segment_signature_variants(signature, author, handle, date):
    text = f"Ships leave the port again after the strike, we are told\n\n{signature}\n"
    segments, posts = segment_text(text)
    assert [s.kind for s in segments] == ["post"]
    assert [(p.author, p.handle, p.date) for p in posts] == [(author, handle, date)]
