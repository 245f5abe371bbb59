# The two commands (README.md): `make run` and `make test`.
.PHONY: run test lint clean deps build-release build-dev web bench

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

run: build-release web
	build/release/casereview serve --listen $(LISTEN) --data-dir $(DATA_DIR) --web-dir web/dist

test: build-dev web
	cd build/dev && ctest --output-on-failure -j $(JOBS)

bench: build-release
	cmake --build --preset release -j $(JOBS) --target http_bench
	build/release/bench/http_bench

lint: build-dev
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror
	git ls-files 'src/*.cpp' | xargs clang-tidy -p build/dev --quiet

clean:
	rm -rf build web/dist
