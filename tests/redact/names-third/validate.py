#!/usr/bin/python3
"""Validate cases.tsv and categories.tsv against FORMAT.md. Exit 1 on any problem."""
import os
import re
import sys
from collections import Counter, defaultdict

# Titles and role/relation words that must never start a span (compared case-insensitively,
# after stripping a trailing full stop). 'Big'/'Little' are not here: a nickname such as
# 'Big Mo' is one span by FORMAT.md.
TITLE_ROLE = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "pc", "dc", "sgt", "rev", "nurse",
    "sw", "iro", "pa", "ta", "dsl", "yot", "hv", "nan", "nana", "nanna", "nanny", "gran",
    "granny", "grandma", "grandad", "grandpa", "aunty", "auntie", "aunt", "uncle", "mum",
    "dad", "stepdad", "stepmum", "cousin", "sister", "brother", "godmother", "mentor",
    "midwife", "interpreter", "foster", "carer", "worker", "teacher", "judge", "sir",
    "lady", "lord", "prof", "professor", "councillor", "sergeant", "officer",
}
ID_RE = re.compile(r"^G\d{4}$")
POSSESSIVE_RE = re.compile(r"['’]s\b")

problems = []


def read_tsv(path, header):
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        problems.append(f"{path}: cannot read ({e})")
        return []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{path}: not UTF-8 ({e})")
        return []
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path}: has a BOM")
    if "\r" in text:
        problems.append(f"{path}: contains CR (must be LF only)")
    if not text.endswith("\n"):
        problems.append(f"{path}: does not end with LF")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != header:
        problems.append(f"{path}: header must be {header!r}, got {lines[0] if lines else ''!r}")
        return []
    n_fields = header.count("\t") + 1
    rows = []
    for i, line in enumerate(lines[1:], 2):
        f = line.split("\t")
        if len(f) != n_fields:
            problems.append(f"{path}:{i}: {len(f)} fields, expected {n_fields}")
            continue
        rows.append(f)
    return rows


# Files are read from the directory given as the first argument, else the script's own folder.
BASE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
cases = read_tsv(os.path.join(BASE, "cases.tsv"), "id\ttype\ttext\tspan")
cats = read_tsv(os.path.join(BASE, "categories.tsv"), "id\tcategory")

ids = [r[0] for r in cases]
for i, rid in enumerate(ids, 1):
    if not ID_RE.match(rid):
        problems.append(f"{rid}: bad id format")
    elif rid != f"G{i:04d}":
        problems.append(f"{rid}: ids must run G0001 onwards in order (expected G{i:04d})")
for rid, n in Counter(ids).items():
    if n > 1:
        problems.append(f"{rid}: duplicate id")
for t, n in Counter(r[2] for r in cases).items():
    if n > 1:
        problems.append(f"duplicate text: {t!r}")

types = {}
for rid, typ, text, span in cases:
    types[rid] = typ
    if not text.strip():
        problems.append(f"{rid}: empty text")
    if typ == "NONE":
        if span != "":
            problems.append(f"{rid}: NONE row has a span {span!r}")
    elif typ == "PERSON":
        if not span:
            problems.append(f"{rid}: PERSON row has no span")
            continue
        c = text.count(span)
        if c != 1:
            problems.append(f"{rid}: span {span!r} occurs {c} times in text")
        if not (span[0].isalpha() and span[-1].isalpha()):
            problems.append(f"{rid}: span {span!r} does not start and end with a letter")
        first = re.split(r"[\s\u00a0\u202f]+", span)[0].rstrip(".").lower()
        if first in TITLE_ROLE:
            problems.append(f"{rid}: span {span!r} starts with a title or role word")
        if POSSESSIVE_RE.search(span):
            problems.append(f"{rid}: span {span!r} contains a possessive 's")
    else:
        problems.append(f"{rid}: bad type {typ!r}")

cat_of = {}
for rid, cat in cats:
    if rid in cat_of:
        problems.append(f"categories.tsv: duplicate id {rid}")
    if not cat.strip():
        problems.append(f"categories.tsv: {rid} has an empty category")
    cat_of[rid] = cat
if set(cat_of) != set(types):
    missing = sorted(set(types) - set(cat_of))
    extra = sorted(set(cat_of) - set(types))
    problems.append(f"categories.tsv does not cover ids: missing {missing[:5]}, extra {extra[:5]}")

cat_types = defaultdict(Counter)
for rid, cat in cat_of.items():
    if rid in types:
        cat_types[cat][types[rid]] += 1
for cat, cnt in cat_types.items():
    if len(cnt) > 1:
        problems.append(f"category {cat!r} mixes types: {dict(cnt)}")

for typ in ("PERSON", "NONE"):
    print(f"== {typ}")
    for cat in sorted(c for c in cat_types if typ in cat_types[c]):
        print(f"  {cat:28s} {cat_types[cat][typ]:4d}")
tc = Counter(types.values())
print(f"total {len(types)}: PERSON {tc['PERSON']}, NONE {tc['NONE']}")

if problems:
    print(f"\n{len(problems)} problem(s):")
    print("\n".join(problems))
    sys.exit(1)
print("OK")
