# core-practices.lex - the five practices that practitioners and workshops
# discuss when they bring children's voices beside administrative data.
# Format: docs/lexicon-format.md; scope and provenance: README.md.
lexicon core-practices
version 1.0

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
	survey
	questionnaire
	coding
	codes
	variables
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
	analysis
	share learning
	good practice
	best practice
	community of practice
	supervision
