# The OpenGL loader is generated at configure time from the Khronos XML shipped with python3-glad
# (--reproducible: nothing is fetched), into the build tree; no generated source is committed.
find_program(GLAD_EXECUTABLE glad REQUIRED)
set(GLAD_OUT ${CMAKE_BINARY_DIR}/glad)
if(NOT EXISTS ${GLAD_OUT}/src/gl.c)
  execute_process(
    COMMAND ${GLAD_EXECUTABLE} --quiet --reproducible --api gl:core=3.3 --out-path ${GLAD_OUT} c
    RESULT_VARIABLE GLAD_RESULT OUTPUT_QUIET ERROR_VARIABLE GLAD_ERROR)
  if(NOT GLAD_RESULT EQUAL 0 OR NOT EXISTS ${GLAD_OUT}/src/gl.c)
    message(FATAL_ERROR "glad could not generate the OpenGL loader: ${GLAD_ERROR}")
  endif()
endif()
add_library(glad_gl STATIC ${GLAD_OUT}/src/gl.c)
target_include_directories(glad_gl PUBLIC ${GLAD_OUT}/include)
set_target_properties(glad_gl PROPERTIES POSITION_INDEPENDENT_CODE ON)
