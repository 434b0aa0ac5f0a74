#!/usr/bin/python3
"""Build cases.tsv and categories.tsv for the structured-identifier evaluation set.

Fully deterministic: rerunning rewrites both files byte-identically.
All values are synthetic and drawn from reserved/safe ranges (see README.md).
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261129)          # value generation
SHUFFLE_SEED = 4242                    # row order

NBSP, NNBSP, ZWSP, ZWJ, SHY = "\u00a0", "\u202f", "\u200b", "\u200d", "\u00ad"
EN, EM, MINUS = "\u2013", "\u2014", "\u2212"
LRE, PDF, LRO, RLO = "\u202a", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


def fw(s):
    """ASCII letters/digits/@/. to fullwidth forms; other characters unchanged."""
    out = []
    for ch in s:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) - 0x21 + 0xFF01))
        else:
            out.append(ch)
    return "".join(out)


_used = set()


def uniq(gen):
    while True:
        v = gen()
        if v not in _used:
            _used.add(v)
            return v


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- NHS
def nhs_check(nine):
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def nhs():
    def g():
        while True:
            nine = "999" + digits(6)
            c = nhs_check(nine)
            if c is not None:
                return nine + str(c)
    return uniq(g)


def nhs_bad(prefix="999"):
    def g():
        nine = prefix + digits(9 - len(prefix))
        c = nhs_check(nine)
        bad = [d for d in "0123456789" if c is None or int(d) != c]
        return nine + rng.choice(bad)
    return uniq(g)


def g334(n, sep=" "):
    return n[:3] + sep + n[3:6] + sep + n[6:]


# ---------------------------------------------------------------- NINO
BAD1, BAD2 = set("DFIQUV"), set("DFIOQUV")
NOT_ALLOC = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
PREFIXES = [a + b for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            if a not in BAD1 and b not in BAD2 and a + b not in NOT_ALLOC]


def nino():
    return uniq(lambda: rng.choice(PREFIXES) + digits(6) + rng.choice("ABCD"))


def ni_sp(n, sep=" "):
    return sep.join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])


# ---------------------------------------------------------------- UPN
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
LAS = ["383", "373", "380", "384", "330", "352", "341", "202", "213", "390", "855", "873", "919", "936", "381"]


def upn_check(twelve):
    s = sum(int(c) * w for c, w in zip(twelve, range(2, 14)))
    return UPN_LETTERS[s % 23]


def upn(la=None):
    def g():
        l = la or rng.choice(LAS)
        twelve = l + rng.choice("2345") + digits(3) + rng.choice(["09", "10", "11", "12", "13", "14", "15", "16", "17", "18"]) + digits(3)
        return upn_check(twelve) + twelve
    return uniq(g)


def upn_bad():
    def g():
        twelve = rng.choice(LAS) + "2" + digits(3) + "14" + digits(3)
        good = upn_check(twelve)
        return rng.choice([c for c in UPN_LETTERS if c != good]) + twelve
    return uniq(g)


# ---------------------------------------------------------------- phones (Ofcom drama ranges)
def d3():
    return digits(3)


def mob():
    return uniq(lambda: "07700900" + d3())


def geo(area):
    """area in drama table; returns national significant digits with leading 0."""
    table = {"0113": "4960", "0114": "4960", "0115": "4960", "0116": "4960", "0117": "4960",
             "0118": "4960", "0121": "4960", "0151": "4960", "0161": "4960", "0191": "4980",
             "020": "79460", "029": "20180", "028": "96496", "01632": "960"}
    return uniq(lambda: area + table[area] + d3())


# ---------------------------------------------------------------- postcodes
INCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"   # never C I K M O V in the inward code


def pc(outward, sep=" "):
    return uniq(lambda: outward + sep + rng.choice("0123456789") + rng.choice(INCODE_LETTERS) + rng.choice(INCODE_LETTERS))


rows = []   # (type, category, text, span)


def add(typ, cat, template, span=""):
    if typ == "NONE":
        assert "{X}" not in template
        text = template
    else:
        assert template.count("{X}") == 1, template
        text = template.replace("{X}", span)
    rows.append((typ, cat, text, span))


# ================================================================= PHONE
m = mob
P = []
P.append(("mobile-spaced", "Mum gave her new mobile number as {X} and asked that letters are not sent to the house.", lambda: (lambda n: n[:5] + " " + n[5:])(m())))
P.append(("landline-spaced-form", "Contact telephone: {X}", lambda: (lambda n: n[:4] + " " + n[4:7] + " " + n[7:])(geo("0113"))))
P.append(("mobile-nospace", "mob {X} (evenings only, works days)", lambda: m()))
P.append(("plus44-mobile", "Dad says texting is best – his number is {X} and he checks it after work.", lambda: (lambda n: "+44 " + n[1:5] + " " + n[5:])(m())))
P.append(("bracket-area", "Please call the duty team on {X} if there are any further concerns over the weekend.", lambda: (lambda n: "(" + n[:4] + ") " + n[4:7] + " " + n[7:])(geo("0113"))))
P.append(("plus44-0-landline", "Maternal grandmother (gives her number in international format): {X}", lambda: (lambda n: "+44 (0)" + n[1:4] + " " + n[4:7] + " " + n[7:])(geo("0161"))))
P.append(("0044-mobile", "Referrer tel. {X} (calling from Spain, back in UK next month)", lambda: (lambda n: "0044 " + n[1:5] + " " + n[5:])(m())))
P.append(("sms-nospace", "hiya its mum this is my new number {X} save it x", lambda: m()))
P.append(("signature-direct-line", "Kind regards | Family Support Worker | Early Help Hub (North) | Direct line: {X} | Working days Mon–Thu", lambda: (lambda n: n[:4] + " " + n[4:7] + " " + n[7:])(geo("0113"))))
P.append(("glued-label", "Emergency contact (paternal aunt) Tel{X}", lambda: m()))
P.append(("nbsp", "Mobile:\u00a0{X}", lambda: (lambda n: n[:5] + NBSP + n[5:])(m())))
P.append(("nnbsp", "School office rang from {X} to ask whether the child is open to CSC.", lambda: (lambda n: n[:4] + NNBSP + n[4:7] + NNBSP + n[7:])(geo("0114"))))
P.append(("en-dash", "Nursery manager rang from {X} to say the child had not been collected by 6pm.", lambda: (lambda n: n[:4] + EN + n[4:7] + EN + n[7:])(geo("0121"))))
P.append(("minus-sign", "Ring back on {X} after 3pm – no voicemail set up.", lambda: (lambda n: n[:4] + MINUS + n[4:7] + MINUS + n[7:])(geo("0115"))))
P.append(("dots", "Health visitor team: {X}", lambda: (lambda n: n[:4] + "." + n[4:7] + "." + n[7:])(geo("0116"))))
P.append(("hyphens", "Paternal family can be reached on {X}, though they are reluctant to be involved.", lambda: (lambda n: n[:4] + "-" + n[4:7] + "-" + n[7:])(geo("0117"))))
P.append(("fullwidth", "Contact no. {X} (copied from the mother's text message)", lambda: (lambda n: fw(n[:5]) + " " + fw(n[5:]))(m())))
P.append(("zwsp-inside", "Mum's mobile {X} – confirmed during the visit", lambda: (lambda n: n[:5] + ZWSP + n[5:])(m())))
P.append(("soft-hyphen", "Landline for the placement: {X}", lambda: (lambda n: n[:4] + SHY + n[4:7] + SHY + n[7:])(geo("0161"))))
P.append(("wrap-LRE-PDF", "WhatsApp from dad: call me on \u202a{X}\u202c pls not the house phone", lambda: (lambda n: "+44 " + n[1:5] + " " + n[5:])(m())))
P.append(("wrap-FSI-PDI", "New number for the young person: \u2068{X}\u2069 (old phone smashed)", lambda: (lambda n: n[:5] + " " + n[5:])(m())))
P.append(("bidi-isolate-inside", "Text received from {X} asking for the contact session to be moved.", lambda: (lambda n: n[:5] + LRI + " " + PDI + n[5:])(m())))
P.append(("in-brackets", "Nan (maternal) will have the children this weekend ({X}).", lambda: (lambda n: n[:5] + " " + n[5:])(m())))
P.append(("line-start", "{X} – number for the friend who is currently staying at the property", lambda: (lambda n: n[:5] + " " + n[5:])(m())))
P.append(("line-end-fullstop", "Her mobile number is {X}.", lambda: (lambda n: n[:5] + " " + n[5:])(m())))
P.append(("plus44-london", "Previous local authority (London) phoned from {X} regarding the transfer-in conference.", lambda: (lambda n: "+44 " + n[1:3] + " " + n[3:7] + " " + n[7:])(geo("020"))))
P.append(("london-spaced", "Contact: {X} (foster carer's landline)", lambda: (lambda n: n[:3] + " " + n[3:7] + " " + n[7:])(geo("020"))))
P.append(("cardiff", "Dad now living in Cardiff; landline {X}", lambda: (lambda n: n[:3] + " " + n[3:7] + " " + n[7:])(geo("029"))))
P.append(("belfast", "Grandparents in Belfast can be contacted on {X} most evenings.", lambda: (lambda n: n[:3] + " " + n[3:7] + " " + n[7:])(geo("028"))))
P.append(("01632", "Landline {X} (often unplugged, try mobile first)", lambda: (lambda n: n[:5] + " " + n[5:])(geo("01632"))))
P.append(("bracket-area-0191", "Tel: {X}", lambda: (lambda n: "(" + n[:4] + ") " + n[4:7] + " " + n[7:])(geo("0191"))))
P.append(("liverpool", "Uncle says he can be reached on {X} if mum does not answer.", lambda: (lambda n: n[:4] + " " + n[4:7] + " " + n[7:])(geo("0151"))))
P.append(("grouping-4-7", "Reading family centre: {X}", lambda: (lambda n: n[:4] + " " + n[4:])(geo("0118"))))
P.append(("odd-grouping", "text mum on {X} before you go round she wont open the door otherwise", lambda: (lambda n: n[:6] + " " + n[6:])(m())))
P.append(("hyphen-mobile", "Young person's mobile {X}; agreed to keep it charged.", lambda: (lambda n: n[:5] + "-" + n[5:8] + "-" + n[8:])(m())))
P.append(("csv-plus44-nospace", "Contact 2,Aunt,{X},Yes,Supervised", lambda: (lambda n: "+44" + n[1:])(m())))
P.append(("plus44-0-nospace-group", "Aunt lives in Birmingham, contact on {X} (will be in Spain till the 20th).", lambda: (lambda n: "+44(0)" + n[1:4] + " " + n[4:])(geo("0121"))))
P.append(("glued-bracket", "Ph:{X}", lambda: (lambda n: "(" + n[:4] + ")" + n[4:7] + " " + n[7:])(geo("0113"))))
P.append(("group-5-3-3", "Mobile: {X} | Pronouns: she/her", lambda: (lambda n: n[:5] + " " + n[5:8] + " " + n[8:])(m())))
P.append(("child-feedback", "i want to ring my nan but i dont know her number its {X} i think", lambda: (lambda n: n[:5] + " " + n[5:])(m())))
P.append(("em-dash-label", "Mob—{X} / landline none", lambda: m()))
P.append(("pdf-form", "Telephone number(s): Home {X} Work n/a Mobile n/a", lambda: (lambda n: n[:4] + " " + n[4:7] + " " + n[7:])(geo("0114"))))
for cat, tmpl, gen in P:
    add("PHONE", cat, tmpl, gen())

# ================================================================= EMAIL
E = [
    ("plain", "Mum's email is {X} – she asked for the plan to be sent there.", "mumof3xx@example.com"),
    ("mailto", "Please reply to mailto:{X} rather than to the individual worker.", "duty.team@council.example"),
    ("from-header-angle", "From: Early Help Hub <{X}>", "earlyhelp.north@council.example"),
    ("uppercase", "EMAIL ADDRESS (CAPITALS): {X}", "FAMILY.SUPPORT@EXAMPLE.ORG"),
    ("mixed-case", "Dad's email: {X}", "Dad.Contact78@Example.Net"),
    ("fullwidth-at", "my email is {X} thx", "mummybear99\uff20example.com"),
    ("fullwidth-all", "Email (copied from the Japanese-keyboard form): {X}", fw("mum2011@example.com")),
    ("zwsp-inside", "Young person's email {X} (she set this up at school)", "princess_kayz" + ZWSP + "@example.net"),
    ("soft-hyphen-domain", "Designated safeguarding lead: {X}", "safeguarding.lead@primary" + SHY + "school.test"),
    ("trailing-fullstop", "Send the minutes to {X}.", "minutes.cp@council.example"),
    ("straight-quotes", "She said her email is \"{X}\" but the last message bounced.", "lilbabyface07@example.com"),
    ("curly-quotes", "Email given as \u201c{X}\u201d on the referral.", "grandad.w@example.org"),
    ("plus-tag", "Cc {X} on all strategy discussion invites.", "referrals+mash@council.example"),
    ("subdomain", "Route all consultation requests to {X}", "mash@childrens.services.example"),
    ("idn-latin", "Aunt's email address is {X} (German keyboard).", "tante.b\u00fcro@b\u00fccher.example"),
    ("idn-cyrillic", "Father prefers email in Russian: {X}", "\u0441\u0435\u043c\u044c\u044f@\u043f\u0440\u0438\u043c\u0435\u0440.\u0438\u0441\u043f\u044b\u0442\u0430\u043d\u0438\u0435"),
    ("idn-chinese", "Interpreter booking confirmation sent to {X}", "booking@\u4f8b\u5b50.\u6d4b\u8bd5"),
    ("wrap-LRE-PDF", "Contact email (pasted from phone): \u202a{X}\u202c", "bigsis.2009@example.com"),
    ("zwj-inside", "Email for school reports: {X}", "year6.parent" + ZWJ + "@example.org"),
    ("glued-label", "Email:{X}", "kinship.carer22@example.net"),
    ("signature", "Senior Practitioner | Children in Need Team | E: {X} | Please note I do not work Fridays", "cin.east@council.example"),
    ("sms", "my email is {X} cos i cant get into the old one", "xo_jade_xo@example.com"),
    ("csv", "Aunt,{X},Y,Consent given 12/03", "aunty.bee@example.org"),
    ("outlook-mailto-brackets", "Team inbox [mailto:{X}]", "cin.team@council.example"),
    ("angle-mailto", "Reply address <mailto:{X}>", "noreply.portal@council.example"),
    ("hyphen-domain", "Family hub worker can be emailed at {X} for appointments.", "fsw@family-hub.example"),
    ("digits-local", "Mum set up a new account: {X}", "x.2011.x@example.com"),
    ("underscore-local", "Facebook-linked email recorded as {X}", "baby_girl_2020@example.net"),
    ("invalid-tld", "GP practice reception: {X}", "reception@gp-practice.invalid"),
    ("test-tld", "Head teacher's office email {X}", "head@st-marys-primary.test"),
    ("trailing-comma", "cc {X}, the IRO and the school nurse", "iro.service@council.example"),
    ("in-parentheses", "Advocate will attend (email {X})", "advocacy@voices.example"),
    ("label-worktag", "Email address: {X} (work)", "stepdad.work@example.com"),
    ("child-feedback", "u can email me at {X} but dont tell mum", "gamerboy_2012@example.net"),
    ("wrap-FSI-PDI", "Updated email \u2068{X}\u2069 – old one hacked", "nana.june@example.org"),
    ("em-dash-glued", "Email\u2014{X}", "carer.fostering@example.com"),
    ("idn-test-greek", "Grandmother (Greece) email: {X}", "giagia@\u03c0\u03b1\u03c1\u03ac\u03b4\u03b5\u03b9\u03b3\u03bc\u03b1.\u03b4\u03bf\u03ba\u03b9\u03bc\u03ae"),
    ("line-start", "{X} is the shared inbox for the contact centre", "contact.centre@council.example"),
    ("display-angle-semicolon", "To: Duty Social Worker <{X}>; Team Manager", "duty.sw@council.example"),
    ("fullwidth-dot-domain", "Parent email {X}", "dad_of_two@example\uff0enet"),
    ("soft-hyphen-local", "Preferred contact is email: {X}", "mum" + SHY + "anddaughter@example.com"),
]
for cat, tmpl, span in E:
    add("EMAIL", cat, tmpl, span)

# ================================================================= POSTCODE
C = [
    ("standard", "Family have moved to a new tenancy, postcode {X}.", lambda: pc("LS6")),
    ("form-label", "Postcode: {X}", lambda: pc("BD3")),
    ("lowercase", "new place is in {X} near the big tesco", lambda: pc("ls11").lower()),
    ("nospace", "Postcode (no spaces): {X}", lambda: pc("WF13", "")),
    ("double-space", "Child's home postcode  {X}  (checked on council tax)", lambda: pc("S11", "  ")),
    ("nbsp", "Postcode\u00a0{X}", lambda: pc("M14", NBSP)),
    ("nnbsp", "Temporary accommodation postcode {X} – hostel room", lambda: pc("B23", NNBSP)),
    ("fullwidth", "Postcode {X} (from the online form)", lambda: fw(pc("L8"))),
    ("zwsp-inside", "Postcode recorded as {X}", lambda: pc("HD1", ZWSP)),
    ("soft-hyphen", "Moved to {X} last month", lambda: pc("HX3", SHY)),
    ("glued-label", "PC:{X}", lambda: pc("DN4")),
    ("brackets", "Placed with kinship carers out of area ({X}).", lambda: pc("S10")),
    ("town-comma", "Moved to Bradford, {X}", lambda: pc("BD10")),
    ("csv", "Household 4,3 children,{X},Section 17", lambda: pc("WF1")),
    ("wrap-LRE-PDF", "Mum's new postcode: \u202a{X}\u202c", lambda: pc("LS9")),
    ("hyphen", "Postcode {X} (as written by dad)", lambda: pc("LS7", "-")),
    ("mixed-case", "Address postcode per housing: {X}", lambda: (lambda p: p[:1] + p[1:].lower())(pc("BD5"))),
    ("london-A9A", "Previous address postcode {X}", lambda: pc("E1W")),
    ("london-AA9A", "School is in central London, postcode {X}", lambda: pc("WC2H")),
    ("london-AA99", "Dad lives at a {X} postcode according to the DWP letter", lambda: pc("NW10")),
    ("london-A99", "Foster placement postcode: {X}", lambda: pc("SE15")),
    ("edinburgh", "Maternal family in Scotland, postcode {X}", lambda: pc("EH6")),
    ("glasgow", "Transfer-in from Glasgow City, last known postcode {X}.", lambda: pc("G42")),
    ("cardiff", "Cardiff postcode {X}", lambda: pc("CF24")),
    ("belfast", "Grandparents' postcode (NI): {X}", lambda: pc("BT9")),
    ("manchester-A99", "Refuge is in Greater Manchester ({X}); do not disclose to father.", lambda: pc("M20")),
    ("birmingham-A9", "Moved again – postcode now {X}", lambda: pc("B6")),
    ("york", "Residential school postcode {X}", lambda: pc("YO30")),
    ("hull", "Hull address, postcode {X}, confirmed via housing", lambda: pc("HU8")),
    ("newcastle", "Postcode: {X} (Newcastle)", lambda: pc("NE4")),
    ("sunderland-line-start", "{X} is the postcode on the tenancy agreement", lambda: pc("SR2")),
    ("derby", "Contact centre postcode for the sat nav: {X}", lambda: pc("DE22")),
    ("sms", "were at my mums now its {X} if u need to send stuff", lambda: pc("LS14").lower()),
    ("pdf-form", "Postcode | {X} | Tenure | Council", lambda: pc("LS12")),
    ("north-tyneside-AA99", "Moved in with partner at an {X} address", lambda: pc("NE29")),
    ("quotes", "Postcode given as \"{X}\" on the school admission form", lambda: pc("DL1")),
    ("leeds-lower-nospace", "postcode {X}", lambda: pc("ls17", "").lower()),
    ("em-dash", "New postcode\u2014{X}\u2014confirmed by mum on the phone", lambda: pc("WF10")),
    ("fullwidth-mixed", "Postcode {X}", lambda: (lambda p: fw(p.split(" ")[0]) + " " + p.split(" ")[1])(pc("S6"))),
    ("wrap-LRI-PDI", "Postcode from mum's text: \u2066{X}\u2069", lambda: pc("M1")),
    ("teesside", "Dad's bail address is in the {X} area – probation to confirm.", lambda: pc("TS1")),
]
for cat, tmpl, gen in C:
    add("POSTCODE", cat, tmpl, gen())

# ================================================================= NHS
N = [
    ("spaced-3-3-4", "NHS number {X}", lambda n: g334(n)),
    ("glued-nospace", "NHS:{X}", lambda n: n),
    ("label-no", "NHS No. {X}", lambda n: g334(n)),
    ("lower-label", "nhs no {X} (from GP letter)", lambda n: g334(n)),
    ("hyphens", "NHS number: {X}", lambda n: g334(n, "-")),
    ("dots", "NHS No {X}", lambda n: g334(n, ".")),
    ("nbsp", "NHS\u00a0number\u00a0{X}", lambda n: g334(n, NBSP)),
    ("nnbsp", "Baby's NHS number is {X}, registered at the practice yesterday.", lambda n: g334(n, NNBSP)),
    ("en-dash", "NHS no. {X}", lambda n: g334(n, EN)),
    ("em-dash", "NHS number {X} taken from the discharge summary", lambda n: g334(n, EM)),
    ("minus", "NHS {X}", lambda n: g334(n, MINUS)),
    ("fullwidth", "NHS number {X} (from online form)", lambda n: fw(g334(n))),
    ("fullwidth-nospace", "ＮＨＳ ｎｏ {X}", lambda n: fw(n)),
    ("zwsp", "NHS number {X}", lambda n: n[:3] + ZWSP + n[3:6] + ZWSP + n[6:]),
    ("soft-hyphen", "Child's NHS no: {X}", lambda n: n[:3] + SHY + n[3:6] + SHY + n[6:]),
    ("zwj", "NHS number {X} – checked on the spine", lambda n: n[:3] + " " + n[3:6] + ZWJ + " " + n[6:]),
    ("wrap-LRE-PDF", "NHS number (pasted from phone): \u202a{X}\u202c", lambda n: g334(n)),
    ("wrap-RLI-PDI", "Health visitor texted the NHS number \u2067{X}\u2069 this morning", lambda n: g334(n)),
    ("bidi-override-inside", "NHS no {X}", lambda n: n[:3] + " " + LRO + n[3:6] + PDF + " " + n[6:]),
    ("csv", "Child 2,F,{X},Y6,Oakwood Primary", lambda n: g334(n)),
    ("pdf-form", "NHS Number: {X} Ethnicity: White British Religion: None", lambda n: g334(n)),
    ("brackets", "School nurse has the child's details (NHS {X}).", lambda n: g334(n)),
    ("hv-note", "HV confirmed NHS no. {X} matches the red book.", lambda n: g334(n)),
    ("hash-glued", "NHS#{X}", lambda n: n),
    ("grouping-3-7", "NHS number {X} (as typed by the midwife)", lambda n: n[:3] + " " + n[3:]),
    ("grouping-4-3-3", "NHS number {X}", lambda n: n[:4] + " " + n[4:7] + " " + n[7:]),
    ("line-start", "{X} – NHS number checked on PDS, no match issues", lambda n: g334(n)),
    ("line-end-fullstop", "Older sibling's NHS no: {X}.", lambda n: g334(n)),
    ("quotes", "Mum read the NHS number out as \"{X}\"", lambda n: n),
    ("nospace-plain", "NHS number {X}", lambda n: n),
    ("glued-no", "NHSno{X}", lambda n: g334(n)),
    ("sms", "hi its the nhs number u wanted {X}", lambda n: n),
    ("colon-tab-like-spaces", "NHS Number:      {X}      GP: Park Lane Surgery", lambda n: g334(n)),
    ("semicolon-list", "Siblings' NHS numbers on file; eldest {X}; others to follow", lambda n: g334(n)),
    ("mixed-sep", "NHS {X}", lambda n: n[:3] + " " + n[3:6] + "-" + n[6:]),
    ("spreadsheet-pipe", "| Child B | {X} | Reception | EHCP pending |", lambda n: g334(n)),
    ("after-dob-label-text", "Registered with GP, NHS number {X}, immunisations up to date.", lambda n: g334(n)),
    ("fullwidth-spaced-ideo", "NHS number {X}", lambda n: fw(n[:3]) + "\u3000" + fw(n[3:6]) + "\u3000" + fw(n[6:])),
    ("double-space-group", "NHS  no  {X}", lambda n: n[:3] + "  " + n[3:6] + "  " + n[6:]),
    ("slash-after", "NHS no {X}/ GP surgery to confirm", lambda n: g334(n)),
]
for cat, tmpl, f in N:
    add("NHS_NUMBER", cat, tmpl, f(nhs()))

# ================================================================= NINO
I = [
    ("spaced-pairs", "Mum's National Insurance number is {X}.", lambda n: ni_sp(n)),
    ("compact", "NINO {X}", lambda n: n),
    ("lowercase", "ni number {X} (from the UC letter)", lambda n: n.lower()),
    ("mixed-case", "NI no: {X}", lambda n: n[0] + n[1].lower() + " " + n[2:8] + " " + n[8].lower()),
    ("group-2-6-1", "National Insurance No. {X}", lambda n: n[:2] + " " + n[2:8] + " " + n[8]),
    ("hyphens", "NI: {X}", lambda n: ni_sp(n, "-")),
    ("nbsp", "NI\u00a0number\u00a0{X}", lambda n: ni_sp(n, NBSP)),
    ("nnbsp", "Father's NI number {X} confirmed by DWP", lambda n: ni_sp(n, NNBSP)),
    ("fullwidth", "NI number {X}", lambda n: fw(n)),
    ("fullwidth-spaced", "National Insurance number: {X}", lambda n: fw(ni_sp(n))),
    ("zwsp", "NINO {X}", lambda n: n[:2] + ZWSP + n[2:]),
    ("soft-hyphen", "NI number {X} – for the Section 17 payment", lambda n: n[:2] + SHY + n[2:8] + SHY + n[8]),
    ("wrap-LRE-PDF", "NI number sent by text: \u202a{X}\u202c", lambda n: ni_sp(n)),
    ("bidi-isolate-inside", "NI no. {X}", lambda n: n[:2] + LRI + n[2:8] + PDI + n[8]),
    ("glued-label", "NI:{X}", lambda n: n),
    ("glued-label-nino", "NINo:{X}", lambda n: ni_sp(n)),
    ("brackets", "Stepfather is working (NI {X}) but declined to give his payslips.", lambda n: n),
    ("csv", "Carer 1,Mother,{X},UC claimant", lambda n: n),
    ("sms", "my ni is {X} i think it was on my old p60", lambda n: n.lower()),
    ("pdf-form", "National Insurance Number {X} Date of claim 02/09/2025", lambda n: ni_sp(n)),
    ("line-start", "{X} – NI number for the maternal grandmother (kinship assessment)", lambda n: ni_sp(n)),
    ("line-end", "Kinship carer NI number {X}", lambda n: n),
    ("quotes", "Dad said his NI number is \"{X}\"", lambda n: ni_sp(n)),
    ("en-dash", "NINO {X}", lambda n: ni_sp(n, EN)),
    ("em-dash-glued", "NI number\u2014{X}", lambda n: n),
    ("dots", "NI no {X}", lambda n: ni_sp(n, ".")),
    ("minus", "NI number {X}", lambda n: ni_sp(n, MINUS)),
    ("slash-spaces", "NI / NINO: {X} / UC journal checked", lambda n: ni_sp(n)),
    ("after-comma", "Benefits: Universal Credit, NI number {X}, housing element paid direct.", lambda n: n),
    ("double-space", "NI  number  {X}", lambda n: n[:2] + "  " + n[2:4] + "  " + n[4:6] + "  " + n[6:8] + "  " + n[8]),
    ("pipe-table", "| Mother | {X} | UC |", lambda n: ni_sp(n)),
    ("zwj", "NI number {X}", lambda n: ni_sp(n)[:5] + ZWJ + ni_sp(n)[5:]),
    ("wrap-FSI-PDI", "NINO (copied from WhatsApp) \u2068{X}\u2069", lambda n: n),
    ("lower-spaced", "ni no. {X}", lambda n: ni_sp(n).lower()),
    ("group-3-3", "NI number {X}", lambda n: n[:2] + " " + n[2:5] + " " + n[5:8] + " " + n[8]),
    ("referral", "Referral states mum's NI number is {X} and that she is not in work.", lambda n: ni_sp(n)),
    ("youth-feedback", "i got my NI number through the post its {X} do i need to tell my PA", lambda n: n),
    ("semicolon", "Adult household members; NI {X}; no convictions disclosed", lambda n: ni_sp(n)),
    ("fullwidth-lower", "ni {X}", lambda n: fw(n.lower())),
    ("label-colon-nospace", "NINumber:{X}", lambda n: ni_sp(n)),
]
for cat, tmpl, f in I:
    add("NINO", cat, tmpl, f(nino()))

# ================================================================= UPN
U = [
    ("plain-label", "UPN: {X}", lambda u: u),
    ("lower-label", "upn {X}", lambda u: u),
    ("lowercase", "UPN {X} (typed from the CTF)", lambda u: u.lower()),
    ("glued", "UPN:{X}", lambda u: u),
    ("spaced", "Unique Pupil Number {X}", lambda u: u[0] + " " + u[1:4] + " " + u[4:8] + " " + u[8:10] + " " + u[10:]),
    ("nbsp", "UPN\u00a0{X}", lambda u: u[0] + NBSP + u[1:]),
    ("fullwidth", "UPN {X}", lambda u: fw(u)),
    ("zwsp", "Pupil UPN {X} from SIMS", lambda u: u[:4] + ZWSP + u[4:]),
    ("soft-hyphen", "UPN {X}", lambda u: u[:4] + SHY + u[4:8] + SHY + u[8:]),
    ("wrap-LRE-PDF", "UPN sent by the school office: \u202a{X}\u202c", lambda u: u),
    ("csv", "Y4,K,{X},FSM,PP", lambda u: u),
    ("pdf-form", "UPN {X} Year group 6 SEN status K", lambda u: u),
    ("sentence", "The previous school has transferred the file under UPN {X}.", lambda u: u),
    ("brackets", "Child missing education referral (UPN {X}) sent to CME officer.", lambda u: u),
    ("line-start", "{X} – UPN confirmed by the virtual school", lambda u: u),
    ("quotes", "UPN given as \"{X}\"", lambda u: u),
    ("hyphens", "UPN {X}", lambda u: u[0] + "-" + u[1:4] + "-" + u[4:8] + "-" + u[8:]),
    ("pipe-table", "| Pupil A | {X} | Y2 | EAL |", lambda u: u),
    ("mixed-case", "upn: {X}", lambda u: u[0].lower() + u[1:]),
    ("end-fullstop", "Elective home education notification received for UPN {X}.", lambda u: u),
    ("em-dash", "UPN\u2014{X}", lambda u: u),
    ("bidi-isolate-inside", "UPN {X}", lambda u: u[:4] + LRI + u[4:8] + PDI + u[8:]),
    ("virtual-school", "Virtual school PEP completed; pupil's UPN {X}; next PEP due in the spring term.", lambda u: u),
    ("nnbsp-group", "UPN {X}", lambda u: u[:4] + NNBSP + u[4:8] + NNBSP + u[8:]),
    ("admissions-email", "Hi, please find the in-year admission details below. UPN: {X} Thanks, Admissions", lambda u: u),
]
for cat, tmpl, f in U:
    add("UPN", cat, tmpl, f(upn()))

# ================================================================= DATE (dates of birth only)
D = [
    ("dob-slash", "DOB 03/05/2011", "03/05/2011"),
    ("dob-dots-short", "d.o.b. 3.5.11, lives with mum and two siblings", "3.5.11"),
    ("born-on-ordinal", "The child was born on 14th March 2012 at the maternity unit.", "14th March 2012"),
    ("iso", "D.O.B: 2011-05-03", "2011-05-03"),
    ("apostrophe-year", "date of birth 3rd May '11 (per mum)", "3rd May '11"),
    ("dob-dashes", "DOB: 17-09-2016", "17-09-2016"),
    ("dob-no-leading-zero", "dob 4/7/2014 – check with school records", "4/7/2014"),
    ("of-ordinal", "Born 4th of July 2014 in Leeds.", "4th of July 2014"),
    ("comma-ordinal", "DoB 12th April, 2012", "12th April, 2012"),
    ("abbrev-dot", "DOB 1st Dec. 2015", "1st Dec. 2015"),
    ("form-dd-mon-yyyy", "Date of Birth: 14 Mar 2013 Gender: Male", "14 Mar 2013"),
    ("two-digit-year", "DOB: 21/06/09", "21/06/09"),
    ("us-style-words", "born: March 29, 2010", "March 29, 2010"),
    ("dots-full", "DOB 08.11.2017", "08.11.2017"),
    ("dd-mon-yyyy-dashes", "DOB: 19-Feb-2018", "19-Feb-2018"),
    ("fullwidth", "DOB {X} (online form)", fw("22/01/2019")),
    ("nbsp", "Date of birth\u00a0{X}", "9\u00a0October\u00a02008"),
    ("en-dash-iso", "DOB {X}", "2015" + EN + "06" + EN + "30"),
    ("zwsp", "DOB {X}", "11/02" + ZWSP + "/2020"),
    ("with-age", "DOB 27 August 2013 (age 12)", "27 August 2013"),
    ("newborn", "Baby born 02/02/2024 at the LGI, discharged home with mum.", "02/02/2024"),
    ("dob-next-to-meeting-date", "Meeting date: 11/11/2025 DOB: 2nd Feb 2016", "2nd Feb 2016"),
    ("csv", "Child 1,M,{X},Y5 (columns: child, sex, DOB, year group)", "05/04/2015"),
    ("sms", "his birthday is 13th june 2012 so hes 13 now", "13th june 2012"),
    ("wrap-LRE-PDF", "dob \u202a{X}\u202c", "16/12/2014"),
    ("lowercase-month-abbrev", "d.o.b 30 sept 2011", "30 sept 2011"),
    ("uppercase-month", "DATE OF BIRTH: 07 JANUARY 2010", "07 JANUARY 2010"),
    ("yyyymmdd-slash", "DOB (yyyy/mm/dd): 2017/03/18", "2017/03/18"),
    ("soft-hyphen", "DOB {X}", "25" + SHY + "/10/2012"),
    ("youth-feedback", "i was born on the 1st of november 2009 and i dont want to move school", "1st of november 2009"),
    ("glued-label", "DOB:12/12/2012", "12/12/2012"),
    ("minus-sep", "DOB {X}", "06" + MINUS + "03" + MINUS + "2019"),
]
for cat, tmpl, span in D:
    if "{X}" not in tmpl:
        assert tmpl.count(span) == 1, tmpl
        tmpl = tmpl.replace(span, "{X}")
    add("DATE", cat, tmpl, span)

# ================================================================= NONE (hard negatives)
bad10 = [nhs_bad() for _ in range(4)] + [nhs_bad("4") for _ in range(2)]
ni_bad_prefix = ["QQ 12 34 56 C", "DA123456A", "FY 48 22 19 B", "AO 31 77 20 C", "VE 19 20 33 D"]
NO = [
    # NINO-shaped but invalid
    ("nino-badprefix-QQ", "Guidance example only: a NINO looks like QQ 12 34 56 C (letters, six digits, letter)."),
    ("nino-badprefix-D", "Ref DA123456A on the housing file is the landlord's account code."),
    ("nino-badprefix-F", "Form field shows FY 48 22 19 B – HMRC say this is not a National Insurance number."),
    ("nino-badprefix-second-O", "Payroll code AO 31 77 20 C (internal, not NI)."),
    ("nino-badprefix-V", "Parking permit VE 19 20 33 D issued to the family centre."),
    ("nino-notalloc-TN", "Temporary reference TN 01 02 03 M used by the employer until a number is issued."),
    ("nino-notalloc-ZZ", "NI field completed as ZZ 99 99 99 D by the software as a placeholder."),
    ("nino-notalloc-GB", "Import code GB 12 34 56 A on the parcel label."),
    ("nino-badsuffix", "Locker key AB 12 34 56 E handed back to reception."),
    ("nino-badsuffix-2", "Stock item JK 44 10 92 F – nappies and wipes for the family."),
    ("nino-not-known", "Mum does not know her NI number and has no letters from DWP."),
    # NHS-shaped, fail mod 11
    ("ten-digit-fails-mod11-nhs-label", "NHS number given by mum as " + g334(bad10[0]) + " – fails the check digit, GP surgery to confirm the correct one."),
    ("ten-digit-fails-mod11-ref", "Housing benefit claim reference " + bad10[4] + " – awaiting decision."),
    ("ten-digit-fails-mod11-council-tax", "Council tax account " + bad10[5] + " is in arrears."),
    ("ten-digit-fails-mod11-spaced", "Number on the prescription bag was " + g334(bad10[1]) + "; pharmacist says it is not valid."),
    ("ten-digit-fails-mod11-csv", "Invoice," + bad10[2] + ",£120.00,Paid"),
    ("ten-digit-fails-mod11-nospace", "System ID " + bad10[3]),
    # UPN-shaped, wrong check letter
    ("upn-bad-check-letter", "UPN on the transfer form " + upn_bad() + " does not validate – school asked to resend."),
    ("upn-bad-check-letter-2", "Pupil ref " + upn_bad() + " (check letter wrong)"),
    ("school-urn", "School URN 107956, Ofsted inspection due."),
    ("dfe-estab-number", "DfE establishment number 383/2131"),
    # postcode-shaped but invalid
    ("postcode-nhs-pseudo", "No fixed abode – NHS pseudo-postcode ZZ99 3VZ on the GP record."),
    ("postcode-bad-area-Q", "Postcode QX1 2AB does not exist – mum may have mistyped."),
    ("postcode-bad-area-XY", "Code XY1 1AB on the box of donated toys."),
    ("postcode-bad-incode-letters", "Shelf label LS6 2CK in the contact centre store room."),
    ("postcode-wrong-shape", "Boiler model LS1234 reported faulty to the landlord."),
    ("postcode-outward-only", "Family live somewhere in LS9 but would not give the full address."),
    ("postcode-wrong-shape-2", "Key fob tag WF 13 ABC on the set returned by the carer."),
    # reference numbers
    ("case-ref", "Case ref CIN-2024-00417 closed following step-down to Early Help."),
    ("lcs-id", "Mosaic ID 4412387 – see linked sibling record."),
    ("court-case-number", "Care proceedings, court case number LS24C50123, IRH listed."),
    ("court-case-number-2", "Family Court case no. BD25P00871 – final hearing adjourned."),
    ("invoice", "Invoice INV-20931 for the respite placement, £1,245.00."),
    ("isbn", "Recommended book for the parenting course: ISBN 978-0-14-103614-4."),
    ("isbn-13-nospace", "Library loan ISBN 9780141036144 returned late."),
    ("sort-code", "Section 17 payment to be made to sort code 20-45-77, account ending 4431."),
    ("purchase-order", "PO 4500123987 raised for the taxi to contact."),
    ("la-reference", "LA ref 383/CSC/2025/0042"),
    ("police-ref", "Police log 0412 of 03/06/2025 – domestic incident, no arrests."),
    ("crime-ref", "Crime reference 13250123456 provided by the officer."),
    ("ofsted-ref", "Ofsted reference SC040123 for the children's home."),
    ("ehcp-ref", "EHCP ref EHC/2025/118 – annual review pending."),
    ("uc-claim", "Universal Credit journal entry 14 made on 2 October."),
    # dates that are not DOB
    ("date-seen-on", "Child seen on 03/05/2024 at home with both parents present."),
    ("date-review", "Review due 14th March 2025."),
    ("date-icpc", "ICPC held 2024-05-03; plan agreed under the category of neglect."),
    ("date-next-visit", "next visit 3.5.25 am"),
    ("date-court", "Final hearing listed for 12th of January, 2026."),
    ("date-expected-delivery-week", "Pregnancy booked at 12 weeks; scan on 21/10/2025."),
    ("date-school-start", "Started at the new school on 4 September 2025."),
    ("date-birthday-party", "Contact moved because of a birthday party at the weekend – child upset."),
    ("date-dob-unknown", "DOB not known – unaccompanied asylum-seeking child, age assessment requested."),
    ("date-strategy", "Strategy discussion 2025-11-03 at 10:00."),
    ("date-letter", "Letter dated 1st Dec. 2025 sent to both parents."),
    # times, money, counts, measurements
    ("time", "Home visit at 14:30, nobody answered."),
    ("time-range", "Contact 09:00–11:30 at the family centre."),
    ("money", "Rent arrears now £1,632.96 according to the housing officer."),
    ("money-weekly", "Child Benefit £26.05 per week for the eldest."),
    ("count", "Total contacts logged 2024/25: 1,632 (960 repeat)."),
    ("measurement-weight", "Weight 11.34 kg, length 79.6 cm – both on the 9th centile."),
    ("measurement-head", "Head circumference 49.6 cm at the 2-year check."),
    ("phone-like-count", "Attended 113 of 116 possible sessions (97.4%), 0 exclusions."),
    ("long-number-not-phone", "Meter reading 07700 units on the electric key."),
    ("age", "Age 7 years 3 months; Year 3."),
    ("percentage", "Attendance 87.4% this term, 12 unauthorised sessions."),
    ("mileage", "Mileage claim 146 miles, journey to the placement and back."),
    # handles and e-mail-like without domain
    ("social-handle", "Young person messages on Snapchat as @kayz.x.2010 – concerns about older contacts."),
    ("twitter-handle", "Mum posted about the case on X as @mum_of_3_leeds."),
    ("email-truncated", "Dad started writing his email as admin@ then stopped and said he would text it."),
    ("email-no-domain", "Login username is sunflower88 (not an email)."),
    ("at-sign-location", "Meet @ the family centre @ 10."),
    ("email-placeholder", "Email: not provided / none."),
    # version numbers, codes, places
    ("version", "Assessment form v3.2.1 used – old version withdrawn."),
    ("app-version", "Mosaic 7.14.0.2 upgrade caused the case notes to freeze."),
    ("room-code", "Meeting in Room 2.13, Merrion House."),
    ("ward-code", "Admitted to Ward 44 (L44) at the children's hospital."),
    ("bus", "Takes the 42 and then the X84 to school."),
    ("road-M62", "Dad was stuck in traffic on the M62 and missed the contact."),
    ("road-A1M", "Placement is just off the A1(M) at junction 44."),
    ("road-A64", "Accident on the A64 near the placement, no injuries."),
    ("nhs-111", "Mum rang NHS 111 overnight; advised to see GP."),
    ("emergency-999", "Neighbour called 999 at about 11pm."),
    ("childline", "Young person given the Childline number card."),
    ("key-safe", "Key safe code 4471 shared with the out-of-hours team."),
    ("flat-number", "Family moved from flat 12 to flat 31 in the same block."),
    ("grade-band", "Band 6 practitioner, Grade 7 equivalent."),
    ("sats-score", "KS2 reading scaled score 104."),
    ("blood-result", "Hb 121 g/L, ferritin 9 – iron supplements started."),
    ("postcode-word-like", "B4 the meeting please read the report."),
    ("class-code", "In class 6B2 for maths and 6C1 for English."),
    ("dosage", "Melatonin 2 mg at 19:30, dose increased on 04/11."),
    ("shoe-size", "Needs school shoes size 13 and a 9-10 years coat."),
    ("year-range", "Known to services 2016–2019 and again from 2023."),
    ("ip-like", "Laptop IP 192.168.0.14 blocked by the school filter."),
    ("esn-like", "Phone handset IMEI unknown, model Galaxy A15."),
    ("legal-section", "Section 47 enquiry under s.47(1)(b) Children Act 1989."),
    ("pnc-style", "PNC checks returned nothing of note for the adults."),
]
for cat, text in NO:
    add("NONE", cat, text)

# ---------------------------------------------------------------- shuffle and write
assert not any(("\t" in t or "\n" in t or "\r" in t) for _, _, t, _ in rows)
order = list(range(len(rows)))
random.Random(SHUFFLE_SEED).shuffle(order)
with open(os.path.join(HERE, "cases.tsv"), "w", encoding="utf-8", newline="\n") as fc, \
        open(os.path.join(HERE, "categories.tsv"), "w", encoding="utf-8", newline="\n") as fk:
    fc.write("id\ttype\ttext\tspan\n")
    fk.write("id\tcategory\n")
    for i, k in enumerate(order, 1):
        typ, cat, text, span = rows[k]
        rid = "S%04d" % i
        fc.write("%s\t%s\t%s\t%s\n" % (rid, typ, text, span))
        fk.write("%s\t%s\n" % (rid, typ.lower() + ":" + cat))
print("wrote %d rows" % len(rows))
