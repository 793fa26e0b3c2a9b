# Installation layout and CPack: `cpack -G DEB` in the build folder makes a Debian package.
# A Windows installer (NSIS or WiX with windeployqt) is planned; see packaging/README.md.
include(GNUInstallDirs)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.riaya.Riaya.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.riaya.Riaya.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

set(CPACK_PACKAGE_NAME "riaya")
set(CPACK_PACKAGE_VENDOR "Riaya")
set(CPACK_PACKAGE_CONTACT "Riaya developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
include(CPack)
