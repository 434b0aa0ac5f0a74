/*
 * qdpx.h - hark-ingest's reader of REFI-QDA projects (.qdpx).
 */
#ifndef INGEST_QDPX_H
#define INGEST_QDPX_H

/* Write the text sources of the project at path as records (through
 * record(), so ids are checked and rejects counted); first: this is the
 * first input, whose columns make the header.  Returns the exit status. */
int qdpx_ingest(const char *path, int first);

#endif
