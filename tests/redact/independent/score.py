#!/usr/bin/env python3
"""Score hark-redact on the independent test set (cases.tsv, README.md).

usage: score.py HARK-REDACT cases.tsv

Each case's text goes through hark-redact as one record (--mode type, with
--audit to learn what was found where).  For a positive case the gold span
must be covered, byte for byte, by what was redacted (any type: a phone
caught as an NHS number has not leaked); recall per type is the share of
spans covered.  Precision per type is the share of findings of that type,
over all cases, that overlap a gold span.  A hard negative is left alone
when nothing in its text was redacted.  Findings of types the set does not
mark (ADDRESS) are left out of precision: the set's positive sentences may
hold unmarked addresses.  Prints one line per figure, in the form
tests/run shows: "ok redact-independent/recall/TYPE 0.973 (72 of 74) ...".
Only measured figures are printed here; the goals and the floors that fail
are applied by run-suite.
"""
import subprocess
import sys
import tempfile
import os


def esc(s):
    return (s.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def main(prog, path):
    cases = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cid, typ, text, span = line.rstrip("\n").split("\t")
            cases.append((cid, typ, text, span))
    with tempfile.TemporaryDirectory() as d:
        inp = os.path.join(d, "in.tsv")
        aud = os.path.join(d, "audit.tsv")
        with open(inp, "w", encoding="utf-8") as f:
            f.write("id\ttext\n")
            for cid, _, text, _ in cases:
                f.write(cid + "\t" + esc(text) + "\n")
        r = subprocess.run([prog, "-q", "--mode", "type", "--audit", aud],
                           stdin=open(inp, "rb"), stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        if r.returncode != 0:
            print("FAIL redact-independent/run: exit %d: %s" %
                  (r.returncode, r.stderr.decode()[:200]))
            return
        found = {}
        with open(aud, encoding="utf-8") as f:
            next(f)
            for line in f:
                rid, typ, s, e = line.split("\t")[:4]
                found.setdefault(rid, []).append((typ, int(s), int(e)))
    types = ["EMAIL", "URL", "PHONE", "POSTCODE", "NHS_NUMBER", "NINO", "UPN",
             "DATE", "PERSON"]
    hit = {t: 0 for t in types}
    total = {t: 0 for t in types}
    fp = {t: 0 for t in types}
    tp = {t: 0 for t in types}
    neg_ok = neg = 0
    missed = []
    for cid, typ, text, span in cases:
        fs = found.get(cid, [])
        if typ == "NONE":
            neg += 1
            neg_ok += not [x for x in fs if x[0] != "ADDRESS"]
            for t, s, e in fs:
                if t in fp:
                    fp[t] += 1
            continue
        b = text.encode("utf-8")
        s0 = b.find(span.encode("utf-8"))
        e0 = s0 + len(span.encode("utf-8"))
        total[typ] += 1
        # covered: every byte of the span inside some finding
        cov = [False] * (e0 - s0)
        for t, s, e in fs:
            for i in range(max(s, s0), min(e, e0)):
                cov[i - s0] = True
        if all(cov):
            hit[typ] += 1
        else:
            missed.append((cid, typ, span))
        for t, s, e in fs:
            if t not in tp:
                continue
            if s < e0 and e > s0:
                tp[t] += 1
            else:
                fp[t] += 1
    for t in types:
        if total[t]:
            print("ok redact-independent/recall/%s %.3f (%d of %d)" %
                  (t, hit[t] / total[t], hit[t], total[t]))
    for t in types:
        n = tp[t] + fp[t]
        if n:
            print("ok redact-independent/precision/%s %.3f (%d of %d)" %
                  (t, tp[t] / n, tp[t], n))
    print("ok redact-independent/negatives-left-alone %.3f (%d of %d)" %
          (neg_ok / neg, neg_ok, neg))
    for cid, typ, span in missed[:200]:
        print("# missed %s %s %r" % (cid, typ, span))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
