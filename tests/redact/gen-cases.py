#!/usr/bin/env python3
"""tests/redact/gen-cases.py - write tests/redact/generated.txt.

Synthetic positives and tricky negatives for every structured type of
hark-redact, made from fixed seeds so the file is the same on every run:

    python3 tests/redact/gen-cases.py > tests/redact/generated.txt

Only made-up data: telephone numbers from Ofcom's drama ranges, NHS numbers
from the 999 test range (with valid check digits), e-mail addresses and
URLs at example.org/.com/.net, UPNs with made-up LA and school numbers.
Each line is CATEGORY TAB TEXT, where TEXT marks each expected finding as
{TYPE:value}.
"""
import random

R = random.Random(6)
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def nhs():
    while True:
        d = [9, 9, 9] + [R.randrange(10) for _ in range(6)]
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "".join(map(str, d + [c]))


def nhs_bad():
    while True:
        d = [9, 9, 9] + [R.randrange(10) for _ in range(6)]
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        wrong = (c + 1 + R.randrange(8)) % 10
        if c == 10 or wrong != c:
            return "".join(map(str, d + [wrong]))


def upn(temp=False):
    body = "%03d%04d%02d" % (R.randrange(201, 939), R.randrange(1000, 8000), R.randrange(5, 24))
    if temp:
        body += "%02d" % R.randrange(100) + R.choice(UPN_LETTERS)
    else:
        body += "%03d" % R.randrange(1000)
    vals = [int(ch) if ch.isdigit() else UPN_LETTERS.index(ch) for ch in body]
    s = sum(v * (i + 2) for i, v in enumerate(vals))
    return UPN_LETTERS[s % 23] + body


def phone():
    k = R.randrange(9)
    n3 = "%03d" % R.randrange(1000)
    if k == 0:
        return R.choice(["07700 900%s", "07700900%s", "07700 900 %s", "+44 7700 900%s", "+447700900%s"]) % n3
    if k == 1:
        return R.choice(["0161 496 0%s", "0161-496-0%s", "+44 (0)161 496 0%s", "(0161) 496 0%s", "01614960%s"]) % n3
    if k == 2:
        return R.choice(["020 7946 0%s", "020-7946-0%s", "+44 20 7946 0%s", "0207 946 0%s"]) % n3
    if k == 3:
        return R.choice(["0113 496 0%s", "0114 496 0%s", "0115 496 0%s", "0117 496 0%s", "0121 496 0%s", "0151 496 0%s"]) % n3
    if k == 4:
        return "01632 960%s" % n3
    if k == 5:
        return "0191 498 0%s" % n3
    if k == 6:
        return "0808 157 0%s" % n3
    if k == 7:
        return "0306 999 0%s" % n3
    return "0044 7700 900%s" % n3


def postcode():
    outward = ["M1", "M14", "M60", "B33", "LS6", "SW1A", "EC1A", "W1D", "CR2", "DN55", "NE1",
               "BS8", "OX1", "L8", "S10", "NG7", "E1W", "N1C", "SE15", "BD7", "HU5", "PL4",
               "TR18", "CB2", "YO10", "WV1", "G1", "CF10", "BN3", "RG1"]
    inl = "ABDEFGHJLNPQRSTUWXYZ"
    o = R.choice(outward)
    i = str(R.randrange(10)) + R.choice(inl) + R.choice(inl)
    f = R.randrange(5)
    if f == 0:
        return o + i
    if f == 1:
        return (o + " " + i).lower()
    return o + " " + i


def nino():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = "%06d" % R.randrange(10 ** 6)
    s = R.choice("ABCD")
    f = R.randrange(3)
    if f == 0:
        return p + d + s
    if f == 1:
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    return p + " " + d + " " + s


FIRST = ["Olivia", "Amelia", "Tyler", "Jayden", "Zainab", "Kacper", "Aisha", "Callum",
         "Chloe", "Mohammed", "Leah", "Harvey", "Priya", "Kofi", "Niamh", "Reece"]
LAST = ["Smith", "Okafor", "Patel", "Nowak", "Hughes", "Khan", "Walsh", "Sutcliffe",
        "Mensah", "Begum", "Robinson", "Whitehead"]
STREETS = ["Mill Lane", "Station Road", "Church Street", "Victoria Avenue", "Oak Close",
           "Rosewood Drive", "Meadow Way", "Park Crescent", "Kings Court", "Albert Place",
           "Elm Grove", "Ash Tree Gardens", "Prospect Terrace", "High Street", "Moor Lane",
           "St Mary's Road", "Clifton Hill", "Chapel Walk"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def dob():
    d, m, y = R.randrange(1, 29), R.randrange(1, 13), R.randrange(2002, 2022)
    f = R.randrange(6)
    if f == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if f == 1:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if f == 2:
        sfx = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, sfx, MONTHS[m - 1], y)
    if f == 3:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 4:
        return "%s %d, %d" % (MONTHS[m - 1], d, y)
    return "%d.%d.%d" % (d, m, y)


def out(cat, text):
    print(cat + "\t" + text)


T = lambda t, v: "{%s:%s}" % (t, v)

for _ in range(40):
    out("PHONE", R.choice([
        "Mum said to ring her on %s after school.",
        "Her new number is %s",
        "Contact: %s (mobile)",
        "I phoned the duty team on %s but nobody answered.",
        "ring me %s x",
    ]) % T("PHONE", phone()))
for _ in range(35):
    out("NHS_NUMBER", R.choice([
        "NHS number %s recorded on the referral.",
        "NHS no: %s",
        "His NHS number is %s and his GP has it.",
        "(NHS %s)",
    ]) % T("NHS_NUMBER", R.choice([lambda x: x, lambda x: x[:3] + " " + x[3:6] + " " + x[6:], lambda x: x[:3] + "-" + x[3:6] + "-" + x[6:]])(nhs())))
for _ in range(35):
    fn, ln = R.choice(FIRST), R.choice(LAST)
    addr = R.choice(["%s.%s@example.org", "%s%s@example.com", "%s_%s@mail.example.net", "%s.%s+school@example.org"]) % (fn.lower(), ln.lower())
    out("EMAIL", R.choice([
        "You can email me at %s if you want.",
        "email: %s",
        "Sent to %s, no reply yet.",
        "<%s>",
    ]) % T("EMAIL", addr))
for _ in range(35):
    out("POSTCODE", R.choice([
        "We moved to %s last year.",
        "postcode %s",
        "The flat is in %s, near the shops.",
        "New address postcode: %s.",
    ]) % T("POSTCODE", postcode()))
for _ in range(32):
    out("NINO", R.choice([
        "NI number %s on the benefits form.",
        "National Insurance: %s",
        "Her NINO is %s.",
    ]) % T("NINO", nino()))
for i in range(32):
    out("UPN", R.choice([
        "UPN %s transferred from the previous school.",
        "Pupil number: %s",
        "The school gave his UPN as %s.",
    ]) % T("UPN", upn(temp=(i % 5 == 4))))
for _ in range(20):
    out("URL", R.choice([
        "Look at %s for the group times.",
        "link: %s",
        "She sent me %s, it was helpful.",
    ]) % T("URL", R.choice(["https://www.example.org/young-people", "http://example.com/help?x=1",
                            "www.example.net/leaving-care", "https://example.org/a/b/c.html"])))
for _ in range(30):
    out("DATE", R.choice([
        "Born on %s at the General.",
        "DOB %s",
        "Date of birth: %s.",
        "She was born %s and is the youngest.",
        "d.o.b. %s",
    ]) % T("DATE", dob()))
for _ in range(25):
    s = R.choice(STREETS)
    n = R.randrange(1, 300)
    a = R.choice(["%d %s" % (n, s), "Flat %d, %d %s" % (R.randrange(1, 20), n, s), "%d%s %s" % (n, R.choice("ab"), s)])
    out("ADDRESS", R.choice([
        "They live at %s now.",
        "Address: %s, Anytown.",
        "I stay at my nan's at %s at weekends.",
    ]) % T("ADDRESS", a))

# Tricky negatives for the structured types: nothing must be found.
for _ in range(15):
    out("NEG", "NHS number %s was mistyped on the form." % nhs_bad())
for v in ["QQ 12 34 56 C", "BG 12 34 56 A", "GB123456A", "DA123456B", "FY 11 22 33 A", "ZZ 99 99 99 D",
          "NT 01 02 03 A", "TN123456C", "KN 12 34 56 B"]:
    out("NEG", "The example NINO %s is never issued." % v)
for v in ["Q1 1AA", "M1 1AC", "V12 3AB", "X4 5DE", "M1 1AK", "LS6 1IM", "ZZ9 9ZZ"]:
    out("NEG", "Not a postcode: %s." % v)
for v in ["A80120115004B", "H801201150049", "I801201150048", "B80120115004"]:
    out("NEG", "The reference %s is not a pupil number." % v)
for v in ["1,000,000", "£1,250.00", "10:30", "12345", "2023", "0800 11", "0161 496", "077009001234",
          "12 34 56", "3.14159", "v2.0.1", "100%", "07:45", "1/2", "0 1 2 3", "ext 4401",
          "ref 1234567", "case 2023/00412", "room B12", "Year 10", "M6 motorway", "A1 road",
          "the 2nd time", "about 9 or 10 times", "age 15", "size 10 shoes"]:
    out("NEG", "We wrote down %s in the notes." % v)
for s in ["On 14/02/2023 we met at the hub.", "The review is on 3 May 2024.", "I turn 18 in June.",
          "Last year (2022) was hard.", "Session 2023-09-14 went well.", "See you on Monday 5th June."]:
    out("NEG", s)
for s in ["It was a 10 minute walk.", "We need 2 Big Mac meals.", "He scored 3 Park Run records.",
          "I got 5 Street Dance badges.", "Bus 42 Road closed sign.", "We walked 3 miles up the hill."]:
    out("ADDRNEG", s)
