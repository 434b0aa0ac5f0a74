# child-voice 2.3's rules, through tag and theme (level 2): a placement
# is home only with a word of living there near it (not as the setting
# of something else); a bare `with` is no word of a relationship; a
# care leaver named as a label is not independence; the school told
# something is not education, health as the topic of information is
# information; a bare answer negates its question; `but not` leaves its
# predicate out and gives both sides; a wish to be heard is heard/ignored;
# `let me decide` (a group that matched nothing in 2.2) counts; bullying
# and comparatives (safer) are the codebook's; plurals of acronyms (PAs).
printf 'id\ttext\n%s\n' \
	'placement-setting	I am not allowed a phone at my placement.' \
	'placement-home	I have moved placement twice and the new placement is better.' \
	'with	I speak Polish with my mum.' \
	'safe-with	I feel safe with my mum.' \
	'label	As a care leaver I got a council tax discount.' \
	'leaving	Care leavers should not have to leave at 18.' \
	'told-school	Stop telling my school everything about me.' \
	'health-info	Who can see the information about my health?' \
	'answer-no	Q: Do you feel safe at home? A: no' \
	'answer-who	Q: Who listens to you? A: nobody.' \
	'but-not	I feel safe at home but not at school.' \
	'wish	I want to have a say in where I live.' \
	'decide	My worker let me decide who sees my file.' \
	'bullied	I get bullied on the bus.' \
	'safer	The hostel is safer than the streets.' \
	'pas	Some PAs are great.' |
	hark-tag -v ../../../lexicons/variants/en-GB.tsv -l child-voice |
	hark-theme --level 2 | cut -f 1,6
