#!/usr/bin/env python3
"""reference.py - agreement statistics computed independently of hark-agree.

Written apart from stages/agree/agree.c, from the textbook definitions:
Cohen's kappa from the 2x2 confusion table of presence, Krippendorff's
alpha (nominal) from the coincidence matrix of pairable values (each record
a unit holding A's and B's value), precision/recall/F1 taking A as the
reference.  Prints the table hark-agree writes, so the two can be compared
byte for byte.

    reference.py [--level N] [--missing skip|none] A B
    reference.py --random SEED A B     write a random pair of codings
"""
import random
import sys


def read(path, level):
    rows = {}
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        col = next(c for c in ("themes", "codes") if c in head)
        ci, ii = head.index(col), head.index("id")
        for line in f:
            v = line.rstrip("\n").split("\t")
            codes = set()
            for e in v[ci].split():
                name, _, count = e.partition("=")
                if count and int(count) == 0:
                    continue
                if level:
                    name = "/".join(name.split("/")[:level])
                codes.add(name)
            rows[v[ii]] = codes
    return rows


def fmt(num, den):
    if den == 0:
        return ""
    s = "%.4f" % (num / den)
    return "0.0000" if s == "-0.0000" else s


def kappa(units):
    """units: list of (a, b) booleans."""
    n = len(units)
    t = {(x, y): 0 for x in (0, 1) for y in (0, 1)}
    for a, b in units:
        t[(int(a), int(b))] += 1
    if n == 0:
        return 0, 0
    po = (t[(1, 1)] + t[(0, 0)]) / n
    pa1 = (t[(1, 1)] + t[(1, 0)]) / n
    pb1 = (t[(1, 1)] + t[(0, 1)]) / n
    pe = pa1 * pb1 + (1 - pa1) * (1 - pb1)
    return po - pe, 1 - pe


def alpha(units):
    """Krippendorff's alpha, nominal, from the coincidence matrix."""
    o = {}
    for a, b in units:
        vals = [int(a), int(b)]
        m = len(vals)
        for i in range(m):
            for j in range(m):
                if i != j:
                    o[(vals[i], vals[j])] = o.get((vals[i], vals[j]), 0) + 1 / (m - 1)
    cats = (0, 1)
    nc = {c: sum(o.get((c, k), 0) for k in cats) for c in cats}
    n = sum(nc.values())
    do = sum(o.get((c, k), 0) for c in cats for k in cats if c != k)
    de = sum(nc[c] * nc[k] for c in cats for k in cats if c != k) / (n - 1) if n > 1 else 0
    # alpha = 1 - do/de, written as (de - do)/de
    return de - do, de


def row(name, units):
    a = sum(1 for x, _ in units if x)
    b = sum(1 for _, y in units if y)
    both = sum(1 for x, y in units if x and y)
    k = kappa(units)
    al = alpha(units)
    vals = [(both, b), (both, a), (2 * both, a + b), k, al]
    return vals, "\t".join([name, str(len(units)), str(a), str(b), str(both)] +
                           [fmt(x, y) for x, y in vals])


def main(argv):
    level, missing = 0, "skip"
    if argv[0] == "--random":
        rng = random.Random(int(argv[1]))
        codes = ["help", "safety/safe", "safety/unsafe", "school", "home/a", "home/b"]
        for path, drop in ((argv[2], "x"), (argv[3], "y")):
            with open(path, "w") as f:
                f.write("id\tcodes\n")
                for i in range(400):
                    if rng.random() < 0.02:
                        continue
                    cs = [c + ("=%d" % rng.randint(0, 2) if rng.random() < .3 else "")
                          for c in codes if rng.random() < 0.25]
                    f.write("%s%d\t%s\n" % ("r", i, " ".join(cs)))
        return
    while argv[0].startswith("--"):
        if argv[0] == "--level":
            level = int(argv[1])
        elif argv[0] == "--missing":
            missing = argv[1]
        argv = argv[2:]
    A, B = read(argv[0], level), read(argv[1], level)
    ids = [i for i in B if i in A]
    if missing == "none":
        ids = list(B) + [i for i in A if i not in B]
    pairs = [(A.get(i, set()), B.get(i, set())) for i in ids]
    allc = sorted(set().union(*[a | b for a, b in pairs]) if pairs else set(),
                  key=lambda s: s.encode())
    print("code\trecords\ta\tb\tboth\tprecision\trecall\tf1\tkappa\talpha")
    macro = [[] for _ in range(5)]
    pooled = []
    for c in allc:
        units = [(c in a, c in b) for a, b in pairs]
        pooled += units
        vals, line = row(c, units)
        print(line)
        for i, (x, y) in enumerate(vals):
            if y != 0:
                macro[i].append(x / y)
    print(row("*micro", pooled)[1])
    print("\t".join(["*macro", str(len(pairs)), "", "", ""] +
                    [fmt(sum(m), len(m)) for m in macro]))


main(sys.argv[1:])
