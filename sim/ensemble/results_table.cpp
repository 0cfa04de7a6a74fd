#include "sim/ensemble/results_table.hpp"

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <ctime>
#include <fstream>
#include <queue>
#include <sstream>

#include "sim/core/errors.hpp"
#include "sim/record/atomic_output.hpp"
#include "sim/record/json_output.hpp"

namespace airgov::ensemble {

namespace fs = std::filesystem;

std::string csv_line(const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t k = 0; k < cells.size(); ++k) {
    if (k) line += ',';
    line += cells[k];
  }
  line += '\n';
  return line;
}

namespace {

std::optional<std::uint64_t> leading_id(const std::string& line) {
  const auto comma = line.find(',');
  const std::size_t end = comma == std::string::npos ? line.size() : comma;
  std::uint64_t id = 0;
  const auto [ptr, ec] = std::from_chars(line.data(), line.data() + end, id);
  if (ec != std::errc() || ptr != line.data() + end || end == 0) return std::nullopt;
  return id;
}

InvalidInputError table_error(const fs::path& file, const std::string& message) {
  return InvalidInputError({InputIssue{file.string(), "", message}});
}

// A maximal ascending stretch of rows: [begin, end) byte offsets.
struct Stretch {
  std::uint64_t begin = 0, end = 0;
};

// Reads the header and the ascending stretches of a table.
std::string stretches_of(const fs::path& file, std::vector<Stretch>& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw MissingFileError(fmt::format("{}: cannot open", file.string()));
  std::string header, line;
  if (!std::getline(in, header)) throw table_error(file, "empty table: no header");
  std::uint64_t pos = header.size() + 1, start = pos;
  std::optional<std::uint64_t> last;
  std::size_t number = 1;
  while (std::getline(in, line)) {
    ++number;
    if (in.eof()) throw table_error(file, fmt::format("line {} is torn (no newline): resume the sweep first", number));
    const auto id = leading_id(line);
    if (!id) throw table_error(file, fmt::format("line {}: no run id", number));
    if (last && *id <= *last) {
      out.push_back({start, pos});
      start = pos;
    }
    last = id;
    pos += line.size() + 1;
  }
  if (pos > start) out.push_back({start, pos});
  return header;
}

struct Cursor {
  std::ifstream in;
  std::uint64_t pos = 0, end = 0;
  std::string line;
  std::uint64_t id = 0;
  bool next() {
    if (pos >= end || !std::getline(in, line)) return false;
    pos += line.size() + 1;
    id = leading_id(line).value_or(0);
    return true;
  }
};

}  // namespace

ExistingTable scan_table(const fs::path& file, const std::string& header) {
  ExistingTable t;
  std::error_code ec;
  if (!fs::exists(file, ec)) return t;
  std::uint64_t keep = 0;  // bytes up to the last complete line
  {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw MissingFileError(fmt::format("{}: cannot open", file.string()));
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
      if (in.eof()) break;  // torn: no newline after it
      ++number;
      keep += line.size() + 1;
      if (number == 1) {
        if (line + "\n" != header) {
          throw table_error(file, "its header differs from this design's columns: not a table of this design");
        }
        continue;
      }
      const auto id = leading_id(line);
      if (!id) throw table_error(file, fmt::format("line {}: no run id", number));
      if (!t.run_ids.empty() && *id <= t.run_ids.back()) t.sorted = false;
      t.run_ids.push_back(*id);
    }
  }
  if (keep != fs::file_size(file)) fs::resize_file(file, keep);  // drop the torn last line
  t.exists = keep > 0;
  return t;
}

OrderedRowWriter::OrderedRowWriter(std::ostream& out, std::vector<std::uint64_t> sequence, std::size_t window)
    : out_(out), sequence_(std::move(sequence)), window_(std::max<std::size_t>(1, window)) {}

std::uint64_t OrderedRowWriter::acquire(std::size_t index) {
  std::unique_lock lock(mutex_);
  cv_.wait(lock, [&] { return index < next_ + window_; });
  return sequence_[index];
}

void OrderedRowWriter::finish(std::size_t index, std::optional<std::string> row) {
  std::lock_guard lock(mutex_);
  pending_.emplace(index, std::move(row));
  bool wrote = false;
  for (auto it = pending_.begin(); it != pending_.end() && it->first == next_; it = pending_.erase(it)) {
    if (it->second) {
      out_ << *it->second;
      wrote = true;
    }
    ++next_;
  }
  if (wrote) {
    out_.flush();
    if (!out_) failed_ = true;
  }
  cv_.notify_all();
}

std::size_t OrderedRowWriter::written() const {
  std::lock_guard lock(mutex_);
  return next_;
}

bool OrderedRowWriter::write_failed() const {
  std::lock_guard lock(mutex_);
  return failed_;
}

void merge_tables(const std::vector<fs::path>& inputs, std::ostream& out,
                  const std::function<void(std::uint64_t)>& on_row) {
  std::vector<std::unique_ptr<Cursor>> cursors;
  std::optional<std::string> header;
  std::vector<fs::path> origin;
  for (const auto& file : inputs) {
    std::vector<Stretch> stretches;
    const std::string h = stretches_of(file, stretches);
    if (header && h != *header) throw table_error(file, fmt::format("its header differs from {}", inputs[0].string()));
    header = h;
    for (const auto& s : stretches) {
      auto c = std::make_unique<Cursor>();
      c->in.open(file, std::ios::binary);
      c->in.seekg(static_cast<std::streamoff>(s.begin));
      c->pos = s.begin;
      c->end = s.end;
      if (c->next()) {
        cursors.push_back(std::move(c));
        origin.push_back(file);
      }
    }
  }
  if (!header) return;
  out << *header << '\n';
  auto later = [&](std::size_t a, std::size_t b) { return cursors[a]->id > cursors[b]->id; };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heap(later);
  for (std::size_t k = 0; k < cursors.size(); ++k) heap.push(k);
  std::optional<std::uint64_t> last;
  while (!heap.empty()) {
    const std::size_t k = heap.top();
    heap.pop();
    Cursor& c = *cursors[k];
    if (last && c.id == *last) {
      throw table_error(origin[k], fmt::format("run id {} appears twice", c.id));
    }
    last = c.id;
    out << c.line << '\n';
    if (on_row) on_row(c.id);
    if (c.next()) heap.push(k);
  }
}

void sort_table(const fs::path& file) {
  const fs::path tmp = file.string() + ".sorting.tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw CannotWriteError(fmt::format("{}: cannot create", tmp.string()));
    merge_tables({file}, out);
    out.flush();
    if (!out) throw CannotWriteError(fmt::format("{}: write failed", tmp.string()));
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
  if (ec) throw CannotWriteError(fmt::format("{}: cannot replace: {}", file.string(), ec.message()));
}

fs::path manifest_path(const fs::path& table) { return table.string() + ".manifest.json"; }

nlohmann::ordered_json Manifest::to_json() const {
  nlohmann::ordered_json j;
  j["tool"] = "airgov";
  j["tool_version"] = tool_version;
  j["design"] = {{"name", design_name}, {"sha256", design_sha256}};
  j["scenario_sha256"] = scenario_sha256;
  j["runs_total"] = runs_total;
  j["points"] = points;
  j["replicates"] = replicates;
  j["seed_derivation"] = "seed = splitmix64(splitmix64(design seed) ^ (key + 0x9E3779B97F4A7C15)) >> 11";
  j["columns"] = columns;
  j["complete"] = complete;
  auto& f = j["failed"] = nlohmann::ordered_json::array();
  for (const auto& r : failed) {
    f.push_back({{"run_id", r.run_id}, {"point_id", r.point_id}, {"replicate", r.replicate}, {"seed", r.seed},
                 {"error", r.error}});
  }
  j["date"] = date;
  j["shard"] = {{"index", shard_index}, {"count", shard_count}, {"runs", shard_runs}};
  return j;
}

Manifest Manifest::from_json(const nlohmann::json& j, const std::string& file) {
  try {
    Manifest m;
    m.tool_version = j.at("tool_version").get<std::string>();
    m.design_name = j.at("design").at("name").get<std::string>();
    m.design_sha256 = j.at("design").at("sha256").get<std::string>();
    m.scenario_sha256 = j.at("scenario_sha256").get<std::string>();
    m.runs_total = j.at("runs_total").get<std::uint64_t>();
    m.points = j.at("points").get<std::uint64_t>();
    m.replicates = j.at("replicates").get<std::uint64_t>();
    m.columns = j.at("columns").get<std::vector<std::string>>();
    m.complete = j.at("complete").get<bool>();
    for (const auto& r : j.at("failed")) {
      m.failed.push_back({r.at("run_id").get<std::uint64_t>(), r.at("point_id").get<std::uint64_t>(),
                          r.at("replicate").get<std::uint64_t>(), r.at("seed").get<std::uint64_t>(),
                          r.at("error").get<std::string>()});
    }
    m.date = j.at("date").get<std::string>();
    m.shard_index = j.at("shard").at("index").get<std::uint64_t>();
    m.shard_count = j.at("shard").at("count").get<std::uint64_t>();
    m.shard_runs = j.at("shard").at("runs").get<std::uint64_t>();
    return m;
  } catch (const nlohmann::json::exception& e) {
    throw InvalidInputError({InputIssue{file, "", fmt::format("not a sweep manifest: {}", e.what())}});
  }
}

Manifest read_manifest(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw MissingFileError(fmt::format("{}: file not found", file.string()));
  std::stringstream text;
  text << in.rdbuf();
  const auto json = nlohmann::json::parse(text.str(), nullptr, false);
  if (json.is_discarded()) throw InvalidInputError({InputIssue{file.string(), "", "not valid JSON"}});
  return Manifest::from_json(json, file.string());
}

void write_manifest(const fs::path& table, const Manifest& manifest) {
  write_file_atomically(manifest_path(table), json_text(manifest.to_json(), 2, manifest_path(table).string()) + "\n");
}

std::string utc_now_iso() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

}  // namespace airgov::ensemble
