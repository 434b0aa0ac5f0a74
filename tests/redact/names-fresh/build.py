#!/usr/bin/python3
"""Build cases.tsv and categories.tsv for the fresh names test set.

Every row below is written out in full by hand (category | text | span); the
script only unescapes, checks, shuffles with a fixed seed and numbers. Escapes: {NBSP}=U+00A0, {NNBSP}=U+202F, {DIA}=U+0308.
Run: /usr/bin/python3 build.py  (output is byte-identical on every run)
"""
import random, os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261129

def unesc(s):
    return (s.replace('{NBSP}', '\u00a0').replace('{NNBSP}', '\u202f')
             .replace('{DIA}', '\u0308'))

# ---------------------------------------------------------------- PERSON rows
PERSON = r"""
sentence-start | Kayla refused to go to Maths again this morning and walked out at 10:40. Head of Year informed and Mum rang. | Kayla
sentence-start | Tyler was seen alone in his bedroom on Tuesday 14 March. Room tidy, fridge had milk, bread and yoghurts. | Tyler
sentence-start | Oliwia presented as tired but chatty; she talked a lot about the Year 5 trip to Skegness. | Oliwia
sentence-start | Reece not in when I called at 3pm. Left a card through the door and texted Mum to rearrange for Thursday. | Reece
sentence-start | Demi-Leigh has settled well at Hillcrest Primary. Class teacher reports she is reading at the expected level. | Demi-Leigh
sentence-start | Ibrahim asked again about seeing his brothers. Explained that the Family Court will decide this in June. | Ibrahim
sentence-start | Callum kicked off at the PRU after lunch and threw a chair. Staff used de-escalation, no restraint needed. | Callum
sentence-start | Nadia says things are "ok" at home. She would not say more while the Learning Mentor was in the room. | Nadia
sentence-start | Connor-James is now cruising round the furniture and babbling. HV happy with weight, tracking the 25th centile. | Connor-James
sentence-start | Zainab was collected late from After School Club (17:55). Grandad arrived in a taxi and apologised. | Zainab
sentence-start | Bartek told me he likes the new flat at Ashfield Court but misses his mates from Leicester. | Bartek
sentence-start | Lewis presented as low in mood. Discussed a CAMHS referral and he agreed for me to send it today. | Lewis
sentence-start | Jayden-Lee slept through for the first time since placement, carer very pleased. | Jayden-Lee
sentence-start | Aoife would not come out of the car at the Contact Centre, so the session was cut short at 4.15. | Aoife
sentence-start | Kwame reports he is being picked on at the bus stop by older lads from the Academy. | Kwame
sentence-start | Mihai was not at the address. Neighbour at number 12 said the family left "a few weeks ago". | Mihai
sentence-start | Shanice did not want to talk today. Agreed to try again next week after her exams finish. | Shanice
sentence-start | Harun attends the madrasa on weekday evenings and says he likes it; Mum confirmed the times. | Harun
given-name | Visited the home. Mum said that Kacey had been up most of the night coughing so she rang NHS 111. | Kacey
given-name | Spoke to the Designated Safeguarding Lead, who confirmed that Harvey has had 11 unauthorised absences this term. | Harvey
given-name | At the CLA review it was agreed that Amira will stay with her current carers until at least September. | Amira
given-name | Unannounced visit. Present were Mum, her partner and baby Ruby-Mae, who was asleep in the Moses basket. | Ruby-Mae
given-name | We used the three houses tool and Tomasz drew his dad in the house of worries, with a big black cloud. | Tomasz
given-name | Carer says that since the last visit Kofi has been going to boxing at the leisure centre twice a week. He has also joined the Air Cadets on Thursdays. Bedroom still needs a new wardrobe from the Placement Support budget. | Kofi
given-name | Transport booked for Monday; the escort will collect Layla from school at 2.30 and bring her to the Contact Centre. | Layla
given-name | Arrived 4.10pm, Dad answered. I explained that we needed to speak to Rhys on his own, and Dad went out to the garden for a cigarette. Conversation lasted about 20 minutes in the front room. | Rhys
given-name | Phoned the school nurse at Oakfield Juniors about Aaliyah, who keeps complaining of stomach ache on PE days. Nurse will ask the GP at Westgate Surgery to see her. Mum aware and agrees. | Aaliyah
given-name | Delegated authority discussed. The placement plan says that Keeley can have friends round at weekends as long as the carers are told first; sleepovers still need SW agreement. Reviewed again in January. | Keeley
given-name | Pathway Plan review held at the college. Dawit is on ESOL Entry 3 and wants to go on to Plumbing next year. | Dawit
given-name | Took him to Nando's after the dentist. In the car on the way back Logan said that nobody at home ever asks how he is. I said I would raise this at the Core Group on Monday and he said "whatever". | Logan
given-name | Call from Little Acorns. The nursery manager is worried because Maisie arrives in the same clothes most days and is often hungry by 10am. Breakfast now offered on arrival. Will raise with Mum at Thursday's visit. | Maisie
given-name | Key worker session at Beech House. Talked with Ahmad about money, budgeting and paying the electric on the key meter. He has £12 left until Friday; food bank voucher given and Universal Credit advance discussed. | Ahmad
given-name | Brief call with the carer. Lacey-Jo is back from respite and seems brighter, eating well. | Lacey-Jo
given-name | Young carer assessment completed; Tahmina does most of the cooking and helps Mum with her medication since the stroke in February. Referred to the Young Carers Project. School unaware until today. | Tahmina
full-name | Case transferred from the Assessment Team to Family Support. Child: Jessica Whitlock, DOB 03/02/2016. Reason: neglect concerns, home conditions. Transfer meeting 10 Oct, North Locality. | Jessica Whitlock
full-name | Strategy discussion held on Thursday about Kieran Doyle after the disclosure at school. Police and Health present. | Kieran Doyle
full-name | Letter sent to Shannon Marie Pickering at the Bridgwater address inviting her to the Initial Child Protection Conference. | Shannon Marie Pickering
full-name | Referral from A&E at the Royal Infirmary: Leon Mattison, 15, attended at 02:10 with a cut to his hand, smelling of alcohol. | Leon Mattison
full-name | The advocate from NYAS met Ellis Brannigan at the children's home and will attend his review on the 9th. | Ellis Brannigan
full-name | Home visit to see Gemma Threlfall and the new baby. Cot in place, safe sleep advice repeated. Pram in the hall blocking the fire exit, moved. Next visit booked with the Health Visitor for Wednesday. | Gemma Threlfall
full-name | Samir Haddad came to the Duty desk at the Civic Centre asking for help with emergency accommodation tonight. | Samir Haddad
full-name | Private fostering notification received: the child is living with a family friend, Marcia Greenidge, in Handsworth. | Marcia Greenidge
full-name | Missing from home report: Courtney Albright was last seen near the bus station at 19:30 wearing a grey North Face coat. | Courtney Albright
full-name | Early Help assessment started with the family. The lead professional will be the Family Support Worker, Dean Carruthers. | Dean Carruthers
full-name | Return home interview completed with Tia Sharples at the Youth Hub; she said she had been staying at a friend's in Salford. | Tia Sharples
full-name | Emergency placement found at 21:00 with carers in Wrexham for Bradley John Hussey, aged 13. | Bradley John Hussey
full-name | Health check for the kinship assessment. The GP letter confirms that Ruth Ellingham is registered at the Parkside Surgery and has no relevant history. DBS clear; references from St Peter's Church and her employer still awaited. | Ruth Ellingham
full-name | Contact supervisor notes that Darren Pilling arrived 20 minutes late and smelling of cannabis. | Darren Pilling
title-surname | Mrs Okonkwo was at home when I called and offered me tea. The children were still at school. House warm and clean, new carpet in the lounge from the Local Welfare Scheme. | Okonkwo
title-surname | Rang Mr Pritchard (maternal grandfather) to update him on the outcome of the hearing. | Pritchard
title-surname | Phone call. Ms Delaney says she no longer wants Early Help now that the rent arrears are sorted with Harbour Homes. Explained she can come back through the Front Door at any time. Closure letter to follow. | Delaney
title-surname | Miss Harrop, the Year 2 teacher, reports that he has been hungry on Monday mornings. | Harrop
title-surname | Dr Venkataraman at the Child Development Centre reviewed the bruising and did not think it was accidental. | Venkataraman
title-surname | Mx Carrow asked for all letters to go by email and not to the house. They are worried the ex-partner still reads the post. Address flagged as confidential on Mosaic. | Carrow
title-surname | Cllr Beddoes has written to the Director asking why the family's housing transfer is taking so long. | Beddoes
title-surname | DA notification. PC Atherton attended the home at 23:15 after neighbours reported shouting. No arrests made; DASH completed as standard risk. Children asleep upstairs. | Atherton
title-surname | Nurse Oyelaran from the Looked After Children health team completed the Review Health Assessment. | Oyelaran
title-surname | Mrs. Fairbrother rang the Duty line, very upset, asking why her grandson had been moved. | Fairbrother
title-surname | Sgt Lyle from the MASH confirmed two previous call-outs to the address in October. | Lyle
title-surname | DC Whitcombe will lead the ABE interview on Friday; the intermediary is booked for 10am. | Whitcombe
title-surname | Rev. Ashdown from St Anne's has offered the church hall for family time on Saturdays. | Ashdown
title-surname | Dr. Mukherjee (GP) confirmed that baby is up to date with her immunisations. | Mukherjee
title-surname | Spoke to Mr Quarshie on the phone; he is willing to be assessed as a connected person. | Quarshie
title-surname | Mrs Begum did not want an interpreter and said her English is fine for the meeting. I checked her understanding at the end. She asked for the plan in writing to show her brother in Oldham. | Begum
title-surname | PEP meeting, Tuesday. Ms Fitzsimons at the Virtual School will fund the tutoring for another term. English and Maths targets carried over; Pupil Premium Plus to pay for the laptop. | Fitzsimons
title-nbsp | Went through the safety plan with Mrs{NBSP}Kowalczyk; she understands it and signed both copies. | Kowalczyk
title-nbsp | Mr{NNBSP}Henshaw would not let me in and spoke through the letterbox. Will try again with the Team Manager. | Henshaw
title-nbsp | Ms{NBSP}Achterberg, SENCo, confirmed the EHCP draft is due by the end of the month. She asked that the Educational Psychology report be sent over again as the first copy did not open. | Achterberg
title-nbsp | Seen at Riverside Medical Centre. Dr{NNBSP}Nwachukwu has referred him on to the Community Paediatrician for an ADHD assessment. Wait is 18 months. Melatonin not prescribed yet. | Nwachukwu
title-nbsp | Cllr{NBSP}Rawlinson attended as ward member and asked for a written update. | Rawlinson
title-nbsp | Miss{NNBSP}O'Gorman (Reception class) says she is now toileting independently. | O'Gorman
title-nbsp | Mx{NBSP}Penhaligon rang back re the respite panel; they will bring the paperwork. | Penhaligon
title-nbsp | Attended Bridge Street police station with her as appropriate adult. PC{NNBSP}Dunstable took the statement at the station. Finished 19:40, dropped her back at the unit. | Dunstable
initial-surname | Chronology 12/09: T. Maddison (Housing Officer) confirmed a notice seeking possession has been served. | T. Maddison
initial-surname | Email received from R Ellwood at the college saying attendance has dropped to 62%. Bursary will stop if it falls under 60. Raised with him by text, no reply yet. | R Ellwood
initial-surname | Visit logged by D.Ferrier, Out of Hours, at 01:40. Children asleep, Mum sober. | D.Ferrier
initial-surname | Report authored by M. J. Tranter, Educational Psychologist, dated 4 April. | M. J. Tranter
initial-surname | Neighbour complaint passed on by P. O'Kane from the ASB team. | P. O'Kane
initial-surname | Signed for and on behalf of the Local Authority: S Atwal, Team Manager. | S Atwal
initial-surname | Medication chart countersigned by L.Oduya at handover. | L.Oduya
initial-surname | Contact with maternal aunt, F. McGuinness, agreed for alternate Sundays. | F. McGuinness
initial-surname | Discussed at supervision with B. Thorne; plan to step down to Early Help in 6 weeks if the home conditions hold. Chronology to be updated before then. Management oversight recorded. | B. Thorne
initial-surname | GP practice letter signed Dr A.K. Rahman, Senior Partner. | A.K. Rahman
initial-surname | Chatted with Tom H after the group, he was more open than usual about the fights at home. | Tom H
export-order | Subject: ROWBOTHAM, Tayla (ID 448120) - CIN plan review overdue | ROWBOTHAM, Tayla
export-order | Export 21/10 - Allocated worker: Pearce, Gillian - Team: Assessment North | Pearce, Gillian
export-order | Client: NOWAK, Dominik; DOB: 11/11/2009; Legal status: S20 | NOWAK, Dominik
export-order | Name: HUSSAIN, Mariam / Status: Open / Category: Neglect / Start: 02-Jan | HUSSAIN, Mariam
export-order | Report run by system. Child record: O'BRIEN, Cian. No outstanding tasks. | O'BRIEN, Cian
export-order | Alert: KHAN, Zara - missing episode logged 22:10, returned 03:20 | KHAN, Zara
export-order | Key contact updated: Asante, Abena (maternal grandmother), mobile on file. | Asante, Abena
export-order | Worklist row 7: LAWLESS, Brandon-Jay; review 14/03; IRO to confirm. | LAWLESS, Brandon-Jay
export-order | Case note author: Sutcliffe, Janine (Family Support Worker) | Sutcliffe, Janine
export-order | Duplicate record found for NGUYEN, Van Minh; data team asked to merge. | NGUYEN, Van Minh
lower-case | me n deano went to the park after school and got chips it was sick | deano
lower-case | my sister ellie-mae keeps taking my charger and mum dont do nothing about it | ellie-mae
lower-case | i like it at my nans but i miss kacper from my old school. can i go back there for a visit. we used to play fortnite every night | kacper
lower-case | its ok here the food is nice and tiana lets me use her straighteners. the other girl is annoying tho. can i get a tv in my room | tiana
lower-case | why cant i see my dad its not fair ask shauna she knows what happend | shauna
lower-case | miss says im good at drawing. me and lexi made a comic in golden time. it was about a cat that is a spy | lexi
lower-case | no one listens to me only danielle does she is my PA | danielle
lower-case | wat time is contact tmrw is it with kai or just me | kai
lower-case | i h8 school mr jenkins always picks on me and sends me out | jenkins
lower-case | callum n me r gonna go town sat if thats ok | callum
lower-case | me nd my bro mo went to the masjid for eid then kfc after | mo
lower-case | dont tell social but i was with tyreese til 2 in the morning | tyreese
lower-case | can u tell the judge i want to stay with auntie funmi pls | funmi
lower-case | im ok just tired. liam walsh from year 9 keeps messaging me | liam walsh
lower-case | my best frend is zofia she is polish and she is teaching me words | zofia
lower-case | i dont like it when my mums boyfriend comes round he is called gary | gary
lower-case | hiya its me. ive lost my phone so message me on sadias phone | sadia
lower-case | we had pizza at contact and my little brother alfie-ray spilled coke everywhere lol | alfie-ray
lower-case | sorry i missed college, went hospital with oisin he hurt his ankle. was in a&e til like 11. will be in tmrw i promise | oisin
lower-case | i want to go back to the old carers. i miss there dog and i miss jolene | jolene
lower-case | thx for the bus pass. can i have 1 for ryley as well he comes to college with me. hes in care 2 but not with u lot, hes with the other council | ryley
lower-case | kyle dont talk to me no more since the fight | kyle
lower-case | i want 2 live with grandad ray in bradford not here | ray
all-caps | ALLOCATION: CHILD IN NEED - MARCUS OYELOWO-BAKER - REVIEW DUE 14/11 | MARCUS OYELOWO-BAKER
all-caps | VISIT NOTE - ZOFIA KACZMAREK - PLACEMENT STABILITY MEETING, NORTH LOCALITY OFFICE | ZOFIA KACZMAREK
all-caps | CONTACT SUPERVISION RECORD: SIOBHAN MCGETTIGAN (MOTHER) - SESSION 6 OF 12 | SIOBHAN MCGETTIGAN
all-caps | RE: HOUSING APPLICATION FOR CHANTELLE BRIGGS (URGENT - FAMILY IN B&B) | CHANTELLE BRIGGS
all-caps | FAO MRS ADEYEMI - PLEASE CALL THE DUTY TEAM BEFORE 4PM TODAY | ADEYEMI
all-caps | MISSING PERSON: KAI-LEN STAPLETON, 14, LAST SEEN WEARING BLACK TRACKSUIT | KAI-LEN STAPLETON
all-caps | PRE-BIRTH ASSESSMENT - EXPECTANT MOTHER: ROXANNE HAWTHORNE - EDD 02/07 | ROXANNE HAWTHORNE
all-caps | STAFF ON SHIFT: WAKING NIGHT - DESMOND ACHEAMPONG | DESMOND ACHEAMPONG
all-caps | PATHWAY PLAN FOR: ABDIRAHMAN | ABDIRAHMAN
all-caps | SECTION 47 OUTCOME LETTER - TO: MR DOWLING - COPY TO FILE | DOWLING
"""
PERSON += r"""
possessive | Chris' dad rang to say he won't make the review because of work. He asked for the minutes and for a call after. IRO aware. | Chris
possessive | Kyle's mum says he has been staying out until after midnight most nights. | Kyle
possessive | Spoke to Agnieszka's health visitor, who is worried about the damp in the back bedroom. | Agnieszka
possessive | We went through Lucas' life story book together and he added photos from the caravan holiday. | Lucas
possessive | Sent a copy of the plan to Ayesha’s social worker in the neighbouring authority. They have a CIN plan for her; we have the younger two on CP. Joint visit proposed for December. | Ayesha
possessive | Carers say Frankies school shoes have split and he needs new ones before Monday. | Frankie
possessive | Brandon's older cousin has been seen dropping him off at the flats late at night. | Brandon
possessive | Waiting for Mrs Odukoya's consent before speaking to the school. | Odukoya
possessive | jaydens mum said i can stay there friday pls can i | jayden
possessive | The review heard Precious' views through her advocate: she wants more time with her brother. | Precious
possessive | Checked the PEP targets with Rubys class teacher on the phone. | Ruby
possessive | Mr Hughes' car was parked outside the school again, contrary to the written agreement. | Hughes
possessive | Overnight contact at Dad's. Explained that Jess's bedroom needs a smoke alarm before she can stay overnight. Fire Service home safety check booked for the 19th. | Jess
possessive | Grandad took Amarachi’s younger brother to the dentist in the morning. | Amarachi
bracketed | Sibling (Harley, 6) was at school at the time of the visit. | Harley
bracketed | Mother's partner (Wayne Rigby) was present but did not engage and left the room. | Wayne Rigby
bracketed | New birth visit. Baby (Nevaeh) is feeding 4-hourly and has gained 200g since the last weigh. Mum tearful at times; EPDS completed, score 11. GP informed with her consent. | Nevaeh
bracketed | The young person [Ioana] said she wants to go back to Romania to see her grandmother. | Ioana
bracketed | Paternal uncle (Mr Sandhu) has offered to have the children at weekends. | Sandhu
bracketed | Present: SW, Mum, eldest child (Tegan) and the interpreter. Younger two were at nursery. Visit lasted an hour. | Tegan
bracketed | He said "me and {Kieron} were just messing" when asked about the broken window. | Kieron
bracketed | Fostering assessment, session 3. The carer's son (Ollie, 19) lives at the property and will need a DBS check. He works nights at Amazon so the interview will be in the afternoon. | Ollie
called-aka | Youth worker concerned. He has been hanging about with an older male called Tariq near the Spar on Holloway Road, with new trainers and two phones. Shared with the Exploitation Hub. | Tariq
called-aka | Young person now goes by Sol and asked us to use this name on all paperwork. | Sol
called-aka | Mum's new partner is known as Spider locally and has convictions for supply. | Spider
called-aka | Concern about an adult aka Shotta who collects her from the chicken shop. | Shotta
called-aka | She said a girl called Saoirse gives her a lift home after the under-16s disco. Carer wants to know whether she is old enough to drive. Agreed to check at the next visit. | Saoirse
called-aka | Dad, known to the family as Taff, was not at the address. | Taff
called-aka | He has asked to be called Alex at school rather than by the full name on the register. | Alex
called-aka | Sister (known as Nene) looks after the baby when Mum is at work. | Nene
called-aka | The man she calls Uncle Bash is not a relative and police have intelligence about him. | Bash
called-aka | Friend, goes by the name Reckless on Snapchat, is asking her to meet in Wolverhampton. | Reckless
nickname | Visit ended early. Gaz came round during the visit and started shouting about social services in front of the children. I left at 11.20 and called Police non-emergency from the car. | Gaz
nickname | Rang Bex to remind her about the housing appointment at 11; no answer, text sent. | Bex
nickname | Jonno was in the lounge playing FIFA and said hi but didn't want to talk. | Jonno
nickname | Kez says she's been clean for 3 months and wants the kids back by Christmas. | Kez
nickname | Macca from the youth club has offered him a few hours' work on Saturdays. It's cash in hand at the car valeting place on the Retail Park. Carers not keen; to discuss at the review. | Macca
nickname | Called Shaz back re the nursery funding form, she'll drop it in Monday. | Shaz
nickname | Big Dev is believed to be the one running the line from the flat. | Big Dev
nickname | Anonymous call to Duty. Dazza has moved back in, which breaches the written agreement. Van seen outside every night this week. Unannounced visit planned for Monday with a colleague. | Dazza
nickname | i miss tash shes the only one who gets me | tash
nickname | Little Jay was with him on the CCTV outside the off-licence. | Little Jay
nickname | Spoke to Rach on the phone about the referral; she was upset and tearful. | Rach
nickname | He calls Paddy "my bredren" and spends most evenings at his flat. | Paddy
diacritics | Łukasz says he feels safe with his carers and wants to stay until he is 18. | Łukasz
diacritics | Visited Zoë at the supported lodgings; the room was clean and she had food in. | Zoë
diacritics | Mrs Wójcik was worried about the letter from the school and asked me to read it with her. | Wójcik
diacritics | Ştefan has joined the Under-12s at the football club and trains on Wednesday nights. | Ştefan
diacritics | Spoke with Siobhán about her plans after Year 11; she wants to do childcare. | Siobhán
diacritics | Interpreter booked for Mrs Öztürk for the meeting on the 3rd. | Öztürk
diacritics | Referral from the maternity unit about Małgorzata Zielińska, 19, first baby, no support network. | Małgorzata Zielińska
diacritics | Renée said she would rather the meeting was at school than at home. | Renée
diacritics | Saw Andrés at the drop-in; his asylum interview is next Wednesday in Croydon. Travel warrant done. The Refugee Council will send someone with him. | Andrés
diacritics | Dad (Mr Gonçalves) does shifts at the packing plant and can only do visits after 6. | Gonçalves
diacritics | Jonas Kazlauskas was present for part of the visit and answered questions about the car seat. | Jonas Kazlauskas
diacritics | Rūta says her mum drinks every weekend. She asked me not to tell her. | Rūta
diacritics | Home visit, Mrs Ilić, interpreter on speakerphone. Children playing in the yard. | Ilić
diacritics | Carer reports Björn is sleeping better since the night light was bought from Argos. Still wakes at 3am some nights asking for Mum. Bedtime routine chart on the fridge. | Björn
diacritics | Telephone call from Ms Nuñez, private fostering carer, to say the child has a temperature. | Nuñez
diacritics | Dariusz Wiśniewski attended the Child Protection Conference without his solicitor. | Dariusz Wiśniewski
diacritics | I asked Aurélie how school was going and she shrugged. | Aurélie
diacritics | Çağla is 4 months pregnant and has not yet booked with a midwife. | Çağla
diacritics | Paternal grandmother, Mrs Lăcătuș, has sent a letter from Bucharest. | Lăcătuș
diacritics | No-show. Waited 20 minutes at the library for Dávid then left. Texted and rang twice. Will try the hostel on Monday. | Dávid
origins | Lukasz says he feels much better since the move to the new school. | Lukasz
origins | Zoe did not want to come down to see me; carer says she had a row with her boyfriend. | Zoe
origins | Mrs Wojcik has asked for a Polish interpreter for all meetings. | Wojcik
origins | Saw Siobhan Gallagher at the Family Centre with both children. | Siobhan Gallagher
origins | Hodan is the eldest and often takes the younger ones to school, which makes her late for Year 10. Head of Year aware. Mum works early shifts at the hospital laundry. | Hodan
origins | Abdiqani was stopped by police in the town centre and a knife was found. | Abdiqani
origins | Yonas arrived in the UK via a small boat in May; age assessment outstanding. Placed at Greenway supported accommodation. Home Office interview not yet booked. Tigrinya interpreter needed. | Yonas
origins | Mrs Tesfamariam has signed the consent for the health assessment. | Tesfamariam
origins | Chukwuemeka has been moved up to the top set for Maths, carers very proud. He wants to do A levels at Sixth Form. Still struggling with the bus to school in the mornings. | Chukwuemeka
origins | Dad (Mr Adebayo-Ogunleye) was on nights and was asleep during the visit. | Adebayo-Ogunleye
origins | Spoke to Akosua at college; she is applying for nursing at university. | Akosua
origins | Kwabena Mensah-Bonsu has been assessed as a suitable connected carer. | Kwabena Mensah-Bonsu
origins | Muhammad Bilal Chaudhry attended with his uncle and said he understood the plan. | Muhammad Bilal Chaudhry
origins | Mrs Rashid's sister will translate in Urdu and Punjabi if needed. | Rashid
origins | Shahana Khatun said she is frightened that her husband will take the children to Sylhet. | Shahana Khatun
origins | Mr Miah runs the takeaway on the parade and often has the boys helping after school. | Miah
origins | Harpreet Kaur Sandhu is a new foster carer and this is her first placement. | Harpreet Kaur Sandhu
origins | Monday 9.15, call from the DSL. Pranav told the teacher he had not eaten since lunchtime on Sunday. School gave him breakfast. Mum not answering; Dad's number not recognised. | Pranav
origins | Mrs Iyer has asked for a review of the transport arrangements. | Iyer
origins | Emre is doing well at the Turkish Saturday school. He is less confident at Elm Tree Primary and still needs EAL support. Parents attended the open evening. | Emre
origins | Rojda wants to go to the Kurdish Community Centre to make friends who speak Kurmanji. | Rojda
origins | Omar Al-Khatib has been given leave to remain and can now apply for housing. | Omar Al-Khatib
origins | Mr Faraj asked if there was an Arabic speaker available for the next conference. | Faraj
origins | Patrin's family are staying on the roadside site near the bypass again. | Patrin
origins | Mr McDonagh says the family will be travelling to Appleby in June and the kids will miss school. | McDonagh
origins | Shaquille has been excluded for five days after a fight on the field. Reintegration meeting booked for the following Tuesday. Mum says the other boy started it. | Shaquille
origins | Ms Campbell-Bailey says the father is in Kingston, Jamaica and has no contact. | Campbell-Bailey
origins | Dafydd has started Welsh-medium nursery and settles quickly. He cried for a few minutes at drop-off on Monday then joined in. Grandparents in Aberystwyth help at weekends. | Dafydd
origins | Mrs Gwenllian Pryce confirmed she can offer respite every other weekend. | Gwenllian Pryce
origins | Ailsa asked whether her gran in Dundee could come to the review. IRO said yes and that she can join on Teams if the train is too dear. She seemed pleased. | Ailsa
origins | João has asked for a Portuguese interpreter for his mum at the next meeting. | João
origins | Mr Petrauskas is working in the car wash and not on the tenancy. | Petrauskas
origins | Gintarė is in Year 8 at Castle High and was picked for the netball team. Kit needed by Friday. Carers will claim it back from the allowance. | Gintarė
origins | Spoke to Florin Stoica, the children's father, on WhatsApp. | Florin Stoica
origins | Mrs Raduca asked me to help her fill in the school uniform grant form. | Raduca
"""
PERSON += r"""
multi-part | Letter to Mrs van der Berg confirming the date of the fostering panel. | van der Berg
multi-part | Pieter de Wit attended as the father's McKenzie friend and was asked to wait outside. | Pieter de Wit
multi-part | Ahmad bin Yusof contacted the Leaving Care Team about his Setting Up Home Allowance. | Ahmad bin Yusof
multi-part | Ms Ní Bhriain from the CAMHS Eating Disorders service will attend the professionals meeting. | Ní Bhriain
multi-part | Spoke to Ciara Ní Mhurchú, the school counsellor, who has seen him weekly since Easter. | Ciara Ní Mhurchú
multi-part | Mr MacAulay (paternal grandfather) wants to be considered for a Special Guardianship Order. | MacAulay
multi-part | Lily-Rose Fitzgerald-Hayes is due to start Reception at St Luke's in September. | Lily-Rose Fitzgerald-Hayes
multi-part | Rang Mrs O'Donoghue about the missed appointment at the Orthoptist clinic. | O'Donoghue
multi-part | Sophia da Silva Pereira said she has been arguing with her stepmother about curfew. | Sophia da Silva Pereira
multi-part | Mr De Souza is happy for the children to go on the residential to the Lake District. | De Souza
multi-part | Nasra Abdi-Warsame is now 16 and has asked to see her own file. | Nasra Abdi-Warsame
multi-part | The maternal aunt, Mrs Al Jaber, wants to share care with the grandparents. | Al Jaber
multi-part | Juan Pablo de la Fuente is staying with his cousin in Harrow while his visa is sorted. | Juan Pablo de la Fuente
multi-part | Mr ap Rhys rang from the farm to say the boys arrived safely for the weekend. | ap Rhys
multi-part | Emily-Jane St John-Smythe has been reported missing from her boarding placement. | Emily-Jane St John-Smythe
multi-part | Ms Van Rooyen (Educational Psychologist) observed in class on Tuesday morning. | Van Rooyen
multi-part | Mrs Ó Súilleabháin has agreed to bring baby to the clinic on Friday. | Ó Súilleabháin
multi-part | Abu Bakr Mohamed Farah was seen with the younger children at the mosque on Friday. | Abu Bakr Mohamed Farah
family-name-first | Chan Tsz Ching attended the review with her father and was quiet throughout. | Chan Tsz Ching
family-name-first | Referral from the school about Wong Ka Yan, Year 6, frequently late and tired. | Wong Ka Yan
family-name-first | Nguyễn Thị Hoa was found working in a nail bar in Stoke and referred through the NRM. | Nguyễn Thị Hoa
family-name-first | Mother, Li Xiaomei, does not speak English; a Mandarin interpreter was used. | Li Xiaomei
family-name-first | Trần Văn Đức has been placed in semi-independent accommodation in Walsall. | Trần Văn Đức
family-name-first | Tran Van Duc's solicitor has asked for the age assessment paperwork. | Tran Van Duc
family-name-first | Zhang Wei (father) collected the children from the Contact Centre on time. | Zhang Wei
family-name-first | Young person Pham Minh Khoa says he owes money to the people who brought him here. | Pham Minh Khoa
word-name | Will has not attended college since half term and is not answering his phone. | Will
word-name | Mark from the Housing Options team says the flat at Eastgate will be ready on the 12th. | Mark
word-name | Hope has been offered a place at the Bridge Nursery three mornings a week. | Hope
word-name | Grace said she is scared of going to her dad's at the weekend because of his new girlfriend. | Grace
word-name | Rose is 4 and still sleeps in Mum's bed most nights. The bunk beds from the Furniture Project have still not been put together. Agreed Uncle will come on Saturday to build them. | Rose
word-name | Summer told her teacher that she has been left to look after the baby. | Summer
word-name | Spoke to Brook after school; she says she is happy for the review to go ahead without her. | Brook
word-name | Sunny was running around the garden in a nappy when I arrived, Mum was inside. | Sunny
word-name | Bill, the children's grandfather, rang to complain about the contact arrangements. | Bill
word-name | Frank has been on the waiting list for the Autism assessment for 14 months. | Frank
word-name | Joy came to the door with the baby and said her husband was at the mosque. I asked to come back when both parents could be seen. Visit rebooked for Friday 5pm. | Joy
word-name | Dawn has relapsed and is using again according to the drugs worker. | Dawn
word-name | Amber turned up at the unit at 2am and refused to say where she had been. | Amber
word-name | Ms Reed from the Youth Offending Service will supervise the reparation hours. | Reed
word-name | Mason is excluded again so Mum can't go to work; she is worried about losing her job. | Mason
word-name | Hunter has been getting into fights on the bus and the driver has banned him. | Hunter
word-name | Mr Young, the Deputy Head, says he will not tolerate the behaviour any longer. | Young
word-name | Mrs Wood has agreed to keep him until the end of the school year. | Wood
word-name | Jack very quiet today, sat in the corner of the Rainbow Room and would not join in at snack time. | Jack
word-name | Faith said she would like to see her brother more than once a month. | Faith
word-name | Ivy is 18 months and not yet walking; referral to physio made. Mum says she crawls everywhere. Next check with the Health Visitor at the Children's Centre in March. | Ivy
word-name | Precious has missed all three Speech and Language appointments offered since January. | Precious
word-name | Blessing came to the group with her twins and stayed for the whole session. | Blessing
word-name | Ms Long from Probation confirmed that he is on licence until next spring. | Long
word-name | Patience says she does not want her mum at the review. | Patience
word-name | Mercy attended the Youth Hub drop-in with her baby and asked about the Healthy Start vouchers. | Mercy
word-name | Spoke to Miles before the LAC review; he wants it held at school in his free period. | Miles
word-name | hope n me got detention again for talking lol | hope
word-name | Mrs King (foster carer) says the bruise appeared after a fall at the trampoline park. | King
word-name | Ruby's nan has offered to have her over the summer. | Ruby
place-like-name | Chelsea has been going to the Brook clinic for contraception and is now on the implant. | Chelsea
place-like-name | Paris is 7 and wants to be a vet. She showed me her rabbit, Snowy, and the hutch she helped clean. Room nice, lots of books. | Paris
place-like-name | Jordan was arrested in Leeds on Friday night and released under investigation. | Jordan
place-like-name | Devon settled quickly at nursery and is already using some words in English. | Devon
place-like-name | Lincoln told the carer he did not want to go to contact on Saturday. He would not say why. I will see him at school on Wednesday and ask him. | Lincoln
place-like-name | Mr Kingston (the landlord) says he will not do the repairs until the arrears are paid. | Kingston
place-like-name | Florence was brought to the clinic by her grandma; weight is on the 9th centile. | Florence
place-like-name | Brooklyn and her mum have moved into the refuge in another county. | Brooklyn
place-like-name | India says the older girls at the hostel are taking her money. | India
place-like-name | Sydney did not come to the door, but I could hear the TV on. Card left. Housing Officer says the rent is paid up to March. | Sydney
place-like-name | Spoke to Savannah about her plans for college; she wants to do Hair and Beauty. | Savannah
place-like-name | i dont want to see chelsea no more she is a snake and she told every1 my business | chelsea
place-like-name | Austin has started secondary school at Parkfield and is finding the bus difficult. The older kids take his seat. Carer now drives him on Mondays and Fridays. | Austin
place-like-name | Georgia and her carer came to the office to sign the Pathway Plan. She wants to stay put until 21 and go to Leeds Beckett. Staying Put agreement to be drafted. | Georgia
place-like-name | Milan seemed happy playing with the cars on the mat; he did not want to leave at the end. | Milan
place-like-name | Mrs Preston has been approved as a short-break carer. | Preston
"""
PERSON += r"""
email-signoff | Hi, just to let you know I have moved Thursday's visit to 10am at the Family Hub as the house is being painted. Thanks, Bernadette | Bernadette
email-signoff | Morning all, minutes from yesterday's core group attached. Please send any amendments by Friday. Kind regards -- Oluwaseun | Oluwaseun
email-signoff | Thanks for sending the chronology, I'll read it before panel. Best wishes, Ffion (Fostering Team, Ext 4471) | Ffion
email-signoff | Apologies, I am off sick today so will not make the strategy meeting. Regards, Krystyna Dąbrowska, Health Visitor | Krystyna Dąbrowska
email-signoff | Can someone from Duty ring the school back re the Year 3 child? Urgent please. Cheers, Gav | Gav
email-signoff | Please find attached the updated safety plan signed by both parents. Many thanks, Mrs P. Lindqvist, SENCo | P. Lindqvist
email-signoff | Hiya, bus pass came today thank u so much!! from Kerry-Ann x | Kerry-Ann
email-signoff | I'm on annual leave until 2 January. For urgent matters please contact the Duty Team on 01632 960 112. Rukhsana | Rukhsana
email-signoff | Dear Duty, I am worried about the family at number 4, the kids are out at all hours. Yours sincerely, A. Whitworth (neighbour) | A. Whitworth
email-signoff | Quick one: can we move the PEP to the 15th? Head has a governors meeting. Thanks -- Tobias | Tobias
email-signoff | Hello, this is the mum of the boy in Year 4, I need to speak to someone about the letter. thank you, Roksana | Roksana
minutes-attendee | Present: Chair (IRO), Social Worker, Mum, Dad, Foster Carer, Nicola Fairhurst (Health Visitor). Apologies: School, GP. | Nicola Fairhurst
minutes-attendee | Attendees: Team Manager (chair); SW; PA; Leaving Care Nurse; Fitzgerald, Deirdre (housing). Minutes: Business Support. | Fitzgerald, Deirdre
minutes-attendee | 1. Welcome and introductions. The Chair, Mr Achebe, explained the purpose of the conference and the confidentiality statement. | Achebe
minutes-attendee | Core group attendees - Mum; maternal grandmother; Family Support Worker; DSL at Woodside Juniors; midwife (Hollie Breckon). | Hollie Breckon
minutes-attendee | Apologies received from the Designated Nurse and from Cllr Mahmood (Lead Member). Meeting quorate. Item 1: sufficiency of placements in the East locality. | Mahmood
minutes-attendee | Minute taker: Stacey. Agenda item 4: update on school attendance (Virtual School). | Stacey
minutes-attendee | Action 2: Health Visitor to complete the developmental check. Action 3: Duty SW to contact Ms Ekwueme at the refuge by Wednesday re school place. Action 4: refer to the Freedom Programme. | Ekwueme
minutes-attendee | Invitees: IRO, SW, carer, young person, advocate (Precious Nkemelu), YOS worker; not invited: birth father. | Precious Nkemelu
minutes-attendee | Panel members present: Independent Chair, Medical Adviser, Legal Adviser, Elected Member, Agency Decision Maker, Gwyneth Morgan-Price (social work member). | Gwyneth Morgan-Price
initials-only | SW visited. DK was in his room on the Xbox and would not come downstairs. Spoke through the door for a few minutes. Mum says he has not been to school since Tuesday. | DK
initials-only | KM disclosed to the DSL that she had been hit with a belt; S47 agreed. | KM
initials-only | Contact went well. JT hugged Mum at the end and asked when he can see her again. Mum brought a Lego set and they built it together. | JT
initials-only | Carers report AB-R has been wetting the bed again since the last contact with Dad. | AB-R
initials-only | YP in good spirits. Discussed with ZR his plans for college and his bank account. | ZR
odd-characters | Referral received for Leanne{NBSP}Cartwright, 17 weeks pregnant, sofa surfing. | Leanne{NBSP}Cartwright
odd-characters | Zoe{DIA} has been staying at a friend's without telling her carers. | Zoe{DIA}
odd-characters | Mr O’Rourke has refused to sign the Section 20 agreement. | O’Rourke
odd-characters | Letter copied to Ms O‘Leary at the health centre. | O‘Leary
odd-characters | Sinéad O´Connor-Flynn rang to say she is coming to the meeting with her solicitor. | Sinéad O´Connor-Flynn
odd-characters | Discussed with Mr O`Hagan, who says the dog will be rehomed by the weekend. | O`Hagan
odd-characters | CP plan: Tiernan O' Reilly to stay with paternal grandparents while the assessment is done. | Tiernan O' Reilly
odd-characters | Spoke with Fatou N’Diaye at the children's centre; she has been offered a place on Freedom Programme. | Fatou N’Diaye
odd-characters | Mrs D’Souza came to the door in her nurse's uniform, just back from a night shift. | D’Souza
odd-characters | Ja’Kobe is on a reduced timetable until after half term. | Ja’Kobe
odd-characters | Noe{DIA}l has been moved to the Hazel class because of the incident with the scissors. | Noe{DIA}l
odd-characters | Contact details amended for Marta{NNBSP}Szymańska on the system. | Marta{NNBSP}Szymańska
odd-characters | Meeting with De’Andre at the Youth Offending Service, his referral order ends in March. | De’Andre
"""

# ------------------------------------------------------------------ NONE rows
NONE = r"""
word-not-name | Mum on the phone, in a rush. Will call back after 2pm when the children are home from school. She says the letter from Housing came on Friday. | 
word-not-name | Small mark noted on left forearm, approx 2cm, yellowing. Mum says it happened in PE. School to be asked whether there was an accident book entry. Body map completed. | 
word-not-name | Rent arrears now £1,140. Grace period of 4 weeks agreed by the landlord before any further action is taken. Referred to Citizens Advice for a debt appointment on Tuesday. | 
word-not-name | Long term foster placement remains the plan; permanence report to panel in May. Carers have said yes in principle. Matching paperwork started. | 
word-not-name | Exploitation screening tool reviewed. RAG rating moved from amber to red after the missing episode on Saturday night. Return Home Interview offered, declined. | 
word-not-name | He was dunking Rich Tea biscuits in his squash and was chatty throughout. | 
word-not-name | New Hunter wellies bought for Forest School out of the clothing grant. | 
word-not-name | Frank discussion with the carers about the boundaries at bedtime and phone use. They will take the phone at 10pm on school nights. Young person unhappy but agreed to try it until half term. | 
word-not-name | Dawn raid by police at 6am; the children were taken next door in their pyjamas. Warrant was for drugs. Emergency Duty Team informed at 06:40. | 
word-not-name | Summer holiday plan: holiday club three days a week, funded through HAF. | 
word-not-name | The brook behind the estate floods every winter and the younger ones play near it. | 
word-not-name | Sunny day so we walked to the park and he ran ahead to the swings. | 
word-not-name | Bill for the gas is £340 in arrears; referred to the fuel poverty scheme. Mum has been sitting in the dark to save the meter. Warm Homes Discount form filled in together. | 
word-not-name | Reed diffuser knocked over in the hallway, strong smell, advised to keep out of reach. | 
word-not-name | Young people's forum meets on the first Tuesday of the month at the Town Hall. | 
word-not-name | Wood burner in the lounge has no fireguard; advice given and a guard ordered. Toddler seen near it twice during the visit. Will check it is fitted on Friday. | 
word-not-name | Union Jack bunting still up from the street party, house otherwise bare. | 
word-not-name | Amber teething necklace seen on baby. Advised removal because of the choking risk. | 
word-not-name | King size bed shared by Mum and the three children; beds ordered through the grant. Delivery due the week after next. Bedding from the Baby Bank. | 
word-not-name | We made a Victoria sponge in the cooking session and he took a slice home for his nan. | 
word-not-name | Ivy growing through the bathroom window frame; damp and black mould throughout. Photos taken and sent to Environmental Health. Landlord has not replied to three letters. | 
word-not-name | Brown envelope from the DWP unopened on the mat with several others. Mum says she cannot face them. We opened them together; one is a PIP review date. | 
word-not-name | Patience is wearing thin at the school and they are talking about a managed move. Three fixed-term exclusions since September. Virtual School asked to attend the meeting. | 
word-not-name | Mum described the new baby as a blessing after everything that has happened. | 
word-not-name | Precious little food in the cupboards: half a loaf, some cereal and a tin of beans. Food bank voucher issued. Universal Credit payment due Thursday. | 
word-not-name | Closure summary agreed with the Team Manager. Mark the file as closed once the letter has been sent to the GP. Family know they can self-refer to the Family Hub. | 
word-not-name | His will to engage has improved since the new PA was allocated. | 
word-not-name | Faith groups in the area have offered to help with food parcels over Christmas. | 
word-not-name | Ruby wedding party for the grandparents is the reason the contact was moved. | 
word-not-name | Jade earrings and a new phone found in her room; carers unsure where they came from. | 
word-not-name | Joy and relief all round when the final hearing was listed for next month. | 
word-not-name | Jack-knifed lorry on the ring road so I arrived 30 minutes late. | 
word-not-name | Black mould on the walls of the baby's room and the window will not shut. | 
word-not-name | White goods provided by the Leaving Care Team: fridge, washer and cooker. | 
word-not-name | Basil and mint growing on the windowsill; he is proud of his little garden. | 
word-not-name | Isle of Skye residential trip booked for August with the children's home. | 
word-not-name | Miles away in his own head for most of the session, then suddenly chatty at the end. | 
place-not-name | Family now living in a hostel on Sydney Street, one room, shared kitchen. No cooking facilities on the floor. Homeless Prevention say it is 6 to 8 weeks before anything else. | 
place-not-name | He has been offered a place on the Motor Vehicle course at Lincoln College. | 
place-not-name | He supports Chelsea FC and wants a shirt for his birthday. Carers think it is too dear. Suggested a birthday grant request to the Team Manager. | 
place-not-name | Moved to a flat in Kingston upon Thames, closer to his college. | 
place-not-name | Genogram updated. Dad was born in Jordan and the family fled to the UK via Turkey in 2019. Paternal relatives still in Amman; no contact since the war. | 
place-not-name | Father believed to be in Chad; no contact for several years. | 
place-not-name | School trip to Paris in April costs £420; carers asked if the LA will fund it. | 
place-not-name | Mum's sister lives in Florence and has offered to have the children for the summer. | 
place-not-name | Carers have booked a caravan in Devon for the first week of August. Holiday consent form signed by the Team Manager. He is excited about the beach. | 
place-not-name | He was found by BTP at Preston station, two hours from home. | 
place-not-name | Referral passed to Milton Keynes as the family moved there on Monday. | 
place-not-name | Grandparents live in India and video-call every Sunday morning. | 
place-not-name | The tenancy is at 14 Brooklyn Drive, ground floor, with a small garden. | 
unit-ward-room | Call from the hospital social worker. Baby moved from Cherry Ward to the Special Care Baby Unit overnight. Withdrawal symptoms, on morphine. Parents visiting separately. | 
unit-ward-room | Children played in the Rainbow Room while parents met with the Family Support Worker. | 
unit-ward-room | Admitted to the Oak Unit (adolescent inpatient) on Friday after the overdose. Mental Health Act assessment not needed, informal admission. Carers visiting daily. | 
unit-ward-room | Supervised contact now at Maple House, Thursdays 4-6pm. Taxi booked through Transport. If Mum is more than 15 minutes late the session is cancelled. | 
unit-ward-room | Meeting held in the Willow Suite at the Civic Centre; room booked until 1pm. | 
unit-ward-room | The nursery has three rooms: Sunflower Room (babies), Butterfly Room and Ladybird Room. | 
unit-ward-room | Transferred from Jasmine Ward to the Paediatric Assessment Unit for observation. | 
unit-ward-room | Rowan Lodge have a bed for 72 hours only; then she has to move on. | 
unit-ward-room | Mum is on Nightingale Ward at the General recovering from the C-section. | 
unit-ward-room | Hazel Unit staff say he has been refusing his medication at night. | 
unit-ward-room | Phoenix Centre (short breaks) has offered one weekend a month from October. | 
named-place-street | She wants to go to St Mary's for Year 7 because her friends are going. The application deadline is 31 October. Carers to do it online with her this weekend. | 
named-place-street | Bus stop on Victoria Road is where the older males were seen waiting. Two cars, one silver Audi. Intelligence form submitted to Police. | 
named-place-street | The flat on Nelson Street has been boarded up after the fire. | 
named-place-street | Parenting course at Kingsley House starts on Monday at 9.30. | 
named-place-street | Youths from the Churchill estate were involved in the fight at the chippy. He says he was not there. CCTV being looked at by the Neighbourhood Team. | 
named-place-street | Blood test booked at Jenner Health Centre for 8.40 on Tuesday. | 
named-place-street | Mum has moved back to St Helens to be near her sister. | 
named-place-street | The carers took them to Alexandra Park for the fireworks. | 
named-place-street | Sofa surfing between addresses on Gladstone Street and Wellington Road. | 
named-place-street | Appointment at the Princess Royal Hospital fracture clinic next week. | 
named-place-street | New address: Flat 3, Mandela Close, second floor, no lift. | 
named-place-street | The school has a non-uniform day for St Patrick's Day and she wants to wear green. | 
named-place-street | Got her a card for Valentine's Day from her boyfriend, carers not happy. | 
named-place-street | They travelled on the Elizabeth line to see the grandparents in Ilford. | 
named-place-street | The family are at the Queen Elizabeth Hospital with the baby, who has bronchiolitis. | 
named-place-street | St Thomas' sent a discharge summary that day. | 
brand-org | Mum bought the school uniform from John Lewis with the voucher. Receipts kept. Shoes still needed, size 4. | 
brand-org | Referral made to Barnardo's for the sexual exploitation service. Waiting list is about 6 weeks. Interim support from the school counsellor. | 
brand-org | He wants Dr Martens for school but they cost £140, so we looked at other shoes. Ended up with a pair from Clarks in the sale. He was fine about it. | 
brand-org | Family stayed at Ronald McDonald House while the baby was in intensive care. | 
brand-org | He got a Ted Baker washbag for Christmas and was over the moon. | 
brand-org | She had a Jack Wills hoodie on that the carers hadn't bought. | 
brand-org | Mr Kipling cakes and a bottle of pop for her birthday tea. | 
brand-org | Contact moved to McDonald's in town because he refused to go to the centre. Supervisor sat at the next table. It went better than last time. | 
brand-org | Anna Freud Centre training on mentalisation booked for the whole team. | 
brand-org | He is doing his Bronze Duke of Edinburgh's Award through the school. | 
brand-org | Mum works part time at Sainsbury's and has her shifts on Saturdays. | 
brand-org | Bought PE kit from Marks and Spencer using the clothing allowance. | 
brand-org | She spends hours at the Tommy Hilfiger outlet with older girls she met online. | 
brand-org | Gambling on Paddy Power and William Hill apps; debts of about £2,000. | 
brand-org | Place on the King's Trust programme starting in January. | 
eponym-condition | Baby has Down's syndrome and is under the cardiac team at the children's hospital. Surgery planned for the spring. Parents coping well, good family support. | 
eponym-condition | Diagnosis of Asperger's in 2017; school now uses the term autism in his EHCP. | 
eponym-condition | Grandmother has Alzheimer's so can no longer be a carer. She has moved into Elmwood Care Home. The children visit on Sundays with Mum. | 
eponym-condition | Tourette's tics worse when anxious, especially in crowded corridors. | 
eponym-condition | Hirschsprung's disease operated on as a baby; stoma reversed at 2. | 
eponym-condition | Apgar scores 8 and 9; mother and baby discharged on day 2. | 
eponym-condition | She was assessed as Gillick competent to consent to the treatment. | 
eponym-condition | Fraser guidelines applied by the sexual health nurse. | 
eponym-condition | Mum made a Clare's Law application about her new partner. Disclosure made by Police on Tuesday. She says she has ended the relationship. | 
eponym-condition | Age assessment carried out in a Merton compliant way by two trained workers. | 
eponym-condition | Dad has Crohn's disease and is often in hospital. | 
eponym-condition | Bell's palsy on the left side, now improving. | 
eponym-condition | He has Duchenne muscular dystrophy and uses a powered wheelchair. | 
idiom | Mum said "you fill in the form, hand it in and Bob's your uncle", as if it were that simple. | 
idiom | Dad would not consent to the referral to the Family Hub. He said he doesn't want every Tom, Dick and Harry knowing his business. Explained what is shared and why. | 
idiom | He is a bit of a Jack the lad around the girls at school. | 
idiom | For Pete's sake, she said, I've told you all this before. | 
idiom | Carers feel they are a jack of all trades: nurse, teacher, taxi and therapist. | 
idiom | Mum says the neighbour is a real nosey parker and calls the police every week. Police confirm 6 calls since June, all no further action. | 
idiom | She feels she has to keep up with the Joneses for her daughter's birthday parties. | 
idiom | Called him a smart alec when he corrected the teacher. | 
idiom | He's a doubting Thomas about whether the move will actually happen. | 
fiction | She wanted to watch Frozen again and sang along with Elsa the whole way through. | 
fiction | He is reading Harry Potter and the Philosopher's Stone with his carer at bedtime. | 
fiction | We read Matilda together and she said Miss Trunchbull is like her old teacher. She laughed a lot at the chokey. Nice session. | 
fiction | He had a Mr Tickle book and a Peppa Pig cup in his bag. | 
fiction | Bedroom seen. Chase is his favourite from Paw Patrol, he has the toy and the bedding. Room warm and tidy, blackout blind fitted. | 
fiction | Horrid Henry on the iPad while I spoke to Mum in the kitchen. | 
fiction | Played Mario Kart with him at the end of the session; he won every race. | 
fiction | Wanted to be Spider-Man for World Book Day; carer made the costume. | 
fiction | she likes Bluey and stitch and moana | 
fiction | i watched shrek 2 and sonic at the cinema with the carers | 
fiction | Tracy Beaker is her favourite show and she says she is just like her. | 
fiction | Toddler repeating lines from Bob the Builder and Fireman Sam. | 
pet | Our dog Bella barked the whole visit and jumped up at me. Mum put her in the garden eventually. Advised about the dog and the baby, leaflet given. | 
pet | His snake (Kevin) lives in a tank in the bedroom; tank clean. | 
pet | She cried when talking about her hamster Biscuit who died last week. | 
pet | The cat, Oscar, had fleas; Mum agreed to get treatment from the vet. Bites seen on the children's legs. PDSA number given. | 
pet | Staffie called Tyson in the back garden, muzzled, appears well cared for. | 
pet | my rabbit alfie had babies!!! | 
pet | Police notification: the family's lurcher Max has bitten a neighbour's child. Dog Warden involved. Children say the dog sleeps in their room. | 
pet | Budgie called Charlie in the front room, cage clean. | 
role-word | Mum and Dad both attended and were calm throughout. | 
role-word | Nan collects the children from school on Tuesdays and Thursdays. She is 74 and has a bad hip. Mum thinks she may not manage much longer. | 
role-word | Foster Carer reports good progress and no incidents this month. | 
role-word | The Head has agreed to a part-time timetable for two weeks. Mornings only, 9 to 12. To be reviewed at the PSP meeting on the 22nd. | 
role-word | The Guardian asked for the threshold document before the hearing. Legal to send it by Monday. Final evidence due 14 days later. | 
role-word | Grandma is in the process of becoming a kinship carer. | 
role-word | The Judge ordered a parenting assessment by an independent social worker. | 
role-word | Aunty and Uncle have said they will come to the next meeting. | 
role-word | Step-Dad was not present; Mum said he was at work. | 
role-word | The Virtual School Head will attend the PEP meeting. | 
role-word | Discussed with the Team Manager, the Chair and the Service Manager, who agreed step down. | 
placeholder | Child A and Child B were seen together in the lounge. Both appeared clean and well dressed. Child B did not speak during the visit. | 
placeholder | Sibling 2 is on a separate plan because she lives with her father. | 
placeholder | Baby X born at 34 weeks, admitted to NICU. Mother discharged on day 3. Pre-birth plan now in place and discharge planning meeting booked. | 
placeholder | [REDACTED] attended the meeting and gave her views. | 
placeholder | Adult 1 is the mother's partner and has a history of violence. | 
placeholder | YP1 and YP2 were both missing overnight. | 
placeholder | Letter to [NAME] at [ADDRESS] re: contact. | 
placeholder | Mother (M) and Father (F) were both present at the conference. | 
sentence-initial-word | Tired but chatty. Ate a good lunch and went out to play. | 
sentence-initial-word | Happy to see me and showed me her room. | 
sentence-initial-word | Clean and tidy home. Food in fridge. Smoke alarm tested. | 
sentence-initial-word | Quiet today, wouldn't make eye contact with the teacher. | 
sentence-initial-word | Concerns remain about the neglect of the children's teeth. | 
sentence-initial-word | Nothing to report from the weekend, everything calm. | 
sentence-initial-word | Angry and upset about the refusal. Calmed down after 20 minutes. | 
sentence-initial-word | Lovely visit. Baby smiling and cooing throughout. | 
nationality-language | Mum speaks Somali and some English; an interpreter was used. Conversation took twice as long. She asked for letters to be translated. | 
nationality-language | The family is Polish and the children go to Polish school on Saturdays. | 
nationality-language | He speaks Tigrinya and a little Amharic; interpreter booked. | 
nationality-language | Romanian interpreter requested for the next visit. | 
nationality-language | Kurdish Sorani speaker; please book a female interpreter. | 
nationality-language | Grandmother speaks only Sylheti; the children translate. | 
nationality-language | Vietnamese community worker will come to the meeting. | 
nationality-language | Irish Traveller family; the Traveller Education Service is involved. Site at Mill Lane has no running water at the moment. Council Gypsy and Traveller Liaison aware. | 
nationality-language | The family are Roma and from Slovakia originally. | 
nationality-language | Welsh-speaking foster carer requested by the child. | 
month-day | Next visit Tuesday 4 June at 10am. Mum asked if it could be after 12 because of her course. Agreed. | 
month-day | May half term: the children will be with Dad. Handover at the Police station car park, Monday 10am. | 
month-day | April review has been moved to the end of the month. | 
month-day | August is when the tenancy ends. | 
month-day | Wednesday contact cancelled by the centre because of staff sickness. | 
month-day | June exams finished; results due in August. | 
acronym | SW and PA visited together; CP plan discussed. YP said the plan is "pointless". RCPC in 3 months. | 
acronym | YP not at home. CIN plan to continue. | 
acronym | LAC review chaired by IRO; CLA health assessment overdue. | 
acronym | SENCo and DSL met; EHCP application submitted. | 
acronym | CAMHS referral accepted. MASH closed the contact. | 
acronym | PLO letter issued, pre-proceedings meeting booked. | 
celebrity | Her favourite singer is Taylor Swift and she has the posters on her wall. Tickets for Wembley are way too much. Carers looking at a tribute night instead. | 
celebrity | He wants to be a footballer like Marcus Rashford. | 
celebrity | listening to stormzy on repeat in the car | 
"""
NONE += r"""
child-words-none | im fine stop asking me the same thing every week | 
child-words-none | it was ok at contact but mum was late again and i was bored | 
child-words-none | can i have my phone back plssss i promise i wont go on it after 10 | 
child-words-none | i hate it here the staff r well strict and the wifi is rubbish | 
child-words-none | my nan makes the best curry and i want to stay at hers at xmas | 
child-words-none | wen is my review i want 2 say stuff | 
child-words-none | Thank u for helping me with my CV I got the job at the cafe!!! | 
child-words-none | dont want to go to school tmrw my belly hurts | 
admin-none | Export 03/11: 14 open CIN cases, 3 overdue visits, 1 unallocated. | 
admin-none | Kind regards, Duty and Assessment Team (North), Civic Centre, Level 2 | 
admin-none | Thanks for your email. I'm out of the office until Monday. Please contact the Leaving Care Team duty line. | 
admin-none | Minutes: Present - Chair, SW, Mum, Dad, School, Health. Apologies - Police. Next meeting 6 weeks. | 
admin-none | Case closed to Children's Services; stepped down to Early Help. Letter sent to family and GP. | 
admin-none | Ref: CP/2023/0441 - Initial Child Protection Conference - outcome: Child Protection Plan (Neglect). | 
admin-none | Please note change of venue: the review will be held at the Family Hub on Market Street. | 
word-not-name | Hope the new flat helps. Viewing on Thursday at 11 with the Housing Officer, then keys on Monday if all goes well. | 
word-not-name | Rose gold phone case and new AirPods; she says a friend bought them. Carers worried, logged on the Exploitation tracker. | 
word-not-name | Sunny spells forecast so the Saturday contact will be at the park rather than the centre. | 
place-not-name | Wearing Chelsea boots and a long black coat when he left the unit at 8pm. Not returned by 11, reported missing. | 
place-not-name | Kingston Crown Court trial set for March; he will need an intermediary and the Witness Service. | 
role-word | Spoke to Nan and Grandad together in the kitchen. Grandad more worried than Nan about the drinking. | 
"""

def parse(block, typ):
    rows = []
    for line in block.strip('\n').split('\n'):
        if not line.strip():
            continue
        parts = line.split(' | ')
        assert len(parts) == 3, line
        cat, text, span = parts[0].strip(), unesc(parts[1]), unesc(parts[2].rstrip())
        if typ == 'NONE':
            assert span == '', line
        else:
            assert span and text.count(span) == 1, line
        rows.append((typ, cat, text, span))
    return rows

def main():
    rows = parse(PERSON, 'PERSON') + parse(NONE, 'NONE')
    texts = [r[2] for r in rows]
    assert len(set(texts)) == len(texts), 'duplicate text'
    for r in rows:
        assert '\t' not in r[2] and '\n' not in r[2] and '\r' not in r[2]
    random.Random(SEED).shuffle(rows)
    cases = ['id\ttype\ttext\tspan']
    cats = ['id\tcategory']
    for i, (typ, cat, text, span) in enumerate(rows, 1):
        rid = 'F%04d' % i
        cases.append('\t'.join((rid, typ, text, span)))
        cats.append('\t'.join((rid, cat)))
    with open(os.path.join(HERE, 'cases.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(cases) + '\n')
    with open(os.path.join(HERE, 'categories.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(cats) + '\n')
    print('wrote %d rows' % len(rows))

if __name__ == '__main__':
    main()
