# normalise, tokenise and stem together
printf 'id\ttext\tlang\n1\tI’m  worried about my Foster Carers 😢\ten\n2\tLes enfants mangeaient\tfr\n' |
hark-normalise | hark-tokenise | hark-stem
