# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration (desktop file, AppStream metainfo, hicolor icons) and the CPack packages:
# a Debian package and a tarball. `cpack -G DEB` / `cpack -G TGZ` in the build directory.
include(GNUInstallDirs)

set(SPENDSCOPE_APP_ID "io.spendscope.Spendscope")
set(_spendscope_packaging_dir "${PROJECT_SOURCE_DIR}/packaging")

install(FILES "${_spendscope_packaging_dir}/${SPENDSCOPE_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_spendscope_packaging_dir}/${SPENDSCOPE_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${_spendscope_packaging_dir}/${SPENDSCOPE_APP_ID}.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

# The PNG icons are rendered from the SVG at build time, never committed.
find_program(SPENDSCOPE_RSVG_CONVERT rsvg-convert)
if(SPENDSCOPE_RSVG_CONVERT)
    set(_spendscope_icon_pngs "")
    foreach(size IN ITEMS 16 24 32 48 64 128 256)
        set(png "${PROJECT_BINARY_DIR}/icons/${size}x${size}/${SPENDSCOPE_APP_ID}.png")
        add_custom_command(OUTPUT "${png}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/icons/${size}x${size}"
            COMMAND "${SPENDSCOPE_RSVG_CONVERT}" --width=${size} --height=${size} --format=png
                    --output "${png}" "${_spendscope_packaging_dir}/${SPENDSCOPE_APP_ID}.svg"
            DEPENDS "${_spendscope_packaging_dir}/${SPENDSCOPE_APP_ID}.svg"
            COMMENT "Rendering the ${size}x${size} application icon"
            VERBATIM)
        list(APPEND _spendscope_icon_pngs "${png}")
        install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    add_custom_target(spendscope_icons ALL DEPENDS ${_spendscope_icon_pngs})
else()
    message(WARNING "rsvg-convert (Debian: librsvg2-bin) not found: the packages get the SVG icon only")
    add_custom_target(spendscope_icons)
endif()

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME "spendscope")
set(CPACK_PACKAGE_VENDOR "Spendscope")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Spendscope maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Spendscope is a desktop application for FinOps analysts: it syncs Amazon Bedrock cost from
Cost Explorer into a local cache and shows who spends what on which model, with forecasts,
budgets, anomalies, model comparisons, projects and tag policies.")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_LICENSE "GPL-3.0-or-later")
# Libraries the binary links come from dpkg-shlibdeps; plugins Qt loads at run time do not show
# up there: the SQLite driver (the cost cache) and the platform plugins (the window).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")

include(CPack)
