# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, warnings and Qt defines for every target.
add_library(spendscope_build_settings INTERFACE)
target_compile_features(spendscope_build_settings INTERFACE cxx_std_20)
target_compile_options(spendscope_build_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast
    -Wcast-qual -Wshadow=local -Wimplicit-fallthrough
    $<$<BOOL:${SPENDSCOPE_WERROR}>:-Werror>)
target_compile_definitions(spendscope_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SPENDSCOPE_VERSION="${PROJECT_VERSION}")

if(SPENDSCOPE_SANITIZE)
    target_compile_options(spendscope_build_settings INTERFACE
        -fsanitize=${SPENDSCOPE_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(spendscope_build_settings INTERFACE -fsanitize=${SPENDSCOPE_SANITIZE})
endif()

# The official SigV4 test suite and other shared fixtures are read in place, never copied.
set(SPENDSCOPE_SHARED_TESTDATA "${PROJECT_SOURCE_DIR}/../shared/testdata" CACHE PATH
    "Folder with shared test data (aws-sig-v4-test-suite)")

# Executables are linked with their debug sections compressed: a full build with tests takes
# about 2 GB instead of 6 GB, which matters on CI machines with a shared, nearly full disk. The
# objects stay as they are, so compiler caches keep their hits; gdb and the sanitizers' symbolisers
# read compressed sections.
option(SPENDSCOPE_COMPRESS_DEBUG_INFO "Link with zlib-compressed debug sections" ON)
if(SPENDSCOPE_COMPRESS_DEBUG_INFO AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_link_options(spendscope_build_settings INTERFACE
        $<$<CONFIG:Debug,RelWithDebInfo>:LINKER:--compress-debug-sections=zlib>)
endif()
