#!/usr/bin/env python3
"""bench/redact.py - what a researcher would otherwise run: a Python `re`
redactor with the patterns of hark-redact (stages/redact/detect.c).

    python3 bench/redact.py < stream.tsv > redacted.tsv

Reads the record stream, rewrites column text with [TYPE] placeholders and
appends a redactions column.  One combined pattern for the structured
types, the same validations (NHS mod 11, UPN check letter, NINO prefixes,
phone lengths), dates only after a date-of-birth word, and names from
lexicons/names/ with a simplified rule (a capitalised lexicon word; names
that are also words only away from the start of a sentence).  It is a
benchmark comparator, not a second implementation to trust.
"""
import os
import re
import sys

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
         r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
YEAR = r"(?:19|20)[0-9]{2}"
PATS = [
    ("EMAIL", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
              r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![A-Za-z0-9_-])"),
    ("URL", r"(?i:(?:https?://|www\.)[^\s<>\"'`\x80-\xff]+)"),
    ("PHONE", r"(?:(?:\+|00)44[ ]{0,2}(?:\(0\)[ ]{0,2})?|\(0|0)[1-9](?:\)?[ -]{0,2}[0-9]){8,9}(?![0-9])"),
    ("NHS_NUMBER", r"[1-9][0-9]{2}([ -]?)[0-9]{3}(?P=sep)[0-9]{4}(?![0-9])".replace("([ -]?)", "(?P<sep>[ -]?)")),
    ("NINO", r"(?i:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2}(?: ?[A-D])?)(?![A-Za-z0-9])"),
    ("UPN", r"[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z](?![A-Za-z0-9])"),
    ("POSTCODE", r"(?i:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|"
                 r"[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])"),
    ("DATE", r"(?i:" + DAY + r"[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?[0-9]{2}|" + YEAR +
             r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])|" + DAY + r"(?:st|nd|rd|th)?(?: of)? +" +
             MONTH + r"\.?(?:,? +" + YEAR + r")?|" + MONTH + r"\.? +" + DAY +
             r"(?:st|nd|rd|th)?(?:,? +" + YEAR + r")?|" + MONTH + r" +" + YEAR + r")(?![A-Za-z0-9])"),
    ("ADDRESS", r"(?:(?:Flat|Apartment|Apt|Unit|Room|flat)\.? +[0-9]{1,4}[A-Za-z]?,? +"
                r"(?:(?:[A-Z][A-Za-z'-]+ +){1,2}(?:House|Court|Lodge|Mansions|Buildings?|Tower|Hall|Block),? +)?)?"
                r"[0-9]{1,4}[A-Za-z]?,? +(?:[A-Z][A-Za-z'-]+ +){1,3}"
                r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Way|Crescent|Court|Place|Grove|"
                r"Gardens|Terrace|Walk|Row|Square|Mews|Hill|Park|Rise|View|Green|Parade|Vale|Croft|"
                r"Meadow|Meadows|Fold|Gate|Chase|Mount|Boulevard|Yard|Wharf|Estate|Heights|Bank|Brow|"
                r"Lea|Dene|Approach|Broadway)(?![A-Za-z0-9])"),
    ("PERSON", r"[A-Z][a-z]+(?:'[A-Z][a-z]+)?"),
]
COMBINED = re.compile("|".join("(?<![A-Za-z0-9])(?P<%s>%s)" % (t, p) for t, p in PATS).encode())
TYPES = [t for t, _ in PATS]
ORDER = ["EMAIL", "URL", "PHONE", "POSTCODE", "NHS_NUMBER", "NINO", "UPN", "DATE", "ADDRESS", "PERSON"]
UPN_L = "ABCDEFGHJKLMNPQRTUVWXYZ"
DOB = re.compile(rb"(?i)born|dob|d\.o\.b|birth")


def load(name):
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lexicons", "names")
    with open(os.path.join(here, name), encoding="utf-8") as f:
        return {l.strip().encode() for l in f if l.strip() and not l.startswith("#")}


NAMES = load("given.txt") | load("family.txt")
WORDS = load("words.txt")
STRICT = load("strict.txt")


def valid(t, v, text, a):
    if t == "NHS_NUMBER":
        d = [c - 48 for c in v if 48 <= c <= 57]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
        return (0 if c == 11 else c) == d[9]
    if t == "UPN":
        vals = [c - 48 if 48 <= c <= 57 else UPN_L.find(chr(c)) for c in v[1:]]
        return min(vals) >= 0 and UPN_L[sum(x * (i + 2) for i, x in enumerate(vals)) % 23] == chr(v[0])
    if t == "NINO":
        return v[:2].upper() not in (b"BG", b"GB", b"KN", b"NK", b"NT", b"TN", b"ZZ")
    if t == "PHONE":
        d = re.sub(rb"[^0-9]", b"", v)
        if v.startswith(b"+"):
            d = d[2:]
        elif v.startswith(b"00"):
            d = d[4:]
        d = d.lstrip(b"0")
        return len(d) == 10 or (len(d) == 9 and d[:1] in b"158")
    if t == "DATE":
        return DOB.search(text, max(0, a - 64), a) is not None
    if t == "PERSON":
        if v not in NAMES:
            return False
        if v in STRICT:
            return False
        if v in WORDS:
            k = a
            while k > 0 and text[k - 1:k] in b" \"'(":
                k -= 1
            return k > 0 and text[k - 1:k] not in b".!?:\n"
        return True
    return True


def redact(text, counts):
    out, last = [], 0
    for m in COMBINED.finditer(text):
        t = m.lastgroup
        if t == "sep":
            t = "NHS_NUMBER"
        v = m.group(t)
        if not valid(t, v, text, m.start()):
            continue
        out.append(text[last:m.start()])
        out.append(b"[" + t.encode() + b"]")
        last = m.end()
        counts[t] = counts.get(t, 0) + 1
    out.append(text[last:])
    return b"".join(out)


def unesc(s):
    return s.replace(b"\\t", b"\t").replace(b"\\n", b"\n").replace(b"\\r", b"\r").replace(b"\\\\", b"\\") \
        if b"\\" in s else s


def esc(s):
    return s.replace(b"\\", b"\\\\").replace(b"\t", b"\\t").replace(b"\n", b"\\n").replace(b"\r", b"\\r")


def main():
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    head = inp.readline().rstrip(b"\n").split(b"\t")
    ti = head.index(b"text")
    out.write(b"\t".join(head + [b"redactions"]) + b"\n")
    for line in inp:
        f = line.rstrip(b"\n").split(b"\t")
        counts = {}
        f[ti] = esc(redact(unesc(f[ti]), counts))
        f.append(b" ".join(b"%s=%d" % (t.encode(), counts[t]) for t in ORDER if t in counts))
        out.write(b"\t".join(f) + b"\n")


main()
