# child-voice 2.2's sense rules, through tag and theme (level 2): a kinship
# noun is relationships only with a word of the relationship near it;
# school as a place is not education; words whose stem holds another
# sense are exact (fine is not fined, informed is not information,
# Universal is not university, friendly is not friends); laughing and
# thumbs emoji are not feelings; changes of worker are trust/negative;
# a negator between the sides of a NEAR rule negates it.
printf 'id\ttext\n%s\n' \
	'kin-done	Mum signed the consent form on Tuesday.' \
	'kin-cue	I miss my mum and I want to see her more.' \
	'kin-house	I left my coat at my nan'"'"'s house.' \
	'friendly	The staff were friendly.' \
	'friends	I have no friends at my new estate.' \
	'school-place	I fainted at school and saw the nurse.' \
	'school-learning	My GCSEs are going badly and I might fail maths.' \
	'fine	I am fine thanks.' \
	'a-fine	I got a fine for parking.' \
	'informed	Police informed and the case closed.' \
	'universal	My Universal Credit was cut again.' \
	'laugh	we went bowling 😂' \
	'changes	Three changes of social worker in a year.' \
	'never-not	I have never not felt listened to by my worker.' |
	hark-tag -v ../../../lexicons/variants/en-GB.tsv -l child-voice |
	hark-theme --level 2 | cut -f 1,6
