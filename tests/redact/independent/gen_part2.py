# -*- coding: utf-8 -*-
# part 2: PHONE, POSTCODE, EMAIL, URL  (run after gen_part1.py in the same namespace)

# ---------------- PHONE ----------------
# (string as typed, how it is wrapped in the text) - Ofcom drama ranges only
PHONES = [
 "07700 900123", "07700900456", "07700 900 789", "+44 7700 900012", "+44 (0)7700 900345",
 "+447700900678", "0044 7700 900901", "07700-900-234", "07700.900.567", "(07700) 900890",
 "07700" + NBSP + "900111", "+44" + NBSP + "7700" + NBSP + "900222", "07700" + NNBSP + "900" + NNBSP + "333",
 fw("07700 900444"), "07700" + ZWSP + "900555", "07700" + SHY + "900666", "0770 0900 124", "07 700 900 125",
 "+44 (0) 7700 900126", "+44-7700-900127", "(+44) 7700 900128", "+44 07700 900129", "07700 9OO 130",
 "01632 960001", "(01632) 960 002", "01632-960-003", "01632960004", "+44 1632 960005", "+44 (0)1632 960006",
 "0113 496 0000", "0113 4960123", "(0113) 496 0456", "0113-496-0789", "+44 113 496 0321", "0113.496.0654",
 "01134960987", "020 7946 0000", "020-7946-0123", "(020) 7946 0456", "+44 20 7946 0789", "+44 (0)20 7946 0321",
 "0207 946 0654", "02079460987", "020 79460111", "020" + NBSP + "7946" + NBSP + "0222", "0121 496 0333",
 "0161 496 0444", "0191 498 0555", "0118 496 0666", "0114 496 0777", "0115 496 0888", "0117 496 0999",
 "0116 496 0010", "0151 496 0020", "029 2018 0030", fw("01632 960060"), "07700\u2013900\u2013135",
 "07700 " + LRO + "900" + PDF + "136", "+44\u00a0(0)113\u00a0496\u00a00140", "0207-946-0145", "07700 900 13 7",
]
PHONES = [p for p in PHONES if '9OO' not in p]  # letter-O typo dropped: would be ambiguous
PHONE_T = [
 "Mum's new mobile is {X}.", "Dad can be contacted on {X} after 6pm.", "Tel: {X}",
 "Called {X} - no answer, left voicemail.", "Nan's number {X}", "mob {X}",
 "Please ring me on {X} when you get this.", "Contact number for the foster carer: {X}.",
 "Text sent to {X} reminding mum of the appointment.", "YP changed number again, now {X}.",
 "Number on the referral ({X}) is not recognised.", "Aunt gave {X} as the best number.",
 "Tried {X} x3, phone switched off.", "Mum's partner's number: {X}",
 "Whatsapp: {X}", "Ring {X} to arrange the next visit.", "Emergency contact - {X} (neighbour).",
 "Message left on {X} asking for a call back.", "Phone no. {X}", "dad mob: {X}",
 "Grandparents' home number is {X}.", "Text from {X} claiming to be mum's cousin.",
 "Mum asked that we only use {X} and not the old number.", "Call back requested on {X}.",
 "Work number for dad: {X}", "The school has {X} as the first contact.",
 "Childminder's number {X}.", "Tel. {X} (landline, rarely answered)",
 "Contact: {X}", "Rang the home phone {X}, spoke to the eldest.", "T: {X}",
 "Mum's friend can be reached on {X}.", "Missed call from {X} at 09:15.",
 "Uncle's number {X} - prefers text.", "Updated contact number: {X}",
 "Dad provided {X} but it went straight to voicemail.", "Telephone {X}",
 "Number for the older sibling: {X}", "{X} - mum's number, checked today.",
 "Please use {X} for all contact with the carers.", "Call from {X}, caller would not give name.",
 "Carer's phone: {X}.", "mum says ring her on {X} not the old number",
 "Ex-partner has been calling from {X}.", "Landline: {X}", "Out of hours number given: {X}",
 "Voicemail left on {X} re the core group.", "Step-mum's number is {X}.",
 "Young person's phone: {X}", "Parent contact (home) {X}", "Tel no: {X}",
 "Phone call to {X} - dad answered.", "New SIM, number is {X}.",
 "Birth father's number {X} obtained from the court papers.", "Mum's number ({X}) confirmed.",
 "Neighbour called in from {X} worried about shouting.", "Contact number: {X}; best after school run.",
 "Messages via {X} only please.", "Family friend - {X}.", "Call made to {X}, line busy.",
 "Best number for mum is now {X}.",
]
assert len(PHONE_T) >= len(PHONES), (len(PHONE_T), len(PHONES))
for i, p in enumerate(PHONES):
    t = PHONE_T[i]
    add('PHONE', t.replace('{X}', p), p)
# WhatsApp-style bidi wrapper (controls outside the span)
add('PHONE', "WhatsApp contact shared: " + LRE + "+44 7700 900141" + PDF + " (mum)", "+44 7700 900141")

# ---------------- POSTCODE ----------------
PCS = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "W1A 0AX", "LS1 4AP", "BS98 1TL",
       "NE1 4ST", "L1 8JQ", "S1 2HE", "NG1 5FS", "LE1 6ZG", "CV1 5RR", "OX1 3BG", "CB2 1TN", "PL4 8AA",
       "EX1 1JG", "SO14 7DU", "BN1 1UG", "YO1 7HH", "HU1 3DY", "BD1 1HY", "WF1 2DA", "SK1 3XE", "ST1 1HP",
       "DE1 3AH", "NR2 1NH", "IP1 2DE", "CM1 1QH", "ME14 1XX", "CT1 2EH", "GU1 4LY", "RG1 3BE", "MK9 2FZ",
       "LU1 2AA", "WD17 1HP", "HA0 4RD", "UB8 1ET", "TW9 1DN", "KT1 1EU", "BR1 3UH", "RM1 3BB", "IG1 1NA",
       "E1 6AN", "N1 9GU", "NW1 2DB", "SE1 7PB", "WC2N 5DU", "GL1 2EH", "WR1 2RU", "TF3 4NB", "PR1 2HE",
       "BB1 7DY", "OL1 1NL", "WN1 1XS", "DL1 5QN", "TS1 2AQ", "SR1 3AN", "HD1 2TA", "LS6 2AB", "B12 9QT", "M40 8WN"]
PC_T = [
 "Family have moved to {X}.", "Address: 14 Acacia Avenue, {X}", "New address postcode is {X}.",
 "Mum is staying with her sister at {X} for now.", "Postcode {X} - please update the system.",
 "Dad's address is somewhere in {X}, exact house number unknown.", "Placement address: Flat 3, {X}.",
 "Refuge is in {X} (do not disclose).", "Postcode: {X}", "Visited the property at {X}; no answer.",
 "Grandparents live at {X}.", "Temporary accommodation, {X}.", "Child moved to school near {X}.",
 "Home address {X}", "Letters returned from {X} - not known at this address.",
 "Satnav postcode for the visit: {X}", "Carers' address updated to {X}.",
 "Uncle's flat, {X}, is not suitable for overnight stays.", "Mum gave postcode {X} for the taxi.",
 "Previous address {X} (before eviction).", "pc {X}", "Family housed by the council at {X}.",
 "Contact to take place at the family's home, {X}.", "The tenancy is at {X}.",
 "Young person is sofa surfing near {X}.", "Birth father believed to be living at {X}.",
 "Address on the GP record is {X}.", "Moved into a 2-bed at {X} last week.", "Post code - {X}",
 "Home visit to {X} completed, house clean and tidy.", "Police attended {X} following a 999 call.",
 "Delivery of the cot arranged to {X}.", "Mum's new address is in the {X} area.",
 "Address for correspondence: PO Box 12, {X}", "Supported lodgings at {X}.",
 "Housing officer confirmed {X} as the current address.", "Aunt lives at {X}, about 20 mins away.",
 "Child's home postcode {X} is outside our LA.", "Last known address: {X}.",
 "Nursery place near home ({X}).", "Friend's address where YP was found: {X}.",
 "Property at {X} has damp and mould.", "Send the letter to {X}.", "Transfer to {X} requested.",
 "Move-on flat at {X} offered.", "Postcode on the benefits letter: {X}.",
 "Family's address is {X}.", "Dad now lives at {X} with his new partner.", "address pc: {X}",
 "Removal booked to {X}.", "School transport pick-up from {X}.", "Mum moved out to {X}.",
 "Probation address for dad: {X}", "Caravan park at {X}.", "The refuge postcode ({X}) must be redacted.",
 "Foster home in {X}.", "Address: 2 Mill Lane, {X}.", "Hostel at {X}.", "GP surgery near {X}",
 "Shared house at {X}.", "Flat above the shop, {X}.", "Staying at nan's, {X}.", "Moved to {X}.",
 "House fire at {X} last night.",
]
PC_F = (['sp'] * 34 + ['none'] * 9 + ['lower'] * 6 + ['lower_none'] * 2 + ['nbsp'] * 4 + ['nnbsp'] * 2
        + ['dblsp'] * 2 + ['zwsp'] + ['fw'] + ['mixed'] + ['shy'] + ['wrap'])
assert len(PC_F) == len(PCS) and len(PC_T) >= len(PCS), (len(PC_F), len(PCS), len(PC_T))
R.shuffle(PC_F)
for t, pc, f in zip(PC_T, PCS, PC_F):
    out, inn = pc.split(' ')
    x = {'sp': pc, 'none': out + inn, 'lower': pc.lower(), 'lower_none': (out + inn).lower(),
         'nbsp': out + NBSP + inn, 'nnbsp': out + NNBSP + inn, 'dblsp': out + '  ' + inn,
         'zwsp': out + ZWSP + inn, 'fw': fw(pc, letters=True), 'mixed': out.capitalize() + ' ' + inn.lower(),
         'shy': out + SHY + inn, 'wrap': pc}[f]
    if f == 'wrap':
        add('POSTCODE', t.replace('{X}', FSI + x + PDI), x)
    else:
        add('POSTCODE', t.replace('{X}', x), x)

# ---------------- EMAIL ----------------
# (text, span)
EMAILS = [
 ("Mum's email is jane.doe@example.com.", "jane.doe@example.com"),
 ("Dad asked that letters go to J.Smith+school@Example.CO.UK instead of the post.", "J.Smith+school@Example.CO.UK"),
 ("Contact via mailto:mum.kelly85@example.org (copied from her signature).", "mum.kelly85@example.org"),
 ("From: <dad_1988@example.net>", "dad_1988@example.net"),
 ("email kerry.ann.w@example.co.uk", "kerry.ann.w@example.co.uk"),
 ("Carer's personal email jöran@example.com to be used for the placement plan.", "jöran@example.com"),
 ("Uncle's email: 用户@例子.广告", "用户@例子.广告"),
 ("Mum typed her email on her phone as amy.k＠example.com", "amy.k＠example.com"),
 ("Send the minutes to liam.f@bücher.example please.", "liam.f@bücher.example"),
 ("EMAIL: SARAH.PATEL@EXAMPLE.COM", "SARAH.PATEL@EXAMPLE.COM"),
 ("email tyler_mum@example.org for updates", "tyler_mum@example.org"),
 ("The foster carer uses foster.carer.32@example.net for school stuff.", "foster.carer.32@example.net"),
 ("Nan's email x.nguyen@example.co.uk, she checks it weekly.", "x.nguyen@example.co.uk"),
 ("Email from m.o'neill@example.com received 10:42.", "m.o'neill@example.com"),
 ("Step-mum: zoë.w@example.org", "zoë.w@example.org"),
 ("Please cc anna-maria.k@sub.example.co.uk on the plan.", "anna-maria.k@sub.example.co.uk"),
 ("Reply sent to j.bloggs@mail.example.com", "j.bloggs@mail.example.com"),
 ("Dad's email is dad.2015@example.com.", "dad.2015@example.com"),
 ("YP's email (kayla.r@example.net) is on the pathway plan.", "kayla.r@example.net"),
 ("email: hello.its.me@example.com; phone not working", "hello.its.me@example.com"),
 ("Contact email pawel.wisniewski@example.com given at the door.", "pawel.wisniewski@example.com"),
 ("Invite sent to nana.jo@example.org, mum and the school.", "nana.jo@example.org"),
 ("Emails bouncing from user+tag+more@example.co.uk", "user+tag+more@example.co.uk"),
 ("a.b@example.com is dad's work address - do not use.", "a.b@example.com"),
 ("Mum_Of_3@Example.Com", "Mum_Of_3@Example.Com"),
 ("Birth father emailed from JohnSmith1980@example.net asking for contact.", "JohnSmith1980@example.net"),
 ("Email address lisa.m\u200b@example.com (pasted from Teams).", "lisa.m\u200b@example.com"),
 ("Her email, michael.b\u00adrown@example.org, was in the PDF referral.", "michael.b\u00adrown@example.org"),
 ("Mum's partner writes from dmitri@пример.испытание in Russian.", "dmitri@пример.испытание"),
 ("Carer email carer@xn--bcher-kva.example (punycode in the form).", "carer@xn--bcher-kva.example"),
 ("She said her email is “roxy.b@example.com” with no capitals.", "roxy.b@example.com"),
 ("<a href=\"mailto:ABBY.L@EXAMPLE.ORG\">email mum</a>", "ABBY.L@EXAMPLE.ORG"),
 ("Young person's email ｊｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ typed on a Japanese keyboard.", "ｊｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ"),
 ("dad email kev_the_dad@example.net", "kev_the_dad@example.net"),
 ("mum0798@example.com - mum's gmail equivalent", "mum0798@example.com"),
 ("Guardian email s.o'brien@example.co.uk", "s.o'brien@example.co.uk"),
 ("Maternal aunt: ana.lópez@example.org", "ana.lópez@example.org"),
 ("Email received from Ólafur@example.com about the holiday.", "Ólafur@example.com"),
 ("Carer email ewa.kowalska@example.co.uk (Polish speaking).", "ewa.kowalska@example.co.uk"),
 ("Older brother's email amir.h.92@example.org", "amir.h.92@example.org"),
 ("Mum emailed from stacey.xo@example.net at 2am.", "stacey.xo@example.net"),
 ("Letter copied to mrs.t.hughes@example.com", "mrs.t.hughes@example.com"),
 ("YP's college email ryan_2010@example.co.uk", "ryan_2010@example.co.uk"),
 ("Family share the.jacksons@example.org", "the.jacksons@example.org"),
 ("Dad asked to be cc'd: dean.m+tac@example.com", "dean.m+tac@example.com"),
 ("Email sophie_k@exämple.example bounced.", "sophie_k@exämple.example"),
 ("Grandmother's email karen@例え.テスト", "karen@例え.テスト"),
 ("email address: priya.s@EXAMPLE.NET", "priya.s@EXAMPLE.NET"),
 ("Mum's email leanne.w.1990@example.com, phone is off.", "leanne.w.1990@example.com"),
 ("Solicitor for dad - b.jones@sub.domain.example.co.uk", "b.jones@sub.domain.example.co.uk"),
 ("Contact jamie-lee@example.org re the holiday club.", "jamie-lee@example.org"),
 ("Dad's new email tomasz.nowak@example.net.", "tomasz.nowak@example.net"),
 ("Reply to a.o'connor@example.com!", "a.o'connor@example.com"),
 ("WhatsApp shared email " + LRE + "lee.h@example.com" + PDF + " for the forms.", "lee.h@example.com"),
 ("Mum's email:chantelle_b@example.co.uk", "chantelle_b@example.co.uk"),
 ("email-   darren.k@example.org", "darren.k@example.org"),
 ("[mailto:carl.evans@example.com]", "carl.evans@example.com"),
 ("Email (personal): Ngozi.A@example.com", "Ngozi.A@example.com"),
 ("Foster carers' shared inbox: carers.4.kids@example.net", "carers.4.kids@example.net"),
 ("The email on the form was 'mummy.bear.xx@example.co.uk'.", "mummy.bear.xx@example.co.uk"),
 ("Kinship carer email françois.d@example.org received.", "françois.d@example.org"),
 ("Dad emails from Dad@Example.Com only.", "Dad@Example.Com"),
]
for t, s in EMAILS:
    add('EMAIL', t, s)

# ---------------- URL ----------------
URLS = [
 ("Mum's public profile: https://www.example.com/profile/kayla.smith.77", "https://www.example.com/profile/kayla.smith.77"),
 ("Dad posted about the case at http://example.org/u/mum_of_3 last night.", "http://example.org/u/mum_of_3"),
 ("Fundraising page www.example.co.uk/family/jones-appeal has photos of the children.", "www.example.co.uk/family/jones-appeal"),
 ("YP's account https://social.example.net/@tyler2010 shows him with older males.", "https://social.example.net/@tyler2010"),
 ("Link sent by mum <https://example.com/p/abc123>", "https://example.com/p/abc123"),
 ("Video of the incident (https://example.org/watch?v=dQw4w9WgXcQ) seen by school.", "https://example.org/watch?v=dQw4w9WgXcQ"),
 ("Dad's page is at https://example.com/page/dad.k.", "https://example.com/page/dad.k"),
 ("Carer's blog https://straße.example/profil/jürgen mentions the placement.", "https://straße.example/profil/jürgen"),
 ("Profile https://пример.испытание/user/42 belongs to the uncle.", "https://пример.испытание/user/42"),
 ("Photo album: https://例子.测试/相册/123", "https://例子.测试/相册/123"),
 ("HTTPS://EXAMPLE.COM/USER/DAD1985", "HTTPS://EXAMPLE.COM/USER/DAD1985"),
 ("Online appeal example.com/fundraiser/baby-louie has been shared widely.", "example.com/fundraiser/baby-louie"),
 ("Screenshot link https://example.net/photos?id=88231&user=mum.k", "https://example.net/photos?id=88231&user=mum.k"),
 ("Post at https://m.example.com/story.php?story_fbid=1234&id=5678 names the school.", "https://m.example.com/story.php?story_fbid=1234&id=5678"),
 ("Old site http://www.example.co.uk/~kerry/ has family photos.", "http://www.example.co.uk/~kerry/"),
 ("Dad's CV is on https://example.org/in/jane-doe-12345/", "https://example.org/in/jane-doe-12345/"),
 ("Chat link https://example.com/#/chat/7700 was forwarded by the YP.", "https://example.com/#/chat/7700"),
 ("Stream at https://sub.example.co.uk:8080/profile/9912 flagged by police.", "https://sub.example.co.uk:8080/profile/9912"),
 ("Photos uploaded to ftp://files.example.org/family/photos.zip", "ftp://files.example.org/family/photos.zip"),
 ("Link pasted from Teams: https://example.com/\u200bprofile/liam.o", "https://example.com/\u200bprofile/liam.o"),
 ("Mum sent https://bit.example/3xYz9, a link to her new profile.", "https://bit.example/3xYz9"),
 ("Profile https://example.com/profile/zoë has her school uniform visible.", "https://example.com/profile/zoë"),
 ("TikTok-style account www.example.org/@xx_kayden_xx posting videos late at night.", "www.example.org/@xx_kayden_xx"),
 ("She shared “https://example.com/p/CvX12Ab” in the group chat.", "https://example.com/p/CvX12Ab"),
 ("Selling page https://example.net/shop/user/mummy.bargains, items for the baby.", "https://example.net/shop/user/mummy.bargains"),
 ("Dating profile https://example.org/@mum.of.twins was shown to the SW.", "https://example.org/@mum.of.twins"),
 ("Search result https://www.example.co.uk/search?q=family+address+leak", "https://www.example.co.uk/search?q=family+address+leak"),
 ("Gaming profile: https://example.com/players/xXsniperXx_2012 (age 11).", "https://example.com/players/xXsniperXx_2012"),
 ("Share link http://example.net/s/AbC-dEf_123 sent to the YP by an adult.", "http://example.net/s/AbC-dEf_123"),
 ("Online petition www.example.com/petition/bring-our-kids-home started by dad.", "www.example.com/petition/bring-our-kids-home"),
]
for t, s in URLS:
    add('URL', t, s)
