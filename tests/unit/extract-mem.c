/* extract-mem.c - gipa-extract's whole path on bytes in memory
 * (extract_memory, as the fuzz harness calls it): read FILE into memory,
 * write its records as gipa-extract would.  Built and run by
 * tests/gipa-extract-files.bats. */
#include "diag.h"
#include "extract/extract.h"
#include "out.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	set_program_name("gipa-extract");
	if (argc != 3) {
		fprintf(stderr, "usage: extract-mem FILE NAME\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f)
		return 2;
	size_t cap = 1 << 16, n = 0, r;
	char *data = malloc(cap);
	while (data && (r = fread(data + n, 1, cap - n, f)) > 0)
		if ((n += r) == cap)
			data = realloc(data, cap *= 2);
	fclose(f);
	if (!data)
		return 2;
	struct options opt = {0, 0, 0};
	extract_header(&opt);
	int s = extract_memory(data, n, argv[2], &opt);
	out_flush();
	free(data);
	return s;
}
