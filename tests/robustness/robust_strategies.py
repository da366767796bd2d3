"""Hypothesis strategies for hostile article text: odd Unicode, markup, empty and huge parts."""

from __future__ import annotations

from hypothesis import strategies as st

# Any code point except surrogates (not encodable as UTF-8, so no input file can hold them).
unicode_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=400)

FRAGMENTS = (
    # plain news-like sentences, our own words
    "The Foreign Minister of Chile met the Peruvian ambassador in Lima on Friday.",
    "Norway said it would send medical supplies to Moldova.",
    "\"We reject these accusations,\" a spokesman in Ankara said.",
    "Protesters marched on the parliament in Nairobi, police said.",
    "The talks may resume next week if both sides agree.",
    # signature-like, caption-like, hashtag and footnote lines
    "\u2014 Ana Duarte (@anaduarte) May 4, 2021",
    "pic.twitter.com/AbCdEf12",
    "\u2022 Photo: Reuters",
    "\u00a9 Getty Images",
    "#peace #talks",
    "* The term refers to the 1994 accord.",
    "The views of the author do not necessarily reflect the position of the editors.",
    # right-to-left scripts and direction controls
    "\u0648\u0632\u064a\u0631 \u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629 \u0641\u064a \u0627\u0644\u0642\u0627\u0647\u0631\u0629",
    "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd",
    "\u202eevil override\u202c",
    "\u200f\u200e",
    # zero-width characters and combining marks
    "\u200b", "\u200c\u200d", "\ufeff", "e\u0301\u0301\u0301", "\u0336\u0336", "a\u20dd",
    # whitespace oddities
    "", " ", "\n", "\n\n", "\n\n\n\n", "\r\n", "\r", "\t", "\u2028", "\u2029", "\x0b", "\x0c", "\u00a0",
    # HTML and malformed markup
    "<p>", "</p>", "<div class='x'>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "&amp;", "&#x202e;", "<a href=\"javascript:alert(1)\">", "<!--", "-->", "<![CDATA[", "<b><i>", "</",
    # punctuation storms and numbers
    "...", "\u2014", "\"", "'", "(((", ")))", "1,200 km", "$4.5 billion", "12 percent", "2023-02-30",
)

fragment = st.one_of(st.sampled_from(FRAGMENTS), unicode_text)

# A document: a mix of fragments glued with nothing, spaces or newlines.
document = st.lists(
    st.tuples(fragment, st.sampled_from(("", " ", "\n", "\n\n", "\n \n"))), max_size=30
).map(lambda parts: "".join(a + b for a, b in parts))

# Paragraph structures with empty segments and lone newlines.
paragraphs = st.lists(st.sampled_from(FRAGMENTS[:12]) | st.just(""), max_size=20).map("\n\n".join)


def huge_paragraph(chars: int = 200_000) -> str:
    """One paragraph of about ``chars`` characters without a single line break."""
    sentence = ("Delegations from Ghana and Senegal discussed fishing quotas and agreed to meet again, "
                "while observers from the African Union watched the talks. ")
    return (sentence * (chars // len(sentence) + 1))[:chars]
