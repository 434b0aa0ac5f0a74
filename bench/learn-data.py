#!/usr/bin/env python3
"""learn-data.py - the NHS FFT training file as a record stream, in folds.

    learn-data.py CSV OUTDIR FOLDS

Reads the pxtextmining v6 file (text in `FFT answer`, id `Comment ID`, one
0/1 column per category after `Comment sentiment`) and writes OUTDIR/all.tsv
(id, text, codes: the categories as hark code names, bytes other than ASCII
letters and digits made `_`) and, for fold k of FOLDS (record i is in fold
i mod FOLDS, in file order; records with no text or no code left out),
OUTDIR/train-k.tsv and OUTDIR/test-k.tsv.  bench/80-learn.sh and
learn-sklearn.py read the same files, so both methods see the same folds.
"""
import csv
import re
import sys


def esc(s):
    return (s.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def main(path, out, folds):
    folds = int(folds)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    head = rows[0]
    first = head.index("Comment sentiment") + 1
    names = [re.sub(r"[^A-Za-z0-9]+", "_", h).strip("_") for h in head[first:]]
    ti, ii = head.index("FFT answer"), head.index("Comment ID")
    recs = []
    seen = set()
    for r in rows[1:]:
        text = r[ti].strip()
        codes = [n for n, v in zip(names, r[first:]) if v.strip() in ("1", "1.0")]
        if not text or not codes or r[ii] in seen:
            continue
        seen.add(r[ii])
        recs.append((r[ii], text, " ".join(codes)))
    files = [open("%s/all.tsv" % out, "w", encoding="utf-8")]
    for k in range(folds):
        files.append(open("%s/train-%d.tsv" % (out, k), "w", encoding="utf-8"))
        files.append(open("%s/test-%d.tsv" % (out, k), "w", encoding="utf-8"))
    for f in files:
        f.write("id\ttext\tcodes\n")
    for i, (rid, text, codes) in enumerate(recs):
        line = "%s\t%s\t%s\n" % (esc(rid), esc(text), codes)
        files[0].write(line)
        for k in range(folds):
            files[1 + 2 * k + (i % folds == k)].write(line)
    for f in files:
        f.close()


main(*sys.argv[1:])
