# child-voice.lex - themes in what children, young people and families say
# about their lives and the services they use.  Format: docs/lexicon-format.md;
# scope and provenance: README.md beside this file.  Level-1 codes are in
# the order other tools rely on; do not reorder them.
lexicon child-voice
version 2.3

language en
negator not
negator no
negator never
negator nobody
negator nothing
negator nowhere
negator none
negator neither
negator nor
negator without
negator cannot
negator can't
negator cant
negator don't
negator dont
negator doesn't
negator doesnt
negator didn't
negator didnt
negator isn't
negator isnt
negator wasn't
negator aren't
negator weren't
negator won't
negator wont
negator wouldn't
negator couldn't
negator shouldn't
negator haven't
negator havent
negator hasn't
negator hadn't
negator ain't
negator hardly
negator barely
negator no longer
negator lack of
negator lacks
negator unable to
# negative concord: these negators close after one another negate once
# (`don't never`, `didn't get no help`); `not` is left out, so `never not`
# and `not like nobody` are double negations
concord no
concord never
concord nobody
concord no one
concord nothing
concord none
concord nowhere
concord neither
concord nor
concord cannot
concord can't
concord cant
concord don't
concord dont
concord doesn't
concord doesnt
concord didn't
concord didnt
concord isn't
concord isnt
concord wasn't
concord aren't
concord weren't
concord won't
concord wont
concord wouldn't
concord couldn't
concord shouldn't
concord haven't
concord havent
concord hasn't
concord hadn't
concord ain't
hedge maybe
hedge perhaps
hedge sometimes
hedge probably
hedge possibly
hedge might
hedge not sure
hedge unsure
hedge idk
hedge not sure if
hedge kind of
hedge sort of
hedge i think
hedge i guess
hedge a bit
hedge i suppose
hedge appeared
hedge seems
hedge apparently
break but
break although
break though
break however
break whereas
break except
break because
break until
break and
break yet
break so
hedge don't know if
hedge don't know whether
postneg not really
postneg not at all
postneg yeah right
pseudo no doubt
pseudo not only
pseudo not just
pseudo no wonder
pseudo nothing but
pseudo no matter
pseudo whether or not
pseudo not to mention
pseudo can't wait
pseudo couldn't wait
pseudo never mind
# a contrast that leaves its predicate out denies the polar match before
# it (docs/tagging.md): `safe at home but not at school`
ellipsis but not
ellipsis but never
ellipsis though not
ellipsis just not
person1 i
person1 me
person1 my
person1 mine
person1 myself
person1 we
person1 us
person1 our
person3 he
person3 she
person3 him
person3 her
person3 his
person3 hers
person3 yp
person3 the child
person3 young person
person3 reports
person3 reported
person3 observed

# names and fixed expressions that hold a pattern word but no theme
except home office
except safe to say

code safety Feeling safe
	description: Whether children, young people and families feel safe at home, in placement, at school, online and out and about.
	inclusion: Any statement about being safe or unsafe, or about harm, risk or protection: at home, in placement, at school, online, in the community.
	inclusion: Police, exploitation, county lines, grooming, knives and gangs, missing episodes.
	exclusion: 'safe' in fixed expressions that say nothing about safety (safe to say, play it safe, safe and sound as a greeting).
	exclusion: Worry or fear with no danger named: code feelings.
	exclusion: Health risks without harm by others: code health.
	example: I was groomed online by someone I thought was a friend.
	example: Police brought him back after he went missing.
	borderline: It's safe to say school is better now (not safety).
	borderline: I worry about my brother (feelings, not safety, unless harm is named).
	negated: count
	except: child protection conference
	except: child protection report
	except: protected characteristic
	except: hit me hard
	except: secured an
	except: secure a
	safeguarding
	safeguarding concerns
	police
	online safety
	community safety
	risk
code safety/safe Feels safe
	description: Says they feel safe, protected, secure or settled.
	inclusion: Says they feel or are safe, protected, secure or settled; knows whom to contact when unsafe.
	exclusion: 'safe to say', 'safe bet', 'play it safe'.
	exclusion: Settled in the sense of a bill or a dispute.
	example: I feel safe with my foster carers.
	example: She is settled and secure in placement.
	borderline: I'm safer than I was (safe).
	borderline: Not safe at all (negated: counts as unsafe).
	polarity: safety/unsafe
	negated: flip
	except: safe to say
	except: safe bet
	except: play it safe
	except: safe and sound
	except: safely say
	safe
	safety
	feel safe
	protected
	secure
	settled
	relax
	relaxed
	no concerns
	no current safeguarding concerns
	knows how to contact the police
	feel protected
	nobody can hurt me
	looked after properly
	safer
	safest
code safety/unsafe Feels unsafe
	description: Says they feel unsafe, scared, threatened or at risk, or describes harm.
	inclusion: Says they feel unsafe, scared of a person or place, threatened or at risk, or describes harm: bullying, abuse, violence, exploitation.
	exclusion: Fear of an exam or a test: code feelings.
	exclusion: Scary films or games.
	example: I get bullied on the bus every day.
	example: He hit me when he was drunk.
	borderline: I'm scared of failing (feelings, not unsafe).
	borderline: Not scared any more (negated: counts as safe).
	polarity: safety/safe
	negated: flip
	except: panic attack
	except: anxiety attack
	except: scary film
	except: scary movie
	except: scary films
	unsafe
	scared
	scary
	frightened
	afraid
	terrified
	threatened
	abuse
	abusive
	violence
	violent
	hurt me
	hurt us
	hit me
	hit us
	attacked
	assaulted
	harassed
	domestic abuse
	:fearful_face:
	:face_screaming_in_fear:
	picked on
	beaten up
	followed me
	followed us
	threatened me
	threatened us
	touched me
	touched us
	unsafe at home
	walk on eggshells
	emoji:fear
	groomed
	grooming
	exploitation
	exploited
	county lines
	knife
	knives
	stabbed
	gang*
	at risk
	went missing
	missing from home
	bully
	bullies
	danger
	in danger
	intimidated
	threat
	stalked
	stalking
	punched
	slapped
	beat me
	beat us
	significant harm
	less safe
	scarier
	hit my
	hit her
	hit him
	drug dealer*
	nudes

code home Home and accommodation
	description: Where they live: housing, placements, moves, homelessness, sofa-surfing, staying put and the state of the home.
	inclusion: Their home and where they live: housing, a placement and placement moves, homelessness, sofa-surfing, staying put, tenancy, rent, repairs.
	exclusion: 'home' in names and fixed expressions (Home Office, home in on, home and dry).
	exclusion: A room that is not their home (meeting room, waiting room).
	exclusion: Home as a school subject (home economics).
	example: I've moved placement four times this year.
	example: The flat is damp and the landlord won't fix it.
	borderline: Home Office (not home).
	borderline: I just want to go home (home).
	negated: count
	except: home office
	except: home economics
	except: home in on
	except: home and dry
	except: home time
	except: home-start
	except: home screen
	except: home page
	except: home language
	except: home languages
	except: out of the house
	except: strategies for home
	except: out of bed
	except: get up
	home
	house
	housing
	housing officer
	housing list
	housing application
	housing plan
	flat
	council flat
	bedroom
	own room
	accommodation
# a placement or children's home is the theme when the sentence says
# something of living there: moving, staying, leaving, its state, or how
# it feels (a cue within four words); named only as where something else
# happened ("not allowed a phone at my placement", "the staff in the
# children's home", "help with my hair when I was in placement") it is a
# setting, as school is for education
	(placement|placements|foster placement|children's home|residential home) NEAR/4 (live|living|lived|stay|staying|stayed|move|moved|moving|new|change|changed|ended|broke down|breakdown|break down|settled|safe|unsafe|happy|unhappy|like|love|hate|miss|good|bad|great|nice|awful|horrible|grateful|home|own|first|last|next|current|previous|old|leave|left|kicked out|back to|go back|went back|rules|feel|felt|grew up|growing up|another|different|so many|too many|two|three|four|five|six|seven|eight|nine|ten|2|3|4|5|6|7|8|9|10)
	placement move*
	moved placement
	supported lodgings
	supported accommodation
	staying put
	hostel
	b&b
	bed and breakfast
	temporary accommodation
	homeless*
	sofa surfing
	no fixed address
	tenancy
	rent
	rent arrears
	landlord
	evicted
	eviction
	repairs
	damp
	mould
	cramped
	overcrowded
	moved four times
	moved * times
	move again
	where i live
	where to live
	nowhere to live
	my room
	our room
	share a room
	sharing a room
	emoji:home
	moved in
	moving house
	kicked out
	sofa surf
	moved me
	moving me
	bag packed
	beds
	live with
	living with
	stay with
	staying with
	stay in my placement

code relationships Relationships
	description: Family, contact with family and siblings, friends, carers, a trusted adult, partners, loneliness and isolation.
	inclusion: Family, contact with family and siblings, friends, carers, partners, a trusted adult, a relationship with family or friends, being lonely, loneliness and isolation, as the young person tells it or as the topic of a note.
	exclusion: A family member, carer or partner named only to say who was present, who reported, who did something or whose place it is (Present: Mum, Dad; Mum signed the form; my carer's house; my husband lost his job): a kinship noun counts with a word of the relationship near it (contact, living or staying with, seeing, missing, closeness, conflict, loss, feelings towards them), in a practitioner's note as in the person's own words.
	exclusion: Relationships with workers: code trust.
	example: I miss my little sister, we only see each other once a month.
	example: I've got no friends at my new school.
	borderline: Mum attended the meeting (in passing in a note: not counted unless the note is about family).
	borderline: My nan is the only one I can talk to (relationships).
	borderline: My carer helped me open a bank account (independence; not relationships).
	negated: count
	except: family hub
	except: family hubs
	except: family support
	except: family support worker
	except: family centre
	except: family nurse
	except: family nurse partnership
	except: family group conference
	except: carer's allowance
	except: carers allowance
	except: bad mum
	except: good mum
	except: good enough mum
	except: bad parent
	except: good parent
	except: nuisance parent
	except: working dads
	except: working parents
	except: working mums
	except: family's language
	except: as a mum
	except: as a parent
	except: new mum
	except: first-time mum
	except: =friendly
# a family member, carer, partner or friend is the topic when the
# sentence says something of the relationship: contact, living or
# staying together, closeness or conflict, loss, feelings towards them
# (a cue within three words); named only as who did something ("Mum
# signed the form", "my carer's house", "my husband lost his job")
# the record is not about relationships; nor is a bare `with` (speaking
# Polish with my mum, attended with her boyfriend): `safe with`, `time
# with`, `be with` and the like are cues
	(family|mum|mam|mom|mummy|mother|dad|daddy|father|parent|brother|sister|sibling|grandma|nan|nana|nanna|gran|granny|grandad|grandparents|grandmother|grandfather|aunt|auntie|uncle|cousin|nephew|niece|stepmum|stepdad|step mum|step dad|carer|partner|boyfriend|girlfriend|husband|wife|fiance|my ex|mate|kinship carer|special guardian|baby's dad|baby's father) NEAR/3 (safe with|happy with|time with|be with|being with|belong with|back with|settled with|fun with|weekend with|weekends with|trouble with|problems with|contact|see|seeing|saw|visit|=meet|=meets|met|miss|love|hate|close|closest|bond|relationship|together|get on|gets on|getting on|fall out|fell out|argue|argument|row|fight|shout|split up|separated|divorce|died|passed away|death|adopted|live|stay|talk|speak to|ring|rang|call|phone|text|message|hug|cuddle|in touch|worried about|worry about|worried for|scared of|afraid of|trust|proud|like a|care about|cares about|look after|looks after|treat|kicked me out|moved in|moved out|belong|like their own|part of|like family|make me feel|makes me feel|made me feel|like|likes|lovely|nice to|mean to|horrible to|there for|get along|gets along|grew up|grow up|sleepover|stay over|stayed over|broke up|break up|breaking up|dumped|cheated)
	family contact
	birth family
	birth mum
	birth dad
	birth parents
	contact with
	friend
	friends
	best friend
	bestie
	friendship*
	made friends
	no friends
	no family
	emoji:family
	=mates
	lonely
	loneliness
	(feel|felt|feeling|left|all|less|so) NEAR/2 alone
	isolated
	isolation
	no one to talk to
	(nobody|no one|someone|adult|=person) NEAR/4 talk to
	other mums
	relationship with carers
	relationship with
	=attachment
	miss my
	trusted adult
	brothers and sisters
	don't know anybody
	don't know anyone
	at contact
	before contact
	after contact
	during contact
	supervised contact
	contact visit*
	contact centre
	contact session*
	contact arrangements
	got nobody
	i have nobody
	nobody to turn to
	no one to turn to

code heard Being heard
	description: Being listened to, having a say, views recorded and acted on; or being ignored, talked over and left out of decisions.
	inclusion: Being listened to, believed, asked, having a say, views recorded and acted on; or being ignored, disbelieved, talked over and left out of decisions.
	exclusion: Hearing as a sense (hearing test, audiology): code health.
	exclusion: 'views' meaning scenery.
	example: Nobody asked me what I wanted before they moved me.
	example: My IRO made sure my views were in the plan.
	borderline: I told them (heard only when what happened to what was said is stated).
	negated: count
	except: hearing test
	except: hearing aid
	having a say
	have a say
	my say
	our say
	my views
	our views
	decisions made
	wishes and feelings
	=chaired
	own review
	advocate
	advocacy
	=consultation
	have my say
	have our say
	had a say
	had my say
	had our say
	has a say
	my opinion
	our opinion
	my wishes
	our wishes
code heard/listened Listened to
	description: Says they were listened to, heard, asked, taken seriously or took part in decisions.
	inclusion: Says they were listened to, heard, believed, asked, taken seriously or took part in decisions.
	exclusion: Listening to music or a lesson.
	example: She actually listens to me.
	example: They believed me straight away.
	borderline: Nobody listens (negated: counts as ignored).
	borderline: I listen to music to calm down (not heard).
	polarity: heard/ignored
	negated: flip
	except: listen to music
	except: listening to music
	except: heard of
	except: heard about
	except: =respectively
	except: =respective
	listened to
	heard what i was saying
	heard what we was saying
	really listens
	took us seriously
	asked me what i wanted
	asked us what we wanted
	views were heard
	views were in the plan
	chaired part of their own review
	made sure my views
	made sure our views
	involved in decisions
	understands me
	understands us
	respected
	believed me
	believed us
	believe me
	believe us
	asked my opinion
	asked our opinion
	asked my views
	asked our views
	took my views
	took our views
	got a say
	made me feel heard
	made us feel heard
	ask what i want
	ask what we want
	ask me what i want
	ask us what we want
	listen NEAR/4 (me|us|my)
# a bare (a|b) group is not a pattern (it matched nothing): one line each
	let me decide
	let me choose
	let me speak for myself
	let me have a say
	let me have my say
	let us decide
	let us choose
	let us have a say
	let us have our say
	(asked me who|asked me what|asked me before|asked me how) NEAR/3 (want|wanted|sharing|share)
	my views were
	our views were
	felt included
	(my views|her views|his views|their views) NEAR/4 included
	speak for myself
	speak for ourselves
	asked me
	asked us
	invited
	my words
	our words
	views were included
	in my own words
	in our own words
	took me seriously
	felt heard
	feel heard
	they listen
	actually listened
	listened
	views recorded
	took part in
	=consulted
	(involved|included) NEAR/3 (decision|decisions|meeting|meetings|review|plan|planning)
	got to choose
	got to decide
	got to say
	took on board
	taken on board
	takes on board

code heard/ignored Ignored
	description: Says they were ignored, not heard, talked over, judged, or that decisions were made without them.
	inclusion: Says they were ignored, not believed, not listened to, talked over, judged, or that decisions were made without them; idioms of not being heard.
	exclusion: Ignoring someone on purpose themselves (I ignored him): code relationships.
	example: It's like talking to a brick wall.
	example: They went over my head and decided anyway.
	borderline: I ignored the messages (not heard/ignored).
	borderline: They didn't ignore me (negated: counts as listened).
	polarity: heard/listened
	negated: flip
	except: i ignored
	except: i ignore
	except: ignore him
	except: ignore her
	ignored
	talk about me not to me
	talk about us not to us
	talked over
	=judged
	=judging
	dismissed
	fobbed off
	decisions made without
	decisions about my family without
	decisions about our family without
	decided about us without
	without asking
	without asking us
	made without them
	no say
	unable to contribute
	not informed
	brushed off
	brushed aside
	fell on deaf ears
	brick wall
	went over my head
	went over our head
	talked down to
	spoken over
	nobody asked me
	nobody asked us
	never asked me
	never asked us
	nobody believed me
	nobody believed us
	didn't believe me
	didn't believe us
	don't believe me
	don't believe us
	no point telling
	pointless telling
	waste of breath
	not taken seriously
	called me a liar
	called us a liar
	listen NEAR/3 (nobody|never|no one)
	talked about not to
	(nobody|no one|never) NEAR/3 (asks me|asks my|asks his|asks her|asks their|asks our)
	treat* me like
	treat* us like
	treat* you differently
	treat* us differently
	misgender*
	dead name
	without me
	without us
	nobody told me
	nobody told us
	never told me
	never told us
	just a number
	like a number
	invisible
	nobody believes me
	nobody believes us
	no one believes me
	no one believes us
	nobody believed
	no one believed
	they didn't believe
	didn't take me seriously
	didn't take us seriously
	don't take me seriously
	don't take us seriously
	never take me seriously
	never take us seriously
	not listened to
	talk over me
	talk over us
	talked over me
	talked over us
	in the room when
	not in the room
	(nobody|no one|never) NEAR/3 asked
	decided without me
	decided without us
	like a nuisance
	like a criminal
	treat me like
	treat us like
	treating me like
	treating us like
	no voice
	left out
	shut me down
	shut us down
	spoke over
	speak over
	decided for me
	decided for us
	decide for me
	decide for us
	decisions for me
	decisions for us
	disbelieved
	without speaking to me
	without talking to me
	without consulting
	without involving
# a wish to be heard says one is not (irrealis, as ConText's
# hypotheticals): "I want to have a say", "I wish someone would listen"
	(have a say|have my say|have our say|a say in|be listened to|be heard|someone to listen|someone to ask|someone to * ask|someone would listen|someone would ask|them to listen|them to ask|people to listen) AFTER (want|wants|wanted|wish|wishes|would like|i'd like|i'd love)

code trust Trust in professionals
	description: Trust in social workers, personal advisers, teachers and other professionals; consistency, changes of worker, promises kept or broken.
	inclusion: The relationship with social workers, personal advisers, teachers and other professionals: trust, honesty, consistency, changes of worker, promises kept or broken.
	exclusion: A worker mentioned only as who did something (the social worker visited): not trust.
	exclusion: Trust in family or friends: code relationships.
	example: I've had five social workers in two years.
	example: My worker always does what she says.
	borderline: My social worker came on Tuesday (not trust).
	negated: count
	promise*
	relationship with workers
	rapport
	new worker
	social worker NEAR/4 (honest|lied|changed|changes|left|leave|leaving|another|new|trust|rely|relationship)
code trust/positive Trust
	description: Says they trust a worker, that workers are consistent and reliable or keep their word.
	inclusion: Says they trust a worker or that workers are reliable in young people's words: turns up, gets back to me, on my side, keeps their word, sticks around.
	exclusion: Praise of a service or an activity with no relationship named (the trip was amazing).
	example: She always rings me back.
	example: My PA has got my back.
	borderline: The workers are amazing (trust/positive only when the people are named).
	polarity: trust/negative
	negated: flip
	except: to be honest
	except: trusted adult
	trust
	reliable
	consistent
	consistent pa
	keep their promises
	good rapport
	never gives up on me
	never gives up on us
	does what they say
	always does what they say
	there for me
	there for us
	easy to talk to
	turns up
	shows up
	always there
	got my back
	got our back
	on my side
	on our side
	rings me back
	rings us back
	calls me back
	calls us back
	gets back to me
	gets back to us
	keeps in touch
	checks in on me
	checks in on us
	stuck with me
	stuck with us
	sticks around
	count on
	rely on
	relied on
	=dependable
	keeps their word
	kept her word
	kept his word
	went above and beyond
	honest with me
	honest with us
	straight with me
	straight with us
	comes when they say
	never given up on me
	never given up on us
	has my back
	has our back
	always has my back
	always has our back
	checked on me
	checked on us
	comes when she says
	comes when he says
	when she says she will
	when he says he will
	keeps her word
	keeps his word
	keep their word
	got back to me
	got back to us
	rang me back
	rang us back
	rang back
	called me back
	called us back
	showed up
	shown up
	knows me
	knows us
	remembers
	came to my
	came to our
	same worker
	same social worker
	=honest
	=honesty
	same pa
	always answers

code trust/negative Distrust
	description: Says they do not trust workers, have been let down, had promises broken, or too many changes of worker.
	inclusion: Says they do not trust workers, have been let down or lied to, had promises broken, visits cancelled, or too many changes of worker.
	exclusion: Let down by family or friends: code relationships.
	example: They keep cancelling on me.
	example: Every time I trust someone they leave.
	borderline: My mum let me down (relationships, not trust).
	polarity: trust/positive
	negated: flip
	distrust
	mistrust
	let down
	let me down
	let us down
	broken promises
	broke their promise
	never turned up
	didn't turn up
	loads of social workers
	so many social workers
	another social worker
	tell my story again
	tell our story again
	tell my story all over again
	tell our story all over again
	every time i trust someone they leave
	every time we trust someone they leave
	gave up on me
	gave up on us
	cancelled on me
	cancelled on us
	cancels on me
	cancels on us
	keep cancelling
	keeps cancelling
	unreliable
	untrustworthy
	two faced
	ghosted
	flaky
	never rings back
	never calls back
	keeps changing
	always changing
	lied to me
	lied to us
	and never did
	never did what
	nobody followed up
	(nine|seven|six|five|different|so many) NEAR/2 (workers|people)
	no warning
	(nobody|no one|never) NEAR/6 checked on me
	trust NEAR/2 (breaks|broke|broken|lost|gone)
	stood me up
	stood us up
	no show
	always late
	never on time
	never heard back
	never got back to me
	never got back to us
	staff change
	staff keep changing
	said we'd get
	said i'd get
	(changed|changes|changing) NEAR/3 (times|again|every)
	(never|no) NEAR/2 time for me
	workers who stay
	not trust
	don't trust
	change of worker
	changes of social worker
	changed social worker
	changed worker
	different worker
	different social worker
	=lied
	=liar
	=liars
	told lies
	dishonest
	(visit|visits|meeting|meetings|session|sessions) NEAR/2 (cancelled|cancels|cancel|cancelling)

code education Education
	description: School, college, university, nursery education and training; attendance, exclusion, special educational needs and school readiness.
	inclusion: School, college, university, nursery education and training as learning: attendance, exclusion, SEND and EHCPs, exams, courses, teachers as teaching, apprenticeships, school readiness.
	exclusion: School as a place or a time only (after school, the school run, at school, at college).
	exclusion: 'send' as a verb; 'class' meaning social class.
	example: I got excluded for three days.
	example: My EHCP still hasn't been reviewed.
	borderline: I feel safe at school (safety; education only when learning is at issue).
	borderline: I fainted at school (health; not education).
	negated: count
	passing: 2
	except: after school
# the school as the one told or sent something is not learning
	except: tell* * school
	except: told * school
	except: tell* * college
	except: told * college
	except: tell* school
	except: told school
	except: school counsellor
	except: school nurse
	except: school day
	except: school time
	except: via school
	except: attendance sheet
	except: workshop attendance
	except: school run
	except: at school
	except: at college
	except: at uni
	except: school gates
	except: school holidays
	except: send me
	except: send them
	except: send it
	except: send him
	except: send her
	except: sent me
	school
	schools
	college
	uni
	=university
	education
	classes
	lesson*
	teacher
	teachers
	tutor
	form tutor
	reception teacher
	senco
	sen
	send
	ehcp
	ehcps
	ehc plan
	special needs
	additional needs
	pep
	exam*
	gcse
	gcses
	a levels
	functional skills
	apprenticeship
	tuition
	timetable
	part-time timetable
	=attendance
	excluded
	exclusion
	permanently excluded
	suspended
	isolation every week
	alternative provision
	dropped out of college
	homework
	neet
	not in education
	youth hub
	school readiness
	starting school
	starting reception
	course
	=training
	emoji:school
	detention
	year 11
	sixth form
	college course
	uni place
	study
	student
	pupil

code work_money Work and money
	description: Jobs, training for work, benefits, debt, bills, food poverty and the cost of living.
	inclusion: Jobs, training for work, wages, benefits and their forms, debt, bills, food poverty, the cost of living, budgeting money, allowances and grants.
	exclusion: 'work' meaning to function (it didn't work) or effort (homework: education).
	exclusion: Social work and youth work: code trust or support.
	example: My universal credit got sanctioned.
	example: We skip meals at the end of the month.
	borderline: The plan didn't work (not work_money).
	borderline: Setting up home allowance (work_money and independence).
	negated: count
	except: social work
	except: youth work
	except: didn't work
	except: doesn't work
	except: work out
	except: worked out
	except: work on
	except: working on
	except: work with
	except: working with
	except: homework
	job
	employment
	employment support
	unemployed
	zero hours
	zero hours contract
	earn
	=volunteering
	job applications
	money
	budget*
	budgeting
	universal credit
	debt
	arrears
	afford
	can't afford
	skint
	food bank
	foodbank
	voucher*
	healthy start
	skip meals
	go without meals
	hungry
	cost of living
	bank account
	childcare costs
	struggling with money
	no money
	:money_bag:
	benefit
	esa
	jsa
	housing benefit
	council tax
	overdraft
	loan
	sanctioned
	sanction
	wage
	salary
	income
	pay rise
	paid
	payslip
	expensive
	cost
	poverty
	bursary
	grant
	=allowance
	pocket money
	emergency payment
	food parcel
	benefit forms
	claim
	emoji:money
	=allowances
	=volunteer
	bills
	bill
	sick pay
	pay the
	rent money
	=fined
	got a fine
	a fine
	a * fine
	=fines
	direct debit
	gas meter
	electric meter
	meter
	red letters
	financially
	off work
	back to work
	give up work
	can't work
	at work
	out of work
	part-time job
	job centre
	jobcentre
	cupboards are bare
	fund it
	funded
	pay for
	uc
	pip
	dla
	child benefit
	tax credits
	free school meals
	electricity
	heating
	top up
	payday
	pay day
	cash
	job interview

code health Health and wellbeing
	description: Physical and mental health, anxiety, low mood, self-harm, substance use, CAMHS, counselling, GPs and dentists.
	inclusion: Physical and mental health, anxiety, low mood, self-harm, substance use, CAMHS, counselling, GPs, dentists, hearing and sight.
	exclusion: 'mood' in a passing description of a meeting; 'panic' meaning a rush.
	example: I've been on the CAMHS waiting list for a year.
	example: I started self-harming again.
	borderline: I panicked about the exam (feelings; health when a panic attack is meant).
	negated: count
# health as the topic of information (records, details) is information
	except: information about * health
	except: info about * health
	except: details about * health
	except: health stuff
	except: health records
	except: health information
	except: health details
	except: health notes
	except: panic buying
	except: speech therapy
	except: speech and language therapy
	except: health visitor
	except: health visitors
	except: health visiting
	health
	wellbeing
	mental health
	emotional wellbeing
	anxiety
	anxious
	panic attacks
	depression
	depressed
	low mood
	(feel|feeling|felt) NEAR/2 (low|down)
	appeared low
	feeling low
	self harm
	self harming
	suicidal
	overdose
	camhs
	counselling
	counsellor
	therapy
	therapist
	gp
	doctor
	dentist
	dental
	hospital
	medication
	eating better
	substance use
	drugs
	alcohol
	drinking
	smoking
	gym
	perinatal
	immunisations
	not coping
	dark time
	audiology
	glue ear
	emoji:medical
	mental
	anxiety attacks
	eating disorder
	asthma
	epilepsy
	hearing test
	sight test
	glasses
	ill
	illness
	poorly
	unwell
	pain
	injury
	injured
	ambulance
	a&e
	medicine
	medical
	diabetes
	cannabis
	weed
	vaping
	addiction
	addicted
	psychiatrist
	psychologist
	trauma
	ocd
	ptsd
	hearing aid
	optician
	cutting myself
	cut myself
	hurting myself
	hurt myself

code identity Identity and belonging
	description: Culture, faith, language, ethnicity, disability, gender and sexuality, life story and belonging.
	inclusion: Culture, faith, language, ethnicity, disability, gender and sexuality, life story and belonging.
	exclusion: 'English' as a school subject (education); 'black' as a colour; 'ID' as a document (information).
	example: I want to learn my home language.
	example: Nobody at school knows I'm trans.
	borderline: My English teacher (education, not identity).
	negated: count
	except: english teacher
	except: english lesson
	except: english gcse
	except: black eye
	=identity
	culture
	cultural
	faith
	religion
	church
	mosque
	temple
	gurdwara
	eid
	diwali
	christmas
	ramadan
	headscarf
	hijab
	home language
	eal
	interpreter
	accent
	racism
	racist
	ethnicity
	heritage
	disability
	disabled
	autism
	autistic
	adhd
	lgbt
	gay
	trans
	gender
	=sexuality
	life story
	life story work
	=belong
	=belongs
	=belonging
	proud of who i am
	who i am
	my roots
	tigrinya
	arabic
	polish
	bengali
	urdu
	emoji:flags
	where i come from
	my culture
	my religion
	muslim
	christian
	sikh
	hindu
	jewish
	=black
	mixed race
	deaf
	bsl
	sign language
	non-binary
	nonbinary
	pronouns
	chosen name
	they/them
	in care
	care experience
	care experienced
	being in care
	punjabi
	halal
	part of a family
	my childhood
	misgendering
	misgendered
	stigma
	=labelled
	religious
	bisexual
	lesbian
	queer
	transgender
	sexual orientation
	my background
	where my family come from

code independence Independence and leaving care
	description: Leaving care and growing up: pathway plans, personal advisers, life skills, cooking, budgeting for themselves, turning 18.
	inclusion: Leaving care and growing up: pathway plans, personal advisers (PAs), life skills, cooking, budgeting for themselves, setting up home, turning 18 and staying put.
	exclusion: Bare ages and years with no leaving-care sense.
	exclusion: 'Independent' in the name of a role (independent reviewing officer, independent visitor, independent advocate).
	example: My PA helped me set up my flat.
	example: I'm scared of turning 18 and being on my own.
	borderline: I cooked tea for my little brother (independence only for their own living skills).
	negated: count
	except: independent reviewing officer
	except: independent visitor
	except: independent advocate
	independence
	independent
	independent living
	independent living skills
	independence skills
	life skills
	living skills
	cooking
	pathway plan
	pathway plans
	transition plan
	leaving care
# "care leaver" as a label (As a care leaver ..., Care leaver reported
# debt) is not the theme; with a word of leaving care or growing up
# near it, it is
	(care leaver|care leavers) NEAR/4 (leave|left|leaving|18|21|25|own|move|moving|flat|tenancy|entitled|entitlement|offer|team|pathway|grant|ready|cope|coping|independent|independence|skills|adult|adulthood)
	on her own
	on his own
	on their own
	care leavers forum
	local offer
	turning 18
	approaching 18
	after 18
	my own place
	own flat
	managing well
	managing money
	staying put arrangement
	setting up home
	ready to leave
	personal adviser
	at 18
	till 21
	until 21
	up to 25
	until 25
	18th birthday
	leave care
	left care
	on my own
	=pas
	move out
	moving out
	aftercare
	after care
	staying close
	look after myself
	laundry
	(how to|taught to|learn to|learning to|showed me how to|show me how to) NEAR/2 (cook|budget|pay|manage|clean|shop|wash|iron|bills|shopping|money)

code information Information and consent
	description: Records and files, who sees what, consent to share, being told what is written and where it goes.
	inclusion: Records and files, who sees what, consent to share information, being told what is written and where it goes, forms and paperwork about them.
	exclusion: 'share' meaning tell or take turns (share my feelings, share a room).
	exclusion: Notes as in music or money.
	example: I want to see what they've written in my file.
	example: Who else will read this?
	borderline: I shared how I felt (not information).
	borderline: They shared my details with school without asking (information).
	negated: count
	except: feedback form
	except: form tutor
	=information
	my information
	our information
	records
	my records
	our records
	my file
	our file
	case notes
	consent
	consent to share
	gdpr
	confidential
	confidentiality
	privacy
	who sees
	who can see
	where is this going
	where does this go
	will my name be on this
	will our name be on this
	subject access request
	written down
	write down
	asked me before
	asked us before
	asked before
	explained how
	explained what
	information sharing
	told me what
	told us what
	share NEAR/3 (information|details|records|notes|data|file|files)
	shared with school
	who reads
	who will read
	paperwork
	forms
	fill in forms
	filling in forms
	form filling
	my details
	our details
	personal details
	form
	letter
	letters
	my post
	our post
	opened my post
	opened our post
	copy of
	a copy
	plain english
	writes about me
	writes about us
	written about me
	written about us
	what's written
	what is written
	read my file
	read our file
	read my referral
	read our referral
	passed on my
	passed on our
	passed on
	shared my
	shared our
	told my school
	told our school
	telling my school
	telling our school
	access to my
	access to our
	see my records
	see our records
	see my file
	see our file
	who gets to see
	pass on
	would be shared
	the report
	my report
	our report
	court report
	reports about me
	reports about us
	report about me
	report about us
	my notes
	our notes
	notes about me
	notes about us
	my data
	our data
	permission
	redacted
	blacked out

code feelings Feelings
	description: Emotions in words and emoji: happy, sad, angry, worried, tired, hopeful, overwhelmed.
	inclusion: Emotions in words and emoji: happy, sad, angry, worried, scared, lonely, tired, hopeful, overwhelmed, proud; emotion verbs (cry, worry, panic, miss).
	exclusion: Evaluations of things (a good school, fine by me) with no feeling of the speaker.
	exclusion: Negated feelings (doesn't get angry): not counted.
	exclusion: Laughing, thumbs and 💯 emoji: a reaction or irony (😂 after a joke, 👍 after a complaint), not an emotion; smiling faces and hearts count.
	example: I cried all night.
	example: I feel rubbish most days.
	borderline: It was fine (not a feeling: an evaluation).
	borderline: I'm fine, honestly (feelings; a reader judges).
	negated: drop
	except: stuck behind
	except: stuck in traffic
	except: stuck with me
	except: happy birthday
	except: hopefully
	except: would love
	except: i'd love
	except: love being told
	except: loved being told
	happy
	sad
	upset
	angry
	anger
	annoyed
	frustrated
	frustration
	worried
	stressed
	stress
	tired
	exhausted
	overwhelmed
	hopeless
	hope
	hopeful
	proud
	excited
	cry
	tearful
	fed up
	tired of it all
	can't be bothered
	end of my tether
	stuck
	love
	hate
	feel NEAR/2 (good|fine|okay|ok|great|better|rubbish|awful|terrible|low|down|bad|alright)
	nervous
	anxious
	lonely
	scared
	afraid
	embarrassed
	ashamed
	jealous
	confused
	relieved
	grateful
	calm
	miserable
	gutted
	fuming
	livid
	heartbroken
	devastated
	enjoy
	panicked
	emoji:crying
	emoji:sad
	emoji:angry
	emoji:fear
	emoji:smiling
	emoji:hearts
	glad
	=pleased
	humiliated
	terrified
	frightening
	frightened
	scare
	bored
	drowning
	dumped
	really low
	so low
	upsetting
	heartbreaking
	worry
	feel NEAR/2 (amazing|brilliant|stupid|useless|awful|horrible|rubbish|invisible|cut off|better)
	felt NEAR/2 (like being dumped|amazing|stupid|useless|invisible|cut off)
	unhappy
	happier
	happiest
	sadder
	saddest
	calmer
	angrier
	lonelier
	disappointed
	shocked
	furious
	fear
	panic
	confident
	feel NEAR/2 (worse|happier|sad|scared|lost)
	buzzing
	over the moon
	chuffed
	in bits
	sick of
	pissed off

code early_years Early years and communication
	description: Babies and young children: speech, language and communication, play, nursery, childcare, family hubs, health visiting and school readiness.
	inclusion: Babies and young children: speech, language and communication, play as a child's activity, nursery, childcare, family hubs, health visiting and school readiness.
	exclusion: 'play' of older people (play football, play up, play a part); 'reception' of a building.
	example: He's using single words now and pointing.
	example: We go to stay and play at the family hub.
	borderline: She plays up at bedtime (behaviour: early years only for a young child).
	negated: count
	except: play up
	except: playing up
	except: play a part
	except: play a role
	except: play football
	except: play games
	except: played football
	early years
	speech
	speech and language
	salt
	salt referral
	language assessment
	first words
	new words
	few words
	using words
	single words
	combining words
	putting words together
	babble
	joint attention
	understands * instructions
	elklan
	portage
	stay and play
	free play
	messy play
	rhyme time
	story time
	storytime
	bedtime story
	story sack
	nursery
	nursery place
	childminder
	childcare
	crèche
	funded hours
	30 hours
	free childcare
	key person
	family hub
	family hubs
	baby hub
	the hub
	children's centre
	health visitor
	health visiting
	=hv
	baby group
	baby massage
	2 year check
	integrated review
	toddler
	baby
	peers
	bedtime routine
	routines
	separate from
	reception class
	reception year
	(son|daughter|child|he|she|starts|started|starting|into|year) NEAR/2 reception
	little one
	lo
	play NEAR/4 (baby|toddler|child|children|nursery|toys|little|son|daughter|peers|group)
	playgroup
	play group
	toys
	communication
	development
	milestones
	weaning
	potty
	toilet training
	nappies
	preschool
	pre-school
	(son|daughter|child|baby|toddler|little one) NEAR/4 (talking|speaking|sentences|babbling)
	1 year old
	2 year old
	3 year old
	4 year old
	one year old
	two year old
	three year old
	four year old
	months old

code support Help and support
	description: Getting help: early help, family support, waiting lists, thresholds, access, opening hours and services ending.
	inclusion: Getting help from services: early help, family support, referrals, waiting lists and times, thresholds, access, opening hours, services ending or cut.
	exclusion: 'help' and 'support' in passing in a practitioner's note (supported by, helped to), 'wait' in passing (wait a minute), 'can't help it'.
	example: We waited eight months for a CAMHS appointment.
	example: Early help closed the case and nobody told us.
	borderline: Can you help me with this form? (support only when a service is meant).
	borderline: Wait and see (not support).
	negated: count
	passing: 2
	except: social services
	except: can't help it
	except: couldn't help it
	except: help yourself
	except: wait a minute
	except: wait and see
	except: can't wait
	except: couldn't wait
	except: supported accommodation
	except: supported housing
	except: supported lodgings
	except: support bra
	except: support pillar
	support
	help NEAR/3 (service|services|worker|from|with my|with the|get|got|need|needed|asked|ask|no|nobody|never|early|family|extra|proper|real|more|any)
	early help
	family support
	family support worker
	home-start
	drop-in
	youth service
	youth club
	referral
	=referred
	signposted
	waiting list
	threshold
	below threshold
	access
	access to services
	opening hours
	appointment
	appointments
	phone line
	bounced around
	passed between services
	nobody helped
	where to go for help
	didn't know * existed
	holding support
	advice
	waiting time
	waiting times
	wait NEAR/4 (months|weeks|years|ages|forever|list|appointment|referral|assessment)
	no help
	got help
	get help
	asked for help
	lifeline
	rang out
	nobody answered
	no one answered
	no reply
	nobody came
	no one came
	holiday activities
	food programme
	services
	service ends
	still waiting
	(service|services|support|group|groups|centre|funding|club) NEAR/3 (cut|cuts|closed|closing|shut|stopped|ended|ending)
	closed the case
	case closed
	case was closed
	helpline
	help line
	not eligible
	criteria
	out of hours
	(open|opening|opens) NEAR/3 (until|late|weekends|evenings|saturdays|hours|times)
