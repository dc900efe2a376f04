#!/usr/bin/env bash
# Times the rendering of an enforcement document to PDF (bench/documents/RenderBench.java) against the
# built classes: ./mvnw package -DskipTests first. Usage: bench/documents/run.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
cp=$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)
out=target/bench-documents
rm -rf "$out" && mkdir -p "$out"
javac -d "$out" -cp "target/classes:$cp" bench/documents/RenderBench.java
java -Xmx256m -cp "$out:target/classes:$cp" org.fieldlaw.documents.RenderBench "${1:-200}"
