cmake_minimum_required(VERSION 3.25)
# Configures, builds and installs cognito_fake as on a machine that has only a
# C++17 compiler, OpenSSL and nlohmann/json: GoogleTest and cpp-httplib
# (pkg-config finds no package) cannot be found, and nothing says which
# components to build, so the defaults must leave out server, mocks and the
# tests by themselves. The wire component, whose only dependency the core has
# too, is turned off by hand, so that PREFIX holds the core alone.
# cmake -DSOURCE_DIR=<cognito_fake> -DWORK_DIR=<dir> -DPREFIX=<prefix>
#       [-DSETTINGS=<initial cache: compiler, flags>] -P install_core_only.cmake
file(REMOVE_RECURSE ${WORK_DIR} ${PREFIX})
file(MAKE_DIRECTORY ${WORK_DIR}/no-pkg-config-packages)
set(configure_command ${CMAKE_COMMAND} -E env --unset=PKG_CONFIG_PATH
    PKG_CONFIG_LIBDIR=${WORK_DIR}/no-pkg-config-packages
    ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR} -G Ninja
    -DCMAKE_BUILD_TYPE=Debug
    -DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON
    -DCOGNITO_FAKE_GTEST_FROM_SOURCE=OFF
    -DCOGNITO_FAKE_HTTPLIB_HEADER_ONLY=OFF
    -DCOGNITO_FAKE_WITH_WIRE=OFF)
if(SETTINGS)
  list(APPEND configure_command -C ${SETTINGS})
endif()
foreach(step IN ITEMS configure build install)
  if(step STREQUAL "configure")
    set(command ${configure_command})
  elseif(step STREQUAL "build")
    set(command ${CMAKE_COMMAND} --build ${WORK_DIR})
  else()
    set(command ${CMAKE_COMMAND} --install ${WORK_DIR} --prefix ${PREFIX})
  endif()
  execute_process(COMMAND ${command} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "core-only cognito_fake: ${step} failed")
  endif()
endforeach()

# The core alone: no component's targets, headers or program.
file(GLOB_RECURSE installed RELATIVE ${PREFIX} ${PREFIX}/*)
list(FILTER installed INCLUDE REGEX
     "cognito_fake_(wire|server|mocks)Targets|/(mocks|matchers|loopback_server|wire|wire_client)\\.h$|cognito-fake-server")
if(installed)
  message(FATAL_ERROR "core-only cognito_fake installed ${installed}")
endif()
