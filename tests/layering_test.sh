#!/usr/bin/env bash
# src/core and src/cli must never include ImGui, GLFW, glad or OpenGL; only app/platform_* may
# include GLFW, glad, OpenGL or the ImGui backends.
set -u
root="$1"
status=0
if grep -rnE '#\s*include\s*[<"](imgui|GLFW/|glad/|GL/|backends/)' "$root/src/core" "$root/src/cli"; then
  echo "FAIL: a UI include in src/core or src/cli (above)"
  status=1
fi
if grep -rnE '#\s*include\s*[<"](GLFW/|glad/|GL/|imgui_impl_)' "$root/src/app" | grep -v '/platform_'; then
  echo "FAIL: GLFW/glad/GL/backend include outside src/app/platform_* (above)"
  status=1
fi
((status == 0)) && echo "layering ok"
exit $status
