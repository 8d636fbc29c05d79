// One function per command, each in its own cmd_<name>.cpp.
#pragma once

#include "cli/cli.h"

namespace dlg::cli {

int runNew(const Args& args, Io& io);
int runValidate(const Args& args, Io& io);
int runImport(const Args& args, Io& io);
int runSchedule(const Args& args, Io& io);
int runReport(const Args& args, Io& io);
int runAssign(const Args& args, Io& io);
int runInzage(const Args& args, Io& io);
int runWis(const Args& args, Io& io);
int runOpschonen(const Args& args, Io& io);
int runServe(const Args& args, Io& io);
int runTafelkaarten(const Args& args, Io& io);

} // namespace dlg::cli
