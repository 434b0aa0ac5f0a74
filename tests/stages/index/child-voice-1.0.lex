# child-voice.lex - themes in what children, young people and families say
# about their lives and the services they use.  Format: docs/lexicon-format.md;
# scope and provenance: README.md beside this file.  Level-1 codes are in
# the order other tools rely on; do not reorder them.
lexicon child-voice
version 1.0

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
hedge maybe
hedge perhaps
hedge sometimes
hedge probably
hedge possibly
hedge might
hedge not sure
hedge unsure
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

code safety Feeling safe
	description: Whether children, young people and families feel safe at home, in placement, at school, online and out and about.
	safeguarding
	safeguarding concerns
	police
	exploitation
	exploited
	county lines
	grooming
	groomed
	knife
	knives
	stabbed
	gang*
	online safety
	community safety
	risk
	at risk
	missing from home
	went missing
code safety/safe Feels safe
	description: Says they feel safe, protected, secure or settled.
	polarity: safety/unsafe
	safe
	safer
	safety
	feel safe
	feeling safe
	feels safe
	felt safe
	protected
	secure
	settled
	relax
	relaxed
	no concerns
	no current safeguarding concerns
	knows how to contact the police
code safety/unsafe Feels unsafe
	description: Says they feel unsafe, scared, threatened or at risk, or describes harm.
	polarity: safety/safe
	unsafe
	scared
	scary
	frightened
	frighten*
	afraid
	terrified
	threatened
	threat*
	bully*
	bullied
	abuse
	abused
	abusive
	violence
	violent
	hurt me
	hit me
	attacked
	assaulted
	harassed
	domestic abuse
	:fearful_face:
	:face_screaming_in_fear:

code home Home and accommodation
	description: Where they live: housing, placements, moves, homelessness, sofa-surfing, staying put and the state of the home.
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
	room
	accommodation
	placement
	placement move*
	moved placement
	foster placement
	children's home
	supported lodgings
	supported accommodation
	staying put
	hostel
	b&b
	bed and breakfast
	temporary accommodation
	homeless*
	sofa surfing
	sofa
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
	address

code relationships Relationships
	description: Family, contact with family and siblings, friends, carers, a trusted adult, partners, loneliness and isolation.
	family
	families
	family contact
	birth family
	birth mum
	birth dad
	mum
	dad
	parents
	parent
	brother
	sister
	siblings
	sibling
	little brother
	little sister
	grandma
	nan
	nana
	grandad
	contact with
	friend
	friends
	friendship*
	mates
	mate
	carers
	carer
	foster carer
	foster carers
	former foster carers
	partner
	boyfriend
	girlfriend
	lonely
	loneliness
	alone
	isolated
	isolation
	no one to talk to
	made friends
	other mums
	relationship with carers
	relationship with
	attachment
	:family:
	:man_woman_girl:
	:woman_girl_boy:

code heard Being heard
	description: Being listened to, having a say, views recorded and acted on; or being ignored, talked over and left out of decisions.
	views
	voice
	having a say
	have a say
	my say
	my views
	views recorded
	decisions
	decisions made
	decided
	wishes and feelings
	chaired
	own review
	advocate
	advocacy
	consultation
code heard/listened Listened to
	description: Says they were listened to, heard, asked, taken seriously or took part in decisions.
	polarity: heard/ignored
	listened
	listen
	listens
	listening
	listened to
	heard
	heard what i was saying
	really listens
	took us seriously
	taken seriously
	asked me what i wanted
	asked what i wanted
	views were heard
	views were in the plan
	chaired part of their own review
	made sure my views
	involved in decisions
	understood
	understands me
	respected
code heard/ignored Ignored
	description: Says they were ignored, not heard, talked over, judged, or that decisions were made without them.
	polarity: heard/listened
	ignored
	ignore
	ignores
	talk about me not to me
	talked over
	judged
	dismissed
	fobbed off
	decisions made without
	decisions about my family without
	decided about us without
	without asking
	without asking us
	made without them
	no say
	unable to contribute
	not informed

code trust Trust in professionals
	description: Trust in social workers, personal advisers, teachers and other professionals; consistency, changes of worker, promises kept or broken.
	social worker
	social workers
	social services
	worker
	workers
	personal adviser
	independent reviewing officer
	key worker
	support worker
	professionals
	promise*
	relationship with workers
	rapport
	new worker
	change of worker
	changes of social worker
code trust/positive Trust
	description: Says they trust a worker, that workers are consistent and reliable or keep their word.
	polarity: trust/negative
	trust
	trusts
	trusted
	trusting
	reliable
	consistent
	consistent pa
	keep their promises
	good rapport
	never gives up on me
	does what they say
	always does what they say
	there for me
	easy to talk to
	brilliant
	amazing
	helpful
	supportive
code trust/negative Distrust
	description: Says they do not trust workers, have been let down, had promises broken, or too many changes of worker.
	polarity: trust/positive
	distrust
	mistrust
	let down
	let me down
	broken promises
	broke their promise
	lied
	lied to
	never did
	and didn't
	never turned up
	didn't turn up
	loads of social workers
	so many social workers
	new social worker
	another social worker
	tell my story again
	tell my story all over again
	every time i trust someone they leave
	they leave
	gave up on me

code education Education
	description: School, college, university, nursery education and training; attendance, exclusion, special educational needs and school readiness.
	school
	schools
	college
	uni
	university
	education
	class
	classes
	lesson*
	teacher
	teachers
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
	attendance
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
	training

code work_money Work and money
	description: Jobs, training for work, benefits, debt, bills, food poverty and the cost of living.
	job
	jobs
	work
	working
	employment
	employment support
	unemployed
	zero hours
	zero hours contract
	wages
	earn
	volunteering
	job applications
	money
	budget*
	budgeting
	benefits
	universal credit
	pip
	debt
	debts
	arrears
	bills
	electric
	gas
	afford
	can't afford
	skint
	broke
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

code health Health and wellbeing
	description: Physical and mental health, anxiety, low mood, self-harm, substance use, CAMHS, counselling, GPs and dentists.
	health
	healthy
	wellbeing
	mental health
	emotional wellbeing
	anxiety
	anxious
	panic attacks
	panic
	depression
	depressed
	low mood
	mood
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
	eating
	eating better
	sleep
	sleeping
	substance use
	drugs
	alcohol
	drinking
	smoking
	gym
	perinatal
	health visitor
	immunisations
	not coping
	struggling
	dark time
	audiology
	glue ear

code identity Identity and belonging
	description: Culture, faith, language, ethnicity, disability, gender and sexuality, life story and belonging.
	identity
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
	language
	home language
	english
	eal
	interpreter
	accent
	racism
	racist
	ethnicity
	heritage
	black
	disability
	disabled
	autism
	autistic
	adhd
	lgbt
	gay
	trans
	gender
	sexuality
	life story
	life story work
	belong
	belonging
	proud of who i am
	who i am
	my roots
	id
	tigrinya
	arabic
	polish
	bengali
	urdu

code independence Independence and leaving care
	description: Leaving care and growing up: pathway plans, personal advisers, life skills, cooking, budgeting for themselves, turning 18.
	independence
	independent
	independent living
	independent living skills
	independence skills
	life skills
	living skills
	cooking
	cook
	pathway plan
	pathway plans
	transition plan
	leaving care
	care leaver
	care leavers
	care leavers forum
	local offer
	turning 18
	approaching 18
	after 18
	18
	21
	25
	my own place
	own flat
	managing well
	managing money
	staying put arrangement
	setting up home
	ready to leave
	moving on
	grown up

code information Information and consent
	description: Records and files, who sees what, consent to share, being told what is written and where it goes.
	information
	my information
	records
	my records
	files
	my file
	notes
	case notes
	consent
	consent to share
	data
	gdpr
	confidential
	confidentiality
	privacy
	private
	shared
	sharing
	share
	who sees
	who can see
	where is this going
	where does this go
	will my name be on this
	my name
	subject access request
	written down
	write down
	asked me before
	asked before
	explained how
	explained what
	information sharing
	told me what

code feelings Feelings
	description: Emotions in words and emoji: happy, sad, angry, worried, tired, hopeful, overwhelmed.
	happy
	happier
	sad
	upset
	angry
	anger
	annoyed
	frustrated
	frustration
	worried
	worry
	worries
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
	crying
	tearful
	fed up
	tired of it all
	can't be bothered
	end of my tether
	stuck
	fine
	good
	okay
	great
	love
	lovely
	hate
	:crying_face:
	:loudly_crying_face:
	:slightly_frowning_face:
	:white_frowning_face:
	:slightly_smiling_face:
	:smiling_face_with_smiling_eyes:
	:smiling_face_with_heart-shaped_eyes:
	:smiling_face_with_smiling_eyes_and_three_hearts:
	:thumbs_up_sign:
	:thumbs_down_sign:
	:heavy_black_heart:
	:pensive_face:
	:angry_face:
	:pouting_face:
	:hundred_points_symbol:
	:face_with_tears_of_joy:
	:disappointed_face:
	:worried_face:

code early_years Early years and communication
	description: Babies and young children: speech, language and communication, play, nursery, childcare, family hubs, health visiting and school readiness.
	early years
	speech
	speech and language
	salt
	salt referral
	language assessment
	talking
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
	instructions
	elklan
	portage
	play
	plays
	playing
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
	reception
	little one
	lo

code support Help and support
	description: Getting help: early help, family support, waiting lists, thresholds, access, opening hours and services ending.
	support
	supported
	supporting
	help
	helped
	helps
	helping
	early help
	family support
	family support worker
	home-start
	drop-in
	youth service
	youth club
	services
	service
	referral
	referred
	signposted
	waiting
	waiting list
	wait
	waited
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
	ended
	closed
	cut
	holding support
	advice
