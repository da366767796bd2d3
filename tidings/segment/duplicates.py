"""Find paragraphs that repeat another paragraph of the same document in translation or paraphrase.

Each paragraph becomes a sequence of content-word stems: lower case, links and handles dropped,
abbreviations folded (yrs -> years), numbers written without separators, stop words removed, crude
suffix stripping and a six-letter prefix. Two paragraphs repeat each other when the longest common
subsequence of their stems covers most of the shorter one and their character trigrams agree, or when
they share most content words in any order (a reordered translation), and in both cases at least a few
of the shared words are rare in the document; merely related paragraphs (same names, different facts)
share some words but not most of them, nor their order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .lines import cues

LINK_RE = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+|@\w+|\bhttps?\b", re.I)
HYPHEN_RE = re.compile(r"(?<=[a-z])[-‐‑](?=[a-z])")
THOUSANDS_RE = re.compile(r"(?<=\d)[,\u00a0 ](?=\d{3}\b)")
TOKEN_RE = re.compile(r"\d+(?:\.\d+)?|[a-z]+(?:['’][a-z]+)?|[&%]")
SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s", "ly")
STEM_LENGTH = 6

# Tuned on the translation and near-miss pairs of tests/segment; on the team's golden corpus and the
# seed article no two distinct paragraphs reach a Dice of 0.5 (highest measured: 0.48).
MIN_TOKENS = 3
MIN_SHARED = 3
MIN_LENGTH_RATIO = 0.3
LCS_THRESHOLD = 0.7
STRONG_LCS = 0.85
TRIGRAM_THRESHOLD = 0.45
DICE_THRESHOLD = 0.6  # reordered translations: most content words shared, whatever their order
MIN_DICE_TOKENS = 5
# Repeats sit near what they repeat: each paragraph is compared with this many units before and after
# it, which keeps long documents linear.
WINDOW = 60
# Shared words are evidence only when they are rare in the document: a stem found in more than this
# share of the paragraphs (the names an article is about) does not count towards MIN_SHARED.
INFORMATIVE_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph to compare; ``owner`` is the segment it belongs to (a post may own several)."""

    owner: int
    start: int
    end: int
    is_post: bool


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], list[tuple[str, str]], frozenset[str]]:
    table = cues()
    single = {k: v for k, v in table["abbreviations"].items() if " " not in k}
    phrases = [(k, v) for k, v in table["abbreviations"].items() if " " in k]
    return single, phrases, frozenset(table["stopwords"])


def stem(word: str) -> str:
    """A crude stem: strip one common suffix, keep a fixed-length prefix."""
    if word.isdigit() or "." in word:
        return word
    word = word.replace("’", "'").split("'")[0]
    for suffix in SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:STEM_LENGTH]


def content_stems(text: str) -> list[str]:
    """The normalised content-word sequence of ``text``."""
    single, phrases, stopwords = _tables()
    lower = LINK_RE.sub(" ", text.lower())
    lower = HYPHEN_RE.sub("", lower)
    lower = THOUSANDS_RE.sub("", lower)
    for phrase, replacement in phrases:
        lower = lower.replace(phrase, replacement)
    out: list[str] = []
    for token in TOKEN_RE.findall(lower):
        for word in single.get(token, token).split():
            if word not in stopwords:
                out.append(stem(word))
    return out


def _lcs(a: list[str], b: list[str]) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def _trigrams(stems: list[str]) -> set[str]:
    joined = " ".join(stems)
    return {joined[i : i + 3] for i in range(len(joined) - 2)}


def similarity(a: list[str], b: list[str]) -> tuple[float, float]:
    """(LCS coverage of the shorter sequence, trigram containment of the shorter) of two stem lists."""
    if not a or not b:
        return 0.0, 0.0
    shorter = min(len(a), len(b))
    lcs = _lcs(a, b) / shorter
    ta, tb = _trigrams(a), _trigrams(b)
    tri = len(ta & tb) / max(1, min(len(ta), len(tb)))
    return lcs, tri


def is_repeat(a: list[str], b: list[str]) -> bool:
    """True when the two stem sequences say the same thing."""
    shorter = min(len(a), len(b))
    if shorter < MIN_TOKENS:
        return False
    if shorter / max(len(a), len(b)) < MIN_LENGTH_RATIO:
        return False
    sa, sb = set(a), set(b)
    if len(sa & sb) < min(MIN_SHARED, len(sa), len(sb)):
        return False
    # The LCS cannot exceed the shared tokens: skip it when even that bound is too low for any rule.
    shared = sum((Counter(a) & Counter(b)).values())
    dice = 2 * len(sa & sb) / (len(sa) + len(sb))
    if shared / shorter < LCS_THRESHOLD and dice < DICE_THRESHOLD:
        return False
    lcs, tri = similarity(a, b)
    if lcs >= STRONG_LCS or (lcs >= LCS_THRESHOLD and tri >= TRIGRAM_THRESHOLD):
        return True
    return min(len(sa), len(sb)) >= MIN_DICE_TOKENS and dice >= DICE_THRESHOLD


def find_duplicates(text: str, units: list[Unit]) -> dict[int, int]:
    """Map segment index -> index of the segment it repeats.

    A non-post paragraph repeating a post paragraph points to the post; otherwise the later
    paragraph points to the earlier one (to the original when the earlier is itself a repeat).
    """
    stems = [content_stems(text[u.start : u.end]) for u in units]
    sets = [set(s) for s in stems]
    frequency = Counter(stem for stem_set in sets for stem in stem_set)
    limit = max(2, INFORMATIVE_SHARE * len(units))
    informative = {stem for stem, n in frequency.items() if n <= limit}
    found: dict[int, int] = {}
    for i, unit in enumerate(units):
        if unit.is_post:
            continue
        best: tuple[int, int] | None = None  # (priority, owner)
        for j in range(max(0, i - WINDOW), min(len(units), i + WINDOW + 1)):
            other = units[j]
            if other.owner == unit.owner or not (other.is_post or j < i):
                continue
            shared = sets[i] & sets[j] & informative
            if len(shared) < min(MIN_SHARED, len(sets[i]), len(sets[j])):
                continue
            if not is_repeat(stems[i], stems[j]):
                continue
            priority = 0 if other.is_post else 1
            if best is None or priority < best[0]:
                best = (priority, other.owner)
        if best is not None:
            target = best[1]
            found[unit.owner] = found.get(target, target)
    return found
