# Writes a C++ file holding every migrations/sqlite/NNNN_name.sql, byte for byte,
# as casereview::db::EmbeddedMigrations(). Run at build time:
#   cmake -DMIGRATIONS_DIR=... -DOUTPUT=... -P embed_migrations.cmake
# The output is rewritten only when its content changes.
file(GLOB migration_files RELATIVE "${MIGRATIONS_DIR}" "${MIGRATIONS_DIR}/*.sql")
list(SORT migration_files)

set(entries "")
set(delimiter "migration_sql")
foreach(file_name IN LISTS migration_files)
  if(NOT file_name MATCHES "^([0-9][0-9][0-9][0-9])_([a-z0-9_]+)\\.sql$")
    message(FATAL_ERROR "migration file '${file_name}' is not named NNNN_name.sql")
  endif()
  math(EXPR version "${CMAKE_MATCH_1}")
  set(name "${CMAKE_MATCH_2}")
  file(READ "${MIGRATIONS_DIR}/${file_name}" sql)
  string(FIND "${sql}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "migration '${file_name}' contains the embedding delimiter")
  endif()
  string(APPEND entries "    {${version}, \"${name}\", R\"${delimiter}(${sql})${delimiter}\"},\n")
endforeach()

list(LENGTH migration_files count)
set(content "// Generated from migrations/sqlite by cmake/embed_migrations.cmake; do not edit.
#include <array>

#include \"db/migrations.h\"

namespace casereview::db {
namespace {
const std::array<Migration, ${count}> kMigrations = {{
${entries}}};
}  // namespace

std::span<const Migration> EmbeddedMigrations() { return kMigrations; }

}  // namespace casereview::db
")

set(previous "")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" previous)
endif()
if(NOT previous STREQUAL content)
  file(WRITE "${OUTPUT}" "${content}")
endif()
