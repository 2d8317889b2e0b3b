#!/bin/sh
# Every graph writer checked by the real consumer: xmllint against the GraphML XSD and the GEXF
# 1.3 RelaxNG schema, Graphviz's dot, igraph's own GraphML reader. Inputs: the sample corpus and
# a hostile fixture whose title holds & < > " ' « » ]]> </graphml> "]; } and a backslash at the
# end, with a 20 KB URL. The golden graphs of the seed and the sample corpus are compared too.
. tests/lib.sh
COUNT=${GRAPHML_COUNT:?set GRAPHML_COUNT to tool_graphml_count}

for input in tests/corpus tests/fixtures/hostile.txt "--qa tests/corpus"; do
    name=$(basename -- "$input" .txt)
    # shellcheck disable=SC2086 # "--qa tests/corpus" is two words on purpose
    "$K" stats --format jsonl $input > "$T/stats" 2> /dev/null
    nodes=$(sed -n 's/.*"nodes":\([0-9]*\).*/\1/p' "$T/stats" | head -1)
    edges=$(sed -n 's/.*"edges":\([0-9]*\).*/\1/p' "$T/stats" | head -1)
    for fmt in graphml gexf dot json csv; do
        # shellcheck disable=SC2086
        "$K" graph $input -o "$T/g.$fmt" 2> "$T/err" || { bad "$name: graph -o g.$fmt"; cat "$T/err"; }
    done
    xmllint --noout --schema tests/schemas/graphml/graphml.xsd "$T/g.graphml" 2> "$T/err" && ok ||
        { bad "$name: GraphML does not validate"; head -5 "$T/err"; }
    xmllint --noout --relaxng tests/schemas/gexf-1.3/gexf.rng "$T/g.gexf" 2> "$T/err" && ok ||
        { bad "$name: GEXF does not validate"; head -5 "$T/err"; }
    dot -Tsvg "$T/g.dot" -o "$T/g.svg" 2> "$T/err" && ok || { bad "$name: dot -Tsvg failed"; head -5 "$T/err"; }
    # dot draws every node once
    [ "$(grep -c '<g id="node' "$T/g.svg")" -eq "$nodes" ] && ok || bad "$name: SVG node count"
    # igraph reads back the same nodes and edges, 14 node keys (+ id), 3 edge keys (+ id), no graph keys
    [ "$("$COUNT" "$T/g.graphml")" = "$nodes $edges 15 4 0" ] && ok || bad "$name: igraph round trip: $("$COUNT" "$T/g.graphml"), want $nodes $edges 15 4 0"
    # GEXF is directed; CSV has a header and one line per node and per edge
    grep -q 'defaultedgetype="directed"' "$T/g.gexf" && ok || bad "$name: GEXF not directed"
    [ "$(wc -l < "$T/g-nodes.csv")" -eq $((nodes + 1)) ] && [ "$(wc -l < "$T/g-edges.csv")" -eq $((edges + 1)) ] && ok ||
        bad "$name: CSV line counts"
    [ "$(grep -c '^{"id":' "$T/g.json")" -eq "$nodes" ] && ok || bad "$name: JSON node count"
done

# The hostile title comes out unchanged as data in both XML formats.
"$K" graph tests/fixtures/hostile.txt -o "$T/g.graphml" 2> /dev/null
"$K" graph tests/fixtures/hostile.txt -o "$T/g.gexf" 2> /dev/null
title='Kosten & baten <b>echt</b> "x" '"'"'y'"'"' «binnen» ]]></graphml> "]; } digraph x { a -> b } eind\'
got=$(xmllint --xpath "string(//*[local-name()='node'][*[@key='kind']='news']/*[@key='label'])" "$T/g.graphml")
[ "$got" = "$title" ] && ok || bad "hostile label in GraphML: $got"
got=$(xmllint --xpath "string(//*[local-name()='node'][@id='news:de-volkskrant:2025-06-03']/@label)" "$T/g.gexf")
[ "$got" = "$title" ] && ok || bad "hostile label in GEXF: $got"

# Golden graphs: node and edge lists with weights and kinds.
for g in kst-32317-974 sample qa-kst-32317-974; do
    input=tests/corpus/$g.txt
    [ "$g" = sample ] && input=tests/corpus
    [ "$g" = qa-kst-32317-974 ] && input="--qa tests/corpus/kst-32317-974.txt"
    # shellcheck disable=SC2086
    "$K" graph $input -o "$T/$g.csv" 2> /dev/null
    for part in nodes edges; do
        want=tests/golden/graph-$g-$part.csv
        if [ "${UPDATE:-}" = 1 ]; then cp "$T/$g-$part.csv" "$want"; continue; fi
        diff -u "$want" "$T/$g-$part.csv" > "$T/diff" && ok || { bad "golden graph $g $part"; head -20 "$T/diff"; }
    done
done

# The XML writers' exact bytes (indentation, escapes), as libxml2's xmlTextWriter wrote them.
"$K" graph tests/corpus/kst-32317-974.txt -o "$T/seed.graphml" 2> /dev/null
"$K" graph tests/fixtures/hostile.txt -o "$T/hostile.gexf" 2> /dev/null
if [ "${UPDATE:-}" = 1 ]; then
    cp "$T/seed.graphml" tests/golden/graph-kst-32317-974.graphml
    cp "$T/hostile.gexf" tests/golden/graph-hostile.gexf
fi
cmp -s tests/golden/graph-kst-32317-974.graphml "$T/seed.graphml" && ok || bad "golden GraphML of the seed"
cmp -s tests/golden/graph-hostile.gexf "$T/hostile.gexf" && ok || bad "golden GEXF of hostile.txt"

finish validate
