// Runs a `dialoogavond` command in-process and returns its exit code, with what it printed.
#pragma once

#include <sstream>
#include <string>

#include "cli/cli.h"

namespace dlg::test {

inline int runCli(const cli::Args& args, std::string& out, std::string& err) {
    std::ostringstream o, e;
    cli::Io io{o, e};
    const int code = cli::run(args, io);
    out = o.str();
    err = e.str();
    return code;
}

} // namespace dlg::test
