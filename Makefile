# The two commands (README.md): `make run` and `make test`.
# `make test-dates`: the same suite again at fixed instants under libfaketime
# (scripts/test-dates), as CI runs it.
.PHONY: run test test-dates lint clean deps build-release build-dev web bench screenshots

JOBS ?= 2
DATA_DIR ?= ./var
LISTEN ?= 127.0.0.1:8080

deps:
	@scripts/install-deps

web: deps
	cd web && npm run build

build-release: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS) --target casereview

build-dev: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev -j $(JOBS)

# A new data directory gets the fictional demo partnership first (its users'
# passwords are printed once by `casereview demo`).
run: build-release web
	@if [ ! -e $(DATA_DIR)/casereview.sqlite3 ]; then \
	  build/release/casereview demo --data-dir $(DATA_DIR) || exit 1; \
	  echo "loaded the fictional demo partnership into $(DATA_DIR)"; \
	fi
	build/release/casereview serve --listen $(LISTEN) --data-dir $(DATA_DIR) --web-dir web/dist

test: build-dev web
	cd build/dev && ctest --output-on-failure -j $(JOBS)

test-dates: build-dev web
	JOBS=$(JOBS) scripts/test-dates

# The screenshots in docs/screenshots (shown in README.md) are the ones the
# browser tests save of each main page, with the demo data.
screenshots: build-dev web
	rm -rf build/dev/e2e-artifacts
	cd build/dev && ctest --output-on-failure -L e2e -j $(JOBS)
	mkdir -p docs/screenshots
	cp build/dev/e2e-artifacts/*.png docs/screenshots/

BENCHES = http_bench assess_bench calendar_bench audit_bench

bench: build-release
	cmake --build --preset release -j $(JOBS) --target $(BENCHES) beast_ceiling
	for b in $(BENCHES); do build/release/bench/$$b --benchmark_repetitions=5 \
	  --benchmark_report_aggregates_only=true || exit 1; done
	bench/serve_load.sh
	bench/signin_load.sh
	bench/records_load.sh
	bench/web_load.sh

# clang-tidy 16 is the newest in Debian 12; cmake/clang_tidy_prelude.h lets it
# parse libstdc++ 12's <expected> and Boost 1.74's coroutines.
TIDY_ARGS = --quiet --extra-arg=-std=c++2b --extra-arg=-include \
	--extra-arg=$(CURDIR)/cmake/clang_tidy_prelude.h

lint: build-dev
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror
	git ls-files 'src/*.cpp' | xargs -P $(JOBS) -n 4 clang-tidy-16 -p build/dev $(TIDY_ARGS)

clean:
	rm -rf build web/dist
