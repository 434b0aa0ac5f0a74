/*
 * foreign.c - short first-person sentences in the other languages of the
 * world (Polish, Welsh, Urdu, Arabic, Somali, Romanian, French), by theme
 * and polarity.  NFOREIGN in gen.h must be kept equal to their number.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gen.h"
#include "banned.h"

/* Sentences in other languages (short, simple; first person).         */

const foreign foreign_sentences[] = {
	{L_PL, T_SAFETY, POS, LV_ANY, "Czuję się tu bezpiecznie."},
	{L_PL, T_SAFETY, NEG, LV_ANY, "Nie czuję się bezpiecznie w nocy."},
	{L_PL, T_HEARD, NEG, LV_ANY, "Nikt mnie nie słucha."},
	{L_PL, T_HEARD, POS, LV_ANY, "Pracownicy naprawdę mnie słuchają."},
	{L_PL, T_HOME, NEG, LV_ANY, "Potrzebujemy pomocy z mieszkaniem."},
	{L_PL, T_HOME, NEG, LV_ANY, "W mieszkaniu jest wilgoć i pleśń."},
	{L_PL, T_EY, NEG, LV_P, "Mój syn mało mówi po angielsku."},
	{L_PL, T_EY, NEG, LV_P, "Czekamy na logopedę już sześć miesięcy."},
	{L_PL, T_EY, POS, LV_P, "Moja córka bardzo lubi przedszkole."},
	{L_PL, T_HELP, POS, LV_ANY, "Dziękuję za pomoc, wszyscy są bardzo mili."},
	{L_PL, T_WORK, NEG, LV_ANY, "Mamy problemy z pieniędzmi."},
	{L_PL, T_WORK, POS, LV_Y, "Chcę znaleźć pracę."},
	{L_PL, T_REL, NEG, LV_ANY, "Tęsknię za rodziną w Polsce."},
	{L_PL, T_IDENTITY, POS, LV_ANY, "Cieszę się, że mogę mówić po polsku."},
	{L_PL, T_EDU, POS, LV_Y, "Lubię moją szkołę."},

	{L_CY, T_SAFETY, POS, LV_ANY, "Dw i'n teimlo'n ddiogel yma."},
	{L_CY, T_SAFETY, NEG, LV_ANY, "Dydw i ddim yn teimlo'n ddiogel."},
	{L_CY, T_HEARD, NEG, LV_ANY, "Does neb yn gwrando arna i."},
	{L_CY, T_HELP, POS, LV_ANY, "Diolch am yr help, mae'r staff yn garedig iawn."},
	{L_CY, T_EY, POS, LV_P, "Mae fy merch yn hoffi'r feithrinfa."},
	{L_CY, T_IDENTITY, POS, LV_P, "Dw i eisiau siarad Cymraeg gyda fy mab."},
	{L_CY, T_WORK, NEG, LV_ANY, "Dw i'n poeni am arian."},
	{L_CY, T_EDU, POS, LV_Y, "Dw i'n hapus yn yr ysgol."},
	{L_CY, T_FEEL, POS, LV_ANY, "Dw i'n hapus iawn heddiw."},
	{L_CY, T_REL, NEG, LV_ANY, "Dw i'n colli fy nheulu."},

	{L_UR, T_SAFETY, POS, LV_ANY, "میں یہاں محفوظ محسوس کرتا ہوں۔"},
	{L_UR, T_SAFETY, NEG, LV_ANY, "مجھے گھر میں محفوظ محسوس نہیں ہوتا۔"},
	{L_UR, T_HEARD, NEG, LV_ANY, "کوئی میری بات نہیں سنتا۔"},
	{L_UR, T_HOME, NEG, LV_ANY, "ہمیں رہائش کے لیے مدد چاہیے۔"},
	{L_UR, T_EY, NEG, LV_P, "میرا بیٹا انگریزی بہت کم بولتا ہے۔"},
	{L_UR, T_HELP, POS, LV_ANY, "عملہ بہت مددگار ہے، شکریہ۔"},
	{L_UR, T_HELP, NEG, LV_ANY, "ہم کئی مہینوں سے انتظار کر رہے ہیں۔"},
	{L_UR, T_WORK, NEG, LV_ANY, "میں پیسوں کے بارے میں پریشان ہوں۔"},
	{L_UR, T_EY, POS, LV_P, "میری بیٹی کو نرسری بہت پسند ہے۔"},
	{L_UR, T_IDENTITY, POS, LV_ANY, "مجھے اپنی زبان بولنا اچھا لگتا ہے۔"},

	{L_AR, T_SAFETY, POS, LV_ANY, "أشعر بالأمان هنا."},
	{L_AR, T_SAFETY, NEG, LV_ANY, "لا أشعر بالأمان في البيت."},
	{L_AR, T_HEARD, NEG, LV_ANY, "لا أحد يستمع إليّ."},
	{L_AR, T_HOME, NEG, LV_ANY, "نحتاج إلى مساعدة في السكن."},
	{L_AR, T_EY, NEG, LV_P, "ابني لا يتكلم الإنجليزية كثيرًا."},
	{L_AR, T_HELP, POS, LV_ANY, "الموظفون لطفاء جدًا، شكرًا لكم."},
	{L_AR, T_HELP, NEG, LV_ANY, "ننتظر منذ أشهر."},
	{L_AR, T_EY, POS, LV_P, "ابنتي تحب الحضانة."},
	{L_AR, T_WORK, NEG, LV_ANY, "أنا قلق بشأن المال."},
	{L_AR, T_REL, NEG, LV_ANY, "أشتاق إلى عائلتي."},

	{L_SO, T_HELP, POS, LV_ANY, "Mahadsanid, shaqaaluhu aad bay u wanaagsan yihiin."},
	{L_SO, T_EY, NEG, LV_P, "Wiilkaygu Ingiriisi badan ma yaqaan."},
	{L_SO, T_HOME, NEG, LV_ANY, "Waxaan u baahanahay guri."},
	{L_SO, T_WORK, NEG, LV_ANY, "Waxaan ka welwelsanahay lacagta."},
	{L_SO, T_EY, POS, LV_P, "Gabadhaydu waxay jeceshahay xannaanada."},
	{L_SO, T_HELP, NEG, LV_ANY, "Bilo badan ayaan sugaynay."},
	{L_SO, T_FEEL, POS, LV_ANY, "Waan faraxsanahay."},
	{L_SO, T_FEEL, NEG, LV_ANY, "Aad baan u daallanahay."},

	{L_RO, T_SAFETY, POS, LV_ANY, "Mă simt în siguranță aici."},
	{L_RO, T_SAFETY, NEG, LV_ANY, "Nu mă simt în siguranță acasă."},
	{L_RO, T_HEARD, NEG, LV_ANY, "Nimeni nu mă ascultă."},
	{L_RO, T_HOME, NEG, LV_ANY, "Avem nevoie de ajutor cu locuința."},
	{L_RO, T_EY, NEG, LV_P, "Fiul meu vorbește puțină engleză."},
	{L_RO, T_HELP, POS, LV_ANY, "Personalul este foarte amabil, mulțumesc."},
	{L_RO, T_HELP, NEG, LV_ANY, "Așteptăm de multe luni."},
	{L_RO, T_EY, POS, LV_P, "Fiica mea iubește grădinița."},
	{L_RO, T_WORK, NEG, LV_ANY, "Sunt îngrijorat din cauza banilor."},
	{L_RO, T_WORK, POS, LV_Y, "Vreau să găsesc un loc de muncă."},

	{L_FR, T_SAFETY, POS, LV_ANY, "Je me sens en sécurité ici."},
	{L_FR, T_SAFETY, NEG, LV_ANY, "Je ne me sens pas en sécurité chez moi."},
	{L_FR, T_HEARD, NEG, LV_ANY, "Personne ne m'écoute."},
	{L_FR, T_HOME, NEG, LV_ANY, "Nous avons besoin d'aide pour le logement."},
	{L_FR, T_EY, NEG, LV_P, "Mon fils parle très peu anglais."},
	{L_FR, T_HELP, POS, LV_ANY, "Le personnel est très gentil, merci beaucoup."},
	{L_FR, T_HELP, NEG, LV_ANY, "Nous attendons depuis des mois."},
	{L_FR, T_EY, POS, LV_P, "Ma fille adore la crèche."},
	{L_FR, T_WORK, NEG, LV_ANY, "Je m'inquiète pour l'argent."},
	{L_FR, T_WORK, POS, LV_Y, "Je veux trouver un travail."},
	{L_FR, T_EDU, POS, LV_Y, "J'aime bien mon école."},
	{L_FR, T_FEEL, NEG, LV_ANY, "Je suis fatiguée et un peu triste."},
};
_Static_assert(sizeof foreign_sentences / sizeof foreign_sentences[0] == NFOREIGN,
	       "NFOREIGN in gen.h must count the sentences");
