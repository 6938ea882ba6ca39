/* sha256-test.c - lib/sha256.c against the FIPS 180-2 / NIST examples,
 * fed whole and in awkward pieces.  Built and run by
 * tests/gipa-extract-files.bats; prints "N passed, N failed". */
#include "sha256.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

static void check(const char *what, const char *data, size_t n, size_t piece, const char *want)
{
	struct sha256 s;
	char hex[65];
	sha256_init(&s);
	for (size_t i = 0; i < n; i += piece)
		sha256_update(&s, data + i, n - i < piece ? n - i : piece);
	sha256_final_hex(&s, hex);
	if (strcmp(hex, want) == 0) {
		passed++;
	} else {
		failed++;
		printf("FAIL %s (pieces of %zu): %s, want %s\n", what, piece, hex, want);
	}
}

int main(void)
{
	static const struct {
		const char *what, *data, *want;
	} v[] = {
		{"\"abc\"", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"\"\"", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"448 bits", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		 "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
		{"896 bits",
		 "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
		 "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
	};
	static const size_t pieces[] = {1, 3, 55, 56, 63, 64, 65, 1000};
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		for (size_t p = 0; p < sizeof pieces / sizeof pieces[0]; p++)
			check(v[i].what, v[i].data, strlen(v[i].data), pieces[p], v[i].want);
	size_t n = 1000000;
	char *a = malloc(n);
	if (!a)
		return 2;
	memset(a, 'a', n);
	check("a million 'a'", a, n, n, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	check("a million 'a'", a, n, 4096, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	check("a million 'a'", a, n, 7, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(a);
	/* lengths around the padding boundary, against known digests of
	 * 55, 56 and 64 bytes of 'a' */
	char b[64];
	memset(b, 'a', sizeof b);
	check("55 'a'", b, 55, 55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
	check("56 'a'", b, 56, 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
	check("64 'a'", b, 64, 64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
