/*
 * settings.h - the settings that made a derived column, travelling with it.
 *
 * A stage that derives a column from settings a user chose (a variant map,
 * lexicons, a locale) records them beside it in a `*_with` column as
 * space-separated KEY=VALUE entries (docs/record-format.md): `redacted_with`,
 * `tokenised_with`, `tagged_with`.  Files are named PATH@FINGERPRINT, so
 * that a later stage can load the same file without being told again, and
 * can tell when the file it is given differs from the one that was used.
 */
#ifndef HARK_SETTINGS_H
#define HARK_SETTINGS_H

#include <stddef.h>

#include "buf.h"
#include "rec.h"

/* Length of a fingerprint: 16 lower-case hex digits (the first 64 bits of
 * the SHA-256 of the file's bytes). */
#define SETTINGS_FP_LEN 16

/* The fingerprint of the file at path into fp (NUL-terminated).  Returns 0,
 * or -1 with a message in err when the file cannot be read. */
int settings_fingerprint(const char *path, char fp[SETTINGS_FP_LEN + 1],
			 char *err, size_t errlen);

/* Append " KEY=VALUE" (no space when out is empty), VALUE escaped so that
 * it holds no space, comma or '%' (%XX). */
void settings_add(struct buf *out, const char *key, const char *val);
/* Append PATH@FP to out as one item of a comma-separated file list (a
 * comma first when more is set), PATH escaped as settings_add() does. */
void settings_add_file(struct buf *out, const char *path, const char *fp,
		       int more);

/* The raw (still escaped) value of KEY in the entries v; returns 1 when
 * present (*val points into v), 0 when absent. */
int settings_get(struct str v, const char *key, struct str *val);
/*
 * Item i (from 0) of a comma-separated file list: its unescaped path onto
 * path (replacing what it held) and its fingerprint into fp ("" when it has
 * none).  Returns 1, or 0 when there is no item i.
 */
int settings_file(struct str list, size_t i, struct buf *path,
		  char fp[SETTINGS_FP_LEN + 1]);

#endif
