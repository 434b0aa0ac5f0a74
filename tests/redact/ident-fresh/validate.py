#!/usr/bin/python3
"""Validate cases.tsv / categories.tsv against FORMAT.md and the value rules in README.md.
Exit status 0 and 'OK' when everything passes."""
import collections
import datetime
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"EMAIL", "PHONE", "POSTCODE", "NHS_NUMBER", "NINO", "UPN", "DATE", "PERSON", "URL", "NONE"}
INVIS = set("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
            "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def norm(s):
    s = "".join(ch for ch in s if ch not in INVIS)
    s = unicodedata.normalize("NFKC", s)
    return s.replace("\u2212", "-").replace("\u2013", "-").replace("\u2014", "-")


# ------------------------------------------------------------------ value checks
def nhs_ok(d):
    if not re.fullmatch(r"\d{10}", d):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def check_nhs(span):
    d = re.sub(r"\D", "", norm(span))
    if not nhs_ok(d):
        return "NHS number fails mod 11 or not 10 digits: %r" % d
    if not d.startswith("999"):
        return "NHS number not in 999 range"
    if re.search(r"[^\d \-.\u00a0\u202f\u3000]", norm(span)):
        return "unexpected characters in NHS span"


def nino_ok(v):
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-Z])", v)
    if not m:
        return False
    a, b, suf = m.groups()
    return (a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in
            {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"} and suf in "ABCD")


def check_nino(span):
    v = re.sub(r"[\s\-.]", "", norm(span)).upper()
    if not nino_ok(v):
        return "invalid NINO %r" % v


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_ok(v):
    if not re.fullmatch(r"[A-Z]\d{12}", v):
        return False
    if v[1] not in "2389":          # LA numbers are 201-213 (London), 3xx, 8xx, 9xx
        return False
    s = sum(int(c) * w for c, w in zip(v[1:], range(2, 14)))
    return UPN_LETTERS[s % 23] == v[0]


def check_upn(span):
    v = re.sub(r"[\s\-.]", "", norm(span)).upper()
    if not upn_ok(v):
        return "invalid UPN %r" % v


DRAMA = [  # (prefix of national number incl. leading 0, total length)
    ("07700900", 11), ("01632960", 11),
    ("01134960", 11), ("01144960", 11), ("01154960", 11), ("01164960", 11), ("01174960", 11),
    ("01184960", 11), ("01214960", 11), ("01514960", 11), ("01614960", 11), ("01914980", 11),
    ("02079460", 11), ("02920180", 11), ("02896496", 11),
]


def phone_digits(s):
    s = norm(s)
    s = s.replace("(0)", "")
    d = re.sub(r"\D", "", s)
    if s.lstrip().startswith("+44"):
        d = "0" + d[2:]
    elif d.startswith("0044"):
        d = "0" + d[4:]
    return d


def drama_ok(d):
    return any(d.startswith(p) and len(d) == n for p, n in DRAMA)


def check_phone(span):
    d = phone_digits(span)
    if not drama_ok(d):
        return "phone not in a drama range: %r" % d


SAFE_SUFFIXES = ("@example.com", "@example.org", "@example.net", ".example", ".test", ".invalid",
                 # IDN forms of the reserved/test names
                 ".испытание", ".пример", ".测试", ".例子", ".テスト", ".δοκιμή", ".παράδειγμα")


def check_email(span):
    v = norm(span)
    m = re.fullmatch(r"[^\s@<>\"]+@([^\s@<>\"]+\.[^\s@<>\".]+)", v)
    if not m:
        return "not e-mail shaped: %r" % v
    dom = "@" + m.group(1).lower()
    if dom not in SAFE_SUFFIXES[:3] and not dom.endswith(SAFE_SUFFIXES[3:]):
        return "unsafe e-mail domain %r" % dom


AREAS = set("""AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY
E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU
M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW
SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE""".split())
PC_RE = re.compile(r"([A-Z]{1,2})(\d[A-Z\d]?)(\d)([A-Z]{2})")


def postcode_ok(v):
    m = PC_RE.fullmatch(v)
    if not m:
        return False
    area, dist, sect, unit = m.groups()
    if area not in AREAS:
        return False
    if dist[-1].isalpha() and area not in {"E", "EC", "N", "NW", "SE", "SW", "W", "WC"}:
        return False
    return not any(c in "CIKMOV" for c in unit)


def check_postcode(span):
    v = re.sub(r"[\s\-]", "", norm(span)).upper()
    if not postcode_ok(v):
        return "invalid postcode %r" % v


MONTHS = {m: i for i, names in enumerate([
    ["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"], ["may"], ["jun", "june"],
    ["jul", "july"], ["aug", "august"], ["sep", "sept", "september"], ["oct", "october"],
    ["nov", "november"], ["dec", "december"]], 1) for m in names}


def yr(y):
    y = int(y)
    return y + 2000 if y < 100 else y


def parse_date(s):
    v = norm(s).lower().replace("\u00a0", " ")
    v = re.sub(r"\s+", " ", v).strip()
    pats = [
        (r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", lambda g: (yr(g[2]), int(g[1]), int(g[0]))),
        (r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})", lambda g: (int(g[0]), int(g[1]), int(g[2]))),
        (r"(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]+)\.?,? '?(\d{2}|\d{4})", lambda g: (yr(g[2]), MONTHS[g[1]], int(g[0]))),
        (r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?, (\d{4})", lambda g: (int(g[2]), MONTHS[g[0]], int(g[1]))),
        (r"(\d{1,2})-([a-z]+)-(\d{4})", lambda g: (int(g[2]), MONTHS[g[1]], int(g[0]))),
    ]
    for p, f in pats:
        m = re.fullmatch(p, v)
        if m:
            try:
                return datetime.date(*f(m.groups()))
            except (KeyError, ValueError):
                return None
    return None


def check_date(span, text):
    d = parse_date(span)
    if d is None:
        return "unparseable date %r" % span
    if not (datetime.date(1990, 1, 1) <= d <= datetime.date(2026, 11, 29)):
        return "implausible DOB %s" % d
    if not re.search(r"d\.?o\.?b|born|birth", norm(text), re.I):
        return "no date-of-birth cue in text"


CHECKS = {"NHS_NUMBER": check_nhs, "NINO": check_nino, "UPN": check_upn, "PHONE": check_phone,
          "EMAIL": check_email, "POSTCODE": check_postcode}


# ------------------------------------------------------------------ negatives: no valid identifier hiding
def scan_none(text):
    t = norm(text)
    probs = []
    for m in re.finditer(r"(?<!\d)(\d{3})[ \-.]?(\d{3})[ \-.]?(\d{4})(?!\d)", t):
        if nhs_ok("".join(m.groups())):
            probs.append("valid NHS-like number %r" % m.group(0))
    for m in re.finditer(r"(?<![A-Za-z])([A-Za-z]{2})[ \-.]?(\d{2})[ \-.]?(\d{2})[ \-.]?(\d{2})[ \-.]?([A-Za-z])(?![A-Za-z])", t):
        if nino_ok("".join(m.groups()).upper()):
            probs.append("valid NINO-like %r" % m.group(0))
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]\d{12}(?!\d)", t):
        if upn_ok(m.group(0).upper()):
            probs.append("valid UPN-like %r" % m.group(0))
    for m in re.finditer(r"(?<![A-Za-z0-9])([A-Za-z]{1,2}\d[A-Za-z\d]?) ?(\d[A-Za-z]{2})(?![A-Za-z0-9])", t):
        if postcode_ok((m.group(1) + m.group(2)).upper()):
            probs.append("valid postcode %r" % m.group(0))
    for m in re.finditer(r"[+(]?\d[\d ()\-.]{8,}\d", t):
        if drama_ok(phone_digits(m.group(0))):
            probs.append("drama-range phone %r" % m.group(0))
    if re.search(r"[^\s@]+@[^\s@]+\.[A-Za-z\u0080-\uffff]{2,}", t):
        probs.append("e-mail address present")
    if re.search(r"https?://|www\.", t):
        probs.append("URL present")
    return probs


# ------------------------------------------------------------------ main
def main():
    raw = open(os.path.join(HERE, "cases.tsv"), "rb").read()
    if b"\r" in raw:
        err("file", "CR found")
    if not raw.endswith(b"\n"):
        err("file", "no final LF")
    lines = raw.decode("utf-8").split("\n")[:-1]
    if lines[0] != "id\ttype\ttext\tspan":
        err("file", "bad header %r" % lines[0])
    cats = {}
    klines = open(os.path.join(HERE, "categories.tsv"), encoding="utf-8").read().split("\n")[:-1]
    if klines[0] != "id\tcategory":
        err("categories", "bad header")
    for ln in klines[1:]:
        rid, cat = ln.split("\t")
        cats[rid] = cat
    by_type = collections.Counter()
    by_cat = collections.Counter()
    wrappers = 0
    seen_text = set()
    for i, ln in enumerate(lines[1:], 1):
        parts = ln.split("\t")
        if len(parts) != 4:
            err("line %d" % i, "has %d fields" % len(parts))
            continue
        rid, typ, text, span = parts
        if rid != "S%04d" % i:
            err(rid, "id out of sequence (expected S%04d)" % i)
        if typ not in TYPES:
            err(rid, "unknown type %s" % typ)
        if text in seen_text:
            err(rid, "duplicate text")
        seen_text.add(text)
        cat = cats.get(rid)
        if cat is None or not cat.startswith(typ.lower() + ":"):
            err(rid, "category missing or does not match type: %r" % cat)
        by_type[typ] += 1
        by_cat[cat] += 1
        if typ == "NONE":
            if span != "":
                err(rid, "NONE with non-empty span")
            for p in scan_none(text):
                err(rid, "NONE row contains " + p)
            continue
        if not span:
            err(rid, "empty span on positive row")
            continue
        n = text.encode("utf-8").count(span.encode("utf-8"))
        if n != 1:
            err(rid, "span occurs %d times in text" % n)
            continue
        if span[0] in INVIS or span[-1] in INVIS or span != span.strip():
            err(rid, "span starts/ends with whitespace or invisible character")
        if span[-1] in ".,;:\"'\u201c\u201d)>]" or span[0] in "\"'\u201c\u201d<[":
            if not (typ == "PHONE" and span[0] == "("):
                err(rid, "span edge is punctuation that belongs outside")
        start = text.encode("utf-8").index(span.encode("utf-8"))
        before = text.encode("utf-8")[:start].decode("utf-8")
        after = text.encode("utf-8")[start + len(span.encode("utf-8")):].decode("utf-8")
        if before[-1:] in BIDI and after[:1] in BIDI:
            wrappers += 1
        # span must not be cut inside a token: neighbours are not letters/digits
        if before[-1:].isalnum() and typ not in ("PHONE", "NHS_NUMBER", "UPN", "NINO", "EMAIL", "DATE", "POSTCODE"):
            err(rid, "span glued to preceding word")
        if after[:1].isalnum():
            err(rid, "span cut before end of token")
        if typ == "DATE":
            p = check_date(span, text)
        else:
            p = CHECKS[typ](span)
        if p:
            err(rid, p)
    if set(cats) != {l.split("\t")[0] for l in lines[1:]}:
        err("categories", "ids differ from cases.tsv")

    print("rows: %d" % (len(lines) - 1))
    for t, c in sorted(by_type.items()):
        print("  %-11s %d" % (t, c))
    print("wrapper (bidi around whole identifier) cases: %d" % wrappers)
    print("categories:")
    for c, k in sorted(by_cat.items()):
        print("  %-50s %d" % (c, k))
    need = {"EMAIL": 40, "PHONE": 40, "POSTCODE": 40, "NHS_NUMBER": 40, "NINO": 40, "UPN": 25, "DATE": 30, "NONE": 90}
    for t, n in need.items():
        if by_type[t] < n:
            err("counts", "%s has %d < %d" % (t, by_type[t], n))
    if errors:
        print("\nFAILED (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
