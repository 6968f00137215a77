#!/bin/sh
# Vendors the GraphiQL playground that server/ embeds (go:embed), so that
# the playground works without internet access. Fetches the packages from
# the npm registry with `npm pack` (the registry's ordinary client), checks
# their integrity against the registry's, and copies the browser builds to
# server/playground/. Rerun it to update; bump the versions here and in
# server/playground/SOURCES.md together.
#
#   graphiql  4.1.2   MIT  graphiql.min.js, graphiql.min.css (UMD build)
#   react     18.2.0  MIT  umd/react.production.min.js
#   react-dom 18.2.0  MIT  umd/react-dom.production.min.js
#
# These are the versions gqlgen's own playground loads from jsDelivr.
set -eu
cd "$(dirname "$0")/../.."
out=server/playground
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fetch() { # name version file... (paths inside the package, copied flat)
	name=$1 version=$2
	shift 2
	tgz=$(cd "$tmp" && npm pack --silent "$name@$version")
	want=$(npm view "$name@$version" dist.integrity)
	got="sha512-$(openssl dgst -sha512 -binary "$tmp/$tgz" | openssl base64 -A)"
	if [ "$want" != "$got" ]; then
		echo "fetch.sh: $name@$version: integrity $got, registry says $want" >&2
		exit 1
	fi
	mkdir -p "$tmp/$name"
	tar xzf "$tmp/$tgz" -C "$tmp/$name"
	for f in "$@"; do
		cp "$tmp/$name/package/$f" "$out/$(basename "$f")"
	done
	cp "$tmp/$name/package/LICENSE" "$out/LICENSE.$name"
}

mkdir -p "$out"
fetch graphiql 4.1.2 graphiql.min.js graphiql.min.css
fetch react 18.2.0 umd/react.production.min.js
fetch react-dom 18.2.0 umd/react-dom.production.min.js
(cd "$out" && sha256sum LICENSE.* *.js *.css)
