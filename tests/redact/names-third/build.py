#!/usr/bin/python3
"""Build the third names evaluation set (hand-written rows, no templates).

Each row below is written individually as `category | text | span`.
span is empty for NONE rows. Escapes: {NBSP} U+00A0, {NNBSP} U+202F, {DIA} U+0308.
PERSON/NONE type is derived from the category (see NONE_CATEGORIES).
"""
import os
import random
import sys

NONE_CATEGORIES = {
    "sentence-start-caps", "days-months-seasons", "organisation-service",
    "brand-product", "place-named-after-person", "eponym",
    "fictional-character", "pet", "sports-team", "religious-festival",
    "role-capitalised", "acronym", "foreign-words", "language-nationality",
    "form-heading", "dense-capitals", "word-not-name", "place-not-name",
    "placeholder", "celebrity",
}

ROWS = r'''
# ---------------- PERSON: given name alone at the start of a sentence
given-name-start | Kacper was collected from Brookfield Primary at 3.15 by his stepdad. He seemed tired but chatty about the Halloween disco. | Kacper
given-name-start | Nasra attended the Tuesday drop-in at the Family Hub. She asked about ESOL classes at the college. | Nasra
given-name-start | Tiernan refused to get in the car. Taxi arranged via the Transport Team instead. | Tiernan
given-name-start | Oluwaseun has settled well at Ashcombe Road. Placement Stability Meeting booked for January. | Oluwaseun
given-name-start | Yaw told me he wants to stay with his aunt until Easter. | Yaw
given-name-start | Mehwish declined the offer of a Young Carers assessment, saying she copes fine. | Mehwish
given-name-start | Rustam arrived in the UK in March via Dover and is now supported by the UASC team. | Rustam
given-name-start | Nguyet was quiet throughout the visit and kept her headphones on. | Nguyet
given-name-start | Ionut has missed nine sessions at Riverside Academy this half term. Attendance Officer informed. | Ionut
given-name-start | Gintarė says she is happy in Year 9 but is finding Maths hard. | Gintarė
given-name-start | Filmon wanted to show me the football boots he bought from Sports Direct. | Filmon
given-name-start | Chidera disclosed that she had not eaten since Sunday. Food bank voucher issued. | Chidera
given-name-start | Efua is due to give birth in late February at the Royal Infirmary. | Efua
given-name-start | Tanvir was not at home when I called. Neighbour at No. 14 said the family had gone to Bradford for the weekend. | Tanvir
given-name-start | Serkan rang CAMHS himself on Monday, which is a big step. | Serkan
given-name-start | Rojda speaks Kurmanji at home and English at school. | Rojda
given-name-start | Zarmina was visibly upset when Contact was cancelled again. | Zarmina
given-name-start | Khanh seemed more relaxed today and joined in with the cooking at Oakfield Children's Centre. | Khanh
given-name-start | Mirela was out at the Lidl on Station Road when I arrived, so I waited with the children. | Mirela
given-name-start | Shanice was dropped off late by the escort. Staff at Hillcrest logged it on CPOMS. | Shanice
given-name-start | Gonçalo asked whether he could visit Lisbon with his father in the summer holidays. | Gonçalo
given-name-start | Oleksandr is still waiting for his Biometric Residence Permit. Home Office chased on 4 November. | Oleksandr
given-name-start | Arbër stayed in his room for most of the visit and only came down for tea. | Arbër
given-name-start | Eilidh moved down from Dundee in August and is living with her gran. | Eilidh
given-name-start | Carys brought her Welsh homework to show me and read a bit of it aloud. | Carys
given-name-start | Siobhán has asked that her mobile number is not shared with the father. | Siobhán
given-name-start | Kathleen said the family will be pulling onto the site at Clayfield Lane next month. | Kathleen

# ---------------- PERSON: full names in running text
full-name | Home visit completed with Aisling Brennan at her flat on Carver Street. Kitchen clean, fridge well stocked. | Aisling Brennan
full-name | The referral came from Gareth Pritchard at the GP surgery on Monday afternoon. | Gareth Pritchard
full-name | Strategy discussion held between Police and CSC regarding Tomasz Zieliński. | Tomasz Zieliński
full-name | Call received from Abdirahman Warsame asking for an update on the housing application. | Abdirahman Warsame
full-name | Contact will now be supervised by Temitope Adeyemi from the Family Time team. | Temitope Adeyemi
full-name | I met Senait Tesfay at Kingsway Library as she did not want me at the house. | Senait Tesfay
full-name | Birth father is named as Kwabena Osei-Tutu on the Birth Certificate. | Kwabena Osei-Tutu
full-name | Letter sent to Rubina Akhtar explaining the outcome of the Single Assessment. | Rubina Akhtar
full-name | School confirmed that Priyanka Venkatesh is the named DSL for the Lower School. | Priyanka Venkatesh
full-name | Neighbour Hamza Al-Rawi reported shouting from the first floor flat at around 2am. | Hamza Al-Rawi
full-name | Emre Yıldırım was spoken to alone in his bedroom; he said things at home are "alright". | Emre Yıldırım
full-name | The tenancy is in the name of Liu Yang, who is the maternal grandmother. | Liu Yang
full-name | Mother's new partner was identified as Darius Ionescu, aged 31. | Darius Ionescu
full-name | PNC checks on Vytautas Kazlauskas returned no trace. | Vytautas Kazlauskas
full-name | Bethan Llewellyn has agreed to be the family's link with the Welsh-speaking nursery. | Bethan Llewellyn
full-name | Respite carer Fraser McAllister has two spaces free over the Christmas period. | Fraser McAllister
full-name | Maternal uncle Kofi Boateng attended with his wife and offered to help with school runs. | Kofi Boateng
full-name | Dad's sister Marcia Thompson-Reid offered to take the children on Fridays after school. | Marcia Thompson-Reid
full-name | Marisa Carvalho phoned to say the baby had a temperature and she would not make the Core Group. | Marisa Carvalho
full-name | I spoke to Nadiya Hrytsenko through a Ukrainian interpreter on Teams. | Nadiya Hrytsenko
full-name | Fatmir Hoxha, the children's father, was not present. | Fatmir Hoxha
full-name | YP's girlfriend Jodie-Leigh Barratt was in the flat during the visit and left when asked. | Jodie-Leigh Barratt
full-name | Florin Stanciu says the family moved from Craiova to Sheffield in 2022. | Florin Stanciu
full-name | Kinship assessment of Johnny Delaney started today at the Traveller site. | Johnny Delaney
full-name | The social worker allocated is Rhiannon Jeffries; she starts on Monday. | Rhiannon Jeffries

# ---------------- PERSON: surname after a title
title-surname | Mrs Okonkwo was visibly anxious and kept checking her phone. | Okonkwo
title-surname | Mr Szymański confirmed he works nights at the warehouse in Daventry. | Szymański
title-surname | Spoke with Dr Ranasinghe on Ward 12 about discharge planning. | Ranasinghe
title-surname | Ms Gallagher (class teacher) reports good progress in phonics. | Gallagher
title-surname | Miss Adebayo said she will bring the reading book back on Monday. | Adebayo
title-surname | Cllr Hussain has written to the Director asking for an update on the case. | Hussain
title-surname | PC Rowntree attended the address at 23:40 following a 999 call. | Rowntree
title-surname | DC Kaczmarek from the Child Exploitation Team will lead the joint visit. | Kaczmarek
title-surname | Sgt Ogunleye confirmed the Child Abduction Warning Notice had been served. | Ogunleye
title-surname | Rev. Ashworth from St Bartholomew's offered the church hall for the family group conference. | Ashworth
title-surname | Nurse Doherty weighed the baby at 4.1kg and was happy with feeding. | Doherty
title-surname | Mx Penrose asked to be copied into all correspondence. | Penrose
title-surname | Mrs. Baptiste rang the office twice before lunch. | Baptiste
title-surname | Mr{NNBSP}Nowicki did not attend the review and has not sent apologies. | Nowicki
title-surname | Mrs de Souza said the baby's father is back in Recife. | de Souza
title-surname | Mr Al Mansouri did not want an interpreter for the meeting. | Al Mansouri
title-surname | Ms Ní Dhomhnaill has agreed to host contact at her home on alternate Sundays. | Ní Dhomhnaill
title-surname | Dr Nwachukwu, the community paediatrician, will see him in clinic. | Nwachukwu
title-surname | Mrs Popescu explained she works at the car wash on Fenton Road. | Popescu
title-surname | Miss Tran came to the door in her dressing gown at 11am. | Tran
title-surname | Mr Mehmeti asked for his son's passport to be returned. | Mehmeti
title-surname | The class teacher, Ms Kovalenko, has noticed he is falling asleep in lessons. | Kovalenko
title-surname | Cllr Pryce-Jones chaired the Corporate Parenting Panel. | Pryce-Jones
# ---------------- PERSON: name after a role or relation word
role-name | SW Callum told mum the plan would be reviewed in six weeks. | Callum
role-name | IRO Deborah Fairclough chaired the review at the Civic Centre. | Deborah Fairclough
role-name | Nan Maureen picks the girls up every Wednesday. | Maureen
role-name | Aunty Bisi brought jollof rice to the family meeting. | Bisi
role-name | Grandad Des has been taking him fishing at Carr Mill Dam. | Des
role-name | Uncle Faisal has offered a room above the shop. | Faisal
role-name | Foster carer Lorraine Etherington reported that he wet the bed twice this week. | Lorraine Etherington
role-name | Health Visitor Gemma Cartwright completed the 9-12 month review. | Gemma Cartwright
role-name | PA Sunil met him at Costa to go through the Pathway Plan. | Sunil
role-name | Mentor Jerome has been working with him on his CV. | Jerome
role-name | YOT worker Kerry-Ann Mullings will attend court with him on Friday. | Kerry-Ann Mullings
role-name | Auntie Hodan is the main carer while mum is in hospital. | Hodan
role-name | Nana Irene says she can't manage another night of him kicking off. | Irene
role-name | Stepdad Lee works away in Aberdeen for two weeks at a time. | Lee
role-name | TA Harjit supports him in class in the mornings. | Harjit
role-name | DSL Paul Heseltine emailed the chronology over. | Paul Heseltine
role-name | Midwife Orla Keane completed the antenatal home visit. | Orla Keane
role-name | Interpreter Bashir was booked for Dari but arrived late. | Bashir
role-name | Granny Peggy is poorly in Whiston Hospital. | Peggy
role-name | Support worker Mihaela Dumitru helped with the PIP form. | Mihaela Dumitru
role-name | Big sister Amani did the school run this morning. | Amani
role-name | Godmother Adwoa has been a steady presence since the baby was born. | Adwoa
role-name | Team Manager Siân Parry agreed the step-down to Early Help. | Siân Parry

# ---------------- PERSON: lower case, as typed in quick notes and by children
lower-case | spoke to jakub on the phone, he said he will come to the next session | jakub
lower-case | mum said liam doyle has been round again even though hes not meant to | liam doyle
lower-case | visit to ashleigh at 10am, no answer, card left | ashleigh
lower-case | ring back re tamika - school want a meeting | tamika
lower-case | emailed the college about chloe-mae, no reply yet | chloe-mae
lower-case | me and my nan went to see bogdan at the hospital | bogdan
lower-case | rang farhana to confirm the CIN meeting on thursday | farhana
lower-case | note: declan murphy dropped off the school bag at reception | declan murphy
lower-case | aleksandra cried when she saw the photos of her brother | aleksandra
lower-case | saw ikram in tesco with her mum, she looked well | ikram
lower-case | dad is still living with shannon in wigan | shannon
lower-case | duty call re nikolai, police attended last night | nikolai
lower-case | i told sami that i didnt want to go to contact | sami
lower-case | the lady from the council, gwen, was nice to me | gwen
lower-case | yusuf and me built a den in the garden | yusuf
lower-case | ola said she would pick up the prescription tomorrow | ola
lower-case | hi its bilal, can u ring me back when ur free | bilal
lower-case | chased ruksana for the consent form again | ruksana
lower-case | wei ling brought her little brother to the session | wei ling
lower-case | dom said his dad punches the wall when hes angry | dom
lower-case | visit with mariana cancelled, she is at the dentist | mariana
lower-case | lost my phone so cant message ellie-jo | ellie-jo
lower-case | i miss amira from my old school | amira

# ---------------- PERSON: all capitals
all-caps | CHILD: MAKSYMILIAN NOWAK (DOB ON FILE) | MAKSYMILIAN NOWAK
all-caps | ALLEGED PERPETRATOR: DANIEL FROST, mother's ex-partner. | DANIEL FROST
all-caps | Referrer name: SHARON MCGEE, Learning Mentor | SHARON MCGEE
all-caps | I HATE LEWIS HE ALWAYS TAKES MY STUFF | LEWIS
all-caps | PLEASE DO NOT DISCLOSE ADDRESS TO ROXANA STAN | ROXANA STAN
all-caps | NAME OF PERSON COMPLETING FORM: BABAJIDE OLAWALE | BABAJIDE OLAWALE
all-caps | WARNING - SAFEGUARDING ALERT ON FILE FOR KYLE BRADSHAW | KYLE BRADSHAW
all-caps | ZAINAB IS NOT TO BE COLLECTED BY ANYONE OTHER THAN MUM | ZAINAB
all-caps | Note from reception: MR DOBROWOLSKI CALLED AGAIN, VERY ANGRY | DOBROWOLSKI
all-caps | Subject: URGENT - HOUSING - TAHMINA BEGUM | TAHMINA BEGUM
all-caps | SIOBHAN KEARNEY TO BE INVITED TO FGC | SIOBHAN KEARNEY
all-caps | Emergency contact: GRANDMOTHER - CONSTANCE FORBES | CONSTANCE FORBES
all-caps | MATEUS OLIVEIRA ABSENT FROM PE AGAIN | MATEUS OLIVEIRA
all-caps | KEY WORKER: JUSTYNA | JUSTYNA
all-caps | FAO ABDULLAHI HERSI - HOME OFFICE INTERVIEW DATE | ABDULLAHI HERSI

# ---------------- PERSON: multi-part names, particles, family-name-first
multi-part | Mother is Mariam Bibi Qureshi, currently staying at the refuge. | Mariam Bibi Qureshi
multi-part | Referral concerns Gurpreet Singh Dhillon, aged 16. | Gurpreet Singh Dhillon
multi-part | Father's full name is Mohammed Abdi Farah. | Mohammed Abdi Farah
multi-part | Nguyen Thi Hoa attended the interview with Trading Standards at the nail bar. | Nguyen Thi Hoa
multi-part | The lease is held by Wong Ka Wai, the children's uncle. | Wong Ka Wai
multi-part | Maria da Conceição Ferreira is the maternal grandmother and lives in Madeira. | Maria da Conceição Ferreira
multi-part | Consent was signed by Abdullah bin Rashid on behalf of his son. | Abdullah bin Rashid
multi-part | Her father Rhodri ap Hywel farms near Bala and has not seen her since 2021. | Rhodri ap Hywel
multi-part | Cathal Ó Floinn has moved to a new school in Wrexham. | Cathal Ó Floinn
multi-part | Ana Lúcia dos Santos confirmed she has Settled Status. | Ana Lúcia dos Santos
multi-part | Mum's friend Lily-Mae Hetherington-Clarke is named as a support in the plan. | Lily-Mae Hetherington-Clarke
multi-part | Next of kin is Yasir Abu Hamdan, paternal uncle. | Yasir Abu Hamdan
multi-part | The birth was registered by Joseph Kwame Mensah Asante. | Joseph Kwame Mensah Asante
multi-part | Tran Minh Quan was found working at a cannabis grow in Rochdale; NRM referral made. | Tran Minh Quan
multi-part | Sarah Jane O'Connell (maternal aunt) has passed the viability assessment. | Sarah Jane O'Connell
multi-part | Elif Nur Demir translated for her mother during the visit, which is not appropriate. | Elif Nur Demir
multi-part | Khalid Al Zahrani has asked for the meeting to be moved to after Friday prayers. | Khalid Al Zahrani
multi-part | Kenny van der Linden is the father of the unborn baby. | Kenny van der Linden
multi-part | Letter addressed to Akua Serwaa Owusu-Ansah was returned unopened. | Akua Serwaa Owusu-Ansah
# ---------------- PERSON: initial(s) with surname, given name with surname initial
initials-surname | Case transferred from J. Whitehead in the Assessment Team. | J. Whitehead
initials-surname | Report authored by K Obi, Senior Practitioner. | K Obi
initials-surname | Signed S.Bamford 12/11, countersigned by the Team Manager. | S.Bamford
initials-surname | Minutes taken by A. M. Rafferty. | A. M. Rafferty
initials-surname | Please return the form to R. O'Donoghue, Room 4.12, Town Hall. | R. O'Donoghue
initials-surname | DBS checks completed by T Mensah in HR. | T Mensah
initials-surname | Assessed by M.J. Clough, Occupational Therapist. | M.J. Clough
initials-surname | Group today: only Kayleigh B turned up, the others sent apologies. | Kayleigh B
initials-surname | Spoke to Ahmed R on the ward before he was discharged. | Ahmed R
initials-surname | Copy to: P. Wiśniewska, Legal Services | P. Wiśniewska
initials-surname | The chronology was updated by L.Opoku on 3 December. | L.Opoku
initials-surname | Contact supervised by E. Ní Riain at Brook Lodge. | E. Ní Riain
initials-surname | Author: D Constantin | D Constantin
initials-surname | SW cover: G. Fairbairn (duty) | G. Fairbairn
initials-surname | Tayo A from the youth club walked her home after the session. | Tayo A

# ---------------- PERSON: bare initials (report separately, see FORMAT.md)
initials-only | KM presented as withdrawn during the session and would not make eye contact. | KM
initials-only | Plan for RB: continue weekly direct work at school. | RB
initials-only | AW and her mother attended the appointment together. | AW
initials-only | Worries raised by school about TL's weight loss over the autumn term. | TL
initials-only | Direct work with HN: wishes and feelings, three houses tool. | HN

# ---------------- PERSON: nicknames and short forms
nickname | Shaz has been staying over most nights since the eviction. | Shaz
nickname | Mum's boyfriend, known as Tommo, was at the property. | Tommo
nickname | An older lad called Little Dre has been giving him lifts in a black Audi. | Little Dre
nickname | The adult, aka Ghost, is believed to be running the line from Liverpool. | Ghost
nickname | Kez said she would text me when she gets to her mate's. | Kez
nickname | Jojo loves the trampoline at the contact centre. | Jojo
nickname | Spoke to Mags, the friend mum trusts most. | Mags
nickname | Deano was in the back of the car when it was stopped on the A580. | Deano
nickname | Babs (maternal great-gran) is 86 and still sharp as anything. | Babs
nickname | Soph said her dad shouted at her for burning the toast. | Soph
nickname | Everyone calls her Kiki, even the teachers. | Kiki
nickname | Jay-Jay kept climbing on the windowsill during the visit. | Jay-Jay
nickname | Mum said Stevo has moved back in. | Stevo
nickname | Kemi brought the baby to the hub for weighing. | Kemi

# ---------------- PERSON: attendee lists (one name, other attendees by role)
attendee-list | Present: Mum, Dad, SW, IRO, Class Teacher, Bogusława Lis (interpreter). | Bogusława Lis
attendee-list | Attendees: Chair (Head of Service), Police, Health Visitor, Fiifi Asamoah (father), Education Welfare. | Fiifi Asamoah
attendee-list | In attendance – Gloria Chukwu (mother); Social Worker; School Nurse; CGL worker. | Gloria Chukwu
attendee-list | Apologies: GP, Housing. Present: Stacey Hollingworth (mum), SW, Family Support Worker. | Stacey Hollingworth
attendee-list | Core Group attendees – DSL, HV, SW, Ahmet Kaya (stepfather). | Ahmet Kaya
attendee-list | Present at FGC: Coordinator, Nan, Grandad, Aunty, Leah Burrows (family friend). | Leah Burrows
attendee-list | Who came to my review: me, my PA, my mate Kyle, my IRO. | Kyle
attendee-list | Present: Chair, Designated Nurse, Police (PPIU), Roberta Santos (mother), Interpreter (Portuguese). | Roberta Santos
attendee-list | Apologies: Consultant Paediatrician, YOT, Marek Dudek (father, at work). | Marek Dudek
attendee-list | Attendance: SENCo ✓ HV ✓ Dad ✓ Sadia Rahman ✓ EWO ✗ | Sadia Rahman
attendee-list | Present - Team Manager, Senior Practitioner, Legal, Oana Munteanu (mother), Advocate from NYAS. | Oana Munteanu
attendee-list | Present: Shelby Ainsworth (YP), PA, Housing Options, Connexions. | Shelby Ainsworth
attendee-list | Attendees (Teams): Chair, SW, Police, Nasir Ahmadzai (foster carer), Supervising Social Worker. | Nasir Ahmadzai
attendee-list | Present: Mum, Maternal Grandmother, Virtual School, Educational Psychologist, Daisy Pendlebury (advocate). | Daisy Pendlebury

# ---------------- PERSON: quoted speech
quoted-speech | She said "Rory pushed me down the stairs but it was an accident". | Rory
quoted-speech | Dad stated: "I haven't seen Kerry-Lou since the summer." | Kerry-Lou
quoted-speech | "Ask Delroy, he was there," mum said when I asked about the bruise. | Delroy
quoted-speech | In his words: 'Me and Hassan are like brothers.' | Hassan
quoted-speech | When asked who she trusts, she replied "my teacher Mr Quigley". | Quigley
quoted-speech | He told police, "I never touched Zuzanna, ask anyone." | Zuzanna
quoted-speech | ‘Tell Abena I’m sorry,’ she wrote at the bottom of the card. | Abena
quoted-speech | Grandmother said: "Where is Costel? He was meant to be here at ten." | Costel
quoted-speech | "Nobody listens to me except Auntie Ros," he said. | Ros
quoted-speech | The child said "Marlon is my best daddy". | Marlon
quoted-speech | “I want to live with Nikola,” she said again at the end of the session. | Nikola
quoted-speech | Foster carer said: "Honestly, Lorcan is a different boy since Easter." | Lorcan
quoted-speech | "It was Shireen who told me about the party," she explained. | Shireen
quoted-speech | He asked, "Can Mrs Abara come to my review?" | Abara
# ---------------- PERSON: text-message style
text-message | hiya its ffion, cant make 2day sorry x | ffion
text-message | Ok will tell Jamal 2 ring u l8r | Jamal
text-message | SMS from mum: "Kyan not well, keeping him off. Will ring school" | Kyan
text-message | WhatsApp from YP 14:02: "wer r u?? waitin outside Greggs wiv Ashton" | Ashton
text-message | txt from dad - "Bronwen's mum says no so she cant come" | Bronwen
text-message | "Hi its Ama's nan, she's poorly today so won't be in" | Ama
text-message | Txt: "cn u tell Dawit im not comin 2 football" | Dawit
text-message | "omg Kasia just messaged me!!!" | Kasia
text-message | "running l8 bus broke down, tell Nikhil sorry" | Nikhil
text-message | Text received 22:47: "if u see Cian tell him come home NOW" | Cian
text-message | "Pls dont tell Chelle i said anything" | Chelle
text-message | "yo its Malachi, need my PA num" | Malachi
text-message | "Mum said ur the worker for Alisha? can we swap the day" | Alisha
text-message | "Gd morning, Mustafa will be late 2day doctor appt" | Mustafa

# ---------------- PERSON: possessives (span excludes 's, ', and a bare s)
possessive | Brandon's behaviour at the unit has improved since the medication change. | Brandon
possessive | The baby's father is Tobias' older brother. | Tobias
possessive | Agnes' flat was cold and the meter had run out. | Agnes
possessive | im staying at codys house tonight | cody
possessive | Mum confirmed that Ifeoma’s passport is with the solicitor. | Ifeoma
possessive | I checked Wiktor's room; no concerns. | Wiktor
possessive | Dad's new partner is Ioana's cousin. | Ioana
possessive | Mrs Abubakar's neighbour called the police. | Abubakar
possessive | Jonas's mum asked for a copy of the plan in Lithuanian. | Jonas
possessive | Sana's younger sister is also known to the service. | Sana
possessive | Mehmet's dad was in Turkey for the funeral. | Mehmet
possessive | It is unclear whether Cerys' father knows about the pregnancy. | Cerys
possessive | The van is registered to Mr Grimshaw's business. | Grimshaw
possessive | faheems brother drove us to the retail park | faheem
possessive | Tyrell’s trainers were found in the stairwell. | Tyrell
possessive | We discussed Ewa's wishes about contact with her father. | Ewa
possessive | Habiba’s GP has referred her for bloods. | Habiba
possessive | Lukas' new school is in Leeds. | Lukas

# ---------------- PERSON: glued to punctuation, symbols or emoji
punctuation-emoji | Visit went well (Nadia, mum and baby all home). | Nadia
punctuation-emoji | Spoke to:Rahel re school uniform grant | Rahel
punctuation-emoji | love u Paige❤️❤️ | Paige
punctuation-emoji | miss u 😭😭Shay | Shay
punctuation-emoji | Contact with dad/Kieran to remain supervised. | Kieran
punctuation-emoji | [Mariusz] did not attend. | Mariusz
punctuation-emoji | #TeamOisin 💪 | Oisin
punctuation-emoji | Who is picking up...Bukola?? | Bukola
punctuation-emoji | "Zara!!!" she screamed from upstairs. | Zara
punctuation-emoji | Allocated worker→Hollie | Hollie
punctuation-emoji | Call with grandma re: Ayaan—she is worried about the exclusion. | Ayaan
punctuation-emoji | 🎂🎉 happy 10th birthday Esmé 🎉 | Esmé
punctuation-emoji | Mum (Kirsty) was asleep on the sofa when I arrived. | Kirsty
punctuation-emoji | @Sinead can you upload the CP minutes pls | Sinead

# ---------------- PERSON: odd characters inside a name
odd-characters | Home visit to Shona{NBSP}McLeish completed, all three children seen. | Shona{NBSP}McLeish
odd-characters | Noe{DIA}lle attended with her foster carer. | Noe{DIA}lle
odd-characters | Chloe{DIA} Atherton has agreed to the plan. | Chloe{DIA} Atherton
odd-characters | Letter to Mr O’Mahony returned, not known at address. | O’Mahony
odd-characters | Bridget O‘Sullivan rang from Cork about the funeral arrangements. | Bridget O‘Sullivan
odd-characters | Contact with Ms D´Arcy to be reviewed after the court hearing. | D´Arcy
odd-characters | Shaun O`Hanlon attended late and left early. | Shaun O`Hanlon
odd-characters | Father: Patrick O' Dowd, no fixed abode. | Patrick O' Dowd
odd-characters | Mariama N’Dongo has asked for a female worker. | Mariama N’Dongo
odd-characters | Da’Shawn refused to take his coat off. | Da’Shawn
odd-characters | Spoke with Mr{NBSP}Adeyinka by phone about the tenancy. | Adeyinka
odd-characters | Agata{NBSP}Wróbel was unable to attend. | Agata{NBSP}Wróbel
odd-characters | Joe{DIA}l has been excluded for three days. | Joe{DIA}l

# ---------------- PERSON: word-names (same words appear in word-not-name)
word-name | Will has not attended college since half term. | Will
word-name | Grace said she wants to stay with her foster carers until she's 18. | Grace
word-name | Mum's partner Mark was present throughout. | Mark
word-name | Precious is now walking and has four teeth. | Precious
word-name | Blessing told me she likes her new school uniform. | Blessing
word-name | Ms Long explained she had been unwell. | Long
word-name | Hope was at home with her brother when I called. | Hope
word-name | Summer was upset because her phone had been taken off her. | Summer
word-name | Amber has been self-harming again, according to the school nurse. | Amber
word-name | Spoke to Ruby on her own in the garden. | Ruby
word-name | Mr Green was not happy about the plan. | Green
word-name | Destiny’s mum asked for transport to the hospital. | Destiny
word-name | "Im at Jade's, dont wait up" | Jade
word-name | Skye is in Reception at Moorside Infants. | Skye
word-name | Patience (maternal aunt) is willing to be assessed. | Patience
word-name | Frank has dementia and lives in a care home in Formby. | Frank
word-name | Sunny kept asking for his dad. | Sunny
word-name | Mrs White confirmed the baby was seen by the GP. | White
word-name | Hunter was found asleep in the park at 1am. | Hunter
word-name | Rich (mum's brother) has offered to help with the move. | Rich
word-name | Dawn from the food bank called about the voucher. | Dawn
# ---------------- PERSON: given names that are also places (places appear in place-not-name)
place-like-name | Chelsea has been going missing from the home at weekends. | Chelsea
place-like-name | Jordan says he wants to join the Army when he leaves school. | Jordan
place-like-name | Brooklyn was asleep in the buggy during the visit. | Brooklyn
place-like-name | Florence, aged 6, drew a picture of her family with the dog in it. | Florence
place-like-name | Devon didn't want to talk today. | Devon
place-like-name | India is applying for a place at Sixth Form. | India
place-like-name | Kingston has been offered a trial at the academy. | Kingston
place-like-name | Lincoln's nursery report is attached. | Lincoln
place-like-name | Paris and her baby have moved into the mother and baby unit. | Paris
place-like-name | Mr Preston from the allotments lets the boys help out on Saturdays. | Preston
place-like-name | Dakota is in Year 2 and loves reading. | Dakota
place-like-name | Milan scored twice for the under-10s, his mum said proudly. | Milan
place-like-name | Beverley from the Children's Centre will bring the car seat on Monday. | Beverley

# ---------------- PERSON: system-export order (surname, given name)
export-order | Subject: OYELARAN, Funke – Section 47 outcome | OYELARAN, Funke
export-order | Allocated worker: Brierley, Joanne | Brierley, Joanne
export-order | Client: KOWALSKA, Marta (DOB withheld) | KOWALSKA, Marta
export-order | Record owner: MacLeod, Fiona | MacLeod, Fiona
export-order | RE: ABDULLAHI, Samira - ICPC paperwork | ABDULLAHI, Samira
export-order | Case closed by Ferreira, Paulo on 28/11. | Ferreira, Paulo
export-order | Author: NGUYEN, Bao Chau | NGUYEN, Bao Chau
export-order | Carer: DRISCOLL, Margaret | DRISCOLL, Margaret

# ---------------- PERSON: children's and young people's own words
child-words | my best frend is lacey she sits next to me | lacey
child-words | I like living with Auntie Joy because she makes pancakes | Joy
child-words | i want to see my brother kobe more | kobe
child-words | My teacher Miss Harrop is kind and she lets me do the register. | Harrop
child-words | wen i grow up i want to be a vet like ellie's mum | ellie
child-words | me and tayyab play fortnite at dinner | tayyab
child-words | i dont like it when ryan shouts at mum | ryan
child-words | I feel safe at my grans house and with Osman | Osman
child-words | Dear Judge, please let me live with my dad Arturo. | Arturo
child-words | the bad thing is when Dmitri comes round drunk | Dmitri
child-words | Rosie-Mai is my sister and I love her (she is 3) | Rosie-Mai
child-words | my worker jasmin takes me to mcdonalds | jasmin
child-words | 3 wishes: 1. a dog 2. go to Disneyland 3. see Grandad Trevor again | Trevor
child-words | I dont want Kwame to get in trouble | Kwame
child-words | at skool Mrs Begum helps me with my reading | Begum
child-words | Best thing this week was when Laila came to my house for tea | Laila
child-words | i hate it here i want to go back to maz's | maz
child-words | The person I trust most is Aziz because he listens | Aziz
child-words | he is called Ebo and he is my mentor at Prince's Trust | Ebo
child-words | Scale 1-10: 7 because Chantelle made me laugh | Chantelle
child-words | i dont want to go to dads because of his girlfreind kayla | kayla
child-words | When I'm sad I talk to Miss Okafor at break time. | Okafor
# ================ NONE rows: no person name at all
# ---------------- NONE: capitalised common words at sentence starts
sentence-start-caps | Brilliant session today, lots of laughing and he stayed for the full hour. |
sentence-start-caps | Smoking outside the front door again when I arrived; reminded about the baby. |
sentence-start-caps | Nothing to report from the weekend according to the carers. |
sentence-start-caps | Lovely warm home, toys out, clean bedding on all the beds. |
sentence-start-caps | Worried about the mould in the back bedroom. Landlord has been told twice. |
sentence-start-caps | Struggling with sleep, wakes around 3am most nights. |
sentence-start-caps | Tired. Didn't want to talk. Will try again next week. |
sentence-start-caps | Refused to come downstairs, so I spoke to her through the door. |
sentence-start-caps | Happy to be seen alone, which is a change from last time. |
sentence-start-caps | Presented as bright and chatty, asked lots of questions about the plan. |
sentence-start-caps | Bruising noted on upper arm, explained as a fall at football. |
sentence-start-caps | Reluctant at first but warmed up after the drawing activity. |
sentence-start-caps | Sober and clear today. Breath did not smell of alcohol. |
sentence-start-caps | Gorgeous baby, feeding well, good eye contact with mum. |

# ---------------- NONE: days, months, seasons (some also given names)
days-months-seasons | Visit moved from Monday to Wednesday because of the bank holiday. |
days-months-seasons | Review due in March, then again in September. |
days-months-seasons | Over the Summer holidays she stayed with her dad most weeks. |
days-months-seasons | Contact on Saturdays is going well; Sundays are harder. |
days-months-seasons | She was last seen on Tuesday evening wearing a grey hoodie. |
days-months-seasons | Autumn term attendance is 92%, up from 81% last Spring. |
days-months-seasons | June and July were difficult months for the family. |
days-months-seasons | The baby is due in April. |
days-months-seasons | Exams start in May, so sessions will pause until after half term. |
days-months-seasons | Mum wants to start the course in January once the baby is settled. |
days-months-seasons | Winter Fuel Payment has been applied for. |
days-months-seasons | Thursday's session was cancelled by school. |

# ---------------- NONE: organisations, services, teams, panels, courts
organisation-service | Referral made to Women's Aid for an IDVA. |
organisation-service | Family supported by Home-Start since the spring. |
organisation-service | Case heard at the Family Court in Preston on Friday. |
organisation-service | The Fostering Panel approved the placement unanimously. |
organisation-service | Barnardo's BASE project will offer 1:1 sessions around exploitation. |
organisation-service | The Youth Justice Service has closed the order. |
organisation-service | NSPCC helpline passed on the concern to the Front Door. |
organisation-service | Citizens Advice helped with the Universal Credit claim. |
organisation-service | Referral to the Tavistock service is on a long waiting list. |
organisation-service | The Salvation Army provided a food parcel and a coat. |
organisation-service | Shelter have agreed to represent her at the possession hearing. |
organisation-service | The St Vincent de Paul Society provided a bed and bedding. |
organisation-service | A grant from the Joseph Rowntree Foundation funded the parenting course. |
organisation-service | Case to be presented at the Resource Allocation Panel on the 19th. |

# ---------------- NONE: brands, shops, products (some named after people)
brand-product | Mum bought him new trainers from JD Sports. |
brand-product | He had a Greggs sausage roll for breakfast. |
brand-product | Fridge had Lucozade, Monster and a Müller rice. |
brand-product | Baby formula is Aptamil, but mum is switching to Kendamil. |
brand-product | Clothes from Primark and Matalan were in bags in the hall. |
brand-product | He vapes Elf Bar, blue razz flavour. |
brand-product | Calpol given at 6pm for teething. |
brand-product | Dad was wearing a Ralph Lauren jumper and Hugo Boss trainers. |
brand-product | She got a Tommy Hilfiger bag for her birthday. |
brand-product | Mum shops at Marks & Spencer for the girls' school uniform. |
brand-product | Dad bets on Paddy Power most nights, according to mum. |
brand-product | Mum had bought Ben & Jerry's as a treat for finishing the exams. |

# ---------------- NONE: places, streets, estates, schools, hospitals named after people
place-named-after-person | She lives on Wellington Road near the Co-op. |
place-named-after-person | Appointment at St Thomas' Hospital on the 4th. |
place-named-after-person | The family moved to the Peel Estate last year. |
place-named-after-person | Contact is at Gladstone House on Tuesdays. |
place-named-after-person | She is placed at Nightingale Lodge, a residential unit. |
place-named-after-person | Dad drinks at the Duke of Wellington on Albert Street. |
place-named-after-person | Respite at Mary Seacole House every other weekend. |
place-named-after-person | The flat on Francis Street has no working heating. |
place-named-after-person | She started at Nelson Mandela Primary in September. |
place-named-after-person | Wedding was at St Anne's in Lytham. |
place-named-after-person | He goes to the Archbishop Beck Catholic College sixth form. |
place-named-after-person | Lives above the chippy on Victoria Parade. |
# ---------------- NONE: eponyms (conditions, laws, tests, scales, awards)
eponym | Diagnosed with Crohn's disease last year and under the gastro team. |
eponym | Paediatrician has ruled out Perthes disease. |
eponym | Baby had the Guthrie heel-prick test at five days. |
eponym | Mum has Parkinson's and struggles with the stairs. |
eponym | Grandad has Huntington's disease and lives with them. |
eponym | She had an episode of Bell's palsy in the spring. |
eponym | Mum made a Sarah's Law application about the new partner. |
eponym | Baby has Erb's palsy from a difficult delivery. |
eponym | Scored 14 on the Edinburgh Postnatal Depression Scale. |
eponym | Admitted with suspected Stevens-Johnson syndrome after antibiotics. |
eponym | He won the Jack Petchey Award at school for helping younger pupils. |
eponym | Mum has Raynaud's and her hands go white in the cold. |

# ---------------- NONE: characters from books, films, games, TV
fictional-character | He talked about Sonic for the whole visit. |
fictional-character | She wants a Bluey cake for her birthday. |
fictional-character | Skye from Paw Patrol is her favourite. |
fictional-character | He came dressed as Spider-Man for World Book Day. |
fictional-character | He built a house for Steve in Minecraft and showed me. |
fictional-character | Her favourite is Hermione because she's clever. |
fictional-character | He says he is Batman and jumped off the sofa. |
fictional-character | She says she is like Tracy Beaker because she lives in a home. |
fictional-character | We read Mr Bump at bedtime and she laughed. |
fictional-character | Baby brother loves George Pig and won't sleep without his toy. |
fictional-character | They watched Ben and Holly's Little Kingdom on the tablet. |
fictional-character | Toddler was watching Postman Pat on the tablet when I arrived. |

# ---------------- NONE: pets (several with human names)
pet | Our cat Molly scratched my baby brother. |
pet | The family dog, Rocky, was shut in the kitchen during the visit. |
pet | Staffie called Duke barking throughout the visit. |
pet | i miss my dog lola so much |
pet | The tortoise, Gary, is 40 years old and belonged to grandad. |
pet | The budgie is called Jeff and he talks. |
pet | The puppy Bailey chewed the school shoes again. |
pet | His corn snake Monty has escaped again. |
pet | Ferret named Dexter lives in a cage in the bedroom. |
pet | My hamster is called Nigel and he bites |

# ---------------- NONE: sports teams
sports-team | He supports Everton and has a season ticket with his uncle. |
sports-team | Tranmere lost again so he was in a mood. |
sports-team | Went to watch Wigan Warriors with the youth club. |
sports-team | He plays for Kirkby Juniors under-13s. |
sports-team | She wants to try out for the Leeds Rhinos girls academy. |
sports-team | Dad used to play for Charlton Athletic reserves. |
sports-team | He has an Aston Villa tattoo on his forearm. |
sports-team | Blackburn Rovers are his team, like his grandad. |

# ---------------- NONE: religious and festival words
religious-festival | Family celebrate Eid and the children were off school for it. |
religious-festival | Diwali lights were up in the window. |
religious-festival | The children go to Madrasa every evening after school. |
religious-festival | They attend the Kingdom Hall twice a week. |
religious-festival | Grandad prays at the Gurdwara on Sundays. |
religious-festival | St David's Day concert at school on Friday. |
religious-festival | She says she talks to Allah when she's scared. |
religious-festival | He asked whether Jesus can see him when he's in bed. |
religious-festival | They attend a Pentecostal church in Peckham. |
religious-festival | Bonfire Night fireworks scared the baby. |
religious-festival | First Holy Communion is planned for the spring. |
# ---------------- NONE: job titles, roles and relation words in capitals
role-capitalised | Spoke to the Headteacher about the exclusion. |
role-capitalised | Mum and Dad both present. Nan arrived later. |
role-capitalised | The Designated Safeguarding Lead will make the referral. |
role-capitalised | Agreed with the Team Manager to escalate to Legal Gateway. |
role-capitalised | Foster Carer reports she is eating well. |
role-capitalised | Grandma and Grandpa have asked for more time with the children. |
role-capitalised | My Social Worker is nice but they keep changing. |
role-capitalised | The Judge made an Interim Care Order. |
role-capitalised | The Guardian supports the plan. |
role-capitalised | Step-Dad was not happy about being asked to leave the room. |
role-capitalised | Virtual School Head has approved the PEP funding. |
role-capitalised | Uncle and Auntie will pick him up from school. |

# ---------------- NONE: acronyms (some look like initials)
acronym | CP Plan remains in place under the category of Neglect. |
acronym | YP was seen by SW and PA at the flat. |
acronym | LADO consulted re allegation against a TA. |
acronym | EHCP annual review due; SENCo to send paperwork. |
acronym | ICPC set for 12/12; RCPC in 3 months. |
acronym | DV incident, MARAC referral made, DASH scored 16. |
acronym | CSE screening tool completed; NRM referral not needed. |
acronym | UASC, age assessment by LA pending. |
acronym | ASB warning from the ALMO for noise. |
acronym | NFA by Police, CIN to continue. |
acronym | EWO and DSL to meet re PA (persistent absence). |
acronym | LAC review, IRO to chair, UC claim ongoing. |

# ---------------- NONE: words from other languages (incl. relation words)
foreign-words | Dad said "Inshallah" the court will decide fairly. |
foreign-words | Grandmother said "Dziękuję" to me as I left. |
foreign-words | He calls his grandmother Babcia. |
foreign-words | She said "Wallahi I didn't do it". |
foreign-words | He kept repeating "Nie wiem" (I don't know). |
foreign-words | "Obrigado," said dad at the end of the visit. |
foreign-words | Mum said Ayeeyo will come from Hargeisa for the birth. |
foreign-words | The children call their grandfather Dada and their grandmother Dadi. |
foreign-words | "Slava Bohu," said grandmother when she heard the news. |
foreign-words | She kept calling out "Mamă" when upset. |

# ---------------- NONE: languages and nationalities
language-nationality | Interpreter required: Pashto. |
language-nationality | Mum speaks Lithuanian and some Russian. |
language-nationality | The family are Kurdish from Iran. |
language-nationality | She is Ghanaian and speaks Twi at home. |
language-nationality | He identifies as Roma and is proud of it. |
language-nationality | The children are Irish Travellers and the family live on a site. |

# ---------------- NONE: headings from forms and templates
form-heading | Reason For Referral |
form-heading | Next Steps |
form-heading | Voice of the Child: Wishes and Feelings |
form-heading | Summary Of Concerns / Strengths And Protective Factors |
form-heading | Section 3 – Family Composition |
form-heading | Outcome Of Strategy Discussion: Proceed To Section 47 |
form-heading | What Are We Worried About? What's Working Well? What Needs To Happen? |
form-heading | Danger Statement / Safety Goal |
form-heading | Chronology Of Significant Events |
form-heading | Type Of Contact: Home Visit (Announced) |
form-heading | Child Seen Alone: Yes |
form-heading | Lead Professional: To Be Confirmed |
# ---------------- NONE: sentences full of capitalised words, no person
dense-capitals | Met at Stockport Family Hub on Mercer Street after the ICPC at the Town Hall; Early Help Plan to follow in January. |
dense-capitals | Royal Oldham Hospital A&E attendance, Ward F7, discharged on Saturday with Calpol and a GP follow-up. |
dense-capitals | The Youth Club at St Luke's runs Tuesday and Thursday evenings; the Household Support Fund covers the bus to Ellesmere Port. |
dense-capitals | Transferred from Leicester City Council under the Interim Care Order; Placement Team to confirm a Lancashire provider by Friday. |
dense-capitals | Contact Centre closed over Christmas and New Year, so Family Time moved to Costa on Bold Street. |
dense-capitals | Referral from Merseyside Police via MASH, RAG rated Amber, allocated to Assessment Team North. |
dense-capitals | School Nurse, CAMHS Single Point of Access and Kooth all contacted; Barnardo's waiting list is six weeks. |
dense-capitals | Met the Young Person at McDonald's on London Road before the Pathway Plan Review. |
dense-capitals | Housing Options at Sefton Council said the B&B in Southport is the only offer before Easter. |
dense-capitals | Home Office Asylum Support (Section 95) granted; Migrant Help to arrange Serco accommodation in Bootle. |
dense-capitals | Year 10 GCSE Options Evening is on Wednesday 15 January in the Main Hall. |
dense-capitals | Ofsted Monitoring Visit in November; Children's Services still rated Requires Improvement. |
dense-capitals | Took the Number 10 from Queen Square to Aldi, then walked up Park Lane to the Jobcentre Plus. |

# ---------------- NONE: word-names used as ordinary words
word-not-name | Will call back after the meeting with Housing. |
word-not-name | Small mark noted on left forearm, consistent with his account. |
word-not-name | Grace period of four weeks agreed on the rent arrears. |
word-not-name | Long term foster placement is the plan. |
word-not-name | RAG rating changed from amber to green after the review. |
word-not-name | Rich Tea biscuits and a cup of tea offered. |
word-not-name | Hope is that he will be home by Christmas. |
word-not-name | Frank discussion held with dad about his drinking. |
word-not-name | Summer holiday club booked at the leisure centre. |
word-not-name | Faith leaders at the mosque have been supportive. |
word-not-name | Joy at the news was obvious; she jumped up and hugged her carer. |
word-not-name | Dawn raid by Police at 6am; no children present. |
word-not-name | Brown stains on the mattress; bedding changed during the visit. |
word-not-name | Young carer assessment offered to the eldest. |
word-not-name | King size bed shared by mum and the two youngest. |
word-not-name | Patience is wearing thin at school, according to the Head. |
word-not-name | Sunny day, so we walked to the park instead. |
word-not-name | Precious little food in the cupboards apart from pasta. |
word-not-name | Bill for the electric is three months in arrears. |
word-not-name | Jade plant and a Buddha ornament on the windowsill. |

# ---------------- NONE: place-like given names used as places
place-not-name | Dad has gone back to Jordan to see his mother. |
place-not-name | The family holiday in Devon was cancelled. |
place-not-name | Dad took him to watch Chelsea at Stamford Bridge. |
place-not-name | Mum is originally from Kingston in Jamaica. |
place-not-name | They moved here from Lincoln in the summer. |
place-not-name | School trip to Paris in June has been paid for. |
place-not-name | Grandmother lives in Florence and visits at Christmas. |
place-not-name | He was born in Chad and came via Libya and Italy. |
place-not-name | Dad lives in Brooklyn, New York, and calls on Sundays. |
place-not-name | Grandparents are in India until March. |
place-not-name | She was found at Victoria Station by British Transport Police. |
place-not-name | Uncle lives in Charlotte, North Carolina. |

# ---------------- NONE: placeholders (already anonymised)
placeholder | Child A disclosed that Adult B had hit her with a belt. |
placeholder | Baby X was born at 32 weeks. |
placeholder | [REDACTED] attended with [REDACTED]. |
placeholder | Mother (M1) and Father (F1) were both present. |
placeholder | YP1 and YP2 were found together in a car. |
placeholder | Sibling 3 remains at home. |
placeholder | Person C is believed to be supplying drugs to local children. |
placeholder | <NAME> was seen at home on <DATE>. |

# ---------------- NONE: celebrities (the only real people; drop if you disagree)
celebrity | Her favourite singer is Dua Lipa and she knows all the songs. |
celebrity | He wants to be like Bukayo Saka when he's older. |
celebrity | He watches KSI videos all night on his phone. |
'''

ESCAPES = {"{NBSP}": "\u00a0", "{NNBSP}": "\u202f", "{DIA}": "\u0308"}


def unescape(s):
    for k, v in ESCAPES.items():
        s = s.replace(k, v)
    return s


def parse():
    rows, problems = [], []
    for n, line in enumerate(ROWS.split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if " | " not in line:
            problems.append(f"line {n}: no ' | ' separator")
            continue
        cat, rest = line.split(" | ", 1)
        if " |" not in rest:
            problems.append(f"line {n}: no span field")
            continue
        text, span = rest.rsplit(" |", 1)
        cat, text, span = cat.strip(), unescape(text.strip()), unescape(span.strip())
        typ = "NONE" if cat in NONE_CATEGORIES else "PERSON"
        if "\t" in text or "\t" in span or "{" in text:
            problems.append(f"line {n}: tab or unknown escape in text")
        if typ == "PERSON":
            if not span:
                problems.append(f"line {n}: PERSON row without span")
            elif text.count(span) != 1:
                problems.append(f"line {n}: span {span!r} occurs {text.count(span)} times")
        elif span:
            problems.append(f"line {n}: NONE row with span {span!r}")
        rows.append((cat, typ, text, span))
    texts = [r[2] for r in rows]
    for t in set(texts):
        if texts.count(t) > 1:
            problems.append(f"duplicate text: {t!r}")
    return rows, problems


def main():
    rows, problems = parse()
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    random.Random(20261130).shuffle(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cases.tsv"), "w", encoding="utf-8", newline="\n") as c, \
         open(os.path.join(here, "categories.tsv"), "w", encoding="utf-8", newline="\n") as g:
        c.write("id\ttype\ttext\tspan\n")
        g.write("id\tcategory\n")
        for i, (cat, typ, text, span) in enumerate(rows, 1):
            rid = f"G{i:04d}"
            c.write(f"{rid}\t{typ}\t{text}\t{span}\n")
            g.write(f"{rid}\t{cat}\n")
    n_p = sum(1 for r in rows if r[1] == "PERSON")
    print(f"wrote {len(rows)} rows: {n_p} PERSON, {len(rows) - n_p} NONE")


if __name__ == "__main__":
    main()
