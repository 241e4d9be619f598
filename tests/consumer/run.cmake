cmake_minimum_required(VERSION 3.25)
# Configures, builds and runs tests/consumer in one consumption mode.
# cmake -DCONSUME=<mode> -DSOURCE_DIR=<cognito_fake> -DWORK_DIR=<dir>
#       [-DPREFIX=<install prefix>] [-DCOMPONENTS=<a,b>]
#       [-DSETTINGS=<initial cache: compiler, flags, ...>]
#       [-DDISABLE=<packages,find_package,must,not,need>]  (pkg-config: pkg-config
#        finds no package; FindOpenSSL cannot do without PkgConfig itself)
#       [-DEXPECT_ERROR=<regex>] -P run.cmake
# With EXPECT_ERROR, the configure step must fail with a message matching it.
file(REMOVE_RECURSE ${WORK_DIR})
set(configure_command ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer -B ${WORK_DIR} -G Ninja
    -DCONSUME=${CONSUME} -DCMAKE_BUILD_TYPE=Debug -DCOMPONENTS=${COMPONENTS})
if(NOT CONSUME STREQUAL "find_package")
  list(APPEND configure_command -DCOGNITO_FAKE_SOURCE_DIR=${SOURCE_DIR})
endif()
if(SETTINGS)
  list(APPEND configure_command -C ${SETTINGS})
endif()
if(PREFIX)
  list(APPEND configure_command -DCMAKE_PREFIX_PATH=${PREFIX})
endif()
string(REPLACE "," ";" disabled "${DISABLE}")
foreach(package IN LISTS disabled)
  if(package STREQUAL "pkg-config")
    file(MAKE_DIRECTORY ${WORK_DIR}/no-pkg-config-packages)
    list(PREPEND configure_command ${CMAKE_COMMAND} -E env --unset=PKG_CONFIG_PATH
         PKG_CONFIG_LIBDIR=${WORK_DIR}/no-pkg-config-packages)
  else()
    list(APPEND configure_command -DCMAKE_DISABLE_FIND_PACKAGE_${package}=ON)
  endif()
endforeach()

if(EXPECT_ERROR)
  execute_process(COMMAND ${configure_command} RESULT_VARIABLE result
                  OUTPUT_VARIABLE output ERROR_VARIABLE output)
  message("${output}")
  if(result EQUAL 0)
    message(FATAL_ERROR "consumer (${CONSUME} ${COMPONENTS}): configure succeeded, expected it to fail")
  endif()
  if(NOT output MATCHES "${EXPECT_ERROR}")
    message(FATAL_ERROR "consumer (${CONSUME} ${COMPONENTS}): configure failed without saying '${EXPECT_ERROR}'")
  endif()
  return()
endif()

foreach(step IN ITEMS configure build run)
  if(step STREQUAL "configure")
    set(command ${configure_command})
  elseif(step STREQUAL "build")
    set(command ${CMAKE_COMMAND} --build ${WORK_DIR})
  else()
    set(command ${CMAKE_CTEST_COMMAND} --test-dir ${WORK_DIR} --output-on-failure --no-tests=error)
  endif()
  execute_process(COMMAND ${command} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "consumer (${CONSUME} ${COMPONENTS}): ${step} failed")
  endif()
endforeach()
