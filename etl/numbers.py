"""Turn a normalised Arabic number phrase into an integer (pure, no regex).

Accepts digits with thousands separators (``2,500``, ``12.500``), decimals before a scale
word (``2.5 الف``), number words (``خمسه``, ``ثلاثين``, ``خمسه وعشرين``, ``ثلاثه الاف``)
and compounds (``50 الفا و570``), a half or quarter of a scale (``نصف مليون``, ``مليون ونصف``). Returns None for anything it cannot read exactly
(a bare decimal, an unknown word, a value beyond a signed 64-bit integer).
"""

from __future__ import annotations

from .normalize import normalize
from .patterns import word
from .reference import number_words

INT64_MAX = 2**63 - 1
PUNCT = ".,،\"'()[]«»:;؛!؟-"


def _digits_value(token: str) -> float | None:
    """``2,500``/``12.500`` → 2500/12500; ``2.5`` → 2.5 (only meaningful before a scale);
    ``5ر1`` → 1.5 (a decimal some wires write fraction first with a letter mark)."""
    if not token:
        return None
    mark = word("decimal_mark")
    if mark in token:
        frac, _, whole = token.partition(mark)
        return float(f"{whole}.{frac}") if whole.isdigit() and frac.isdigit() else None
    parts = token.replace(",", ".").split(".")
    if not all(p.isdigit() for p in parts):
        return None
    if len(parts) == 1:
        return int(parts[0])
    if all(len(p) == 3 for p in parts[1:]):
        return int("".join(parts))  # thousands separators
    if len(parts) == 2:
        return float(f"{parts[0]}.{parts[1]}")
    return None


def _marked_thousands(token: str) -> float | None:
    """Digits with no scale word after them: ``290ر12`` → 12290, ``000ر22`` → 22000 (thousands some wires write group
    by group with the decimal's letter mark, the last group first: groups of three before each mark); any other
    token as :func:`_digits_value` reads it (a decimal mark with no scale after it, ``5ر1``, reads nothing exact)."""
    mark = word("decimal_mark")
    parts = token.split(mark)
    if len(parts) > 1 and all(p.isdigit() for p in parts) and all(len(p) == 3 for p in parts[:-1]) and 0 < len(parts[-1]) <= 3:
        return int("".join(reversed(parts)))
    return _digits_value(token)


def _arabic_thousands(text: str) -> str:
    """An Arabic comma between digits followed by exactly three digits is a thousands
    separator (2،000 → 2,000); any other Arabic comma is punctuation."""
    out = list(text)
    for i, ch in enumerate(text):
        if (ch == "\u060c" and 0 < i and text[i - 1].isdigit() and text[i + 1:i + 4].isdigit() and len(text[i + 1:i + 4]) == 3
                and not text[i + 4:i + 5].isdigit()):
            out[i] = ","
    return "".join(out)


def _tokens(phrase: str) -> list[str]:
    """Words of a number phrase: proclitic و and ال dropped, two-word numbers (احد عشر) kept whole."""
    table = number_words()
    and_, art = word("and"), word("article")
    words = []
    for w in _arabic_thousands(normalize(phrase)).replace("\u060c", " ").split():
        w = w.strip(PUNCT)
        digits = len(w) - len(w.lstrip("0123456789"))
        if 0 < digits < len(w) and w[digits:] in table:  # 26الف: digits glued to a scale word
            words.extend([w[:digits], w[digits:]])
            continue
        if w in ("", and_, art):
            continue
        if w.startswith(art) and (w[len(art):] in table or w[len(art):len(art) + 1].isdigit()):
            w = w[len(art):]
        rest = w[len(and_):]
        if w.startswith(and_) and w not in table and (rest in table or rest[:1].isdigit() or any(k.startswith(rest + " ") for k in table)):
            w = rest
        words.append(w)
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in table:
            out.append(f"{words[i]} {words[i + 1]}")
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def parse_number(phrase: str) -> int | None:
    """Value of a number phrase, or None when it is not an exact integer we can read."""
    table = number_words()
    total = 0
    current: float = 0
    seen = False
    last_scale = 0  # the last scale word read: a half after it is half of it (مليون ونصف)
    toks = _tokens(phrase)
    for i, tok in enumerate(toks):
        if tok[:1].isdigit():
            scaled = i + 1 < len(toks) and table.get(toks[i + 1], (0, ""))[1] == "scale"
            val = _digits_value(tok) if scaled else _marked_thousands(tok)
            if val is None:
                return None
            current += val
            seen = True
            continue
        if tok not in table:
            return None
        val, kind = table[tok]
        seen = True
        if kind == "scale":
            total += (current or 1) * val
            current, last_scale = 0, val
        elif kind == "fraction":
            if current:  # خمسه ونصف: not a whole count
                return None
            current = val
        elif kind == "hundred" and val == 100 and 0 < current < 10:
            current *= 100
        else:
            current += val
    if not seen:
        return None
    if 0 < current < 1:  # a half with no scale after it: of the scale before (الف ونصف)
        if not last_scale:
            return None
        current *= last_scale
    value = total + current
    if value != int(value) or value < 0 or value > INT64_MAX:
        return None
    return int(value)


def range_low(low: str, high: str | None) -> int | None:
    """The low end of a range whose high end alone names the magnitude (بين 20 و40 الف:
    20000): when ``low`` has no scale word and ``high`` ends with one, ``low`` is read in
    that scale if it stays below ``high``."""
    lo = parse_number(low)
    if lo is None or not high:
        return lo
    table = number_words()
    lo_words, hi_words = _tokens(low), _tokens(high)
    if not hi_words or any(table.get(w, (0, ""))[1] == "scale" for w in lo_words):
        return lo
    last = table.get(hi_words[-1])
    hi = parse_number(high)
    if last is None or last[1] != "scale" or hi is None:
        return lo
    scaled = lo * last[0]
    return scaled if scaled < hi else lo
