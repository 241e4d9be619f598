# Runs one libFuzzer binary for ctest: cmake -DMODE=replay|fuzz -DFUZZER=...
# -DSEEDS=<dir> -DREGRESSIONS=<dir> -DWORK_DIR=<dir in the build tree>
# [-DDICT=<file>] [-DSECONDS=n] [-DTIMEOUT=s] [-DRSS_LIMIT_MB=n] -P run_fuzzer.cmake
#
# replay: every file of SEEDS and REGRESSIONS (README.md excepted) is run once,
#         as a file argument (so libFuzzer never writes into the source
#         tree), in a process of its own; every failing file is listed.
# fuzz:   copies SEEDS to WORK_DIR/corpus (afresh each time), fuzzes for
#         SECONDS with the copy as the only writable corpus; crash, leak,
#         timeout and OOM inputs are written to WORK_DIR/artifacts/.
# Fails (non-zero exit) when the fuzzer does.

foreach(variable IN ITEMS MODE FUZZER SEEDS REGRESSIONS WORK_DIR)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "run_fuzzer.cmake: -D${variable}= is required")
  endif()
endforeach()
if(NOT DEFINED TIMEOUT)
  set(TIMEOUT 10)
endif()
if(NOT DEFINED RSS_LIMIT_MB)
  set(RSS_LIMIT_MB 2048)
endif()
set(limits -timeout=${TIMEOUT} -rss_limit_mb=${RSS_LIMIT_MB})
set(artifacts ${WORK_DIR}/artifacts)
file(MAKE_DIRECTORY ${artifacts})

if(MODE STREQUAL "replay")
  file(GLOB inputs LIST_DIRECTORIES false ${SEEDS}/* ${REGRESSIONS}/*)
  list(FILTER inputs EXCLUDE REGEX "/README\\.md$")
  list(LENGTH inputs count)
  if(count EQUAL 0)
    message(FATAL_ERROR "no inputs in ${SEEDS} or ${REGRESSIONS}")
  endif()
  # One process per input, so that every failing input is reported, not
  # only the first.
  message(STATUS "replaying ${count} inputs")
  set(failed)
  foreach(input IN LISTS inputs)
    execute_process(COMMAND ${FUZZER} ${limits} ${input} RESULT_VARIABLE input_result
                    OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT input_result EQUAL 0)
      message("${output}")
      list(APPEND failed ${input})
    endif()
  endforeach()
  if(failed)
    list(JOIN failed "\n  " failed_list)
    message(FATAL_ERROR "${FUZZER} failed on:\n  ${failed_list}")
  endif()
  set(result 0)
elseif(MODE STREQUAL "fuzz")
  if(NOT DEFINED SECONDS)
    set(SECONDS 60)
  endif()
  set(corpus ${WORK_DIR}/corpus)
  file(REMOVE_RECURSE ${corpus})
  file(MAKE_DIRECTORY ${corpus})
  file(GLOB seeds LIST_DIRECTORIES false ${SEEDS}/*)
  file(COPY ${seeds} DESTINATION ${corpus})
  set(dict)
  if(DEFINED DICT AND EXISTS ${DICT})
    set(dict -dict=${DICT})
  endif()
  execute_process(
    COMMAND ${FUZZER} ${limits} -max_total_time=${SECONDS} -print_final_stats=1 -print_funcs=0
            -artifact_prefix=${artifacts}/ ${dict} ${corpus}
    RESULT_VARIABLE result)
else()
  message(FATAL_ERROR "run_fuzzer.cmake: MODE must be replay or fuzz, not \"${MODE}\"")
endif()

if(NOT result EQUAL 0)
  message(FATAL_ERROR "${FUZZER} failed (${result}); inputs that failed are in ${artifacts}/")
endif()
