/* extract.h - gipa-extract's work on one input. */
#ifndef GIPA_EXTRACT_H
#define GIPA_EXTRACT_H

#include "report.h"

/* Extract every report in path ("-" for stdin); name is the `report`
 * column's base.  Returns the exit status contribution (0, 1 or 2). */
int extract_path(const char *path, const char *name, const struct options *opt);

/* The same over bytes in memory (the fuzz harness). */
int extract_memory(const char *data, size_t len, const char *name, const struct options *opt);

/* The header line of the record (or --check) output. */
void extract_header(const struct options *opt);

#endif
