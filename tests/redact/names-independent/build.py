# Build cases.tsv and categories.tsv for the PERSON / hard-negative evaluation set.
# Usage: /usr/bin/python3 build.py        (deterministic: fixed seeds, no network, no external data)
#
# Part A: hand-written PERSON rows, one category each (given names, titles, careless typing, word-names, ...).
# Part B: origin rows: hand-written sentence templates x hand-chosen name lists for 16 name families.
# Part C: hand-written NONE rows (hard negatives: no person name at all).
import random, unicodedata

SEED_ORIGIN = 31337
SEED_SHUFFLE = 20250611

rows = []  # (type, category, text, span)

def P(cat, text, span):
    rows.append(('PERSON', cat, text, span))

def N(cat, text):
    rows.append(('NONE', cat, text, ''))

# ---------------------------------------------------------------- Part A: PERSON, hand-written
A = {
'given-alone': [
    ("Kayden was quiet during the visit and kept his hood up the whole time.", "Kayden"),
    ("Met with Isla at the library because she did not want to talk at home.", "Isla"),
    ("Phoebe said she wants more contact with her brothers, ideally every weekend.", "Phoebe"),
    ("Contact supervised at the centre; Harvey arrived 20 mins late with grandad.", "Harvey"),
    ("I explained to Tilly why the review was being held without mum there.", "Tilly"),
    ("Ethan did not want to discuss the incident and went up to his room.", "Ethan"),
    ("Placement report: Freya continues to do well and has joined Brownies.", "Freya"),
    ("Called the school to check on Kyle after Friday's fixed-term exclusion.", "Kyle"),
    ("Nursery say Evie is meeting most milestones but her speech is delayed.", "Evie"),
    ("Discussed bedtime routine with carer; Archie is still waking 3-4 times a night.", "Archie"),
    ("Leon wants his next PEP to be held at college, not at the office.", "Leon"),
    ("Poppy drew a picture of her family and left herself out of it.", "Poppy"),
    ("Noah remains on the waiting list for CAMHS; GP aware.", "Noah"),
    ("Visit cancelled as Demi was unwell with tonsillitis, rebooked for next week.", "Demi"),
    ("Riley was calm and chatty today and showed me his new trainers.", "Riley"),
    ("Asked whether Maryam had been to the dentist yet; carer to book.", "Maryam"),
],
'title-surname': [
    ("Mrs Henderson (foster carer) reports no concerns this week.", "Henderson"),
    ("Spoke with Mr Atkinson, DSL at the primary school, re attendance.", "Atkinson"),
    ("Miss Turnbull, the class teacher, says his reading has really improved.", "Turnbull"),
    ("Dr Raman confirmed the referral to paediatrics has been accepted.", "Raman"),
    ("Cllr Pemberton attended the corporate parenting panel as an observer.", "Pemberton"),
    ("PC Lockwood attended and took a statement from the young person.", "Lockwood"),
    ("DC Ferris from the MASH called back about the strategy meeting.", "Ferris"),
    ("Rev. Whitfield has offered the church hall for family time sessions.", "Whitfield"),
    ("Mx Hollins is the new family support worker for the household.", "Hollins"),
    ("Mr Dobson did not attend the meeting and sent no apologies.", "Dobson"),
    ("Mrs. Fairbrother rang to say she cannot do Tuesday after all.", "Fairbrother"),
    ("Nurse Bradshaw saw him for his review health assessment.", "Bradshaw"),
    ("Sgt Mayhew confirmed that police are taking no further action.", "Mayhew"),
    ("Ms Achterberg asked for the minutes to be sent by post, not email.", "Achterberg"),
    ("Dr. Abernethy (GP) has prescribed melatonin for sleep.", "Abernethy"),
],
'full-name': [
    ("Sarah Whitworth (IRO) chaired the review and agreed the care plan.", "Sarah Whitworth"),
    ("Mother, Kerry Ashworth, was present throughout and engaged well.", "Kerry Ashworth"),
    ("Emailed Daniel Frost at the virtual school about extra tutoring.", "Daniel Frost"),
    ("Stepfather Gary Mellor has moved back into the family home.", "Gary Mellor"),
    ("New referral: Bradley Cartwright, 15, concerns about criminal exploitation.", "Bradley Cartwright"),
    ("Nathan Sowerby has been offered an apprenticeship with the council.", "Nathan Sowerby"),
    ("Report prepared by Hannah Lister, Senior Practitioner, Children in Care.", "Hannah Lister"),
    ("Carer Denise Holroyd asked for a review of the fostering allowance.", "Denise Holroyd"),
    ("The minutes were taken by Chloe Marsden (business support).", "Chloe Marsden"),
    ("Young person: Jessica Anne Whitlock, currently in residential care.", "Jessica Anne Whitlock"),
    ("Kieran Hall has turned 18 and is now supported by the leaving care team.", "Kieran Hall"),
    ("Assessment completed by Graham Ellis on behalf of the Early Help hub.", "Graham Ellis"),
],
'initial-surname': [
    ("Case transferred to J. Fenwick on 3 March following team restructure.", "J. Fenwick"),
    ("Authorised by K Robson (Team Manager).", "K Robson"),
    ("Visit by S.Horsfall, Early Help Practitioner.", "S.Horsfall"),
    ("Allocated worker: A. J. Beckett", "A. J. Beckett"),
    ("Seen by Dr R. Mahmood, community paediatrician, who will write to the GP.", "R. Mahmood"),
    ("Supervision notes signed off by T Greenhalgh.", "T Greenhalgh"),
    ("cc: L. Dunmore (Virtual School)", "L. Dunmore"),
    ("As per D. O'Hare's email, the placement ends on Friday.", "D. O'Hare"),
    ("Regards Tom H", "Tom H"),
    ("Actions agreed with P Oyelowo (school nurse) and SW.", "P Oyelowo"),
    ("Name: HARGREAVES, Leanne  Relationship: mother", "HARGREAVES, Leanne"),
    ("Carer details: Pearson, Lynne (maternal aunt, connected carer)", "Pearson, Lynne"),
],
'initials-only': [
    ("Observed KM in the playground; she played alone for most of the session.", "KM"),
    ("Discussed with JT how she feels about moving to the new carers.", "JT"),
    ("Transport arranged for LO to attend family time on Saturday.", "LO"),
    ("Worker explained to DK why the meeting had been moved.", "DK"),
    ("TW said he would rather stay with his nan than go back home.", "TW"),
],
'lower-case': [
    ("spoke to kacper after school, he seemed ok", "kacper"),
    ("hv visit - baby ruby weighed, gaining well", "ruby"),
    ("rang mum re appt, she said callum is off sick again", "callum"),
    ("dropped bags off for tom at the new placement", "tom"),
    ("aisha said she is fine but looked tired", "aisha"),
    ("mr garside not home, left card", "garside"),
    ("liam walsh seen at home with mum and sibs", "liam walsh"),
    ("called dylan no answer, text sent", "dylan"),
    ("spoke to lukasz re college application", "lukasz"),
    ("chloe-leigh didnt go to school again today", "chloe-leigh"),
    ("met jade and her dad outside maccies, both calm", "jade"),
],
'all-caps': [
    ("CHILD: AMELIA", "AMELIA"),
    ("CHILD'S NAME: JAYDEN PRICE | ALLOCATED TEAM: CIN 2", "JAYDEN PRICE"),
    ("RE: MOHAMMED HUSSAIN - PLACEMENT MOVE", "MOHAMMED HUSSAIN"),
    ("SUBJECT: VISIT NOTES - ELLIE-MAY", "ELLIE-MAY"),
    ("CARER: MRS D. HALLIWELL", "D. HALLIWELL"),
    ("URGENT!!! NEED TO SPEAK TO SW ABOUT KAI", "KAI"),
    ("MOTHER: TAMARA O'DRISCOLL", "TAMARA O'DRISCOLL"),
    ("PARENT/CARER – ŁUKASZ WÓJCIK", "ŁUKASZ WÓJCIK"),
    ("YOUNG PERSON: BLESSING ADEBAYO  STATUS: CARE LEAVER", "BLESSING ADEBAYO"),
],
'text-speak': [
    ("hiya its leah can u ring me back pls x", "leah"),
    ("spoke 2 jordan bout skool hes gonna try", "jordan"),
    ("Hi its Shannon my phone got cut off can u txt me", "Shannon"),
    ("no answer from Dad rang 3 times left msg Marek to call back", "Marek"),
    ("yp Brandon not in placement when visited carer unaware where", "Brandon"),
    ("ok thx see u mon Rach", "Rach"),
    ("can u tell kelsey i said sorry", "kelsey"),
    ("omg mia got her results she passed everything!!", "mia"),
],
'child-words': [
    ("my nan jean looks after me when mum is poorly", "jean"),
    ("me and tyler built a den in the garden", "tyler"),
    ("I miss my bro kai so much", "kai"),
    ("I like living with auntie Bev cos she makes pancakes", "Bev"),
    ("I dont want to go to dads if Craig is there", "Craig"),
    ("when I grow up I want to be a vet like uncle Raj", "Raj"),
    ("i want my social worker to be lauren again she was nice", "lauren"),
    ("Mrs Akhtar is the best teacher she lets me do the register", "Akhtar"),
    ("grandad frank takes me fishing on sundays", "frank"),
    ("i dont like it when deano shouts at my mum", "deano"),
    ("wen can i see mum n dean", "dean"),
    ("mum said me nd kaylan cant go out after 8 its not fair", "kaylan"),
],
'word-name': [
    ("Grace has been offered a place at the sixth form.", "Grace"),
    ("Hope said she feels safer now the locks have been changed.", "Hope"),
    ("Will has not attended his last two appointments with his PA.", "Will"),
    ("Foster carer Rose says the girls are settling in well.", "Rose"),
    ("Grandad (Bill) will collect the children on Friday.", "Bill"),
    ("Mark from the housing team is chasing the repairs.", "Mark"),
    ("Frank, the children's grandfather, attended the family group conference.", "Frank"),
    ("Summer has started at the new nursery and cried at drop-off.", "Summer"),
    ("Jack and his sister were seen together at the contact centre.", "Jack"),
    ("I asked Faith what she would like the panel to know about her.", "Faith"),
    ("Joy (maternal aunt) has offered to be assessed as a connected carer.", "Joy"),
    ("Spoke to Dawn, the family support worker, about the parenting course.", "Dawn"),
    ("Amber is in Year 11 and sitting her mocks next week.", "Amber"),
    ("Ruby was excited to show me her new bedroom.", "Ruby"),
    ("Jade's boyfriend is 19 and there are concerns about exploitation.", "Jade"),
    ("Skye wants to be called by her middle name at the new school.", "Skye"),
    ("Rich from the youth justice team is coming to the review.", "Rich"),
    ("Sunny has a dental appointment on Thursday; carer will take him.", "Sunny"),
    ("Holly and her baby are doing well in the parent and baby placement.", "Holly"),
    ("Ivy (age 2) was asleep during the visit.", "Ivy"),
    ("Mr Reed, the Year 6 teacher, raised the concern on Monday.", "Reed"),
    ("Hunter has been moved to a different class after the incident.", "Hunter"),
    ("Mason is still waiting for his ADHD assessment.", "Mason"),
    ("Cole's mum said he has stopped wetting the bed.", "Cole"),
    ("Miles did not want to do the 'all about me' booklet today.", "Miles"),
    ("Ms King from the virtual school is arranging 1:1 tuition.", "King"),
    ("Mrs Brown has looked after the boys since 2019.", "Brown"),
    ("Dr Green reviewed his medication and reduced the dose.", "Green"),
    ("Mr White, deputy head, says behaviour has improved since half term.", "White"),
    ("Miss Black is the SENCo at the infant school.", "Black"),
    ("Spoke to Mrs Young (neighbour) who raised the original concern.", "Young"),
    ("Ms Long is the new IRO for all three children.", "Long"),
    ("Carers Mr and Mrs Wood have asked for a short break in August.", "Wood"),
    ("Blessing said she likes her new school but misses her friends.", "Blessing"),
    ("Precious was seen with her baby at the family hub.", "Precious"),
    ("Patience has been given a laptop through the bursary.", "Patience"),
    ("Destiny refused to get in the car to go to contact.", "Destiny"),
],
'place-like-name': [
    ("Chelsea has moved in with her dad's side of the family.", "Chelsea"),
    ("Paris is attending the Saturday drama club and loves it.", "Paris"),
    ("Jordan said the new placement is 'alright I suppose'.", "Jordan"),
    ("Brooklyn wants to go back to her old school.", "Brooklyn"),
    ("Florence (14) has been missing from care twice this month.", "Florence"),
    ("Devon was calm throughout the visit and showed me his Xbox.", "Devon"),
    ("India and her baby are staying at the refuge for now.", "India"),
    ("Lincoln is now in Reception and loves his teacher.", "Lincoln"),
    ("Kingston said he wants to live with his uncle.", "Kingston"),
],
'relation-word': [
    ("Mum (Leanne) says she is not coping with the younger two.", "Leanne"),
    ("Dad Steve turned up at the school gates without warning.", "Steve"),
    ("Nan Pauline can have the children every other weekend.", "Pauline"),
    ("foster carer Maureen reported he was up all night gaming", "Maureen"),
    ("SW Hannah visited Tuesday pm, all three children seen.", "Hannah"),
    ("PA Gemma is helping him with his housing register application.", "Gemma"),
    ("IRO Jonathan Sherwood chaired the meeting.", "Jonathan Sherwood"),
    ("Key worker Asha at the hostel says he is engaging well.", "Asha"),
    ("Step-mum Kayleigh wants to be part of the plan.", "Kayleigh"),
    ("Her boyfriend Connor was present for the whole visit.", "Connor"),
    ("Uncle Darren has offered to take him to football training.", "Darren"),
    ("Aunty Funmi is collecting her from school this week.", "Funmi"),
    ("Older brother Reece (17) is also known to the youth justice service.", "Reece"),
    ("Maternal grandfather Tadeusz has health problems of his own.", "Tadeusz"),
    ("HV Anita completed the 9-12 month review at home.", "Anita"),
    ("Family friend Sharon picked the children up from school.", "Sharon"),
],
'possessive': [
    ("Jayden's behaviour at school has got worse since Easter.", "Jayden"),
    ("Copy of Mrs Pickersgill's statement is on file.", "Pickersgill"),
    ("We talked about Leo's wishes and feelings about contact.", "Leo"),
    ("Checked Aaliyah's bedroom; clean, warm, no concerns.", "Aaliyah"),
    ("Charlie’s school report was really positive this term.", "Charlie"),
    ("Thomas' birthday is next week and carers are planning a party.", "Thomas"),
    ("Went round to Liv's nan's house to see her.", "Liv"),
    ("kaydens dad wasnt there when i went", "kayden"),
    ("Agnieszka's English has improved so we no longer need an interpreter.", "Agnieszka"),
    ("Mr Osei's van was parked outside when I arrived.", "Osei"),
],
'sign-off': [
    ("Thanks for your help today, speak soon. Bex", "Bex"),
    ("Kind regards, Rebecca Holt, Senior Social Worker, Children's Services", "Rebecca Holt"),
    ("Many thanks – Priya", "Priya"),
    ("Best wishes, Dr Sinead Mulvey (Designated Doctor for Looked After Children)", "Sinead Mulvey"),
    ("Cheers, Gaz", "Gaz"),
    ("Thanks, Nat (Family Support)", "Nat"),
    ("Kind regards / Sam Ellery / Team Manager, Early Help", "Sam Ellery"),
    ("Thank you for listening to me. From Kacie age 11", "Kacie"),
    ("Thank you. Adebayo Ogunleye | Personal Adviser | Leaving Care Service", "Adebayo Ogunleye"),
    ("Speak Monday, Jo", "Jo"),
],
'brackets': [
    ("The eldest child (Tyreece) was not at home when I visited.", "Tyreece"),
    ("Her partner (name given as Dale) refused to speak to me.", "Dale"),
    ("The younger sibling [Esme] was asleep upstairs.", "Esme"),
    ("Referrer (Mrs Pennington, school DSL) was informed of the outcome.", "Pennington"),
    ("The baby (Oluwadamilare) is feeding well and gaining weight.", "Oluwadamilare"),
    ("Carer's adult son (Josh) also lives at the property; DBS to be checked.", "Josh"),
],
'called-aka': [
    ("Her new boyfriend is called Ryan but she would not give his surname.", "Ryan"),
    ("A male named Kyle Benson was at the address when I arrived.", "Kyle Benson"),
    ("Mum's partner, aka Dizzy, is believed to be involved in dealing.", "Dizzy"),
    ("The new baby is called Nevaeh (pronounced Nev-ay).", "Nevaeh"),
    ("She has a friend called Jasmine who lives on the same estate.", "Jasmine"),
    ("He prefers to be known as Tommy rather than his full name.", "Tommy"),
    ("A man calling himself Dean Carter has been messaging her online.", "Dean Carter"),
    ("my foster carer is called Sue and she has 2 cats", "Sue"),
    ("my best frend is called maisie", "maisie"),
],
'nickname': [
    ("Lou came to the review with her advocate.", "Lou"),
    ("Tash is pregnant and due in April.", "Tash"),
    ("Big Mo picks him up after school in a black car.", "Big Mo"),
    ("Aunt Mags is willing to have him for respite.", "Mags"),
    ("Saw Jonno at the skate park, he said he is sofa surfing.", "Jonno"),
    ("Kaz rang to say the boiler is broken again.", "Kaz"),
    ("Ollie is really into Minecraft at the moment.", "Ollie"),
    ("Dom refused to come out of his room for the visit.", "Dom"),
    ("Fliss said she wants to see her sister more often.", "Fliss"),
    ("Nanna Pat is poorly so contact is at the centre this week.", "Pat"),
],
'hyphenated-multipart': [
    ("Adaeze Okafor-Smith attended the parenting group for the first time.", "Adaeze Okafor-Smith"),
    ("Juan Carlos de la Cruz has applied for leave to remain.", "Juan Carlos de la Cruz"),
    ("Letter from Hassan bin Rashid's solicitor received today.", "Hassan bin Rashid"),
    ("Ewan McAllister has started his college course in plumbing.", "Ewan McAllister"),
    ("Aoife MacNamara (kinship carer) asked about the allowance.", "Aoife MacNamara"),
    ("Liam O'Donnell was arrested on Saturday and released under investigation.", "Liam O'Donnell"),
    ("Pieter van der Merwe is the new supervising social worker.", "Pieter van der Merwe"),
    ("Mrs van den Heuvel is the childminder for the younger two.", "van den Heuvel"),
    ("Maria dos Santos asked for a Portuguese interpreter.", "Maria dos Santos"),
    ("Gabriel da Silva Costa has turned 16 and wants to stay put.", "Gabriel da Silva Costa"),
    ("Mary-Kate Doherty is doing well at the pupil referral unit.", "Mary-Kate Doherty"),
    ("Jean-Baptiste Mukendi arrived as an unaccompanied child last month.", "Jean-Baptiste Mukendi"),
    ("Lily-Rose Fitzgerald-Hayes was seen at nursery.", "Lily-Rose Fitzgerald-Hayes"),
    ("Ms Le Roux confirmed she is happy to be a reference.", "Le Roux"),
    ("Siân Wyn-Jones from the health visiting team joined by phone.", "Siân Wyn-Jones"),
    ("Ms Okonkwo-Bright asked for the minutes to be sent by post.", "Okonkwo-Bright"),
    ("Tyler-James Booth has been moved to a new placement out of area.", "Tyler-James Booth"),
],
'apostrophe-variant': [
    ("Ciara O’Rourke has agreed to the safety plan.", "Ciara O’Rourke"),
    ("Ms O`Hagan said she would bring the children to the review.", "O`Hagan"),
    ("Mrs D’Souza has been approved as a foster carer.", "D’Souza"),
    ("Aminata N’Diaye is the interpreter for the family.", "Aminata N’Diaye"),
    ("Declan O´Connor phoned to cancel the visit.", "Declan O´Connor"),
    ("Mr O' Reilly was not at home; his daughter answered the door.", "O' Reilly"),
    ("Shauna O‘Leary did not attend the college interview.", "Shauna O‘Leary"),
    ("Ja’Kobe was excluded from breakfast club for a week.", "Ja’Kobe"),
],
'odd-characters': [
    ("Spoke to Kerry\u00a0Walsh at the family hub about the food bank.", "Kerry\u00a0Walsh"),
    ("Mrs\u202fBarraclough has asked for a copy of the plan.", "Barraclough"),
    ("Chloe\u0308 Barker says the new carers are 'really kind'.", "Chloe\u0308 Barker"),
    ("Zoe\u0308 missed her dental appointment again.", "Zoe\u0308"),
],
'list-one-name': [
    ("Attendees: mum, dad, SW, Kelly (school nurse), HV, IRO", "Kelly"),
    ("Present: Child, Mother, Foster Carer (Anne Rigby), IRO, SW", "Anne Rigby"),
    ("Apologies: Virtual School, CAMHS, Mr Bellamy (YJS)", "Bellamy"),
    ("Distribution: Head of Service; Team Manager; Gareth Pugh; LADO", "Gareth Pugh"),
    ("Invited: GP, health visitor, nursery (Mrs Quayle), police", "Quayle"),
    ("Household: mother, half-sister Aimee (5), baby (unborn)", "Aimee"),
],
# hand-written origin rows that keep diacritics the random draw above may not reach
'origin-west-african': [("Tèmítọ́pẹ́ said she wants her name spelled properly on the plan.", "Tèmítọ́pẹ́")],
'origin-welsh': [("Siôn was upset after the phone call with his dad.", "Siôn")],
'origin-polish': [("Mrs Wiśniewska asked for all letters to be translated into Polish.", "Wiśniewska")],
'origin-irish': [("Spoke with Ms Ní Bhriain at the school gate about the uniform grant.", "Ní Bhriain")],
'origin-vietnamese': [("Mr Nguyễn has agreed to attend the parenting course.", "Nguyễn")],
'origin-turkish-kurdish': [("Interpreter for Çağlar Öztürk was not booked in time.", "Çağlar Öztürk")],
'origin-eastern-european': [("Eglė Petrauskienė has applied for settled status for both children.", "Eglė Petrauskienė")],
'origin-roma-traveller': [("Denisa Baláž did not bring the children to the appointment.", "Denisa Baláž")],
'origin-romanian': [("Ionuț started at the new secondary school on Monday.", "Ionuț")],
}
for cat, items in A.items():
    for text, span in items:
        P(cat, text, span)

# ---------------------------------------------------------------- Part B: origin rows (templates x names)
# person = (full, given, family, gender)
ORIGINS = {
'south-asian': [
    ("Arjun Mehta","Arjun","Mehta","m"), ("Priya Sharma","Priya","Sharma","f"), ("Imran Hussain","Imran","Hussain","m"),
    ("Ayesha Begum","Ayesha","Begum","f"), ("Harpreet Kaur Sandhu","Harpreet","Sandhu","f"), ("Jaswinder Singh Gill","Jaswinder","Gill","m"),
    ("Shahid Iqbal","Shahid","Iqbal","m"), ("Nusrat Chowdhury","Nusrat","Chowdhury","f"), ("Rahul Mistry","Rahul","Mistry","m"),
    ("Tahmina Rahman","Tahmina","Rahman","f"), ("Deepa Pillai","Deepa","Pillai","f"), ("Mohammed Abdul Miah","Mohammed","Miah","m")],
'polish': [
    ("Łukasz Wiśniewski","Łukasz","Wiśniewski","m"), ("Małgorzata Kowalczyk","Małgorzata","Kowalczyk","f"),
    ("Kacper Zieliński","Kacper","Zieliński","m"), ("Zuzanna Dąbrowska","Zuzanna","Dąbrowska","f"),
    ("Paweł Szymański","Paweł","Szymański","m"), ("Agnieszka Wójcik","Agnieszka","Wójcik","f"),
    ("Michał Kamiński","Michał","Kamiński","m"), ("Żaneta Grabowska","Żaneta","Grabowska","f"),
    ("Wojciech Kaczmarek","Wojciech","Kaczmarek","m"), ("Weronika Lewandowska","Weronika","Lewandowska","f"),
    ("Szymon Pietrzak","Szymon","Pietrzak","m"), ("Jadwiga Sobczak","Jadwiga","Sobczak","f")],
'eastern-european': [
    ("Žygimantas Kazlauskas","Žygimantas","Kazlauskas","m"), ("Eglė Petrauskienė","Eglė","Petrauskienė","f"),
    ("Jānis Bērziņš","Jānis","Bērziņš","m"), ("Tomáš Dvořák","Tomáš","Dvořák","m"), ("Petra Novotná","Petra","Novotná","f"),
    ("Zsófia Nagy","Zsófia","Nagy","f"), ("Desislava Ivanova","Desislava","Ivanova","f"), ("Georgi Petrov","Georgi","Petrov","m"),
    ("Oleksandr Kovalenko","Oleksandr","Kovalenko","m"), ("Yuliia Bondarenko","Yuliia","Bondarenko","f"),
    ("Arben Hoxha","Arben","Hoxha","m"), ("Elira Krasniqi","Elira","Krasniqi","f"), ("Lukáš Horváth","Lukáš","Horváth","m")],
'romanian': [
    ("Andrei Popescu","Andrei","Popescu","m"), ("Ionuț Dumitru","Ionuț","Dumitru","m"), ("Ștefan Constantinescu","Ștefan","Constantinescu","m"),
    ("Răzvan Stoica","Răzvan","Stoica","m"), ("Ioana Munteanu","Ioana","Munteanu","f"), ("Mihaela Stănescu","Mihaela","Stănescu","f"),
    ("Bianca Gheorghiu","Bianca","Gheorghiu","f"), ("Roxana Țurcanu","Roxana","Țurcanu","f"), ("Alexandru Lungu","Alexandru","Lungu","m"),
    ("Ştefania Măgureanu","Ştefania","Măgureanu","f"), ("Cristian Ţăranu","Cristian","Ţăranu","m")],
'west-african': [
    ("Chinedu Okafor","Chinedu","Okafor","m"), ("Oluwaseun Adeyemi","Oluwaseun","Adeyemi","m"), ("Ngozi Eze","Ngozi","Eze","f"),
    ("Chiamaka Nwosu","Chiamaka","Nwosu","f"), ("Folasade Ogunleye","Folasade","Ogunleye","f"), ("Kwame Mensah","Kwame","Mensah","m"),
    ("Akosua Boateng","Akosua","Boateng","f"), ("Kofi Asante","Kofi","Asante","m"), ("Fatmata Kamara","Fatmata","Kamara","f"),
    ("Lamin Jallow","Lamin","Jallow","m"), ("Isatou Ceesay","Isatou","Ceesay","f"), ("Tèmítọ́pẹ́ Ọládipọ̀","Tèmítọ́pẹ́","Ọládipọ̀","f")],
'east-african': [
    ("Yonas Tesfaye","Yonas","Tesfaye","m"), ("Senait Haile","Senait","Haile","f"), ("Filmon Ghebremedhin","Filmon","Ghebremedhin","m"),
    ("Selam Berhane","Selam","Berhane","f"), ("Dawit Alemu","Dawit","Alemu","m"), ("Hiwot Tadesse","Hiwot","Tadesse","f"),
    ("Wanjiru Kamau","Wanjiru","Kamau","f"), ("Otieno Odhiambo","Otieno","Odhiambo","m"), ("Nakato Ssemakula","Nakato","Ssemakula","f"),
    ("Kidane Weldemariam","Kidane","Weldemariam","m"), ("Aster Gebreyesus","Aster","Gebreyesus","f")],
'somali': [
    ("Hodan Warsame","Hodan","Warsame","f"), ("Ayan Farah","Ayan","Farah","f"), ("Abdirahman Hersi","Abdirahman","Hersi","m"),
    ("Faadumo Jama","Faadumo","Jama","f"), ("Liban Egal","Liban","Egal","m"), ("Hibo Nur","Hibo","Nur","f"),
    ("Khadar Yusuf","Khadar","Yusuf","m"), ("Nimco Aden","Nimco","Aden","f"), ("Mahad Abdullahi","Mahad","Abdullahi","m"),
    ("Sagal Osman Ali","Sagal","Ali","f"), ("Mukhtar Ismail Duale","Mukhtar","Duale","m")],
'arabic': [
    ("Omar Al-Sayed","Omar","Al-Sayed","m"), ("Layla Haddad","Layla","Haddad","f"), ("Yousef Khalil","Yousef","Khalil","m"),
    ("Amira Saleh","Amira","Saleh","f"), ("Karim Mansour","Karim","Mansour","m"), ("Rania Abdallah","Rania","Abdallah","f"),
    ("Noor Al-Hashimi","Noor","Al-Hashimi","f"), ("Zainab El-Masri","Zainab","El-Masri","f"), ("Abdullah Qasim","Abdullah","Qasim","m"),
    ("Mustafa Al Jaber","Mustafa","Al Jaber","m"), ("Hanan Abu Zaid","Hanan","Abu Zaid","f"), ("Tariq bin Saeed","Tariq","bin Saeed","m")],
'turkish-kurdish': [
    ("Emre Yılmaz","Emre","Yılmaz","m"), ("Zeynep Kaya","Zeynep","Kaya","f"), ("Elif Şahin","Elif","Şahin","f"),
    ("Çağlar Öztürk","Çağlar","Öztürk","m"), ("Gülsüm Aydın","Gülsüm","Aydın","f"), ("Mehmet Doğan","Mehmet","Doğan","m"),
    ("Rojin Baran","Rojin","Baran","f"), ("Serhat Demir","Serhat","Demir","m"), ("Berfîn Aslan","Berfîn","Aslan","f"),
    ("Soran Kareem","Soran","Kareem","m"), ("Hêvî Rasul","Hêvî","Rasul","f"), ("Azad Mahmoud","Azad","Mahmoud","m")],
'chinese': [
    ("Zhang Wei","Wei","Zhang","m"), ("Chen Jing","Jing","Chen","f"), ("Liu Yang","Yang","Liu","m"), ("Wong Ka Yan","Ka Yan","Wong","f"),
    ("Chan Tsz Ching","Tsz Ching","Chan","f"), ("Xiaoling Huang","Xiaoling","Huang","f"), ("Jason Lam","Jason","Lam","m"),
    ("Mei Lin Cheung","Mei Lin","Cheung","f"), ("Zhou Hao","Hao","Zhou","m"), ("Ho Wing Kei","Wing Kei","Ho","m")],
'vietnamese': [
    ("Nguyễn Văn Minh","Minh","Nguyễn","m"), ("Trần Thị Lan","Lan","Trần","f"), ("Phạm Quốc Bảo","Bảo","Phạm","m"),
    ("Lê Thu Hà","Hà","Lê","f"), ("Đặng Thanh Tùng","Tùng","Đặng","m"), ("Vũ Thị Mai","Mai","Vũ","f"),
    ("Hoàng Đức Long","Long","Hoàng","m"), ("Bùi Ngọc Ánh","Ánh","Bùi","f")],
'irish': [
    ("Niamh Gallagher","Niamh","Gallagher","f"), ("Oisín Murphy","Oisín","Murphy","m"), ("Ciarán Doherty","Ciarán","Doherty","m"),
    ("Aoife Brennan","Aoife","Brennan","f"), ("Caoimhe Byrne","Caoimhe","Byrne","f"), ("Pádraig Kavanagh","Pádraig","Kavanagh","m"),
    ("Róisín McCarthy","Róisín","McCarthy","f"), ("Saoirse Ní Bhriain","Saoirse","Ní Bhriain","f"), ("Eoin Fitzgerald","Eoin","Fitzgerald","m"),
    ("Seosamh Ó Ceallaigh","Seosamh","Ó Ceallaigh","m"), ("Gráinne Moloney","Gráinne","Moloney","f")],
'caribbean': [
    ("Delroy Campbell","Delroy","Campbell","m"), ("Marcia Thompson","Marcia","Thompson","f"), ("Winston Clarke","Winston","Clarke","m"),
    ("Shanice Grant","Shanice","Grant","f"), ("Tyrone Powell","Tyrone","Powell","m"), ("Jermaine Reid","Jermaine","Reid","m"),
    ("Sharlene Bailey","Sharlene","Bailey","f"), ("Kemar Stewart","Kemar","Stewart","m"), ("Tanisha Francis","Tanisha","Francis","f"),
    ("Beverley Henry","Beverley","Henry","f"), ("Donovan Samuels","Donovan","Samuels","m")],
'roma-traveller': [
    ("Bridget McDonagh","Bridget","McDonagh","f"), ("Patrick Joyce","Patrick","Joyce","m"), ("Margaret Maughan","Margaret","Maughan","f"),
    ("Martin Connors","Martin","Connors","m"), ("Levi Boswell","Levi","Boswell","m"), ("Vashti Lee","Vashti","Lee","f"),
    ("Shadrach Loveridge","Shadrach","Loveridge","m"), ("Kizzy Cooper","Kizzy","Cooper","f"), ("Mireli Price","Mireli","Price","f"),
    ("Denisa Baláž","Denisa","Baláž","f"), ("Roberto Lakatos","Roberto","Lakatos","m"), ("Loredana Căldăraru","Loredana","Căldăraru","f")],
'welsh': [
    ("Rhys Pritchard","Rhys","Pritchard","m"), ("Cerys Llewellyn","Cerys","Llewellyn","f"), ("Gwenllian Hughes","Gwenllian","Hughes","f"),
    ("Siôn ap Dafydd","Siôn","ap Dafydd","m"), ("Ffion Prosser","Ffion","Prosser","f"), ("Gethin Morgan","Gethin","Morgan","m"),
    ("Llinos Bowen","Llinos","Bowen","f"), ("Osian Griffiths","Osian","Griffiths","m"), ("Elin Wyn Jones","Elin","Wyn Jones","f"),
    ("Catrin Parry","Catrin","Parry","f"), ("Iestyn Vaughan","Iestyn","Vaughan","m")],
'scottish': [
    ("Callum MacLeod","Callum","MacLeod","m"), ("Eilidh MacDonald","Eilidh","MacDonald","f"), ("Fraser McKenzie","Fraser","McKenzie","m"),
    ("Isla Ross","Isla","Ross","f"), ("Ruaridh MacKinnon","Ruaridh","MacKinnon","m"), ("Morag Sinclair","Morag","Sinclair","f"),
    ("Hamish Robertson","Hamish","Robertson","m"), ("Ailsa Murray","Ailsa","Murray","f"), ("Lachlan Buchanan","Lachlan","Buchanan","m"),
    ("Kirsty Drummond","Kirsty","Drummond","f"), ("Struan Cameron","Struan","Cameron","m")],
}
PER_ORIGIN = 7
FORMS = ['full', 'given', 'title', 'full', 'given', 'title', 'full']
ASCII_ORIGINS = {'polish', 'eastern-european', 'romanian', 'west-african', 'turkish-kurdish', 'vietnamese', 'irish', 'roma-traveller', 'welsh'}
ASCII_P = 0.35

# templates: (gender or None, text with {n} or {t} {n})
T_GIVEN = [
    ('f', "{n} was seen alone in her bedroom and said she feels safe at home."),
    ('m', "{n} was seen alone in his bedroom and said he feels safe at home."),
    (None, "Spoke to {n} on the phone about contact arrangements for Saturday."),
    (None, "{n} has settled into the new placement and is eating well."),
    (None, "Home visit: {n} was at school so I spoke with the carer instead."),
    (None, "PEP meeting held; {n} wants extra help with maths."),
    (None, "Asked {n} for three wishes: a phone, a bike, and to see nan more."),
    (None, "Carer reports that {n} went missing overnight and returned at 7am."),
    (None, "{n} came to the care leavers' drop-in and asked about the setting-up-home grant."),
    (None, "Nursery key person says {n} is saying more words and joining in at circle time."),
    (None, "Interpreter present, but {n} was happy to speak in English for most of the visit."),
    (None, "I explained to {n} why the court hearing was adjourned."),
    (None, "Transport arranged to take {n} to family time on Wednesday."),
    (None, "Checked in with {n} after the fire alarm incident at the supported accommodation."),
    (None, "{n} says the food at the placement is 'alright but not like home'."),
    (None, "Pathway plan reviewed with {n}, who wants to go to college in September."),
]
T_FULL = [
    (None, "Referral received from school regarding {n}, aged 14."),
    (None, "Strategy discussion held re {n} following a disclosure at school."),
    (None, "Child's name: {n}. Legal status: S20."),
    (None, "Care leaver {n} has moved into supported lodgings."),
    (None, "Initial Health Assessment completed for {n} at the clinic."),
    ('f', "Mother, {n}, attended the conference with an advocate."),
    ('m', "Father, {n}, has requested contact through his solicitor."),
    (None, "Young person: {n} | Status: UASC | Allocated: Team 3"),
    (None, "Early Help plan agreed with {n} and the school."),
    (None, "{n} was present at the review and contributed well."),
    (None, "Interpreter booked for {n} for the meeting next Thursday."),
    (None, "Letter to {n} about the outcome of the assessment sent 2nd class."),
    ('f', "Connected person assessment started for {n} (maternal aunt)."),
    ('m', "Connected person assessment started for {n} (paternal uncle)."),
    (None, "Visited {n} at the family's flat; home warm and tidy."),
    (None, "Feedback form completed by {n}: 'The worker listened to me.'"),
]
T_TITLE = [
    (None, "Spoke to {t} {n} about the school place."),
    (None, "{t} {n} did not answer the door; calling card left."),
    (None, "Letter sent to {t} {n} confirming the date of the conference."),
    ('f', "{t} {n} said she is struggling since the operation and needs help with the children."),
    ('m', "{t} {n} says he works nights and cannot attend daytime meetings."),
    (None, "Met {t} {n} at the family hub to discuss nursery funding."),
    (None, "Telephone interpreter used for the call with {t} {n}."),
    (None, "{t} {n} agreed to the Early Help assessment and signed consent."),
    (None, "Head of Year, {t} {n}, reports attendance is down to 78%."),
    (None, "The landlord has served notice on {t} {n}."),
    (None, "Home visit to {t} {n}; children at school."),
]
TITLES = {'m': ['Mr'], 'f': ['Mrs', 'Ms', 'Miss']}
SPECIAL_ASCII = str.maketrans({'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'ı': 'i', 'ø': 'o', 'ß': 'ss'})

def to_ascii(s):
    s = s.translate(SPECIAL_ASCII)
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))

rng = random.Random(SEED_ORIGIN)
import collections
used = collections.Counter()
for origin, people in ORIGINS.items():
    chosen = rng.sample(people, PER_ORIGIN)
    for form, (full, given, fam, g) in zip(FORMS, chosen):
        name = {'full': full, 'given': given, 'title': fam}[form]
        # '+ascii': the name as written carries diacritics, and this row has them stripped
        asc = origin in ASCII_ORIGINS and rng.random() < ASCII_P and to_ascii(name) != name
        if asc:
            name = to_ascii(name)
        pool = {'full': T_FULL, 'given': T_GIVEN, 'title': T_TITLE}[form]
        pool = [t for gg, t in pool if gg in (None, g)]
        for _ in range(100):
            # least-used templates first, so the origin rows do not repeat the same sentence
            low = min(used[t] for t in pool)
            tpl = rng.choice([t for t in pool if used[t] == low])
            used[tpl] += 1
            text = tpl.format(n=name, t=rng.choice(TITLES[g]))
            if text.count(name) == 1 and all(text != r[2] for r in rows):
                break
        else:
            raise SystemExit(f'no template fits {name}')
        P('origin-' + origin + ('+ascii' if asc else ''), text, name)

# ---------------------------------------------------------------- Part C: NONE (hard negatives)
C = {
'place-named-after-person': [
    "Visited mum on Cherry Ward at the General; she is due to be discharged on Friday.",
    "Baby was transferred to Nightingale Ward overnight for observation.",
    "He has started Year 7 at St Mary's and has already had two detentions.",
    "The family have been rehoused to a flat just off Victoria Road.",
    "They moved to Kingston last summer to be nearer the grandparents.",
    "She was born in Lincoln and moved here when she was 4.",
    "Case conference held at Kingsley House, room 2.",
    "Took the boys to Victoria Park for the afternoon; they played football.",
    "The family attend the mosque on Stanley Road every Friday.",
    "Placement at Florence House, a small residential home for girls.",
    "Dad is currently in HMP Wandsworth on remand.",
    "The family live on the Churchill estate, 3rd floor, no lift.",
    "Mum is staying at her sister's in Preston for a few weeks.",
    "Family time will now take place in Milton Keynes, halfway between the two homes.",
    "They moved to Beverley in East Yorkshire in the spring.",
    "Trip to Hampton Court with the residential home was a success.",
    "He supports Chelsea and wants the new home kit for his birthday.",
    "Dad has gone back to Jordan for a family funeral.",
    "The family fled Chad in 2019 and spent two years in a camp.",
    "Uncle lives in Sydney and video calls every Sunday.",
    "School trip to Florence in the Easter holidays, funding requested from the virtual school.",
    "Went to Paris with her school and said it was the best day ever.",
    "He is at the St Helens campus of the college, doing construction.",
    "The children are registered at the Jenner Health Centre.",
],
'organisation-brand': [
    "Referred to Barnardo's for their missing from home service.",
    "Bought her a new coat from Marks and Spencer with the clothing allowance.",
    "Carer bought a Mr Kipling cake for his birthday as he asked for one.",
    "He wants Dr Martens for his school shoes this year.",
    "The family stayed at Ronald McDonald House while the baby was in NICU.",
    "Applied to the Prince's Trust for a grant towards driving lessons.",
    "Referral to Home-Start for volunteer support with the twins.",
    "Food parcel collected from the Trussell Trust food bank.",
    "He now works weekends at Wetherspoons and is saving for a car.",
    "Mum has taken out a loan with Barclays to pay the rent arrears.",
    "Bought sausage rolls from Greggs on the way to contact.",
    "Took them to McDonald's for tea after the review.",
    "He has signed up for the Duke of Edinburgh's Award at school.",
    "Carer got the cot from John Lewis and it is set up in her room.",
    "She got a Ted Baker bag for her 18th from her carers.",
    "He only wants to wear his Jack Wills hoodie.",
    "Offered him a cup of tea and a Rich Tea biscuit; he relaxed a bit.",
    "Carer bought a Victoria sponge for the family time session.",
    "New wellies needed; carer bought Hunter ones in the sale.",
    "Tea from Burger King on the way back from the hospital.",
    "The family have Sky and Netflix but no internet for homework.",
    "Referral to the Anna Freud Centre for the parent-infant project.",
],
'month-day': [
    "Next review is in May; mum has agreed to attend.",
    "April was a difficult month for the whole family.",
    "Visit booked for Wednesday after school.",
    "He has been doing much better since June.",
    "Contact moved from Saturday to Sunday because of football.",
    "August half term plans were discussed with the carers.",
    "Since January there have been three missing episodes.",
    "Every Friday he goes to the youth club on the estate.",
    "June is the deadline for the college application.",
    "The family celebrate St Patrick's Day with a big meal.",
    "Carers are going away for Valentine's Day so respite is booked.",
],
'pet': [
    "The family dog Max barked throughout the visit.",
    "She cried because her hamster Biscuit died at the weekend.",
    "Our dog Bella had puppies and I am allowed to keep one",
    "Carers have a cat called Oscar and a rabbit in the garden.",
    "i love my dog Alfie hes my best frend",
    "Staffie called Tyson in the garden, kept on a lead during the visit.",
    "He wants to bring his snake (Kevin) to the new placement.",
    "The guinea pigs, Salt and Pepper, need cleaning out every Saturday.",
    "She rides a pony called Duchess at the city farm.",
    "The budgie, Charlie, sings whenever the TV is on.",
],
'fictional-character': [
    "He watched Peppa Pig while we talked in the kitchen.",
    "She dressed up as Elsa for World Book Day.",
    "Carer reads Harry Potter with him every night.",
    "He loves Spider-Man and wants a Spider-Man cake.",
    "Watching Paw Patrol; his favourite is Chase.",
    "She has read Matilda three times and wants the film.",
    "We read Mr Tickle and Little Miss Sunshine at bedtime.",
    "He got Mario Kart for Christmas and plays it with his carer.",
    "Wants to be Moana for the Halloween party.",
    "Her favourite programme is Bluey; she has all the toys.",
    "Plays with his Thomas the Tank Engine set for hours.",
    "my favourite book is horrid henry because he is naughty",
],
'celebrity': [
    "She wants tickets to see Taylor Swift more than anything.",
    "He has a poster of Marcus Rashford above his bed.",
    "Listens to Stormzy on the bus to college.",
    "He wants a Ronaldo shirt for his birthday.",
],
'job-title': [
    "The Head said she would look into the bullying.",
    "Spoke to the DSL who confirmed the referral had been made.",
    "Team Manager agreed the plan and the budget.",
    "The IRO will write to the Director of Children's Services.",
    "Foster Carer reports a good week with no incidents.",
    "The Senior Practitioner will chair the next meeting.",
    "Health Visitor to complete the 2 year check.",
    "Duty Social Worker rang Mother to explain the decision.",
    "Personal Adviser helped him open a bank account.",
    "The Judge made an interim care order for all three children.",
    "The Guardian asked for a parenting assessment.",
    "Meeting with the Dean of Students at the college about his attendance.",
],
'sentence-start-capital': [
    "Unfortunately the visit could not go ahead.",
    "Positive session today, lots of laughing.",
    "Concerns remain about the home conditions.",
    "Nobody answered the door so I left a card.",
    "Excellent attendance this term, well done.",
    "Sadly Nan passed away last week and the children are upset.",
    "Mum and Dad both attended and were respectful to each other.",
    "Carer Reports: All Fine, No Issues This Week.",
    "Brother And Sister Were Seen Together At The Centre.",
    "Baby was asleep in the Moses basket throughout.",
    "Grandma agreed to do the school run on Mondays.",
    "I Love My New School And My Carers Are Kind",
],
'acronym': [
    "CIN plan reviewed; CP not needed at this stage.",
    "Discussed with MASH, LADO and the DSL.",
    "EHCP draft received from the SEND team.",
    "PEP target: improve KS2 reading age.",
    "YP attended the CAMHS appt with FC.",
    "IRO, SW and PA all agree an SGO is the right route.",
    "NFA from police; CSE screening tool completed.",
    "RHI completed after missing episode; YJS informed.",
    "Referral made to MARAC by the IDVA.",
    "UASC, age disputed, awaiting Merton compliant assessment.",
],
'word-not-name': [
    "Will call back after the strategy meeting.",
    "I will ring the school tomorrow to check attendance.",
    "Will need to chase the GP letter before the review.",
    "Small mark noted on left forearm; child said he fell off his bike.",
    "Teacher will mark his homework and send it home on Fridays.",
    "Grace period of 4 weeks agreed on the rent arrears.",
    "She said grace before tea with the foster family.",
    "There is hope that he can return home by the summer.",
    "Hope to see him again next week at college.",
    "Mum has lost faith in the school after the exclusion.",
    "Religion/Faith: Catholic, attends mass most weeks",
    "He was full of joy when he saw his brothers.",
    "She gets up at dawn to get the kids ready for school.",
    "RAG rating moved from red to amber after the visit.",
    "Carers are celebrating their ruby wedding anniversary next month.",
    "She was given a jade bracelet by her grandmother.",
    "Respite trip to the Isle of Skye with the residential home.",
    "It was sunny so we walked to the park and talked.",
    "Holly and ivy decorations up in the living room; house warm and tidy.",
    "Reed diffuser in the bathroom, no other concerns about the home.",
    "Uncle works as a mason on building sites around the city.",
    "The placement is 30 miles from his school.",
    "Brown envelope from the council left unopened on the side.",
    "Home conditions: green, no concerns.",
    "Black mould in the children's bedroom, landlord informed.",
    "White goods were provided by the setting-up-home grant.",
    "Young carer assessment completed; she does a lot for mum.",
    "Long term foster placement agreed at panel.",
    "The entrance hall was cluttered with bags and shoes.",
    "Wood burner in the lounge has no guard; advised carer.",
    "Gas bill is £340 in arrears.",
    "She was very frank about her drinking.",
    "Summer holiday club has been booked and paid for.",
    "Bedroom has a Union Jack flag above the bed.",
    "Carer has planted a rose bush for each child in the garden.",
    "Carer showed real patience when he was shouting.",
    "She said her baby is so precious to her.",
    "A guy from the estate was hanging round outside the school.",
    "Mum threatened to sue the council over the disrepair.",
    "Not a penny of the allowance has been spent on him.",
    "She had her hair cut into a bob and is really pleased.",
    "Cooking session: pasta with basil and tomato sauce.",
    "He said she was an angel today at nursery.",
    "Bought a king size duvet for the new flat.",
    "He is rich in friendships at school, lots of support.",
    "Hunter gatherers topic at school; he made a spear.",
],
'eponym': [
    "Diagnosed with Down's syndrome shortly after birth.",
    "Nan has Alzheimer's and can no longer care for them.",
    "Possible Asperger's; awaiting ASD assessment.",
    "Assessed as Gillick competent; she consented to the referral herself.",
    "Fraser guidelines applied by the sexual health nurse.",
    "Mum has made a Clare's Law application about her new partner.",
    "Baby has Hirschsprung's disease and needs surgery.",
    "Apgar scores were normal at birth.",
    "Baby was delivered by caesarean section at 37 weeks.",
    "Tourette's diagnosis confirmed by the paediatrician.",
],
'placeholder': [
    "Child A and Child B were seen together.",
    "Mother (name withheld) did not consent to the referral.",
    "Sibling 1 is in foster care; Sibling 2 lives with father.",
    "[REDACTED] said that the house was always cold.",
    "The young person (YP) asked for an advocate.",
    "Name: not known. Age: approx 15.",
    "Pre-birth assessment for Baby X to be completed by 32 weeks.",
],
'all-caps-header': [
    "CHILD: UNBORN | ALLOCATED TEAM: PRE-BIRTH",
    "RE: HOUSING APPLICATION - URGENT",
    "YOUNG PERSON'S VIEWS: I WANT TO GO HOME",
    "CASE NOTE - HOME VISIT - ALL CHILDREN SEEN",
    "MOTHER: DECLINED TO GIVE DETAILS",
    "NEXT STEPS: SW TO VISIT WEDNESDAY",
],
'child-words-no-name': [
    "me and my bro went to the park and got chips",
    "my nan is the best she lets me stay up late",
    "i hate it when mum and dad argue",
    "my carer is nice but i miss my mum",
    "wen can i go home",
],
'language-nationality': [
    "Somali interpreter booked for the review.",
    "She speaks Polish at home and is learning English.",
    "Tigrinya interpreter did not arrive; meeting rearranged.",
    "Dad is Romanian and mum is Irish; both speak English.",
],
}
for cat, items in C.items():
    for text in items:
        N(cat, text)

# ---------------------------------------------------------------- output
texts = [r[2] for r in rows]
assert len(texts) == len(set(texts)), 'duplicate texts'
order = list(range(len(rows)))
random.Random(SEED_SHUFFLE).shuffle(order)
with open('cases.tsv', 'w', encoding='utf-8', newline='\n') as f, \
     open('categories.tsv', 'w', encoding='utf-8', newline='\n') as g:
    f.write('id\ttype\ttext\tspan\n')
    g.write('id\tcategory\n')
    for k, i in enumerate(order, 1):
        t, cat, text, span = rows[i]
        rid = f'N{k:04d}'
        f.write(f'{rid}\t{t}\t{text}\t{span}\n')
        g.write(f'{rid}\t{cat}\n')
import collections
c = collections.Counter(r[0] for r in rows)
print('rows', len(rows), dict(c))
