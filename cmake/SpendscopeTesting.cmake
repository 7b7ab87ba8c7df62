# SPDX-License-Identifier: GPL-3.0-or-later
# spendscope_add_test(<name> SOURCES ... [LIBS ...] [LABELS unit|integration|peer|keychain|gui]
#                     [WRAPPER <script>] [TIMEOUT s])
# One executable per tested class. Tests run offscreen with a fixed locale; the optional WRAPPER
# (e.g. the keychain session script) is given the test executable as its arguments.
# Every test executable also joins a build target per label (`tests_unit`, `tests_peer`, ...), so
# that a build can compile just what `ctest -L <label>` runs (the sanitizer pass does).
function(spendscope_add_test name)
    cmake_parse_arguments(ARG "" "WRAPPER;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE spendscope_build_settings spendscope_testsupport Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        SPENDSCOPE_SHARED_TESTDATA="${SPENDSCOPE_SHARED_TESTDATA}"
        SPENDSCOPE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        SPENDSCOPE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    if(ARG_WRAPPER)
        add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    foreach(label IN LISTS ARG_LABELS)
        if(NOT TARGET tests_${label})
            add_custom_target(tests_${label})
        endif()
        add_dependencies(tests_${label} ${name})
    endforeach()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=spendscope.*.debug=false")
endfunction()
