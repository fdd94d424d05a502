#include "server/engine/crate_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "server/engine/binary_codec.h"

namespace sluice {

namespace {

constexpr std::string_view kMagic = "SLUICEM\n";
constexpr size_t kHeaderSize = 8 + 4 * 8;
constexpr std::string_view kExtension = ".smeta";
constexpr size_t kFingerprintDigits = 16;

void write_files(ByteWriter& out, const std::vector<RecordFile>& files) {
  out.varint(files.size());
  for (const RecordFile& file : files) {
    out.string(file.path);
    out.fixed64(file.hash);
  }
}

std::vector<RecordFile> read_files(ByteReader& in) {
  std::vector<RecordFile> files(in.count(9));
  for (RecordFile& file : files) {
    file.path = std::string(in.string());
    file.hash = in.fixed64();
  }
  return files;
}

std::string payload_of(const CrateRecord& r) {
  ByteWriter out;
  out.string(r.key);
  out.fixed64(r.fingerprint);
  out.fixed64(r.interface_hash);
  write_files(out, r.files);
  out.varint(r.absent.size());
  for (const std::string& path : r.absent) out.string(path);
  write_files(out, r.referenced);
  out.varint(r.dependencies.size());
  for (const RecordDependency& dep : r.dependencies) {
    out.string(dep.extern_name);
    out.string(dep.key);
    out.fixed64(dep.interface_hash);
  }
  out.varint(r.span_paths.size());
  for (const std::string& path : r.span_paths) out.string(path);
  out.string(r.shape);
  out.string(r.positions);
  out.string(r.diagnostics);
  out.varint(r.lines);
  out.varint(r.bodies);
  return out.take();
}

std::optional<CrateRecord> record_from_payload(std::string_view payload) {
  ByteReader in(payload);
  CrateRecord r;
  r.key = std::string(in.string());
  r.fingerprint = in.fixed64();
  r.interface_hash = in.fixed64();
  r.files = read_files(in);
  r.absent.resize(in.count());
  for (std::string& path : r.absent) path = std::string(in.string());
  r.referenced = read_files(in);
  r.dependencies.resize(in.count(10));
  for (RecordDependency& dep : r.dependencies) {
    dep.extern_name = std::string(in.string());
    dep.key = std::string(in.string());
    dep.interface_hash = in.fixed64();
  }
  r.span_paths.resize(in.count());
  for (std::string& path : r.span_paths) path = std::string(in.string());
  r.shape = std::string(in.string());
  r.positions = std::string(in.string());
  r.diagnostics = std::string(in.string());
  r.lines = in.varint();
  r.bodies = in.varint();
  if (in.failed() || !in.at_end() || r.files.empty()) return std::nullopt;
  return r;
}

std::string hex16(uint64_t value) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

// "<crate>-<16 hex digits>.smeta" -> "<crate>"; empty for other names.
std::string crate_of_record_name(const std::string& name) {
  size_t suffix = kFingerprintDigits + kExtension.size();
  if (name.size() < suffix + 2 || name.compare(name.size() - kExtension.size(), kExtension.size(), kExtension) != 0) {
    return {};
  }
  size_t dash = name.size() - suffix - 1;
  if (name[dash] != '-') return {};
  for (size_t i = dash + 1; i < dash + 1 + kFingerprintDigits; ++i) {
    if (!std::isxdigit(static_cast<unsigned char>(name[i]))) return {};
  }
  return name.substr(0, dash);
}

bool read_whole_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

uint64_t sluice_build_id() {
  static const uint64_t id = [] {
    struct stat info {};
    StableHasher hasher;
    hasher.u64(kRecordFormatVersion);
    if (::stat("/proc/self/exe", &info) == 0) {
      hasher.u64(static_cast<uint64_t>(info.st_size));
      hasher.u64(static_cast<uint64_t>(info.st_mtim.tv_sec));
      hasher.u64(static_cast<uint64_t>(info.st_mtim.tv_nsec));
      hasher.u64(static_cast<uint64_t>(info.st_ino));
    }
    return hasher.finish();
  }();
  return id;
}

uint64_t record_fingerprint(const CrateRecord& r, uint64_t options_hash) {
  StableHasher h;
  h.u64(kRecordFormatVersion);
  h.u64(sluice_build_id());
  h.u64(options_hash);
  h.string(r.key);
  for (const RecordFile& file : r.files) {
    h.string(file.path);
    h.u64(file.hash);
  }
  h.u64(r.absent.size());
  for (const std::string& path : r.absent) h.string(path);
  for (const RecordFile& file : r.referenced) {
    h.string(file.path);
    h.u64(file.hash);
  }
  h.u64(r.dependencies.size());
  for (const RecordDependency& dep : r.dependencies) {
    h.string(dep.extern_name);
    h.string(dep.key);
    h.u64(dep.interface_hash);
  }
  return h.finish();
}

std::string encode_record(const CrateRecord& record) {
  std::string payload = payload_of(record);
  ByteWriter out;
  out.buffer() += kMagic;
  out.fixed64(kRecordFormatVersion);
  out.fixed64(sluice_build_id());
  out.fixed64(payload.size());
  out.fixed64(stable_hash(payload));
  out.buffer() += payload;
  return out.take();
}

std::optional<CrateRecord> decode_record(std::string_view bytes) {
  if (bytes.size() < kHeaderSize || bytes.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  ByteReader header(bytes.substr(kMagic.size(), kHeaderSize - kMagic.size()));
  uint64_t version = header.fixed64();
  uint64_t build = header.fixed64();
  uint64_t size = header.fixed64();
  uint64_t checksum = header.fixed64();
  if (version != kRecordFormatVersion || build != sluice_build_id()) return std::nullopt;
  std::string_view payload = bytes.substr(kHeaderSize);
  if (payload.size() != size || stable_hash(payload) != checksum) return std::nullopt;
  return record_from_payload(payload);
}

CrateCache::CrateCache(std::string meta_directory, std::string root, FileSystem& fs)
    : meta_directory_(std::move(meta_directory)), root_(std::move(root)), fs_(fs) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(meta_directory_, error)) {
    std::string name = entry.path().filename().string();
    std::string crate = crate_of_record_name(name);
    if (!crate.empty()) existing_[crate].push_back(name);
  }
}

std::string CrateCache::absolute(std::string_view path) const {
  if (!path.empty() && path[0] == '/') return std::string(path);
  return join_path(root_, path);
}

std::optional<ProbedRecord> CrateCache::probe(std::string_view key, std::string_view crate_name) {
  auto found = existing_.find(std::string(crate_name));
  if (found == existing_.end()) return std::nullopt;
  for (const std::string& name : found->second) {
    std::string bytes;
    if (!read_whole_file(join_path(meta_directory_, name), bytes)) continue;
    std::optional<CrateRecord> record = decode_record(bytes);
    if (!record || record->key != key) continue;
    ProbedRecord probed;
    bool unchanged = true;
    for (const RecordFile& file : record->files) {
      std::string text;
      unchanged = fs_.read_file(absolute(file.path), text) == FileSystem::Status::Ok && stable_hash(text) == file.hash;
      if (!unchanged) break;
      probed.texts.push_back(std::move(text));
    }
    for (size_t i = 0; unchanged && i < record->referenced.size(); ++i) {
      std::string text;
      const RecordFile& file = record->referenced[i];
      unchanged = fs_.read_file(absolute(file.path), text) == FileSystem::Status::Ok && stable_hash(text) == file.hash;
    }
    for (size_t i = 0; unchanged && i < record->absent.size(); ++i) {
      std::string path = absolute(record->absent[i]);
      unchanged = !fs_.is_file(path);
    }
    if (!unchanged) return std::nullopt;  // the crate's one record is stale
    probed.record = std::make_shared<const CrateRecord>(std::move(*record));
    return probed;
  }
  return std::nullopt;
}

bool CrateCache::write(const CrateRecord& record, std::string_view crate_name, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code code;
  fs::create_directories(meta_directory_, code);
  if (code) {
    error = "cannot create `" + meta_directory_ + "`: " + code.message();
    return false;
  }
  std::string name = std::string(crate_name) + "-" + hex16(record.fingerprint) + std::string(kExtension);
  std::string final_path = join_path(meta_directory_, name);
  static std::atomic<uint64_t> counter{0};
  std::string temporary = final_path + ".tmp" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    std::string bytes = encode_record(record);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      error = "cannot write `" + temporary + "`";
      fs::remove(temporary, code);
      return false;
    }
  }
  fs::rename(temporary, final_path, code);
  if (code) {
    error = "cannot rename `" + temporary + "`: " + code.message();
    fs::remove(temporary, code);
    return false;
  }
  // The crate's older records: same crate name and key, another fingerprint.
  auto found = existing_.find(std::string(crate_name));
  if (found == existing_.end()) return true;
  for (const std::string& old : found->second) {
    if (old == name) continue;
    std::string bytes;
    std::string old_path = join_path(meta_directory_, old);
    if (!read_whole_file(old_path, bytes)) continue;
    std::optional<CrateRecord> old_record = decode_record(bytes);
    // Unreadable records (another build, corruption) are removed too.
    if (!old_record || old_record->key == record.key) fs::remove(old_path, code);
  }
  return true;
}

std::string crate_key(const Workspace& workspace, CrateId id) {
  const Crate& crate = workspace.crate(id);
  const Package& package = workspace.package(crate.package);
  std::string kind = crate.kind == CrateKind::Lib ? "lib" : "bin";
  return package.name + "/" + kind + "/" + crate.target_name + "@" + package.manifest_path;
}

}  // namespace sluice
