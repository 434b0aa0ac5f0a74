#!/usr/bin/env python3
"""Score hark's themes against two blind human coders (README.md).

usage: score.py OUT.tsv [--part dev|test|all]
       score.py --coders   (agreement between the two coders: the ceiling)

OUT.tsv is the record stream after `hark theme --level 2` over records.tsv.
Gold: a code both coders gave is present, a code neither gave is absent, a
code only one gave is contested and scores neither way.  Themes are scored
at level 1 (safety/safe counts as safety); polarity is scored on the
records where the consensus gives a side of safety, heard or trust and hark
found that theme: right when hark's sides equal the consensus's.
The set is split by id: odd numbers are the dev part (may be read while
working on the lexicon), even numbers the test part (scored only).
"""
import sys
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["safety/safe", "safety/unsafe", "home", "relationships",
         "heard/listened", "heard/ignored", "trust/positive",
         "trust/negative", "education", "work_money", "health", "identity",
         "independence", "information", "feelings", "early_years",
         "support"]
THEMES = []
for c in CODES:
    t = c.split("/")[0]
    if t not in THEMES:
        THEMES.append(t)
POLAR = ["safety", "heard", "trust"]


def read_codes(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            rid, codes = (line.rstrip("\n").split("\t") + [""])[:2]
            out[rid] = set(codes.split())
    return out


def part_of(rid, part):
    n = int(rid[1:])
    return part == "all" or (part == "dev") == (n % 2 == 1)


def kappa(a, b, ids, code):
    n = len(ids)
    pa = sum(code in a[i] for i in ids) / n
    pb = sum(code in b[i] for i in ids) / n
    po = sum((code in a[i]) == (code in b[i]) for i in ids) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def coders():
    a = read_codes(os.path.join(HERE, "coder-A.tsv"))
    b = read_codes(os.path.join(HERE, "coder-B.tsv"))
    ids = sorted(a)
    ks, tp, fp, fn = [], 0, 0, 0
    for c in CODES:
        k = kappa(a, b, ids, c)
        ks.append(k)
        print("ok tagging-independent/coders/kappa/%s %.2f" % (c, k))
    for i in ids:
        tp += len(a[i] & b[i])
        fp += len(b[i] - a[i])
        fn += len(a[i] - b[i])
    f1 = 2 * tp / (2 * tp + fp + fn)
    print("ok tagging-independent/coders/agreement micro-F1 %.2f, mean "
          "kappa %.2f (%d records, %d codes): the human ceiling"
          % (f1, sum(ks) / len(ks), len(ids), len(CODES)))


def level1(codes):
    return {c.split("/")[0] for c in codes}


def main(out, part):
    a = read_codes(os.path.join(HERE, "coder-A.tsv"))
    b = read_codes(os.path.join(HERE, "coder-B.tsv"))
    got = {}
    with open(out, encoding="utf-8") as f:
        hdr = next(f).rstrip("\n").split("\t")
        ti = hdr.index("themes")
        for line in f:
            v = line.rstrip("\n").split("\t")
            got[v[0]] = {e.split("=")[0] for e in v[ti].split()}
    ids = [i for i in sorted(a) if part_of(i, part)]
    missing = [i for i in ids if i not in got]
    if missing:
        print("FAIL tagging-independent/records: %d records missing from "
              "hark's output (first %s)" % (len(missing), missing[0]))
        return
    per = {t: [0, 0, 0] for t in THEMES}  # tp fp fn
    pol_right = pol_n = 0
    for i in ids:
        ga, gb, h = level1(a[i]), level1(b[i]), level1(got[i])
        for t in THEMES:
            if t in ga and t in gb:
                if t in h:
                    per[t][0] += 1
                else:
                    per[t][2] += 1
            elif t not in ga and t not in gb and t in h:
                per[t][1] += 1
        for t in POLAR:
            sa = {c for c in a[i] if c.startswith(t + "/")}
            sb = {c for c in b[i] if c.startswith(t + "/")}
            if sa and sa == sb and t in level1(got[i]):
                pol_n += 1
                hs = {c for c in got[i] if c.startswith(t + "/")}
                pol_right += hs == sa
    TP = sum(v[0] for v in per.values())
    FP = sum(v[1] for v in per.values())
    FN = sum(v[2] for v in per.values())
    f1s = []
    for t in THEMES:
        tp, fp, fn = per[t]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f)
        print("ok tagging-independent/%s/%s precision=%.2f recall=%.2f "
              "f1=%.2f (%d agreed)" % (part, t, p, r, f, tp + fn))
    P = TP / (TP + FP) if TP + FP else 0.0
    R = TP / (TP + FN) if TP + FN else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    print("ok tagging-independent/%s/micro precision=%.3f recall=%.3f "
          "f1=%.3f" % (part, P, R, F))
    print("ok tagging-independent/%s/macro f1=%.3f" %
          (part, sum(f1s) / len(f1s)))
    print("ok tagging-independent/%s/polarity %.3f (%d of %d)" %
          (part, pol_right / pol_n if pol_n else 0.0, pol_right, pol_n))


if __name__ == "__main__":
    if sys.argv[1] == "--coders":
        coders()
    else:
        main(sys.argv[1], sys.argv[3] if len(sys.argv) > 3 else "all")
