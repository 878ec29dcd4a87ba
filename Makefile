# chibo — party-cell quality analytics. `make help` lists the targets.

INPUT ?= input
OUTPUT ?= output
QUARTER ?= 2020-Q4
TERM_START ?= 2016-01-01
REVIEW ?= tong-ket
MEETING_DEADLINE_DAY ?= 10
PREVIOUS ?=
STRICT ?= 0

SWIFT ?= swift
BIN := .build/release
SOURCES := Package.swift $(shell find Sources -name '*.swift' 2>/dev/null)
INPUTS := $(wildcard $(INPUT)/*.csv)
QUARTER_DIR := $(OUTPUT)/$(QUARTER)

.DEFAULT_GOAL := all
.DELETE_ON_ERROR:
.PHONY: all help build ingest indicators report quarter so-ket tong-ket compare sample test lint clean fuzz check-spreadsheets FORCE

all: report ## Build (release) and run every stage on $(INPUT) into $(OUTPUT)

help: ## List the targets and variables
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([^:]+):.*## (.*)/  \1\t\2/' | expand -t 18
	@echo "Variables: INPUT=$(INPUT) OUTPUT=$(OUTPUT) QUARTER=$(QUARTER) TERM_START=$(TERM_START)"
	@echo "           REVIEW=$(REVIEW) MEETING_DEADLINE_DAY=$(MEETING_DEADLINE_DAY) PREVIOUS=$(PREVIOUS) STRICT=$(STRICT)"

build: $(BIN)/chibo-ingest $(BIN)/chibo-indicators $(BIN)/chibo-report ## Release build of the executables

# One release build makes every executable; touching them keeps make's clock honest
# when SwiftPM had nothing to relink.
$(BIN)/chibo-ingest $(BIN)/chibo-indicators $(BIN)/chibo-report &: $(SOURCES)
	$(SWIFT) build -c release --product chibo-ingest
	$(SWIFT) build -c release --product chibo-indicators
	$(SWIFT) build -c release --product chibo-report
	@touch $(BIN)/chibo-ingest $(BIN)/chibo-indicators $(BIN)/chibo-report

# Rewritten only when a variable changes, so a stage reruns when its settings do.
$(OUTPUT)/.ingest-settings: FORCE
	@mkdir -p $(@D)
	@echo "INPUT=$(INPUT) STRICT=$(STRICT)" > $@.new
	@cmp -s $@.new $@ && rm -f $@.new || mv -f $@.new $@

$(QUARTER_DIR)/.settings: FORCE
	@mkdir -p $(@D)
	@echo "TERM_START=$(TERM_START) MEETING_DEADLINE_DAY=$(MEETING_DEADLINE_DAY)" > $@.new
	@cmp -s $@.new $@ && rm -f $@.new || mv -f $@.new $@

$(QUARTER_DIR)/.report-settings: FORCE
	@mkdir -p $(@D)
	@echo "REVIEW=$(REVIEW) PREVIOUS=$(PREVIOUS)" > $@.new
	@cmp -s $@.new $@ && rm -f $@.new || mv -f $@.new $@

ingest: $(OUTPUT)/rejects.csv ## Stage 1: normalize $(INPUT) into $(OUTPUT)/normalized and rejects.csv

# With STRICT=1 and rejected rows, ingest still writes its outputs (staff need
# rejects.csv to fix the exports) and exits 1; rejects.csv is then kept but dated to the
# epoch, so the next run reruns ingest instead of trusting it.
.PRECIOUS: $(OUTPUT)/rejects.csv
$(OUTPUT)/rejects.csv: $(INPUTS) $(BIN)/chibo-ingest $(OUTPUT)/.ingest-settings
	$(BIN)/chibo-ingest --input $(INPUT) --output $(OUTPUT) $(if $(filter 1,$(STRICT)),--strict) \
		|| { status=$$?; if [ -f $@ ]; then touch -d @0 $@; fi; exit $$status; }

indicators: $(QUARTER_DIR)/indicators.csv ## Stage 2: compute the indicator catalog for QUARTER

$(QUARTER_DIR)/indicators.csv: $(OUTPUT)/rejects.csv $(BIN)/chibo-indicators $(QUARTER_DIR)/.settings
	$(BIN)/chibo-indicators --normalized $(OUTPUT)/normalized --output $(QUARTER_DIR) \
		--quarter $(QUARTER) --term-start $(TERM_START) --meeting-deadline-day $(MEETING_DEADLINE_DAY)

report: $(QUARTER_DIR)/report.txt ## Stage 3: write report.txt and the spreadsheet CSVs for QUARTER

$(QUARTER_DIR)/report.txt: $(QUARTER_DIR)/indicators.csv $(OUTPUT)/rejects.csv $(BIN)/chibo-report $(QUARTER_DIR)/.report-settings
	$(BIN)/chibo-report --output $(OUTPUT) --quarter $(QUARTER) --review $(REVIEW) \
		$(if $(PREVIOUS),--previous $(PREVIOUS))

quarter: ## Quarterly report (REVIEW=quy) for QUARTER
	$(MAKE) report REVIEW=quy

so-ket: ## Mid-term review report (REVIEW=so-ket) for QUARTER from TERM_START
	$(MAKE) report REVIEW=so-ket

tong-ket: ## Final review report (REVIEW=tong-ket) for QUARTER from TERM_START
	$(MAKE) report REVIEW=tong-ket

compare: $(BIN)/chibo-report ## Keyed diff of two reviews' indicators: make compare FROM=2018-Q2 TO=2020-Q4
	@test -n "$(FROM)" -a -n "$(TO)" || { echo "usage: make compare FROM=<QUARTER> TO=<QUARTER>" >&2; exit 64; }
	$(BIN)/chibo-report compare --output $(OUTPUT) --from $(FROM) --to $(TO)

sample: ## Regenerate the sample exports in $(INPUT) (seeded, deterministic)
	$(SWIFT) build -c release --product chibo-sample
	$(BIN)/chibo-sample --output $(INPUT) --seed 1 --scale 1

test: ## Run every test (Swift Testing)
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint: ## swift format lint --strict over Sources and Tests
	$(SWIFT) format lint --strict -r Sources Tests

SCALE ?= 10 50 200
.PHONY: bench
bench: build ## Benchmark the CSV reader, then every stage against DuckDB 2.0 at SCALE (scale 1 ≈ 3000 members)
	$(SWIFT) build -c release --product chibo-bench
	$(SWIFT) build -c release --product chibo-sample
	$(BIN)/chibo-bench csv
	QUARTER=$(QUARTER) TERM_START=$(TERM_START) MEETING_DEADLINE_DAY=$(MEETING_DEADLINE_DAY) \
		REVIEW=$(REVIEW) scripts/bench/bench.sh $(SCALE)

clean: ## Remove outputs (not the build)
	find $(OUTPUT) -mindepth 1 ! -name .gitkeep -exec rm -rf {} +

FORCE:

FUZZ_SECONDS ?= 60
fuzz: ## libFuzzer + AddressSanitizer over the CSV reader and decoders: make fuzz SECONDS=600
	$(SWIFT) build -c release --product chibo-fuzz --scratch-path .build-fuzz \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
	@mkdir -p .fuzz/corpus .fuzz/artifacts
	cp Tests/Fixtures/fuzz-corpus/* .fuzz/corpus/
	.build-fuzz/release/chibo-fuzz -max_total_time=$(or $(SECONDS),$(FUZZ_SECONDS)) -timeout=10 \
		-rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix=.fuzz/artifacts/ .fuzz/corpus

check-spreadsheets: report ## Open both spreadsheet CSVs in LibreOffice (headless) and read the cells back; skips without LibreOffice
	bash scripts/check-spreadsheets.sh $(QUARTER_DIR)

# Export templates, kept in one block at the end so that a rewrite of the rules above
# leaves it whole. They depend on no input: staff fill them in before the first export.
.PHONY: templates
templates: ## Write the empty export templates (.xlsx and .csv, one per input file) to OUTPUT/templates
	$(SWIFT) build -c release $(if $(SCRATCH),--scratch-path "$(SCRATCH)") --product chibo-templates
	"$(BIN)/chibo-templates" --output "$(OUTPUT)/templates"
