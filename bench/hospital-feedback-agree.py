#!/usr/bin/env python3
"""bench/hospital-feedback-agree.py - how far lexicons/hospital-feedback
agrees with human coders of NHS Friends and Family Test comments.

    hospital-feedback-agree.py split DATA.csv OUTDIR

reads nhs_fft_v6_train.csv (multi-label one-hot columns, one per human
code; kept outside the repository, in ../shared/data/corpora/), maps the
human codes to the lexicon's level-1 codes (MAP below) and writes, for each
half of the data, OUTDIR/{dev,test}.csv (id, text) and
OUTDIR/{dev,test}-human.tsv (a hark record stream: id, themes), for
`hark agree` against the lexicon's themes (bench/hospital-feedback.sh).

The halves are fixed by a hash of the comment id (not by row order, so the
split does not follow trust or date): the lexicon was tuned on dev only;
test is read once, for the figures in lexicons/hospital-feedback/README.md.
"""
import csv
import hashlib
import os
import sys

# human code (column) -> lexicon code.  Columns not named here (Not
# assigned, Labelling not possible, Mental Health Act, Safeguarding,
# Negative experience, Funding, Learning organisation ...) have no
# counterpart in the lexicon and are left out of both sides.
MAP = {
    "Staff manner & personal attributes": "staff",
    "Number & deployment of staff": "staff",
    "Staff responsiveness": "staff",
    "Competence & training": "staff",
    "Unspecified communication": "communication",
    "Staff listening, understanding & involving patients": "communication",
    "Information directly from staff during care": "communication",
    "Information provision & guidance": "communication",
    "Being kept informed, clarity & consistency of information": "communication",
    "Timeliness of care": "waiting",
    "Contacting services": "waiting",
    "Appointment arrangements": "waiting",
    "Appointment method": "waiting",
    "Impact of treatment/ care": "treatment",
    "Diagnosis & triage": "treatment",
    "Pain management": "treatment",
    "Supplying & understanding medication": "treatment",
    "Care plans": "treatment",
    "Psychological therapy arrangements": "treatment",
    "Environment & Facilities": "environment",
    "Cleanliness, tidiness & infection control": "environment",
    "Provision of medical equipment": "environment",
    "Sensory experience": "environment",
    "Electronic entertainment": "environment",
    "Activities & access to fresh air": "environment",
    "Food & drink provision & facilities": "food",
    "Transport to/ from services": "transport",
    "Parking": "transport",
    "Service location": "transport",
    "Equality, Diversity & Inclusion": "dignity",
    "Feeling safe": "dignity",
    "Patient appearance & grooming": "dignity",
    "Discharge": "discharge",
    "Referals & continuity of care": "discharge",
    "Admission": "discharge",
    "Patient records": "discharge",
    "Staff continuity": "discharge",
    "Positive experience & gratitude": "praise",
}


def half(cid):
    return "dev" if hashlib.sha256(cid.encode()).digest()[0] < 128 else "test"


def main():
    if len(sys.argv) != 4 or sys.argv[1] != "split":
        sys.exit("usage: hospital-feedback-agree.py split DATA.csv OUTDIR")
    data, out = sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    files = {}
    for h in ("dev", "test"):
        t = open(os.path.join(out, h + ".csv"), "w", newline="", encoding="utf-8")
        s = open(os.path.join(out, h + "-human.tsv"), "w", encoding="utf-8")
        s.write("id\tthemes\n")
        files[h] = (csv.writer(t, lineterminator="\n"), s, t)
        files[h][0].writerow(["id", "text"])
    with open(data, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            cid, text = row["Comment ID"].strip(), row["FFT answer"]
            if not cid or not text.strip():
                continue
            codes = sorted({c for col, c in MAP.items()
                            if row.get(col, "").strip() not in ("", "0", "0.0")})
            w, s, _ = files[half(cid)]
            w.writerow([cid, text])
            # hark record stream: ids hold no tab or line break here
            s.write("%s\t%s\n" % (cid.replace("\t", " "), " ".join(codes)))
    for _, s, t in files.values():
        s.close()
        t.close()


main()
