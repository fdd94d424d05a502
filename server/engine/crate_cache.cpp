#include "server/engine/crate_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "server/engine/binary_codec.h"

namespace sluice {

namespace {

constexpr std::string_view kMagic = "SLUICEM\n";
// Magic, version, build, then size and hash of the head and of the body.
constexpr size_t kHeaderSize = 8 + 6 * 8;
constexpr std::string_view kExtension = ".smeta";
constexpr size_t kFingerprintDigits = 16;

// A stamp vouches for a file only if it was already this much older than
// the record: well past any file system's timestamp granularity.
constexpr uint64_t kRacyWindowNs = 2'000'000'000;

void write_files(ByteWriter& out, const std::vector<RecordFile>& files) {
  out.varint(files.size());
  for (const RecordFile& file : files) {
    out.string(file.path);
    out.fixed64(file.hash);
    out.varint(file.stamp.size);
    out.varint(file.stamp.mtime_ns);
  }
}

std::vector<RecordFile> read_files(ByteReader& in) {
  std::vector<RecordFile> files(in.count(11));
  for (RecordFile& file : files) {
    file.path = std::string(in.string());
    file.hash = in.fixed64();
    file.stamp.size = in.varint();
    file.stamp.mtime_ns = in.varint();
  }
  return files;
}

std::string head_of(const CrateRecord& r) {
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
  out.string(r.diagnostics);
  out.varint(r.lines);
  out.varint(r.bodies);
  out.varint(r.written_ns);
  return out.take();
}

std::optional<CrateRecord> record_from_head(std::string_view head) {
  ByteReader in(head);
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
  r.diagnostics = std::string(in.string());
  r.lines = in.varint();
  r.bodies = in.varint();
  r.written_ns = in.varint();
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

namespace {

std::string body_of(const CrateRecord& r) {
  ByteWriter out;
  out.string(r.shape);
  out.string(r.positions);
  return out.take();
}

}  // namespace

std::string encode_record(const CrateRecord& record) {
  std::string head = head_of(record);
  std::string body = body_of(record);
  ByteWriter out;
  out.buffer() += kMagic;
  out.fixed64(kRecordFormatVersion);
  out.fixed64(sluice_build_id());
  out.fixed64(head.size());
  out.fixed64(stable_hash(head));
  out.fixed64(body.size());
  out.fixed64(stable_hash(body));
  out.buffer() += head;
  out.buffer() += body;
  return out.take();
}

namespace {

struct RecordHeader {
  uint64_t head_size = 0, head_hash = 0, body_size = 0, body_hash = 0;
};

std::optional<RecordHeader> decode_header(std::string_view bytes) {
  if (bytes.size() < kHeaderSize || bytes.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  ByteReader in(bytes.substr(kMagic.size(), kHeaderSize - kMagic.size()));
  uint64_t version = in.fixed64();
  uint64_t build = in.fixed64();
  RecordHeader header{in.fixed64(), in.fixed64(), in.fixed64(), in.fixed64()};
  if (version != kRecordFormatVersion || build != sluice_build_id()) return std::nullopt;
  return header;
}

std::optional<CrateRecord> decode_head(const RecordHeader& header, std::string_view head) {
  if (head.size() != header.head_size || stable_hash(head) != header.head_hash) return std::nullopt;
  std::optional<CrateRecord> record = record_from_head(head);
  if (!record) return std::nullopt;
  record->body_offset = kHeaderSize + header.head_size;
  record->body_size = header.body_size;
  record->body_hash = header.body_hash;
  return record;
}

bool decode_body(std::string_view body, CrateRecord& record) {
  if (body.size() != record.body_size || stable_hash(body) != record.body_hash) return false;
  ByteReader in(body);
  record.shape = std::string(in.string());
  record.positions = std::string(in.string());
  return !in.failed() && in.at_end();
}

// The first `limit` bytes of a file (fewer if it is shorter), from `offset`.
bool read_part(const std::string& path, uint64_t offset, uint64_t limit, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  in.seekg(static_cast<std::streamoff>(offset));
  out.resize(static_cast<size_t>(limit));
  in.read(out.data(), static_cast<std::streamsize>(limit));
  out.resize(static_cast<size_t>(in.gcount()));
  return true;
}

}  // namespace

std::optional<CrateRecord> decode_record(std::string_view bytes) {
  std::optional<RecordHeader> header = decode_header(bytes);
  if (!header || bytes.size() != kHeaderSize + header->head_size + header->body_size) return std::nullopt;
  std::optional<CrateRecord> record = decode_head(*header, bytes.substr(kHeaderSize, header->head_size));
  if (!record || !decode_body(bytes.substr(record->body_offset), *record)) return std::nullopt;
  record->has_body = true;
  return record;
}

// Reads the header and the head: the body (the interface) is read only when
// a crate checked this run needs it (read_body()).
std::optional<CrateRecord> read_record_head(const std::string& path) {
  std::string header_bytes;
  if (!read_part(path, 0, kHeaderSize, header_bytes)) return std::nullopt;
  std::optional<RecordHeader> header = decode_header(header_bytes);
  if (!header || header->head_size > (uint64_t(1) << 32)) return std::nullopt;
  std::string head;
  if (!read_part(path, kHeaderSize, header->head_size, head)) return std::nullopt;
  std::optional<CrateRecord> record = decode_head(*header, head);
  if (record) record->file_path = path;
  return record;
}

std::optional<CrateRecord> CrateCache::read_body(const CrateRecord& record) const {
  CrateRecord copy;
  copy.body_size = record.body_size;
  copy.body_hash = record.body_hash;
  std::string body;
  if (record.body_size > (uint64_t(1) << 32) || !read_part(record.file_path, record.body_offset, record.body_size, body) ||
      !decode_body(body, copy)) {
    return std::nullopt;
  }
  copy.has_body = true;
  return copy;
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
    std::optional<CrateRecord> record = read_record_head(join_path(meta_directory_, name));
    if (!record || record->key != key) continue;
    ProbedRecord probed;
    bool unchanged = true;
    for (const RecordFile& file : record->files) {
      bool vouched = file.stamp.mtime_ns != 0 && file.stamp.mtime_ns + kRacyWindowNs < record->written_ns &&
                     fs_.stamp(absolute(file.path)) == file.stamp;
      if (vouched) {
        probed.texts.emplace_back();
        continue;
      }
      probed.texts.push_back(read_if_unchanged(file));
      unchanged = probed.texts.back().has_value();
      if (!unchanged) break;
    }
    for (size_t i = 0; unchanged && i < record->referenced.size(); ++i) {
      unchanged = read_if_unchanged(record->referenced[i]).has_value();
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

std::optional<std::string> CrateCache::read_if_unchanged(const RecordFile& file) {
  std::string text;
  if (fs_.read_file(absolute(file.path), text) != FileSystem::Status::Ok || stable_hash(text) != file.hash) {
    return std::nullopt;
  }
  return text;
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
  CrateRecord stamped = record;
  stamped.written_ns = static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count());
  std::string final_path = join_path(meta_directory_, name);
  static std::atomic<uint64_t> counter{0};
  std::string temporary = final_path + ".tmp" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    std::string bytes = encode_record(stamped);
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
    std::string old_path = join_path(meta_directory_, old);
    std::optional<CrateRecord> old_record = read_record_head(old_path);
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
