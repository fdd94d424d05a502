#include "server/cli/command_line.h"

#include <charconv>

namespace sluice {

namespace {

bool parse_unsigned(const std::string& text, unsigned& out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

// Splits `--name=value` and `--name value` forms. Returns false (and sets
// error) when a value is missing.
struct OptionReader {
  const std::vector<std::string>& args;
  size_t index = 0;
  std::string error;

  bool take_value(const std::string& arg, const std::string& name, std::string& value) {
    if (arg.size() > name.size() && arg.compare(0, name.size() + 1, name + "=") == 0) {
      value = arg.substr(name.size() + 1);
      return true;
    }
    if (index + 1 >= args.size()) {
      error = "the option `" + name + "` needs a value";
      return false;
    }
    value = args[++index];
    return true;
  }
  static bool names(const std::string& arg, const std::string& name) {
    return arg == name || arg.rfind(name + "=", 0) == 0;
  }
};

std::string apply_check_option(OptionReader& reader, const std::string& arg, CheckOptions& options) {
  std::string value;
  if (OptionReader::names(arg, "--message-format")) {
    if (!reader.take_value(arg, "--message-format", value)) return reader.error;
    if (value == "human" || value == "short") options.format = MessageFormat::Human;
    else if (value == "json") options.format = MessageFormat::Json;
    else return "invalid value `" + value + "` for `--message-format`: expected `human` or `json`";
  } else if (OptionReader::names(arg, "--color")) {
    if (!reader.take_value(arg, "--color", value)) return reader.error;
    if (value == "auto") options.color = ColorChoice::Auto;
    else if (value == "always") options.color = ColorChoice::Always;
    else if (value == "never") options.color = ColorChoice::Never;
    else return "invalid value `" + value + "` for `--color`: expected `auto`, `always` or `never`";
  } else if (OptionReader::names(arg, "--jobs") || (arg.rfind("-j", 0) == 0 && arg.rfind("--", 0) != 0)) {
    if (arg.rfind("-j", 0) == 0 && arg.size() > 2) {
      value = arg.substr(2);
    } else if (!reader.take_value(arg, arg.rfind("-j", 0) == 0 ? "-j" : "--jobs", value)) {
      return reader.error;
    }
    if (!parse_unsigned(value, options.jobs) || options.jobs == 0) {
      return "invalid value `" + value + "` for `-j`: expected a number of threads of at least 1";
    }
  } else if (OptionReader::names(arg, "--edition")) {
    if (!reader.take_value(arg, "--edition", value)) return reader.error;
    Edition edition;
    if (!parse_edition(value, edition)) {
      return "invalid value `" + value + "` for `--edition`: expected 2015, 2018, 2021 or 2024";
    }
    options.edition = edition;
  } else if (OptionReader::names(arg, "--stop-after")) {
    if (!reader.take_value(arg, "--stop-after", value)) return reader.error;
    if (value == "parse") options.stop_after = Stage::Parse;
    else if (value == "interface") options.stop_after = Stage::Interface;
    else if (value == "check") options.stop_after = Stage::Check;
    else return "invalid value `" + value + "` for `--stop-after`: expected `parse`, `interface` or `check`";
  } else if (OptionReader::names(arg, "--order")) {
    if (!reader.take_value(arg, "--order", value)) return reader.error;
    if (value == "root-first") options.order = CheckOrder::RootFirst;
    else if (value == "deps") options.order = CheckOrder::Dependencies;
    else return "invalid value `" + value + "` for `--order`: expected `root-first` or `deps`";
  } else if (OptionReader::names(arg, "--package") || arg.rfind("-p", 0) == 0) {
    if (arg.rfind("-p", 0) == 0 && arg.size() > 2) {
      value = arg.substr(2);
    } else if (!reader.take_value(arg, arg.rfind("-p", 0) == 0 ? "-p" : "--package", value)) {
      return reader.error;
    }
    if (value.empty()) return "`-p` needs a package name";
    options.packages.push_back(value);
  } else if (arg == "--quiet" || arg == "-q") {
    options.quiet = true;
  } else if (arg == "--stats") {
    options.stats = true;
  } else if (arg == "--no-cache") {
    options.cache = false;
  } else if (arg == "--timings") {
    options.timings_html = true;
  } else if (arg.rfind("--timings=", 0) == 0) {
    // A comma-separated list, as cargo's `--timings=html,json`.
    std::string list = arg.substr(10);
    size_t begin = 0;
    while (begin <= list.size()) {
      size_t end = std::min(list.find(',', begin), list.size());
      std::string format = list.substr(begin, end - begin);
      if (format == "html") options.timings_html = true;
      else if (format == "json") options.timings_json = true;
      else return "invalid value `" + format + "` for `--timings`: expected `html` or `json`";
      begin = end + 1;
    }
  } else if (arg.rfind("-", 0) == 0 && arg != "-") {
    return "unknown option `" + arg + "` (see `sluice help check`)";
  } else {
    if (!options.path.empty()) return "more than one path given: `" + options.path + "` and `" + arg + "`";
    options.path = arg;
  }
  return "";
}

}  // namespace

std::string apply_lsp_option(OptionReader& reader, const std::string& arg, lsp::LspOptions& options) {
  std::string value;
  if (arg == "--stdio") {
    options.stdio = true;
  } else if (OptionReader::names(arg, "--log-file")) {
    if (!reader.take_value(arg, "--log-file", value)) return reader.error;
    options.log_file = value;
  } else if (OptionReader::names(arg, "--log-level")) {
    if (!reader.take_value(arg, "--log-level", value)) return reader.error;
    if (value != "trace" && value != "debug" && value != "info" && value != "warn" && value != "error" &&
        value != "off") {
      return "invalid value `" + value + "` for `--log-level`: expected trace, debug, info, warn, error or off";
    }
    options.log_level = value;
  } else if (OptionReader::names(arg, "--jobs") || arg.rfind("-j", 0) == 0) {
    if (arg.size() > 2 && arg[1] == 'j') value = arg.substr(2);
    else if (!reader.take_value(arg, arg == "-j" ? "-j" : "--jobs", value)) return reader.error;
    if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos || std::stoul(value) == 0 ||
        value.size() > 4) {
      return "invalid value `" + value + "` for `-j`: expected a number of threads";
    }
    options.jobs = static_cast<unsigned>(std::stoul(value));
  } else {
    return "unknown option `" + arg + "` for `sluice lsp` (see `sluice help lsp`)";
  }
  return {};
}

Command parse_command_line(const std::vector<std::string>& args) {
  Command command;
  if (args.empty()) {
    command.kind = CommandKind::Help;
    return command;
  }
  const std::string& verb = args[0];
  if (verb == "--version" || verb == "-V" || verb == "version") {
    command.kind = CommandKind::Version;
    return command;
  }
  if (verb == "help" || verb == "--help" || verb == "-h") {
    command.kind = CommandKind::Help;
    if (args.size() > 1) command.help_topic = args[1];
    return command;
  }
  if (verb == "check") command.kind = CommandKind::Check;
  else if (verb == "build") command.kind = CommandKind::Build;
  else if (verb == "run") command.kind = CommandKind::Run;
  else if (verb == "lsp") command.kind = CommandKind::Lsp;
  else {
    command.error = "unknown command `" + verb + "` (the commands are check, build, run, lsp and help)";
    return command;
  }
  OptionReader reader{args, 1, ""};
  for (; reader.index < args.size(); ++reader.index) {
    const std::string& arg = args[reader.index];
    if (arg == "--help" || arg == "-h") {
      command.kind = CommandKind::Help;
      command.help_topic = verb;
      return command;
    }
    if (arg == "--") {
      command.program_args.assign(args.begin() + static_cast<long>(reader.index) + 1, args.end());
      break;
    }
    if (command.kind == CommandKind::Lsp) {
      command.error = apply_lsp_option(reader, arg, command.lsp);
      if (!command.error.empty()) return command;
      continue;
    }
    if (command.kind == CommandKind::Build || command.kind == CommandKind::Run) {
      if (arg == "--release") continue;
    }
    command.error = apply_check_option(reader, arg, command.check);
    if (!command.error.empty()) return command;
  }
  if (command.kind == CommandKind::Lsp && !command.lsp.stdio) {
    command.error = "`sluice lsp` talks over stdin and stdout: run it as `sluice lsp --stdio`";
    return command;
  }
  if (command.check.path.empty()) command.check.path = ".";
  return command;
}

std::string usage_text(const std::string& topic) {
  if (topic == "lsp") {
    return "sluice lsp --stdio [OPTIONS]\n"
           "\n"
           "The language server: LSP 3.17 over stdin and stdout, for editors (editors/nvim/).\n"
           "Diagnostics as you type, the crate of the edited file first. Logs never go to stdout.\n"
           "\n"
           "Options:\n"
           "  --log-file PATH              write the log there (default: stderr)\n"
           "  --log-level LEVEL            trace, debug, info (default), warn, error or off\n"
           "  -j, --jobs N                 use N threads (default: all cores)\n";
  }
  if (topic == "check") {
    return "sluice check [PATH] [OPTIONS]\n"
           "\n"
           "Reports every error and warning of a Rust workspace, as rustc and cargo would.\n"
           "PATH is a workspace directory, a Cargo.toml, or a single .rs file (a binary crate,\n"
           "as with `rustc file.rs`). It defaults to the current directory.\n"
           "\n"
           "Options:\n"
           "  --message-format human|json  rustc-style text on stderr (default), or cargo's JSON lines on stdout\n"
           "  --color auto|always|never    colour the human output (default: auto, on a terminal)\n"
           "  -j, --jobs N                 use N threads (default: all cores)\n"
           "  --edition 2015|2018|2021|2024  the edition of a single .rs file (default: 2015, as rustc)\n"
           "  -p, --package NAME           check this package (and what it needs) first; repeatable\n"
           "  --order root-first|deps      root-first (default): the crates of interest start at once, before\n"
           "                               their dependencies settle; deps: strictly after them (comparison)\n"
           "  --stop-after parse|interface|check  stop after that stage (benchmarks, debugging)\n"
           "  --stats                      per-stage wall time, files, lines, tokens and lines/s on stderr\n"
           "  --no-cache                   neither reuse nor write the results kept in target/sluice/meta\n"
           "  --timings[=html,json]        write where the time went to target/sluice/timings.html (or .json)\n"
           "  -q, --quiet                  no status lines, only diagnostics\n"
           "\n"
           "Exit status: 0 without errors, 1 with errors, 2 for a usage or I/O problem.\n";
  }
  return "sluice: a fast checker and compiler for a subset of Rust\n"
         "\n"
         "Usage: sluice <COMMAND> [ARGS]\n"
         "\n"
         "Commands:\n"
         "  check [PATH]   report the errors and warnings of a workspace, crate or file\n"
         "  build [PATH]   build binaries (not available yet: codegen comes in a later release)\n"
         "  run [PATH]     build and run a binary (not available yet)\n"
         "  lsp --stdio    the language server (LSP 3.17 over stdin/stdout; --log-file, --log-level)\n"
         "  help [COMMAND] this text, or a command's options\n"
         "  --version      sluice's version and the LLVM it was built with\n";
}

}  // namespace sluice
