# Where the optional components' dependencies come from. Included by the
# top-level CMakeLists.txt; each function only looks, it never downloads.

# cognito_fake_gtest_available(<var>): whether GoogleTest/GoogleMock can be
# had, without adding anything to the build yet. With
# COGNITO_FAKE_GTEST_FROM_SOURCE, that is whether the source tree is there
# (cognito_fake_add_gtest_from_source() builds it later, only if needed).
function(cognito_fake_gtest_available var)
  if(TARGET GTest::gmock)  # a parent project brought its own
    set(${var} TRUE PARENT_SCOPE)
  elseif(COGNITO_FAKE_GTEST_FROM_SOURCE)
    if(EXISTS ${COGNITO_FAKE_GTEST_SOURCE_DIR}/CMakeLists.txt)
      set(${var} TRUE PARENT_SCOPE)
    else()
      set(${var} FALSE PARENT_SCOPE)
    endif()
  else()
    # GLOBAL: a project that adds cognito_fake as a subdirectory sees the
    # same GTest:: targets.
    find_package(GTest QUIET GLOBAL)
    set(${var} ${GTest_FOUND} PARENT_SCOPE)
  endif()
endfunction()

# cognito_fake_add_gtest_from_source(): GoogleTest and GoogleMock built here,
# with this build's compiler and standard library, from
# COGNITO_FAKE_GTEST_SOURCE_DIR (Debian's libgtest-dev ships it in
# /usr/src/googletest). Debian's compiled libgtest/libgmock are built against
# libstdc++, so a libc++ build cannot link them. Defines GTest::gtest,
# GTest::gtest_main, GTest::gmock and GTest::gmock_main, builds them only if
# something links them, and does not install them. Every later
# find_package(GTest) in this build (tests/, a parent project) is answered
# by this copy, through a config file in CMAKE_FIND_PACKAGE_REDIRECTS_DIR.
# (Not FetchContent with OVERRIDE_FIND_PACKAGE: its content name "GTest"
# would set gtest_SOURCE_DIR, which googlemock then reads instead of
# googletest's own, so that gmock's include path names a missing directory.)
function(cognito_fake_add_gtest_from_source)
  if(TARGET GTest::gmock)
    return()
  endif()
  if(NOT EXISTS ${COGNITO_FAKE_GTEST_SOURCE_DIR}/CMakeLists.txt)
    message(FATAL_ERROR
      "cognito_fake: COGNITO_FAKE_GTEST_FROM_SOURCE is ON but COGNITO_FAKE_GTEST_SOURCE_DIR "
      "(${COGNITO_FAKE_GTEST_SOURCE_DIR}) holds no GoogleTest source tree; on Debian it is "
      "/usr/src/googletest, from the packages googletest / libgtest-dev (scripts/bootstrap.sh).")
  endif()
  # GoogleTest's own code is not held to our warnings-as-errors flags.
  string(REPLACE "-Werror" "" CMAKE_CXX_FLAGS "${CMAKE_CXX_FLAGS}")
  set(INSTALL_GTEST OFF)
  set(BUILD_GMOCK ON)
  add_subdirectory(${COGNITO_FAKE_GTEST_SOURCE_DIR} ${PROJECT_BINARY_DIR}/_deps/googletest EXCLUDE_FROM_ALL SYSTEM)
  file(WRITE ${CMAKE_FIND_PACKAGE_REDIRECTS_DIR}/gtest-config.cmake
       "# GoogleTest is built from ${COGNITO_FAKE_GTEST_SOURCE_DIR} in this build (cognito_fake).\n")
  file(WRITE ${CMAKE_FIND_PACKAGE_REDIRECTS_DIR}/gtest-config-version.cmake
       "set(PACKAGE_VERSION_COMPATIBLE TRUE)\nset(PACKAGE_VERSION_EXACT TRUE)\n")
endfunction()

# cognito_fake_find_httplib(<var>): makes cpp-httplib available as the target
# PkgConfig::CPP_HTTPLIB (the name the tests link) and sets <var> to whether
# it is; on failure COGNITO_FAKE_HTTPLIB_PROBLEM says why.
#
# By default that is Debian's libcpp-httplib-dev through pkg-config: a
# declarations-only httplib.h and libcpp-httplib.so, compiled against
# libstdc++. With COGNITO_FAKE_HTTPLIB_HEADER_ONLY it is instead a complete
# single-header httplib.h in COGNITO_FAKE_HTTPLIB_INCLUDE_DIR, compiled into
# whatever includes it (the libcxx preset; scripts/fetch_httplib_source.sh
# puts Debian's source of the same version there). Header-only, it is
# compiled without TLS or compression support, which the loopback server does
# not use, and needs nothing but threads.
function(cognito_fake_find_httplib var)
  set(${var} FALSE PARENT_SCOPE)
  if(TARGET PkgConfig::CPP_HTTPLIB)
    set(${var} TRUE PARENT_SCOPE)
  elseif(COGNITO_FAKE_HTTPLIB_HEADER_ONLY)
    set(header ${COGNITO_FAKE_HTTPLIB_INCLUDE_DIR}/httplib.h)
    set(fetch "scripts/fetch_httplib_source.sh puts one in build/_deps/cpp-httplib")
    if(NOT EXISTS ${header})
      set(COGNITO_FAKE_HTTPLIB_PROBLEM
          "COGNITO_FAKE_HTTPLIB_HEADER_ONLY is ON but ${header} does not exist (${fetch})"
          PARENT_SCOPE)
      return()
    endif()
    file(STRINGS ${header} definitions REGEX "^inline bool Server::listen\\(")
    if(NOT definitions)
      set(COGNITO_FAKE_HTTPLIB_PROBLEM
          "${header} declares cpp-httplib but does not define it (Debian's split header, whose "
          "definitions are in libcpp-httplib.so): header-only use needs the complete "
          "single-header httplib.h (${fetch})"
          PARENT_SCOPE)
      return()
    endif()
    add_library(PkgConfig::CPP_HTTPLIB INTERFACE IMPORTED GLOBAL)
    set_target_properties(PkgConfig::CPP_HTTPLIB PROPERTIES
      INTERFACE_INCLUDE_DIRECTORIES ${COGNITO_FAKE_HTTPLIB_INCLUDE_DIR}
      INTERFACE_LINK_LIBRARIES Threads::Threads)
    set(${var} TRUE PARENT_SCOPE)
  else()
    find_package(PkgConfig QUIET)
    if(PkgConfig_FOUND)
      pkg_check_modules(CPP_HTTPLIB QUIET IMPORTED_TARGET GLOBAL cpp-httplib)
    endif()
    if(TARGET PkgConfig::CPP_HTTPLIB)
      set(${var} TRUE PARENT_SCOPE)
    else()
      set(COGNITO_FAKE_HTTPLIB_PROBLEM
          "cpp-httplib not found through pkg-config (Debian: pkg-config, libcpp-httplib-dev)"
          PARENT_SCOPE)
    endif()
  endif()
endfunction()
