#!/usr/bin/env python3
"""Score hark's core-practices themes against two blind coders (README.md).

usage: score.py OUT.tsv [--part dev|test|all]
       score.py --coders   (agreement between the two coders: the ceiling)

OUT.tsv is the record stream after `hark theme` over records.tsv with the
core-practices lexicon.  A theme counts when hark found it, negated or not:
the codebook codes a practice whether it is praised, criticised or absent
("we never ask young people" is voice), so `themes_negated` counts too.
Gold: a code both coders gave is present, a code neither gave is absent, a
code only one gave is contested and scores neither way.  Odd ids are the
dev part (may be read while working on the lexicon), even ids the test part
(scored only).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["data", "voice", "ethics", "use", "learning"]
P = "core-practices"


def read_codes(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            rid, codes = (line.rstrip("\n").split("\t") + [""])[:2]
            out[rid] = {c for c in codes.split(",") if c}
    return out


def part_of(rid, part):
    return part == "all" or (part == "dev") == (int(rid[1:]) % 2 == 1)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def coders():
    a = read_codes(os.path.join(HERE, "coder-A.tsv"))
    b = read_codes(os.path.join(HERE, "coder-B.tsv"))
    ids = sorted(a)
    n, ks, tp, fp, fn = len(ids), [], 0, 0, 0
    for c in CODES:
        pa = sum(c in a[i] for i in ids) / n
        pb = sum(c in b[i] for i in ids) / n
        po = sum((c in a[i]) == (c in b[i]) for i in ids) / n
        pe = pa * pb + (1 - pa) * (1 - pb)
        ks.append(1.0 if pe == 1 else (po - pe) / (1 - pe))
    for i in ids:
        tp += len(a[i] & b[i])
        fp += len(b[i] - a[i])
        fn += len(a[i] - b[i])
    print("ok %s/coders/agreement micro-F1 %.2f, mean kappa %.2f "
          "(%d records, %d codes): the human ceiling"
          % (P, prf(tp, fp, fn)[2], sum(ks) / len(ks), n, len(CODES)))


def main(out, part):
    a = read_codes(os.path.join(HERE, "coder-A.tsv"))
    b = read_codes(os.path.join(HERE, "coder-B.tsv"))
    got = {}
    with open(out, encoding="utf-8") as f:
        hdr = next(f).rstrip("\n").split("\t")
        cols = [hdr.index(c) for c in ("themes", "themes_negated") if c in hdr]
        for line in f:
            v = line.rstrip("\n").split("\t")
            got[v[0]] = {e.split("=")[0].split("/")[0]
                         for k in cols for e in v[k].split()}
    ids = [i for i in sorted(a) if part_of(i, part)]
    missing = [i for i in ids if i not in got]
    if missing:
        print("FAIL %s/records: %d records missing from hark's output "
              "(first %s)" % (P, len(missing), missing[0]))
        return
    per = {c: [0, 0, 0] for c in CODES}
    for i in ids:
        for c in CODES:
            if c in a[i] and c in b[i]:
                per[c][0 if c in got[i] else 2] += 1
            elif c not in a[i] and c not in b[i] and c in got[i]:
                per[c][1] += 1
    f1s = []
    for c in CODES:
        p, r, f = prf(*per[c])
        f1s.append(f)
        print("ok %s/%s/%s precision=%.2f recall=%.2f f1=%.2f (%d agreed)"
              % (P, part, c, p, r, f, per[c][0] + per[c][2]))
    p, r, f = prf(*(sum(v[k] for v in per.values()) for k in range(3)))
    print("ok %s/%s/micro precision=%.3f recall=%.3f f1=%.3f"
          % (P, part, p, r, f))
    print("ok %s/%s/macro f1=%.3f" % (P, part, sum(f1s) / len(f1s)))


if __name__ == "__main__":
    if sys.argv[1] == "--coders":
        coders()
    else:
        main(sys.argv[1], sys.argv[3] if len(sys.argv) > 3 else "all")
