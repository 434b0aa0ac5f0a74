/*
 * world.c - the vocabulary of gen-corpus's world: sites and their postcode
 * areas, sources, cohorts, age bands, themes and languages.  The enums
 * that index these tables are in gen.h.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gen.h"
#include "banned.h"

const char *const site_name[NSITES] = {"Northbrook", "Easthaven", "Westmere", "Southdale"};

/* Real postcode areas, so that postcodes have a valid shape. */
const char *const site_pc_area[NSITES][4] = {
	{"NE", "DH", "SR", "S"}, {"NR", "IP", "CO", "E"},
	{"BS", "GL", "BA", "B"}, {"SO", "PO", "BN", "N"},
};

const char *const source_name[NSOURCES] = {
	"ya_survey", "pathway_review", "family_hub", "early_years", "workshop"};

const char *const cohort_name[NCOHORTS] = {
	"care_leavers", "children_in_care", "early_help", "early_years"};

const char *const age_name[NAGES] = {"0-4", "5-10", "11-15", "16-17", "18-21", "22-25"};

const unsigned age_lo[NAGES] = {0, 5, 11, 16, 18, 22};

const unsigned age_hi[NAGES] = {4, 10, 15, 17, 21, 25};

const char *const theme_name[NTHEMES] = {
	"safety", "home", "relationships", "heard", "trust", "education", "work_money",
	"health", "identity", "independence", "info_consent", "feelings", "early_years",
	"help_support"};

const char *const lang_code[NLANGS] = {"en", "pl", "cy", "ur", "ar", "so", "ro", "fr"};

const char *const lang_label[NLANGS] = {
	"English", "Polish", "Welsh", "Urdu", "Arabic", "Somali", "Romanian", "French"};

const unsigned lang_w[NLANGS] = {870, 30, 15, 20, 20, 15, 15, 15};

/* Languages whose sentences below fit in Windows-1252. */
const unsigned lang_w_latin[NLANGS] = {900, 0, 30, 0, 0, 30, 0, 40};
