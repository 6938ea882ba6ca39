#!/usr/bin/env bats
# Documentation matches the behaviour.

load helper

@test "gipa(7) lists the keys the binaries know (tools/gen-gipa7 is current)" {
	"$REPO_DIR/tools/gen-gipa7" "$GIPA_BIN/gipa-extract" | diff -u "$REPO_DIR/man/gipa.7" -
}

@test "every long option of gipa-extract --help is in its man page" {
	for o in $(gipa extract --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
		grep -q -- "${o//-/\\\\-}" "$REPO_DIR/man/gipa-extract.1" || { echo "missing $o"; false; }
	done
}

@test "make install puts binaries and man pages under DESTDIR/PREFIX" {
	d="$(mktemp -d)"
	make -C "$REPO_DIR" -s install DESTDIR="$d" PREFIX=/usr >/dev/null
	[ -x "$d/usr/bin/gipa-extract" ]
	[ -f "$d/usr/share/man/man1/gipa-extract.1" ]
	[ -f "$d/usr/share/man/man7/gipa.7" ]
	rm -rf "$d"
}

@test "every binary names a bad option in the same words (and a hint), status 2" {
	for b in extract sum tab diff; do
		run_split gipa "$b" --bogus
		[ "$status" -eq 2 ]
		[ "$err" = "gipa-$b: invalid option '--bogus'
Try 'gipa-$b --help' for more information." ]
		run_split gipa "$b" -Z
		[ "$status" -eq 2 ]
		[ "$err" = "gipa-$b: invalid option -- 'Z'
Try 'gipa-$b --help' for more information." ]
	done
	run_split gipa diff -b
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-diff: option requires an argument -- 'b'
Try 'gipa-diff --help' for more information." ]
	run_split gipa sum --group
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-sum: option '--group' requires an argument
Try 'gipa-sum --help' for more information." ]
}
