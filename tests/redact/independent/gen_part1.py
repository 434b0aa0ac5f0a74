# -*- coding: utf-8 -*-
# Generator for the independent redaction test set (part 1: helpers, NHS, NINO, UPN).
import random
R = random.Random(20241129)
NBSP = '\u00a0'; NNBSP = '\u202f'; ZWSP = '\u200b'; SHY = '\u00ad'
LRI, RLI, FSI, PDI = '\u2066', '\u2067', '\u2068', '\u2069'
LRE, RLE, PDF, LRO, RLO = '\u202a', '\u202b', '\u202c', '\u202d', '\u202e'

def fw(s, letters=False):
    out = []
    for c in s:
        if c.isdigit() or (letters and c.isascii() and c.isalpha()):
            out.append(chr(ord(c) + 0xFEE0))
        elif c == '@':
            out.append('\uff20')
        else:
            out.append(c)
    return ''.join(out)

CASES = []  # (type, text, span)
def add(t, text, span=''):
    CASES.append((t, text, span))

# ---------------- NHS numbers ----------------
def nhs_check(d9):
    s = sum(int(d) * w for d, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        return 0
    if c == 10:
        return None
    return c

def nhs_valid(d10):
    c = nhs_check(d10[:9])
    return c is not None and c == int(d10[9])

def gen_nhs():
    while True:
        d9 = '999' + ''.join(R.choice('0123456789') for _ in range(6))
        c = nhs_check(d9)
        if c is not None:
            return d9 + str(c)

def gen_nhs_invalid():
    # 999-range 10-digit number whose last digit is NOT the mod-11 check (or whose check would be 10)
    while True:
        d9 = '999' + ''.join(R.choice('0123456789') for _ in range(6))
        c = nhs_check(d9)
        last = R.choice([x for x in '0123456789' if c is None or x != str(c)])
        d = d9 + last
        assert not nhs_valid(d)
        return d

def nhs_fmt(d, f):
    a, b, c = d[:3], d[3:6], d[6:]
    return {
        'sp': f'{a} {b} {c}', 'none': d, 'dash': f'{a}-{b}-{c}',
        'nbsp': a + NBSP + b + NBSP + c, 'nnbsp': a + NNBSP + b + NNBSP + c,
        'fw_sp': fw(f'{a} {b} {c}'), 'fw_none': fw(d), 'fw_dash': fw(f'{a}-{b}-{c}'),
        'zwsp': a + ZWSP + b + ZWSP + c, 'zwsp_mid': d[:5] + ZWSP + d[5:],
        'shy': a + SHY + b + SHY + c, 'endash': f'{a}\u2013{b}\u2013{c}', 'emdash': f'{a}\u2014{b}\u2014{c}',
        'dot': f'{a}.{b}.{c}', 'bidi_in': a + ' ' + LRO + b + PDF + ' ' + c,
        'bidi_in2': a + LRI + ' ' + b + ' ' + PDI + c,
        'dblsp': f'{a}  {b}  {c}', 'sp34': f'{a} {b}{c}', 'mix': a + ' ' + b + NBSP + c,
        'slash': f'{a}/{b}/{c}',
    }[f]

NHS_T = [
 "NHS no. {X} confirmed with the GP surgery.",
 "Baby's NHS number is {X} as per the red book.",
 "nhs no {X}",
 "Health visitor gave NHS number {X} for the referral.",
 "NHS No: {X} (checked on Spine).",
 "Child's NHS#{X} added to the case record.",
 "Mum read the NHS number out over the phone as {X} - please double check.",
 "Referral from GP - NHS {X} - concerns re weight loss and missed appointments.",
 "Sibling's NHS number {X} to be linked on the system.",
 "Discharge summary lists NHS number {X}; discharged home with mum.",
 "{X} is the NHS number on the child health record.",
 "School nurse confirmed nhs no.{X} before the health assessment.",
 "NHS Number: {X}",
 "NHS number ({X}) copied from the A&E attendance letter.",
 "Pls can u send NHS number for the youngest, I have {X} but not sure its right",
 "IHA requested, NHS no - {X}, placement started last week.",
 "CAMHS referral accepted under NHS {X}.",
 "Red book seen at visit. NHS number {X}. Immunisations up to date.",
 "Unborn baby now born, NHS number allocated: {X}.",
 "NHS number {X}, registered with the surgery on the high street.",
 "Midwife notes: NHS No {X}, booking bloods done.",
 "Dental referral form completed (NHS {X}).",
 "LAC health: NHS no. = {X}",
 "NHS no:{X} / hospital no: not known",
 "Paediatric clinic letter ref NHS Number {X} received today.",
 "Young person gave their NHS number as {X} from the NHS app.",
 "Screenshot from the NHS app shows {X}.",
 "nhs number for dad is {X} (for the drug and alcohol service referral).",
 "Immunisation history requested from CHIS for NHS {X}.",
 "The NHS number {X} belongs to the middle child, not the eldest.",
 "Confirmed NHS No. {X} with the 0-19 team.",
 "NHS: {X}, DNA x2 at audiology.",
 "GP practice could not find NHS number {X} on their list.",
 "SALT referral completed, NHS number {X} quoted.",
 "[NHS {X}] ED attendance overnight - head injury.",
 "NHS number on the prescription bag: {X}.",
 "Mum's NHS number is {X}; consent given to share with the perinatal team.",
 "Health passport updated with NHS no {X} and allergies.",
 "Initial health assessment booked - NHS No. {X}.",
 "Ambulance handover notes give NHS number {X}.",
 "Record merged - correct NHS number is {X}.",
 "Baby (NHS {X}) remains on the neonatal unit.",
 "NHS No.: {X} - please use this on all correspondence.",
 "NHS# {X}",
 "Referral rejected as NHS number {X} did not match the name given.",
 "Pasted from SystmOne: NHS Number {X}",
 "NHS num {X}, under the community paediatrician.",
 "Child health clinic: nhs no. {X}; weight on 9th centile.",
 "The NHS number ({X}) was written on the back of the appointment card.",
 "Sexual health clinic confirmed attendance, NHS {X}.",
 "Optician referral, NHS number {X}.",
 "Hospital passport - NHS no {X}.",
 "NHS number given by grandmother: {X}",
 "Please note NHS number {X} for the youngest sibling.",
 "New birth visit completed. NHS No {X}.",
 "NHS number is {X}, not the one on the original referral.",
 "Audiology discharge letter (NHS {X}) filed.",
 "Consent form signed - NHS No: {X}",
 "Transfer in from another LA, NHS number {X} confirmed.",
 "NHS {X} - seen in ED with burn to hand.",
]
NHS_F = (['sp'] * 14 + ['none'] * 8 + ['dash'] * 6 + ['nbsp'] * 5 + ['nnbsp'] * 3 + ['fw_sp'] * 3
         + ['fw_none'] * 2 + ['zwsp'] * 2 + ['zwsp_mid'] + ['shy'] * 2 + ['endash'] * 3 + ['emdash']
         + ['dot'] * 2 + ['bidi_in', 'bidi_in2'] + ['wrap'] * 2 + ['dblsp', 'sp34'] + ['mix'] * 2)
assert len(NHS_F) == 60 and len(NHS_T) == 60, (len(NHS_F), len(NHS_T))
R.shuffle(NHS_F)
for t, f in zip(NHS_T, NHS_F):
    d = gen_nhs()
    if f == 'wrap':
        x = nhs_fmt(d, 'sp')
        add('NHS_NUMBER', t.replace('{X}', LRE + x + PDF), x)
    else:
        x = nhs_fmt(d, f)
        add('NHS_NUMBER', t.replace('{X}', x), x)

# ---------------- NINO ----------------
BAD = set('DFIQUV')
FIRST = [c for c in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' if c not in BAD]
SECOND = [c for c in FIRST if c != 'O']
BADPAIRS = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}

def nino_valid_prefix(p):
    return p[0] not in BAD and p[1] not in BAD and p[1] != 'O' and p not in BADPAIRS

def gen_nino():
    while True:
        p = R.choice(FIRST) + R.choice(SECOND)
        if nino_valid_prefix(p):
            return p, ''.join(R.choice('0123456789') for _ in range(6)), R.choice('ABCD')

def nino_fmt(p, d, s, f):
    pairs = f'{d[:2]} {d[2:4]} {d[4:]}'
    return {
        'sp': f'{p} {pairs} {s}', 'none': f'{p}{d}{s}', 'lower': f'{p}{d}{s}'.lower(),
        'lower_sp': f'{p} {pairs} {s}'.lower(), 'mixed': f'{p[0]}{p[1].lower()} {pairs} {s.lower()}',
        'sp6': f'{p} {d} {s}', 'dash': f'{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}',
        'nbsp': p + NBSP + d[:2] + NBSP + d[2:4] + NBSP + d[4:] + NBSP + s,
        'nnbsp': p + NNBSP + d + NNBSP + s,
        'fw': fw(f'{p}{d}{s}', letters=True), 'fw_digits': p + fw(d) + s,
        'zwsp': p + ZWSP + d + ZWSP + s, 'shy': f'{p}{d[:2]}' + SHY + f'{d[2:]}{s}',
        'p_d': f'{p}{d[:2]} {d[2:4]} {d[4:]}{s}', 'dblsp': f'{p}  {pairs}  {s}',
        'bidi': p + LRI + d + PDI + s, 'dot': f'{p}.{d[:2]}.{d[2:4]}.{d[4:]}.{s}',
        'sp_end': f'{p}{d} {s}',
    }[f]

NINO_T = [
 "NI number {X} provided by mum for the benefits check.",
 "Dad's NINO: {X}",
 "National Insurance no. {X} - UC claim in progress.",
 "NI no {X}",
 "Mum gave her national insurance number as {X} for the Healthy Start application.",
 "NINO {X} confirmed with the DWP.",
 "Carer's NI number ({X}) needed for the fostering allowance paperwork.",
 "Young person has received NI card, number {X}.",
 "NI: {X}; employer not known.",
 "Stepdad's national insurance number is {X} according to the tenancy form.",
 "Please add NI No. {X} to the financial assessment.",
 "Benefits adviser used NINO {X} to check entitlement.",
 "ni no. {X} (from the letter on the fridge)",
 "Care leaver's NI number {X} passed to the PA for the bank account.",
 "Council tax reduction form lists NI number {X}.",
 "National Insurance Number: {X}",
 "mum txt: my ni is {X}",
 "Copy of the P60 seen, NI number {X}.",
 "Special guardianship allowance requires NI number; given as {X}.",
 "NINo {X} - used on the Discretionary Housing Payment form.",
 "Referral to Citizens Advice included NI no {X}.",
 "Grandparent's NI number: {X}. Pension credit being checked.",
 "Payslip shows NI number {X} and a zero-hours contract.",
 "Maternity allowance claim: NI No {X}.",
 "NI number {X} appears on the Universal Credit journal screenshot.",
 "Dad says his NI number is {X} but he isn't sure.",
 "Nat Ins no: {X}",
 "Housing application completed (NI {X}).",
 "NINO:{X}",
 "Carer's Allowance letter quotes national insurance number {X}.",
 "Young carer's older brother has NI number {X} and works part time.",
 "NI number of the applicant is {X}.",
 "From the ID pack: passport, birth certificate and NI letter ({X}).",
 "Aunt gave NI number {X} for the viability assessment checks.",
 "DBS application for the family friend: NI number {X}.",
 "Staying Put agreement signed; YP's NI number {X} recorded.",
 "PIP form section 1 - NI no. {X}",
 "Best Start Grant: NINO {X}, baby due in spring.",
 "ni number {X}",
 "Benefit sanctions letter - national insurance number: {X}",
 "Child benefit enquiry, claimant NI no {X}.",
 "New NI number issued to mum: {X}.",
 "Mum's partner provided NI number {X} for the household assessment.",
 "Free school meals eligibility checked using NI number {X}.",
 "Employer reference request includes NI {X}.",
 "NI # {X}",
 "Former partner's national insurance no. is {X} (for CMS).",
 "Legal aid form: NI number {X}.",
 "Holiday activity fund: parent NINO {X}.",
 "Hardship fund claim - NI no: {X}.",
 "Uncle's NI number {X} taken for the connected carer assessment.",
 "Recorded NI number {X} on the leaving care pathway plan.",
 "Home Office letter and NI number {X} seen at the visit.",
 "Pension credit claim for nan, NI no {X}.",
 "Apprenticeship paperwork needs NI number {X}.",
 "ESA letter, NI No. {X}, dated last month.",
 "Jobcentre work coach has NI number {X} on file.",
 "national insurance: {X}",
 "Confirmed NI number {X} for the direct payment.",
 "Mum found NI number {X} on an old HMRC letter.",
 "NI Number - {X} - checked against the UC statement.",
]
NINO_F = (['sp'] * 15 + ['none'] * 10 + ['lower'] * 4 + ['lower_sp'] * 3 + ['mixed'] * 2 + ['sp6'] * 4
          + ['dash'] * 2 + ['nbsp'] * 4 + ['nnbsp'] * 2 + ['fw'] * 2 + ['fw_digits'] + ['zwsp'] * 2 + ['shy']
          + ['p_d'] * 2 + ['dblsp'] + ['bidi'] + ['dot'] + ['sp_end'] * 2 + ['wrap'] * 2)
assert len(NINO_F) == 61 and len(NINO_T) == 61, (len(NINO_F), len(NINO_T))
R.shuffle(NINO_F)
# make sure some edge-but-valid prefixes are covered
EDGE_PREFIXES = ['OA', 'TW', 'NA', 'ZY', 'KA', 'GA', 'BA', 'NZ', 'TT', 'OB', 'HW', 'JY']
for i, (t, f) in enumerate(zip(NINO_T, NINO_F)):
    p, d, s = gen_nino()
    if i < len(EDGE_PREFIXES):
        p = EDGE_PREFIXES[i]
    assert nino_valid_prefix(p)
    if f == 'wrap':
        x = nino_fmt(p, d, s, 'sp')
        add('NINO', t.replace('{X}', RLI + x + PDI), x)
    else:
        x = nino_fmt(p, d, s, f)
        add('NINO', t.replace('{X}', x), x)

# ---------------- UPN ----------------
UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'  # 23 letters, I O S excluded

def upn(la, est, yr, serial):
    digits = f'{la:03d}{est:04d}{yr:02d}{serial:03d}'
    s = sum(int(c) * w for c, w in zip(digits, range(2, 14)))
    return UPN_LETTERS[s % 23] + digits

UPN_T = [
 ("UPN: {X}", 'plain'), ("Pupil's UPN {X} confirmed by the school office.", 'plain'),
 ("upn {X}", 'lower'), ("UPN - {X} - transferred from previous school.", 'plain'),
 ("CTF received with UPN {X}.", 'plain'), ("Child Missing Education check run on UPN {X}.", 'plain'),
 ("School census shows UPN {X} with 81% attendance.", 'plain'),
 ("Virtual School: UPN {X}, PEP due this term.", 'plain'),
 ("Attendance officer quoted UPN {X} on the fixed penalty letter.", 'plain'),
 ("UPN {X} (from the SIMS printout)", 'spaced'),
 ("EHCP request - pupil UPN {X}.", 'plain'), ("The UPN for the youngest is {X}.", 'plain'),
 ("Elective home education notification, UPN {X}.", 'plain'),
 ("Unique pupil number {X} added to the PEP.", 'plain'),
 ("UPN:{X}", 'plain'), ("Exclusion notice lists UPN {X}.", 'nbsp'),
 ("In-year admission form: UPN {X}.", 'zwsp'), ("Pupil (UPN {X}) on part-time timetable.", 'plain'),
 ("Nursery funding claim - child UPN {X}.", 'fw'), ("UPN is {X}, school to confirm.", 'lower'),
 ("School move: old UPN {X} to be carried over.", 'plain'),
 ("Free school meals flag set for UPN {X}.", 'plain'),
 ("SEN support plan ref UPN {X}.", 'shy'), ("upn: {X} - year 10", 'plain'),
 ("Key Stage 2 results requested for UPN {X}.", 'plain'),
 ("Pupil premium plus claimed for UPN {X}.", 'plain'),
 ("Alternative provision referral quotes UPN {X}.", 'wrap'),
]
LAS = [383, 380, 373, 330, 352, 335, 341, 344, 350, 370, 371, 372, 381, 384, 390, 391, 392, 800, 801, 802, 803, 808, 810, 811, 812, 813, 815]
for i, (t, f) in enumerate(UPN_T):
    u = upn(LAS[i % len(LAS)], R.randint(1000, 7999), R.choice([14, 15, 16, 17, 18, 19, 20, 21, 22, 23]), R.randint(1, 250))
    if f == 'plain':
        x = u
    elif f == 'lower':
        x = u[0].lower() + u[1:]
    elif f == 'spaced':
        x = f'{u[0]} {u[1:4]} {u[4:8]} {u[8:10]} {u[10:]}'
    elif f == 'nbsp':
        x = u[:4] + NBSP + u[4:8] + NBSP + u[8:]
    elif f == 'zwsp':
        x = u[:1] + ZWSP + u[1:]
    elif f == 'fw':
        x = fw(u, letters=True)
    elif f == 'shy':
        x = u[:7] + SHY + u[7:]
    elif f == 'wrap':
        x = u
        add('UPN', t.replace('{X}', LRE + x + PDF), x)
        continue
    add('UPN', t.replace('{X}', x), x)
