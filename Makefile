# chibo — party-cell quality analytics. `make help` lists the targets and variables.
#
# Every path is quoted in recipes and escaped (`\ `) where make names it as a target or
# prerequisite, so INPUT and OUTPUT may hold spaces and Vietnamese letters. The files of
# INPUT are never prerequisites themselves (a `members (1).csv` would break make): a
# listing of INPUT (names, sizes, times) is, rewritten only when it changes.

# Each variable's meaning is its `<NAME>.help`, printed by `make help` with its value.
INPUT ?= input
INPUT.help := folder of the raw exports (CSV)
OUTPUT ?= output
OUTPUT.help := folder of results: normalized/, rejects.csv/.xlsx, templates/, one folder per review
QUARTER ?= 2020-Q4
QUARTER.help := quarter the review is made at (YYYY-Qn); the window ends on its last day
TERM_START ?= 2016-01-01
TERM_START.help := first day of the resolution's term (YYYY-MM-DD)
REVIEW ?= tong-ket
REVIEW.help := quy, so-ket or tong-ket: window, title and folder of `make`/`make report`
PREVIOUS ?=
PREVIOUS.help := review a so-ket/tong-ket compares with, as REVIEW/QUARTER (so-ket/2018-Q2)
MEETING_DEADLINE_DAY ?= 10
MEETING_DEADLINE_DAY.help := latest day of the month a periodic meeting is on time
STRICT ?= 0
STRICT.help := 1: ingest fails while any row is rejected (rejects.csv still written)
FROM ?=
FROM.help := make compare: the earlier review, REVIEW/QUARTER
TO ?=
TO.help := make compare: the later review, REVIEW/QUARTER
SCALE ?= 10 50 200
SCALE.help := make bench: sample sizes (scale 1 ≈ 3000 members; 2000 ≈ the nation)
YEARS ?=
YEARS.help := make bench: years generated, FIRST-LAST (default 2016-2020; 2020-2020 = one year)
FUZZ_SECONDS ?= 60
FUZZ_SECONDS.help := make fuzz: seconds to fuzz
SECONDS.help := make fuzz: seconds to fuzz, instead of FUZZ_SECONDS when given
SWIFT ?= swift
SWIFT.help := the Swift toolchain's driver (`true` skips building, for tests)
SCRATCH ?= .build
SCRATCH.help := SwiftPM's build folder, removed by make clean
BIN ?= $(SCRATCH)/release
BIN.help := folder of the executables make runs

VARIABLES := INPUT OUTPUT QUARTER TERM_START REVIEW PREVIOUS MEETING_DEADLINE_DAY STRICT FROM TO \
	SCALE YEARS FUZZ_SECONDS SECONDS SWIFT SCRATCH BIN

.DEFAULT_GOAL := all
.DELETE_ON_ERROR:
.PHONY: all help build ingest indicators report quarter so-ket tong-ket compare sample test lint \
	clean delete-outputs bench fuzz check-spreadsheets check-html FORCE

# The review targets set REVIEW themselves; one review per run.
REVIEW_TARGETS := $(filter quarter so-ket tong-ket,$(MAKECMDGOALS))
ifneq ($(word 2,$(REVIEW_TARGETS)),)
$(error Mỗi lần chạy make chỉ làm một kỳ đánh giá; nhận được: $(REVIEW_TARGETS))
endif
ifeq ($(REVIEW_TARGETS),quarter)
override REVIEW := quy
else ifneq ($(REVIEW_TARGETS),)
override REVIEW := $(REVIEW_TARGETS)
endif

# Check the variables before anything is created, and say in Vietnamese what is
# expected. Only the goals that use them check them (make help, clean, test never fail
# on a bad QUARTER).
quote = '$(subst ','\'',$1)'
check = $(shell sh scripts/check-variables.sh $1 $(foreach v,INPUT OUTPUT QUARTER TERM_START REVIEW \
	PREVIOUS MEETING_DEADLINE_DAY FROM TO,$(call quote,$(v)=$($(v)))))
GOALS := $(or $(MAKECMDGOALS),$(.DEFAULT_GOAL))
ifneq ($(filter all indicators report quarter so-ket tong-ket check-spreadsheets check-html,$(GOALS)),)
PROBLEM := $(call check,review)
else ifneq ($(filter compare,$(GOALS)),)
PROBLEM := $(call check,compare)
else ifneq ($(filter ingest delete-outputs clean templates,$(GOALS)),)
PROBLEM := $(call check,paths)
endif
ifneq ($(PROBLEM),)
$(error $(PROBLEM))
endif

empty :=
space := $(empty) $(empty)
# A path as make names it in a rule: spaces escaped.
target = $(subst $(space),\$(space),$1)

# The review and the one it compares with: a quarterly review the same quarter of the
# year before, a sơ kết or tổng kết PREVIOUS (or none).
REVIEW_NAME := $(REVIEW)/$(QUARTER)
REVIEW_DIR := $(OUTPUT)/$(REVIEW_NAME)
ifeq ($(REVIEW),quy)
COMPARED := quy/$(shell printf '%04d' $$(( $(firstword $(subst -Q, ,$(QUARTER))) - 1 )) 2>/dev/null)-Q$(lastword $(subst -Q, ,$(QUARTER)))
else
COMPARED := $(PREVIOUS)
endif
# Make's own records (settings stamps, the listing of INPUT); no result lives here.
STATE := $(OUTPUT)/.make

all: report ## Build (release) and run every stage for REVIEW at QUARTER (default: tong-ket 2020-Q4)

help: ## List the targets and the variables with their current values
	@echo "Targets:"
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([^:]+):.*## (.*)/  \1\t\2/' | expand -t 22
	@echo
	@echo "Variables (make TARGET NAME=value …):"
	@printf '  %-21s %-16s %s\n' NAME "CURRENT VALUE" MEANING
	@$(foreach v,$(VARIABLES),printf '  %-21s %-16s %s\n' $(call quote,$(v)) $(call quote,$($(v))) \
		$(call quote,$($(v).help));)

# Each executable depends on the sources of the modules it links (Package.swift), so
# editing the report rebuilds and reruns the report only.
ALL_SOURCES := $(shell find Sources -name '*.swift')
sources-of = Package.swift $(filter $(foreach m,$1,Sources/$(m)/%),$(ALL_SOURCES))
EXECUTABLES := $(call target,$(BIN))/chibo-ingest $(call target,$(BIN))/chibo-indicators \
	$(call target,$(BIN))/chibo-report

build: $(EXECUTABLES) ## Release build of the three stage executables

# Touching the product keeps make's clock honest when SwiftPM had nothing to relink.
$(call target,$(BIN))/chibo-ingest: $(call sources-of,CSV ChiboCore OfficeOpenXML OfficeReports Ingest chibo-ingest)
	$(SWIFT) build -c release --scratch-path "$(SCRATCH)" --product chibo-ingest
	@touch "$@"
$(call target,$(BIN))/chibo-indicators: $(call sources-of,CSV ChiboCore Indicators chibo-indicators)
	$(SWIFT) build -c release --scratch-path "$(SCRATCH)" --product chibo-indicators
	@touch "$@"
$(call target,$(BIN))/chibo-report: $(call sources-of,CSV ChiboCore HTMLDocument OfficeOpenXML OfficeReports Report chibo-report)
	$(SWIFT) build -c release --scratch-path "$(SCRATCH)" --product chibo-report
	@touch "$@"

# $(call stamp,LINES…): write the lines to the target only when they differ from what
# it holds, so that what depends on it reruns when a setting changes, and only then.
define stamp
@mkdir -p "$$(dirname "$@")"
@printf '%s\n' $1 > "$@.new"
@if cmp -s "$@.new" "$@"; then rm -f "$@.new"; else mv -f "$@.new" "$@"; fi
endef

# The listing of INPUT: any file added, removed, renamed or rewritten reruns ingest. Names,
# sizes and times from GNU find; where find has no -printf (BSD), a checksum of each file.
$(call target,$(STATE)/input.list): FORCE
	@mkdir -p "$(STATE)"
	@{ printf 'INPUT=%s\n' "$(INPUT)"; { find "$(INPUT)/." -maxdepth 1 -type f -printf '%P\t%s\t%T@\n' \
		2>/dev/null || find "$(INPUT)/." -maxdepth 1 -type f -exec cksum {} + 2>/dev/null; } \
		| LC_ALL=C sort; } > "$@.new"
	@if cmp -s "$@.new" "$@"; then rm -f "$@.new"; else mv -f "$@.new" "$@"; fi

$(call target,$(STATE)/ingest.settings): FORCE
	$(call stamp,"STRICT=$(STRICT)")

ingest: $(call target,$(OUTPUT)/rejects.csv) ## Stage 1: normalize INPUT into OUTPUT/normalized, rejects.csv/.xlsx, ingest_summary.csv

# With STRICT=1 and rejected rows, ingest still writes its outputs (staff need
# rejects.csv to fix the exports) and exits 1; rejects.csv is then kept but dated to the
# epoch, so the next run reruns ingest instead of trusting it.
.PRECIOUS: $(call target,$(OUTPUT)/rejects.csv)
$(call target,$(OUTPUT)/rejects.csv): $(call target,$(STATE)/input.list) $(call target,$(STATE)/ingest.settings) \
		$(call target,$(BIN))/chibo-ingest
	"$(BIN)/chibo-ingest" --input "$(INPUT)" --output "$(OUTPUT)" $(if $(filter 1,$(STRICT)),--strict) \
		|| { status=$$?; if [ -f "$@" ]; then touch -d @0 "$@"; fi; exit $$status; }

# $(call review-rules,NAME,PREVIOUS,EXTRA): the rules computing the indicators.csv (and
# review.csv) of review NAME, recording PREVIOUS as the review it compares with. The
# window settings are stamped per review, so a review reruns when TERM_START or
# MEETING_DEADLINE_DAY differ from those it was computed with.
define review-rules
$(call target,$(OUTPUT)/$1/indicators.csv): $(call target,$(OUTPUT)/rejects.csv) \
		$(call target,$(BIN))/chibo-indicators $(call target,$(STATE)/$1.settings) $3
	"$(BIN)/chibo-indicators" --normalized "$(OUTPUT)/normalized" --output "$(OUTPUT)/$1" \
		--review $(firstword $(subst /, ,$1)) --quarter $(lastword $(subst /, ,$1)) \
		--term-start $(TERM_START) --meeting-deadline-day $(MEETING_DEADLINE_DAY) \
		$(if $(and $2,$(filter-out quy/%,$1)),--previous $2)

$(call target,$(STATE)/$1.settings): FORCE
	$$(call stamp,"TERM_START=$(TERM_START)" "MEETING_DEADLINE_DAY=$(MEETING_DEADLINE_DAY)")
endef

# This review records PREVIOUS (a change of PREVIOUS reruns it: its review.csv names the
# comparison).
$(eval $(call review-rules,$(REVIEW_NAME),$(PREVIOUS),$(call target,$(STATE)/$(REVIEW_NAME).previous)))
$(call target,$(STATE)/$(REVIEW_NAME).previous): FORCE
	$(call stamp,"$(PREVIOUS)")

# The compared review, computed from the same INPUT and settings when missing or stale;
# its own comparison (and report) is not computed, and it keeps recording the earlier
# review it was last asked to compare with.
ifneq ($(COMPARED),)
COMPARED_PREVIOUS := $(shell cat $(call quote,$(STATE)/$(COMPARED).previous) 2>/dev/null)
$(eval $(call review-rules,$(COMPARED),$(COMPARED_PREVIOUS),))
endif

indicators: $(call target,$(REVIEW_DIR))/indicators.csv ## Stage 2: indicators.csv, review.csv and restricted/ of REVIEW at QUARTER

report: $(call target,$(REVIEW_DIR))/report.txt ## Stage 3: report.txt, report.html, spreadsheet CSVs, indicators.xlsx, report.docx of REVIEW at QUARTER

$(call target,$(REVIEW_DIR))/report.txt: $(call target,$(REVIEW_DIR))/indicators.csv \
		$(if $(COMPARED),$(call target,$(OUTPUT)/$(COMPARED))/indicators.csv) \
		$(call target,$(OUTPUT)/rejects.csv) $(call target,$(BIN))/chibo-report
	"$(BIN)/chibo-report" --output "$(OUTPUT)" --review $(REVIEW) --quarter $(QUARTER)

quarter: report ## Quarterly review (quy) at QUARTER, compared with quy/<QUARTER − 4>

so-ket: report ## Mid-term review (sơ kết) at QUARTER from TERM_START [PREVIOUS=REVIEW/QUARTER]

tong-ket: report ## Final review (tổng kết) at QUARTER from TERM_START [PREVIOUS=REVIEW/QUARTER]

compare: $(call target,$(BIN))/chibo-report ## Keyed diff of two reviews: make compare FROM=so-ket/2018-Q2 TO=tong-ket/2020-Q4
	"$(BIN)/chibo-report" compare --output "$(OUTPUT)" --from $(FROM) --to $(TO)

sample: ## Regenerate the sample exports in INPUT (seeded, deterministic)
	$(SWIFT) build -c release --scratch-path "$(SCRATCH)" --product chibo-sample
	"$(BIN)/chibo-sample" --output "$(INPUT)" --seed 1 --scale 1

test: ## Run every test (Swift Testing); their temporary files go to one folder, removed after
	$(SWIFT) build --build-tests
	scratch=$$(mktemp -d "$${TMPDIR:-/tmp}/chibo-tests.XXXXXX") && \
		TMPDIR="$$scratch" $(SWIFT) test --skip-build; status=$$?; rm -rf "$$scratch"; exit $$status

lint: ## swift format lint --strict over Sources and Tests
	$(SWIFT) format lint --strict -r Sources Tests

bench: build ## Benchmark the CSV reader and SHA-256, then every stage against DuckDB 2.0 at SCALE (national year: SCALE=2000 YEARS=2020-2020)
	$(SWIFT) build -c release --scratch-path "$(SCRATCH)" --product chibo-bench
	$(SWIFT) build -c release --scratch-path "$(SCRATCH)" --product chibo-sample
	"$(BIN)/chibo-bench" csv
	"$(BIN)/chibo-bench" sha
	QUARTER=$(QUARTER) TERM_START=$(TERM_START) MEETING_DEADLINE_DAY=$(MEETING_DEADLINE_DAY) \
		REVIEW=$(REVIEW) YEARS=$(YEARS) BIN="$(BIN)" scripts/bench/bench.sh $(SCALE)

clean: ## Remove the builds (SCRATCH and SCRATCH-fuzz) and leftover temporary files; never a review
	rm -rf "$(SCRATCH)" "$(SCRATCH)-fuzz"
	@if [ -d "$(OUTPUT)" ]; then find "$(OUTPUT)" \( -name '*.tmp-*' -o -name '*.new' \) -type f -print -delete; fi

delete-outputs: ## DELETE every result in OUTPUT: normalized/, rejects, templates/, every review folder
	@if [ -d "$(OUTPUT)" ]; then find "$(OUTPUT)" -mindepth 1 -maxdepth 1 ! -name .gitkeep -print \
		-exec rm -rf {} +; fi

FORCE:

fuzz: ## libFuzzer + AddressSanitizer over the CSV reader and decoders: make fuzz SECONDS=600
	$(SWIFT) build -c release --product chibo-fuzz --scratch-path "$(SCRATCH)-fuzz" \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
	@mkdir -p .fuzz/corpus .fuzz/artifacts
	cp Tests/Fixtures/fuzz-corpus/* .fuzz/corpus/
	"$(SCRATCH)-fuzz/release/chibo-fuzz" -max_total_time=$(or $(SECONDS),$(FUZZ_SECONDS)) -timeout=10 \
		-rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix=.fuzz/artifacts/ .fuzz/corpus

check-spreadsheets: report ## Open both spreadsheet CSVs in LibreOffice (headless) and read the cells back
	bash scripts/check-spreadsheets.sh "$(REVIEW_DIR)"

check-html: report ## Render report.html in headless Chromium: 1280-px PNG, A4 PDF and its pages as PNG in .check-html/; skips without Chromium
	bash scripts/check-html.sh "$(REVIEW_DIR)/report.html" .check-html

# Export templates, kept in one block at the end so that a rewrite of the rules above
# leaves it whole. They depend on no input: staff fill them in before the first export.
.PHONY: templates
templates: ## Write the empty export templates (.xlsx and .csv, one per input file) to OUTPUT/templates
	$(SWIFT) build -c release $(if $(SCRATCH),--scratch-path "$(SCRATCH)") --product chibo-templates
	"$(BIN)/chibo-templates" --output "$(OUTPUT)/templates"
