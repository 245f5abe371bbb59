#!/usr/bin/env python3
"""Writes a C++ file holding docs/api/openapi.yaml as compact JSON text, as
casereview::http::OpenApiJson(). Run at build time:
    python3 embed_openapi.py INPUT.yaml OUTPUT.cpp
The output is rewritten only when its content changes."""
import json
import pathlib
import sys

import yaml

source, output = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
document = yaml.safe_load(source.read_text(encoding="utf-8"))
text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
delimiter = "openapi_json"
if f"){delimiter}\"" in text:
    sys.exit("openapi.yaml contains the embedding delimiter")
content = f"""// Generated from docs/api/openapi.yaml by cmake/embed_openapi.py; do not edit.
#include "http/routes/openapi_document.h"

namespace casereview::http {{

std::string_view OpenApiJson() {{
  static constexpr std::string_view kDocument = R"{delimiter}({text}){delimiter}";
  return kDocument;
}}

}}  // namespace casereview::http
"""
if not output.exists() or output.read_text(encoding="utf-8") != content:
    output.write_text(content, encoding="utf-8")
