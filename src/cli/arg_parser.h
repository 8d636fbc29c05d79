// A small option parser shared by the commands: `--name value`, `--name=value`, flags, positionals.
// Unknown options are a usage error naming the option.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace dlg::cli {

struct ParsedArgs {
    std::vector<std::string> positionals;
    std::map<std::string, std::string> values; ///< option name (without --) -> value
    std::set<std::string> flags;
    bool help = false;

    bool has(const std::string& flag) const { return flags.count(flag) > 0; }
    std::optional<std::string> value(const std::string& name) const;
};

struct OptionSpec {
    std::set<std::string> withValue; ///< options that take a value
    std::set<std::string> flags;     ///< options without a value
};

/// Parses `args`; on a usage error returns std::nullopt after writing the reason to `io.err`.
std::optional<ParsedArgs> parseArgs(const Args& args, const OptionSpec& spec, Io& io, const char* command);

} // namespace dlg::cli
