# core-practices.lex - the five practices that practitioners and workshops
# discuss when they bring children's voices beside administrative data.
# Format: docs/lexicon-format.md; scope and provenance: README.md.
lexicon core-practices
version 1.1

language en
negator not
negator no
negator never
negator nobody
negator nothing
negator without
negator don't
negator doesn't
negator didn't
negator isn't
negator aren't
negator can't
negator cannot
negator won't
negator lack of
hedge maybe
hedge perhaps
hedge sometimes
hedge might
hedge not sure
break but
break although
break however

code data Data
	description: Collecting, recording and linking data: records, case-management systems, datasets, data quality and measures.
	data
	dataset
	datasets
	database
	records
	recording
	recorded
	case notes
	case management system
	system
	spreadsheet
	data quality
	missing data
	linked data
	data linkage
	administrative data
	statistics
	measure*
	indicator*
	outcomes
	coding
	codes
	variables
	extract
	extracts
	dq
	duplicate*
	field
	fields
	free text
	structured
	linked file
	match rate
	how we count
	our numbers
	not known
	definition
	table
	upn
	on her file
	on his file
	on their file
	case record
	except: data allowance
	except: mobile data
	except: data plan
code voice Voice
	description: Hearing children, young people and families: their views, words, participation and influence on decisions.
	voice
	voices
	views
	wishes and feelings
	lived experience
	participation
	co-production
	coproduction
	consultation
	listening
	listened
	heard
	having a say
	own words
	in their words
	quotes
	young people's views
	youth forum
	children in care council
	advocacy
	feedback
	survey
	surveys
	questionnaire
	focus group*
	feedback form
	hearing from
	hearing directly
	young inspectors
	parent rep
	youth rep
	child's words
	children's words
	their words
	(yp|young person|young people|child|children|kids|boys|girls|parent|parents|mum|dad|care leaver|care leavers|families|family|group) NEAR/4 (said|told|asked|say|says|talking|talked|feel|felt)
	(asked|ask) NEAR/3 (yp|young person|young people|child|children|kids|boys|girls|parents|families|care leavers)
	except: lost her voice
	except: lost his voice
	except: lost my voice
	except: amazing voice
	except: singing voice
	except: voice note
	except: voice notes
	except: voice message
	except: voicemail
code ethics Ethics
	description: Consent, privacy, confidentiality, safeguarding of data subjects, anonymity, small numbers and doing no harm.
	ethics
	ethical
	consent
	informed consent
	privacy
	private
	confidential
	confidentiality
	anonymous
	anonymised
	anonymisation
	pseudonymised
	redacted
	identifiable
	small numbers
	disclosure
	gdpr
	data protection
	dpia
	harm
	trust
	permission
	rights
	identities
	except: private fostering
	except: private sector
	except: private rented
	signposting
	coercive
	incentive*
	delete*
	restricted
	retention
	consent form*
	info sheet
	information sheet
	who gets to see
	suppressed
	suppression
	smaller than five
	safeguard*
	retraumatis*
	re traumatis*
	without checking with them
	happy to be named
	duty
	interpreter
code use Use
	description: Using the evidence: decisions, commissioning, service design, reports, dashboards and changing practice.
	decision*
	commissioning
	commissioners
	service design
	service improvement
	report
	reports
	dashboard
	dashboards
	evidence
	insight*
	inform practice
	changed practice
	policy
	strategy
	planning
	budget
	priorities
	action plan
	recommendation*
	impact
	redesign*
	inspection
	benchmark*
	changes what we do
	changed what we do
	on the back of
	heads of service
	commission*
code learning Learning
	description: Learning from the evidence: reflection, training, skills, sharing practice, evaluation and research.
	learning
	learn
	learned
	learnt
	lessons learned
	reflection
	reflective
	reflect
	training
	skills
	upskilling
	workshop
	workshops
	evaluation
	evaluate
	research
	researchers
	share learning
	good practice
	best practice
	community of practice
	supervision

	course
	phd
	university
	study
	studies
	what's worked
	what works
	other authorities
	another la
	peer network
	didn't know
	useful to see
	good to hear
	wrote up
	write up
	except: of course
	except: learning zone
	except: learning difficult*
	except: learning disabilit*
