#include "server/lsp/diagnostics_publisher.h"

#include <algorithm>
#include <set>

namespace sluice::lsp {

std::vector<protocol::Diagnostic> DiagnosticsPublisher::merged(const FileState& state) const {
  std::vector<protocol::Diagnostic> all;
  for (const auto& [crate, diagnostics] : state.by_crate) all.insert(all.end(), diagnostics.begin(), diagnostics.end());
  return all;
}

void DiagnosticsPublisher::update(const std::string& crate_key, const std::vector<FileDiagnostics>& files,
                                  const std::map<std::string, int32_t>& versions, bool complete) {
  std::vector<protocol::PublishDiagnosticsParams> to_send;
  {
    std::lock_guard lock(mutex_);
    std::set<std::string> reported;
    auto set_for = [&](const std::string& path, std::vector<protocol::Diagnostic> diagnostics) {
      FileState& state = files_[path];
      auto& slot = state.by_crate[crate_key];
      if (slot == diagnostics) return;
      slot = std::move(diagnostics);
      if (slot.empty()) state.by_crate.erase(crate_key);
      state.result_id = next_result_id_++;
      protocol::PublishDiagnosticsParams params;
      params.uri = uri_of_(path);
      auto version = versions.find(path);
      if (version != versions.end()) params.version = version->second;
      params.diagnostics = merged(state);
      to_send.push_back(std::move(params));
    };
    for (const FileDiagnostics& file : files) {
      reported.insert(file.path);
      set_for(file.path, complete ? file.diagnostics : added_to(file.path, crate_key, file.diagnostics));
    }
    // Files this crate reported in before and not now: cleared.
    for (auto& [path, state] : files_) {
      if (complete && reported.count(path) == 0 && state.by_crate.count(crate_key) != 0) set_for(path, {});
    }
  }
  for (const auto& params : to_send) send_(params);
}

// The crate's current list in `path`, then those of `early` it lacks.
std::vector<protocol::Diagnostic> DiagnosticsPublisher::added_to(const std::string& path, const std::string& crate_key,
                                                                 const std::vector<protocol::Diagnostic>& early) const {
  std::vector<protocol::Diagnostic> list;
  auto state = files_.find(path);
  if (state != files_.end() && state->second.by_crate.count(crate_key) != 0) list = state->second.by_crate.at(crate_key);
  for (const protocol::Diagnostic& d : early) {
    if (std::find(list.begin(), list.end(), d) == list.end()) list.push_back(d);
  }
  return list;
}

void DiagnosticsPublisher::clear(const std::string& path) {
  protocol::PublishDiagnosticsParams params;
  {
    std::lock_guard lock(mutex_);
    auto found = files_.find(path);
    if (found == files_.end() || found->second.by_crate.empty()) return;
    found->second.by_crate.clear();
    found->second.result_id = next_result_id_++;
    params.uri = uri_of_(path);
  }
  send_(params);
}

DiagnosticsPublisher::Pulled DiagnosticsPublisher::pull(const std::string& path) const {
  std::lock_guard lock(mutex_);
  auto found = files_.find(path);
  if (found == files_.end()) return Pulled{{}, "0"};
  return Pulled{merged(found->second), std::to_string(found->second.result_id)};
}

}  // namespace sluice::lsp
