# hospital-feedback.lex - themes in what patients and carers write in NHS
# Friends and Family Test (FFT) free text and similar hospital, community
# and mental-health service feedback.  Format: docs/lexicon-format.md;
# scope, provenance and measured agreement: README.md beside this file.
lexicon hospital-feedback
version 1.1

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
person3 reports
person3 reported
person3 observed

# fixed expressions that hold a pattern word but no theme
except thank you for waiting
except no complaints

code staff Staff attitude and care
	description: How staff treated the patient: kindness, friendliness, professionalism and skill, or rudeness and indifference; and whether there were enough staff.
	inclusion: Any statement about staff as people who care: manner, attitude, kindness, patience, professionalism, competence, responsiveness, how busy or short-staffed they were.
	inclusion: Named roles (nurses, doctors, receptionists, porters, drivers) praised or criticised for how they behaved.
	exclusion: What staff said or explained, or whether they listened: code communication.
	exclusion: The outcome of a procedure or a diagnosis: code treatment.
	example: The nurses were so kind and caring.
	example: The receptionist was very rude to my mother.
	borderline: Staff explained everything clearly (communication, and staff only if their manner is praised).
	borderline: The staff were not rude at all (negated: counts as positive).
	negated: count
	(staff|nurse*|nursing|doctor*|consultant*|surgeon*|midwi*|receptionist*|porter*|paramedic*|crew|driver*|therapist*|physio*|operator*|call handler*|medics|team|carer*|technician*) NEAR/3 (good|great|excellent|brilliant|fantastic|amazing|wonderful|superb|outstanding|magnificent|nice|fab*|marvellous|exceptional|poor|terrible|awful|horrible)
	staff attitude
	attitude of staff
	attitude of the staff
	bedside manner
	manner
	looked after
	cared for
code staff/positive Kind and professional staff
	description: Staff were kind, caring, friendly, polite, patient, helpful, professional or skilled.
	inclusion: Praise for staff manner or skill: kind, caring, friendly, polite, courteous, compassionate, reassuring, attentive, helpful, professional, efficient, knowledgeable.
	exclusion: Praise for the service as a whole with no staff named: code praise.
	example: Lovely friendly staff who put me at ease.
	example: Very professional and knowledgeable physio.
	borderline: Staff were not very friendly (negated: counts as negative).
	polarity: staff/negative
	negated: flip
	except: kind of
	except: extra mile
	kind
	kindness
	=caring
	friendly
	=polite
	courteous
	compassion*
	reassur*
	attentive
	=helpful
	professional
	professionalism
	efficient
	knowledgeable
	pleasant
	welcoming
	cheerful
	patience
	put me at ease
	made me feel at ease
	made me feel comfortable
	made me feel welcome
	nothing was too much trouble
	went above and beyond
	above and beyond
	gentle
	=supportive
	respectful
	=considerate
	=approachable
	lovely staff
	lovely nurse*
	lovely people
	wonderful staff
	fantastic staff
	brilliant staff
	great staff
	amazing staff
	excellent staff
	=lovely
	angels
	well trained
	competent
	skilled
	thorough
code staff/negative Rude or uncaring staff
	description: Staff were rude, dismissive, unhelpful, uncaring, unprofessional or not skilled.
	inclusion: Criticism of staff manner or skill: rude, abrupt, dismissive, uncaring, arrogant, condescending, unhelpful, unprofessional, incompetent.
	exclusion: Long waits blamed on the system with no staff behaviour named: code waiting.
	example: The doctor was abrupt and dismissive.
	example: Receptionist was very rude on the phone.
	borderline: Nurses were busy but did their best (staff/numbers, not negative).
	polarity: staff/positive
	negated: flip
	rude
	rudeness
	abrupt
	dismissive
	uncaring
	unhelpful
	unfriendly
	unprofessional
	arrogant
	condescending
	patronising
	patronizing
	incompeten*
	impolite
	disrespectful
	sarcastic
	shouted at
	shouting
	attitude NEAR/4 (poor|bad|terrible|awful|rude|stinks|appalling)
	(poor|bad|terrible|awful|appalling) attitude
	couldn't care less
	didn't seem to care
	did not seem to care
	don't care
	not interested
	laughing at
	ignored me
	lack of care
	lack of compassion
code staff/numbers Staffing levels
	description: There were too few staff, staff were overstretched, or the ward needed more staff.
	inclusion: Short staffing, staff rushed off their feet, overstretched, agency staff, more staff needed.
	exclusion: A wait with no mention of staff: code waiting.
	example: The nurses were run off their feet, they need more staff.
	borderline: Busy department but staff still kind (staff/numbers and staff/positive).
	negated: count
	short staffed
	understaffed
	under staffed
	staff shortage*
	shortage of staff
	lack of staff
	more staff
	more nurses
	extra staff
	overstretched
	over stretched
	overworked
	run off their feet
	rushed off their feet
	agency staff
	staffing
	busy NEAR/3 (staff|nurses|ward|department)

code communication Communication and information
	description: Being listened to, kept informed and given clear information: explanations, updates, answers to questions, letters and leaflets.
	inclusion: Explanations of treatment and procedures, being kept informed or updated, listening, being involved in decisions, information, letters, leaflets, answers to questions.
	exclusion: Phoning to book or being unable to get through: code waiting.
	exclusion: Staff manner with nothing said about information: code staff.
	example: Everything was explained clearly before the procedure.
	example: Nobody told us what was happening for hours.
	borderline: The nurse was kind and explained everything (communication and staff).
	negated: count
	explain*
	explanation*
	informed
	inform
	information
	info
	kept informed
	kept up to date
	updated
	update
	updates
	communicat*
	listen*
	listened to
	told
	nobody told
	no one told
	not told
	answered NEAR/3 (question*|queries)
	question*
	=understand
	clear
	clearly
	clarity
	leaflet*
	letter*
	advice
	advise*
	advised
	involved in
	involve me
	discussed
	discuss*
	talked through
	talked to
	spoke to
	speak to
	feedback
	lack of communication
	poor communication
	miscommunication
	interpreter
	jargon
	reassured
	options
	aware

code waiting Waiting and access
	description: Getting seen: waiting times, delays, cancellations, appointments, getting through on the phone, opening hours and access to the service.
	inclusion: Waiting times in clinic, A&E or for a referral; delays, running late, cancellations; booking and rearranging appointments; phoning and getting through; opening hours; seen on time or quickly.
	exclusion: Waiting for transport home: code transport.
	exclusion: Waiting for discharge or medication to take home: code discharge.
	example: I waited four hours in A&E.
	example: Seen on time and in and out quickly.
	borderline: No waiting at all (negated: still about waiting).
	negated: count
	except: thank you for waiting
	except: waiting room
	except: waiting area
	except: worth the wait
	wait
	waiting
	waited
	waiting time*
	wait time*
	waiting list*
	delay*
	delayed
	late
	running late
	on time
	prompt
	promptly
	punctual
	quick
	quickly
	quicker
	speedy
	swift
	fast
	seen straight away
	seen quickly
	seen promptly
	hours
	minutes
	cancel*
	rearrang*
	reschedul*
	postponed
	appointment*
	appt*
	booking
	book
	booked
	phone
	telephone
	phoned
	phoning
	call back
	=calls
	get through
	got through
	answer the phone
	answering the phone
	opening hours
	weekend*
	access
	referral
	referred
	efficient service
	=timely
	slow
	too long
	long time
	long wait
	queue*
	walk in
	sooner
	faster
	response time*
	arriv* NEAR/3 (quick*|soon*|within|minutes|hour*|prompt*|late|eventually)
	came quickly

code treatment Clinical care and treatment
	description: The care and treatment itself: diagnosis, procedures, medication, pain relief, therapy, and what difference it made.
	inclusion: Diagnosis and assessment, tests and scans, operations and procedures, medication and prescriptions, pain relief, therapies, care plans, the result of treatment (better, cured, made a difference).
	exclusion: The people who gave it, praised or blamed for manner: code staff.
	example: The physio exercises really helped my back.
	example: They sent me home without finding out what was wrong.
	borderline: Excellent care (praise, and treatment only when a treatment is named).
	negated: count
	except: GP surgery
	except: doctors surgery
	except: doctor's surgery
	except: surgery reception*
	treatment
	treatments
	diagnos*
	assessment
	assessed
	examined
	examination
	test
	tests
	scan
	scans
	x ray
	xray
	blood test*
	bloods
	operation
	procedure
	surgery
	op
	injection
	vaccin*
	medication
	medicine*
	meds
	prescription*
	prescribed
	tablets
	in pain
	pain relief
	painkiller*
	therapy
	therapies
	physiotherapy
	exercises
	dressing*
	wound
	symptom*
	recovery
	recovered
	improved my
	made a difference
	difference to my life
	better now
	feel better
	feeling better
	life saving
	saved my life
	care plan
	results

code environment Environment and cleanliness
	description: The place: cleanliness, comfort, noise, temperature, beds, toilets, equipment, facilities and things to do.
	inclusion: Cleanliness and hygiene, tidiness, comfort, noise, heat and cold, beds and chairs, toilets and showers, equipment, the building and signs, the waiting room, TV, wifi, activities.
	exclusion: Food and drink: code food.  Parking: code transport.
	example: The ward was spotless.
	example: Too hot and noisy to sleep at night.
	borderline: Clean and friendly (environment and staff).
	negated: count
	except: chair exercise*
	except: chair based
	except: chaired
	except: chairperson
	clean
	cleaner
	cleanliness
	spotless
	dirty
	filthy
	hygien*
	tidy
	untidy
	mess
	messy
	smell*
	noise
	noisy
	loud
	quiet
	hot
	cold
	temperature
	comfortable
	uncomfortable
	comfort
	bed
	beds
	chair*
	toilet*
	shower*
	bathroom*
	ward
	waiting room
	waiting area
	environment
	facilities
	facility
	equipment
	building
	decor
	signs
	signage
	signpost*
	lighting
	light
	tv
	television
	wifi
	wi fi
	radio
	activities
	garden
	fresh air
	space
	cramped
	crowded
	busy NEAR/2 (room|area|waiting)
	machine*
	lift
	lifts

code food Food and drink
	description: Meals, drinks, snacks and the café: choice, quality, temperature and availability.
	inclusion: Hospital meals, drinks, tea and coffee, snacks, vending machines, the café or restaurant, water jugs, special diets.
	exclusion: Being nil by mouth before a procedure: code treatment.
	example: The food was cold and tasteless.
	example: Lovely cup of tea after my procedure.
	negated: count
	food
	meal*
	breakfast
	lunch
	dinner
	supper
	drink*
	tea
	coffee
	snack*
	sandwich*
	toast
	menu
	vending machine*
	cafe
	café
	canteen
	restaurant
	water
	hungry
	starving
	diet
	catering
	hot drink*
	cup of tea
	biscuit*

code transport Parking and transport
	description: Getting there and back: parking, patient transport, ambulances, buses, distance and location.
	inclusion: Car parking (spaces, cost), patient transport services, ambulance journeys, taxis, buses, drivers' punctuality, travel distance and the location of the service.
	exclusion: Emergency ambulance care at the scene: code treatment.
	example: Impossible to find a parking space.
	example: The transport picked me up on time and the driver was lovely.
	negated: count
	except: extra mile
	except: so far
	except: by far
	except: far too
	except: far better
	except: far more
	except: as far as
	except: far from
	except: recovery journey
	park
	parking
	car park
	parking space*
	transport
	ambulance car
	return ambulance
	ambulance NEAR/3 (home|pick*|collect*|book*|return|late|early)
	taxi
	bus
	buses
	pick up
	picked up
	pick me up
	collected
	journey
	travel*
	drive
	driving
	drove
	location
	=miles
	distance
	far
	nearer
	closer to home
	local
	get there
	getting there
	lift home
	vehicle

code dignity Dignity, privacy and respect
	description: Being treated with dignity and respect as a person: privacy, being seen as an individual, fairness and equality, feeling safe.
	inclusion: Dignity, privacy, curtains, confidentiality, being treated as a person, respect for culture, religion, disability, age or gender, discrimination, feeling safe.
	exclusion: Staff politeness alone: code staff.
	example: They always drew the curtains and kept my dignity.
	example: Treated like a number, not a person.
	negated: count
	dignity
	privacy
	private room
	confidential*
	curtain*
	respect
	respected
	treated as a person
	treated like a person
	treated as an individual
	treated like a number
	like a number
	human being
	discriminat*
	racist
	racism
	disabilit*
	disabled
	religio*
	culture
	cultural
	equality
	equal
	judgement
	judgemental
	judged
	unsafe
	felt safe
	feel safe

code discharge Discharge and continuity
	description: Moving between services: admission, discharge, referral on, follow-up, seeing the same clinician, records and care joined up.
	inclusion: Admission and discharge (delays, arrangements, medicines to take home), referral to another service, follow-up, aftercare, continuity of clinician, records and notes, services working together.
	exclusion: Waiting for a first appointment: code waiting.
	example: Waited all day for my discharge letter and medication.
	example: Saw a different doctor every time.
	negated: count
	discharge
	discharged
	admission
	admitted
	follow up
	followed up
	aftercare
	after care
	referral to
	referred to
	refer me
	same doctor
	same nurse
	same person
	different doctor*
	different nurse*
	different person
	continuity
	my notes
	medical records
	joined up
	handover
	transfer*
	transition
	gp
	district nurse*
	community team
	coordinat*
	co ordinat*
	home visit*

code praise Praise and gratitude
	description: Overall praise for the service and thanks: excellent, brilliant, could not fault it, thank you.
	inclusion: Thanks, overall praise and superlatives about the visit or the service as a whole; being happy or satisfied; recommending the service.
	exclusion: Praise aimed at staff: code staff too.
	exclusion: Complaints with a polite thank you at the end (the thanks alone still count as praise).
	example: Excellent service, could not fault it, thank you.
	example: Always a good experience.
	negated: count
	except: thank you for waiting
	thank*
	grateful
	gratitude
	excellent
	brilliant
	fantastic
	amazing
	=wonderful
	superb
	outstanding
	great
	perfect
	first class
	can't fault
	cannot fault
	could not fault
	couldn't fault
	no complaints
	happy
	satisfied
	=pleased
	impressed
	good experience
	good service
	great service
	excellent service
	very good
	very well
	well done
	recommend
	keep up the good work
	keep it up
	a credit
	nhs at its best
	10 out of 10
	10/10
	five star*
	5 star*
	first rate
	top notch
	=exceptional
	positive experience
	gold standard
	spot on
	champion
	1st class
	could not have done better
	couldn't have done better
	couldn't have asked for more
	could not have asked for more
	everything was (good|great|fine|ok|excellent|perfect)

code nothing Nothing to improve
	description: The answer says there is nothing to change or improve (an FFT answer to "what could we do better?").
	inclusion: Nothing, none, no, n/a, can't think of anything, all fine as it is.
	exclusion: Nothing as part of a complaint (nothing was done): not this code.
	example: Nothing, everything was fine.
	example: Can't think of anything.
	negated: count
	nothing to improve
	nothing to change
	nothing needs to change
	nothing could be improved
	nothing can be improved
	nothing at all
	nothing at present
	nothing really
	nothing i can think of
	can't think of anything
	cannot think of anything
	couldn't think of anything
	can't think of any
	not a thing
	no improvement*
	no improvements needed
	no suggestions
	nothing to add
	keep doing what you are doing
	carry on as you are
	don't change
	/^\s*(nothing|none|nil|no|nope|n\/?a)\W*$/
	/^\s*nothing\W+(really|at all|thanks|thank you|everything)/
