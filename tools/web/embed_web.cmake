# Stages the web app's static files and the chart library (copied from node_modules, installed by
# `npm ci` when missing) into STAGE, then embeds them into a C++ file with cmake/embed_files.cmake,
# so that `airgov serve` and the HTML reports work from any folder and offline.
# Run at build time: cmake -DWEB=<tools/web> -DSTAGE=<dir> -DOUT=<file.cpp> -DREPO=<root> -P embed_web.cmake
set(vendor ${WEB}/node_modules/uplot/dist)
if(NOT EXISTS ${vendor}/uPlot.iife.min.js)
  find_program(NPM npm)
  if(NOT NPM)
    message(FATAL_ERROR "npm is needed to bundle the chart library (tools/setup installs it)")
  endif()
  message(STATUS "tools/web: npm ci")
  execute_process(COMMAND ${NPM} ci --no-audit --no-fund WORKING_DIRECTORY ${WEB} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "npm ci in ${WEB} failed (${rc})")
  endif()
endif()
file(REMOVE_RECURSE ${STAGE})
file(COPY ${WEB}/static/ DESTINATION ${STAGE})
file(COPY ${vendor}/uPlot.iife.min.js ${vendor}/uPlot.min.css DESTINATION ${STAGE}/vendor)
file(COPY ${WEB}/node_modules/uplot/LICENSE DESTINATION ${STAGE}/vendor)
set(ROOT ${STAGE})
set(PATTERN *)
set(FUNCTION web_files)
include(${REPO}/cmake/embed_files.cmake)
