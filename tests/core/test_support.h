// Helpers shared by the core and CLI tests: fixture paths, whole-file bytes and throw-away folders.
#pragma once

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <doctest/doctest.h>

#include "../temp_dir.h"

namespace dlg::test {

/// Path of a file in tests/data.
inline std::filesystem::path fixture(const std::string& name) {
    return std::filesystem::path(DLG_TEST_DATA) / name;
}

/// The exact bytes of a file (empty when it cannot be read).
inline std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    REQUIRE_MESSAGE(out.good(), "could not write test file ", path.string());
}

/// True when `text` contains `part`; used for recognisable parts of messages.
inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace dlg::test
