#include "cli/arg_parser.h"

#include <ostream>

namespace dlg::cli {

std::optional<std::string> ParsedArgs::value(const std::string& name) const {
    auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

std::optional<ParsedArgs> parseArgs(const Args& args, const OptionSpec& spec, Io& io, const char* command) {
    ParsedArgs parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            parsed.help = true;
            continue;
        }
        if (arg.size() < 3 || arg.rfind("--", 0) != 0) {
            parsed.positionals.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (spec.flags.count(name) && !inlineValue) {
            parsed.flags.insert(name);
        } else if (spec.withValue.count(name)) {
            if (inlineValue) {
                parsed.values[name] = *inlineValue;
            } else if (i + 1 < args.size()) {
                parsed.values[name] = args[++i];
            } else {
                io.err << "dialoogavond " << command << ": option --" << name << " needs a value\n";
                return std::nullopt;
            }
        } else {
            io.err << "dialoogavond " << command << ": unknown option --" << name << " (see --help)\n";
            return std::nullopt;
        }
    }
    return parsed;
}

} // namespace dlg::cli
