/*
 * qdpx.h - hark export --format qdpx: the stream as a REFI-QDA project.
 */
#ifndef EXPORT_QDPX_H
#define EXPORT_QDPX_H

#include "rec.h"

/* Write the records of r (opened, nothing read yet) as a REFI-QDA project
 * to the file at path (docs/refi-qda.md).  allow_unredacted: take a stream
 * without the redaction marker, and say so in the project.  Returns the
 * exit status; trouble ends the program. */
int qdpx_export(struct rec_reader *r, const char *path,
		int allow_unredacted);

#endif
