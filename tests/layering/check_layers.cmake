cmake_policy(SET CMP0057 NEW)  # if(... IN_LIST ...)
# Fails when a file in one layer of src/ includes a header from a layer it may
# not depend on (docs/architecture.md). Run: cmake -DSOURCE_DIR=src -P check_layers.cmake
set(allowed_core "core")
set(allowed_db "core;db")
set(allowed_search "core;search")
set(allowed_app "core;db;search;app")
set(allowed_http "core;db;app;http")
set(allowed_cli "core;db;search;app;http;cli")
set(layers core db search app http cli)

set(violations "")
foreach(layer IN LISTS layers)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
      if(line MATCHES "\"([a-z_]+)/")
        set(target "${CMAKE_MATCH_1}")
        if(target IN_LIST layers AND NOT target IN_LIST allowed_${layer})
          file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
          list(APPEND violations "${relative} (${layer}) includes ${target}/: ${line}")
        endif()
      endif()
    endforeach()
  endforeach()
endforeach()

# Each layer but cli keeps its files in capability folders (core/time/,
# app/reviews/, http/routes/, ...); only the layer's shared vocabulary sits at
# its root: core's errors and wire names, db's port, its rows, pool and migrations, search's port.
set(root_files_core "error.h;error.cpp;enum_names.h")
set(root_files_search "search_index.h")
set(root_files_db "database.h;database.cpp;rows.h;rows.cpp;connection_pool.h;connection_pool.cpp;migrations.h;migrations.cpp")
foreach(layer IN ITEMS core db search app http)
  file(GLOB files RELATIVE "${SOURCE_DIR}/${layer}" "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
  foreach(file IN LISTS files)
    if(NOT file IN_LIST root_files_${layer})
      list(APPEND violations "${layer}/${file} is not in a capability folder of ${layer}/")
    endif()
  endforeach()
endforeach()

# The domain is pure: no I/O, no storage, no network, no reading the clock.
file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
foreach(file IN LISTS core_files)
  file(STRINGS "${file}" impure REGEX
       "#[ \t]*include[ \t]*<(fstream|iostream|cstdio|filesystem|thread|sqlite3\\.h|boost/|spdlog/)|system_clock::now|steady_clock::now")
  foreach(line IN LISTS impure)
    file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
    list(APPEND violations "${relative} (core) is not pure: ${line}")
  endforeach()
endforeach()

if(violations)
  list(JOIN violations "\n  " report)
  message(FATAL_ERROR "layer rule broken:\n  ${report}")
endif()
message(STATUS "layer rule holds")
