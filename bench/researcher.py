#!/usr/bin/env python3
"""bench/researcher.py - the analyst's job as a researcher would write it
without hark: the yardstick `make bench` runs beside
pipeline/themes-by-cohort.sh on the same input (bench/65-job.sh).

CSV in (csv module), Unicode NFC (unicodedata), lower-case, NLTK's regex
tokeniser, Snowball stems (PyStemmer), a dictionary lookup with the same
lexicon (its words, trailing-* globs and phrases; no negation, hedges or
regular expressions), theme counts per record, per person, joined to the
outcome table and grouped by cohort with pandas: people with each theme
and the outcome rate among them.  No redaction.  All Debian packages
(python3-nltk, python3-stemmer, python3-pandas).

usage: researcher.py LEXICON VOICES.csv OUTCOMES.csv ID_COL TEXT_COL[,TEXT_COL]
                     PERSON_COL BY_COL OUTCOME_COL > table.tsv
       researcher.py --per-record ... (record id and its themes, for the
                     agreement check against hark on a sample)
"""
import csv
import sys
import unicodedata

import pandas as pd
import Stemmer
from nltk.tokenize import RegexpTokenizer

csv.field_size_limit(1 << 30)


def load_lexicon(path):
    """Words, glob prefixes and phrases of a hark lexicon, each with the
    top-level theme of its code."""
    words, globs, phrases = {}, [], {}
    theme = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\r\n")
        if line.startswith("code "):
            theme = line.split()[1].split("/")[0]
            continue
        if not line.startswith("\t") or theme is None:
            continue
        pat = line.strip().lower()
        if not pat or ":" in pat.split(" ")[0] or pat.startswith("/"):
            continue  # description:, polarity:, stem:, regexes
        parts = pat.split()
        if len(parts) == 1 and pat.endswith("*"):
            globs.append((pat[:-1], theme))
        elif len(parts) == 1:
            words[pat] = theme
        else:
            phrases.setdefault(parts[0], []).append((parts, theme))
    return words, globs, phrases


def themes_of(text, tok, stem, lex):
    words, globs, phrases = lex
    toks = tok.tokenize(unicodedata.normalize("NFC", text).lower())
    stem.stemWords(toks)  # stems computed as the researcher's script does
    found = {}
    for i, t in enumerate(toks):
        th = words.get(t)
        if th is None:
            for prefix, g in globs:
                if t.startswith(prefix):
                    th = g
                    break
        if th is not None:
            found[th] = found.get(th, 0) + 1
        for parts, pth in phrases.get(t, ()):
            if toks[i:i + len(parts)] == parts:
                found[pth] = found.get(pth, 0) + 1
    return found


def main(argv):
    per_record = argv and argv[0] == "--per-record"
    if per_record:
        argv = argv[1:]
    lexpath, voices, outcomes, idcol, textcols, person, by, outcome = argv
    textcols = textcols.split(",")
    lex = load_lexicon(lexpath)
    tok = RegexpTokenizer(r"\w+(?:'\w+)?")
    stem = Stemmer.Stemmer("english")
    rows = []
    with open(voices, newline="", encoding="utf-8-sig") as f:
        for rec in csv.DictReader(f):
            text = "\n".join(rec.get(c) or "" for c in textcols)
            found = themes_of(text, tok, stem, lex)
            if per_record:
                sys.stdout.write(rec[idcol] + "\t" + " ".join(
                    "%s=%d" % kv for kv in sorted(found.items())) + "\n")
                continue
            row = {"person": rec[person]}
            row.update(found)
            rows.append(row)
    if per_record:
        return
    df = pd.DataFrame(rows).fillna(0)
    themes = [c for c in df.columns if c != "person"]
    people = df.groupby("person")[themes].sum()
    out = pd.read_csv(outcomes, dtype=str).set_index(person)
    people = people.join(out, how="left")
    y = people[outcome].map({"yes": 1, "no": 0, "1": 1, "0": 0})
    res = []
    for th in themes:
        has = people[th] > 0
        for cohort, g in people.groupby(by):
            h = has.loc[g.index]
            res.append({"theme": th, by: cohort, "people": len(g),
                        "with_theme": int(h.sum()),
                        "pct": round(100 * h.mean(), 1),
                        "rate_with": round(100 * y.loc[g.index][h].mean(), 1)})
    pd.DataFrame(res).to_csv(sys.stdout, sep="\t", index=False)


if __name__ == "__main__":
    main(sys.argv[1:])
