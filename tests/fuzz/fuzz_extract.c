/* fuzz_extract - libFuzzer harness for gipa-extract's whole path.
 *
 * The bytes are one input file: decoded (BOM, <meta charset>, UTF-8 or
 * GB18030, UTF-16; HTML turned into lines; a DOCX unzipped and its
 * document.xml turned into lines), normalised, recognised,
 * verified and emitted, as `gipa-extract -n FILE` does (or with --check
 * for one input in four).  Output is dropped and diagnostics
 * silenced; a crash, a sanitizer report, a leak or a hang is a bug.  An
 * exit (die: out of memory, a write error) cannot happen with the output
 * dropped, so libFuzzer reports one as a crash too. */
#include "diag.h"
#include "extract/extract.h"
#include "extract/input.h"
#include "out.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	set_program_name("gipa-extract");
	/* PDF and DOC go through pdftotext and wvWare: not run here (they
	 * would test the converters, a process per input); refused instead. */
	input_converters = 0;
	out_discard(1);
	diag_quiet = 1;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* One pass: --check for one input in four (it differs only in what it
	 * writes), else records with line numbers (-n). */
	static const struct options records = {1, 0, 0}, check = {0, 1, 0};
	int st = extract_memory((const char *)data, size, "fuzz.txt", size % 4 ? &records : &check);
	/* 0, 1, or 2 for bytes that are not a report (binary data, a ZIP that
	 * is not a DOCX, a PDF or DOC with the converters off). */
	if (st < 0 || st > 2)
		__builtin_trap();
	out_flush();
	return 0;
}
