// rustc-style text rendering. The layout follows rustc's own emitter (its
// `render_source_line` and suggestion code) step by step, because users and
// tools compare our output with rustc's byte for byte: the golden files in
// tests/golden/render/ are rustc 1.95's real output (tests/unit/render_test.cpp).
//
// The picture is drawn into a grid of cells (one code point each, with a
// style), then written out row by row, with ANSI escapes around runs of one
// style when colour is on. Columns in annotation rows are display columns
// (tabs are 4 wide, wide characters 2), as rustc counts them.
#include "analysis/diag/render_human.h"

#include <algorithm>
#include <optional>

namespace sluice {

namespace {

// ---------------------------------------------------------------------------
// Unicode helpers

std::u32string decode_all(std::string_view text) {
  std::u32string out;
  for (size_t i = 0; i < text.size();) out += decode_utf8(text, i);
  return out;
}

// Terminal width of one code point, as rustc's `char_width` (the
// unicode-width tables) gives it for the characters that matter in practice:
// combining marks and zero-width joiners take no room, East Asian wide
// characters and emoji take two, a tab four (rustc shows it as four spaces).
uint32_t char_width(char32_t c) {
  if (c == U'\t') return 4;
  if ((c >= 0x0300 && c <= 0x036F) || c == 0x200B || c == 0x200C || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F)) {
    return 0;
  }
  struct Range {
    char32_t first, last;
  };
  static constexpr Range kWide[] = {
      {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
      {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
      {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
      {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
      {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
      {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
      {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
      {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
      {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
      {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
      {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
      {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
      {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
      {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
      {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
      {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
      {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x3FFFD},
  };
  for (const Range& range : kWide) {
    if (c < range.first) break;
    if (c <= range.last) return 2;
  }
  return 1;
}

// rustc shows tabs as four spaces; every other character stays.
std::u32string normalize_whitespace(std::u32string_view line) {
  std::u32string out;
  for (char32_t c : line) {
    if (c == U'\t') {
      out += U"    ";
    } else {
      out += c;
    }
  }
  return out;
}

uint32_t display_width(std::u32string_view text) {
  uint32_t width = 0;
  for (char32_t c : text) width += char_width(c);
  return width;
}

uint32_t decimal_digits(uint32_t n) {
  uint32_t digits = 1;
  while (n >= 10) {
    n /= 10;
    ++digits;
  }
  return digits;
}

// ---------------------------------------------------------------------------
// The styled grid

enum class Style : uint8_t {
  Plain,
  HeaderMessage,  // the diagnostic's message: bold
  LevelError,
  LevelWarning,
  LevelNote,
  LevelHelp,
  LineNumber,  // gutter, `-->`, `=`: bold bright blue
  NoteLabel,   // the word after `= `: bold
  UnderlinePrimary,
  UnderlineSecondary,
  LabelPrimary,
  LabelSecondary,
  Addition,  // suggestion text and `+` markers: green
  Removal,   // removed suggestion text and `-` markers: red
};

Style level_style(Level level) {
  switch (level) {
    case Level::Error: return Style::LevelError;
    case Level::Warning: return Style::LevelWarning;
    case Level::Note: return Style::LevelNote;
    case Level::Help: return Style::LevelHelp;
  }
  return Style::LevelError;
}

// termcolor's sequences as rustc writes them: bold first, then the colour.
std::string_view style_escape(Style style, Level level) {
  switch (style) {
    case Style::Plain: return "";
    case Style::HeaderMessage:
    case Style::NoteLabel: return "\x1b[1m";
    case Style::LevelError: return "\x1b[1m\x1b[91m";
    case Style::LevelWarning: return "\x1b[1m\x1b[33m";
    case Style::LevelNote: return "\x1b[1m\x1b[92m";
    case Style::LevelHelp: return "\x1b[1m\x1b[96m";
    case Style::LineNumber:
    case Style::UnderlineSecondary:
    case Style::LabelSecondary: return "\x1b[1m\x1b[94m";
    case Style::UnderlinePrimary:
    case Style::LabelPrimary: return style_escape(level_style(level), level);
    case Style::Addition: return "\x1b[92m";
    case Style::Removal: return "\x1b[91m";
  }
  return "";
}

// rustc's OUTPUT_REPLACEMENTS: a control character is written as its
// picture (U+2400..U+241F, U+2421), a zero-width joiner not at all, and a
// character that reorders text on screen as U+FFFD, so that what is shown is
// what is in the file, in the order it is there.
void append_visible(std::string& out, char32_t c) {
  if (c < 0x20 && c != U'\t' && c != U'\n') {
    append_utf8(out, 0x2400 + c);
  } else if (c == 0x7F) {
    append_utf8(out, 0x2421);
  } else if (c == 0x200D) {
    return;
  } else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
    append_utf8(out, 0xFFFD);
  } else {
    append_utf8(out, c);
  }
}

struct Cell {
  char32_t c = U' ';
  Style style = Style::Plain;
};

// A grid that grows as cells are written anywhere in it, like rustc's
// StyledBuffer. Rows are written out without trailing unwritten cells.
class StyledBuffer {
 public:
  size_t rows() const { return rows_.size(); }

  void putc(size_t row, size_t col, char32_t c, Style style) {
    ensure(row);
    auto& cells = rows_[row];
    if (cells.size() <= col) cells.resize(col + 1);
    cells[col] = {c, style};
  }
  void puts(size_t row, size_t col, std::u32string_view text, Style style) {
    for (char32_t c : text) putc(row, col++, c, style);
  }
  void puts(size_t row, size_t col, std::string_view utf8, Style style) { puts(row, col, decode_all(utf8), style); }
  void append(size_t row, std::string_view utf8, Style style) {
    ensure(row);
    puts(row, rows_[row].size(), utf8, style);
  }
  // Writes `c` in columns [from, to) of `row`.
  void draw_range(size_t row, size_t from, size_t to, char32_t c, Style style) {
    for (size_t col = from; col < to; ++col) putc(row, col, c, style);
  }

  // Rows created from now on colour their primary underlines and labels for
  // `level`: a diagnostic's own snippet uses its level, a `note:` child's
  // snippet the note's.
  void set_primary_level(Level level) { primary_level_ = level; }

  void render(std::string& out, bool color) const {
    for (size_t r = 0; r < rows_.size(); ++r) {
      const auto& cells = rows_[r];
      Level level = row_levels_[r];
      size_t i = 0;
      while (i < cells.size()) {
        size_t j = i;
        while (j < cells.size() && cells[j].style == cells[i].style) ++j;
        std::string_view escape = color ? style_escape(cells[i].style, level) : "";
        out += escape;
        for (size_t k = i; k < j; ++k) append_visible(out, cells[k].c);
        if (!escape.empty()) out += "\x1b[0m";
        i = j;
      }
      out += '\n';
    }
  }

 private:
  void ensure(size_t row) {
    if (rows_.size() <= row) {
      rows_.resize(row + 1);
      row_levels_.resize(row + 1, primary_level_);
    }
  }
  std::vector<std::vector<Cell>> rows_;
  std::vector<Level> row_levels_;
  Level primary_level_ = Level::Error;
};

// ---------------------------------------------------------------------------
// Annotations: what is drawn under one source line

enum class AnnotationKind : uint8_t { SingleLine, MultilineStart, MultilineEnd, MultilineLine };

struct Annotation {
  uint32_t start_col = 0;  // display columns
  uint32_t end_col = 0;
  bool is_primary = false;
  std::string label;
  AnnotationKind kind = AnnotationKind::SingleLine;
  uint32_t depth = 0;  // for multiline kinds: the column of its bar in the margin, from 1

  bool has_label() const { return !label.empty(); }
  bool takes_space() const { return kind == AnnotationKind::MultilineStart || kind == AnnotationKind::MultilineEnd; }
  bool is_line() const { return kind == AnnotationKind::MultilineLine; }
};

struct AnnotatedLine {
  uint32_t line = 0;  // zero-based
  std::vector<Annotation> annotations;
};

struct MultilineSpan {
  uint32_t line_start = 0, line_end = 0;  // zero-based
  uint32_t start_col = 0, end_col = 0;    // display columns
  bool is_primary = false;
  std::string label;
  uint32_t depth = 1;
  bool overlaps_exactly = false;

  bool same_span(const MultilineSpan& o) const {
    return line_start == o.line_start && line_end == o.line_end && start_col == o.start_col && end_col == o.end_col;
  }
};

struct AnnotatedFile {
  const SourceFile* file = nullptr;
  std::vector<AnnotatedLine> lines;  // sorted by line
  uint32_t multiline_depth = 0;
};

bool ranges_overlap(uint32_t a_start, uint32_t a_end, uint32_t b_start, uint32_t b_end, bool inclusive) {
  uint32_t extra = inclusive ? 1 : 0;
  return (b_start <= a_start && a_start < b_end + extra) || (a_start <= b_start && b_start < a_end + extra);
}

bool annotations_overlap(const Annotation& a, const Annotation& b, uint32_t padding) {
  return ranges_overlap(a.start_col, a.end_col + padding, b.start_col, b.end_col, false);
}

struct Position {
  uint32_t line = 0;         // zero-based
  uint32_t char_column = 0;  // zero-based, in code points
  uint32_t display_column = 0;
};

// Where rustc shows a byte offset. rustc's line table has no line after a
// final newline, so the very end of such a file is one past the last line's
// newline in its column, though the caret is drawn just after the line's
// last character (tests/golden/render/unclosed_delimiter).
Position position_of(const SourceFile& file, uint32_t offset) {
  std::string_view text = file.text();
  if (offset >= text.size() && text.ends_with('\n') && file.line_count() >= 1) {
    uint32_t line = file.line_count() - 1;
    std::u32string chars = decode_all(file.line_text(line));
    return {line, static_cast<uint32_t>(chars.size()) + 1, display_width(chars)};
  }
  LineColumn lc = file.line_column(offset);
  std::string_view line = file.line_text(lc.line);
  std::u32string before = decode_all(line.substr(0, std::min<size_t>(lc.column, line.size())));
  return {lc.line, static_cast<uint32_t>(before.size()), display_width(before)};
}

std::u32string source_line(const SourceFile& file, uint32_t line) { return decode_all(file.line_text(line)); }

// rustc leaves lines that hold only whitespace, a comment or one bracket out
// of the lines it shows inside a multiline span.
bool line_has_content(std::string_view line) {
  size_t begin = line.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return false;
  size_t end = line.find_last_not_of(" \t\r");
  std::string_view s = line.substr(begin, end - begin + 1);
  if (s.starts_with("//") && !s.starts_with("///") && !s.starts_with("//!")) return false;
  return !(s == "{" || s == "}" || s == "(" || s == ")" || s == "[" || s == "]");
}

void add_annotation(AnnotatedFile& file, uint32_t line, Annotation annotation) {
  for (AnnotatedLine& l : file.lines) {
    if (l.line == line) {
      l.annotations.push_back(std::move(annotation));
      return;
    }
  }
  file.lines.push_back({line, {std::move(annotation)}});
}

// rustc gives overlapping multiline spans different margin columns, outermost
// leftmost, so that their bars never cross.
void assign_depths(std::vector<MultilineSpan>& spans) {
  std::stable_sort(spans.begin(), spans.end(), [](const MultilineSpan& a, const MultilineSpan& b) {
    if (a.line_start != b.line_start) return a.line_start < b.line_start;
    return a.line_end > b.line_end;
  });
  for (size_t i = 0; i < spans.size(); ++i) {
    const MultilineSpan ann = spans[i];
    for (size_t j = 0; j < spans.size(); ++j) {
      MultilineSpan& a = spans[j];
      if (!ann.same_span(a) && ranges_overlap(ann.line_start, ann.line_end, a.line_start, a.line_end, true)) {
        ++a.depth;
      } else if (ann.same_span(a) && i != j) {
        a.overlaps_exactly = true;
      } else {
        break;
      }
    }
  }
  uint32_t max_depth = 0;
  for (const MultilineSpan& s : spans) max_depth = std::max(max_depth, s.depth);
  for (MultilineSpan& s : spans) s.depth = max_depth - s.depth + 1;
}

void add_multiline(AnnotatedFile& file, const MultilineSpan& ml) {
  Annotation end{ml.end_col > 0 ? ml.end_col - 1 : 0, ml.end_col, ml.is_primary, ml.label,
                 AnnotationKind::MultilineEnd,        ml.depth};
  if (ml.overlaps_exactly) {
    end.kind = AnnotationKind::SingleLine;
    add_annotation(file, ml.line_end, end);
    return;
  }
  add_annotation(file, ml.line_start,
                 {ml.start_col, ml.start_col + 1, ml.is_primary, "", AnnotationKind::MultilineStart, ml.depth});
  // Up to three lines after the start are shown, not counting trailing empty ones.
  uint32_t middle = std::min(ml.line_start + 4, ml.line_end);
  uint32_t until = ml.line_start;
  for (uint32_t l = middle; l-- > ml.line_start;) {
    if (line_has_content(file.file->line_text(l))) {
      until = l;
      break;
    }
  }
  Annotation bar{0, 0, ml.is_primary, "", AnnotationKind::MultilineLine, ml.depth};
  for (uint32_t l = ml.line_start + 1; l <= until; ++l) add_annotation(file, l, bar);
  uint32_t before_end = ml.line_end - 1;
  if (middle < before_end && line_has_content(file.file->line_text(before_end))) {
    add_annotation(file, before_end, bar);
  }
  add_annotation(file, ml.line_end, end);
}

// Collects the annotations of every labelled span, grouped by file: the
// primary span's file first, the others in order of appearance.
std::vector<AnnotatedFile> collect_annotations(const std::vector<std::pair<Label, bool>>& labels,
                                               const SourceMap& sources) {
  std::vector<AnnotatedFile> files;
  std::vector<std::vector<MultilineSpan>> multilines;
  auto file_index = [&](FileId id) {
    for (size_t i = 0; i < files.size(); ++i) {
      if (files[i].file->id() == id) return i;
    }
    files.push_back({&sources.file(id), {}, 0});
    multilines.emplace_back();
    return files.size() - 1;
  };
  for (const auto& [label, is_primary] : labels) {
    if (label.span.is_none()) continue;
    size_t index = file_index(label.span.file);
    const SourceFile& file = *files[index].file;
    Position lo = position_of(file, label.span.begin);
    Position hi = position_of(file, std::max(label.span.begin, label.span.end));
    uint32_t start_col = lo.display_column;
    uint32_t end_col = hi.display_column;
    if (lo.line == hi.line) {
      if (end_col == start_col) ++end_col;  // a zero-length span shows as one caret
      add_annotation(files[index], lo.line,
                     {start_col, end_col, is_primary, label.text, AnnotationKind::SingleLine, 0});
    } else {
      multilines[index].push_back({lo.line, hi.line, start_col, end_col, is_primary, label.text, 1, false});
    }
  }
  for (size_t i = 0; i < files.size(); ++i) {
    assign_depths(multilines[i]);
    for (const MultilineSpan& ml : multilines[i]) {
      files[i].multiline_depth = std::max(files[i].multiline_depth, ml.depth);
      add_multiline(files[i], ml);
    }
    std::stable_sort(files[i].lines.begin(), files[i].lines.end(),
                     [](const AnnotatedLine& a, const AnnotatedLine& b) { return a.line < b.line; });
  }
  return files;
}

// ---------------------------------------------------------------------------
// Drawing source lines

struct Gutter {
  uint32_t line_number_width = 1;  // digits of the largest line number shown
  uint32_t width_offset() const { return line_number_width + 3; }
};

void draw_col_separator(StyledBuffer& buffer, size_t row, size_t col) {
  buffer.putc(row, col, U'|', Style::LineNumber);
}

// Line numbers are right-aligned in the gutter.
void draw_line_number(StyledBuffer& buffer, size_t row, uint32_t line, const Gutter& gutter) {
  std::string number = std::to_string(line + 1);
  size_t col = gutter.line_number_width > number.size() ? gutter.line_number_width - number.size() : 0;
  buffer.puts(row, col, number, Style::LineNumber);
}

// rustc's window on long source lines (its emitter's Margin): a file's lines
// are shown from the columns around their annotations when they are wider
// than the window (rustc's 140 columns when stderr is not a terminal, less
// what the gutter takes), with `...` where a line was cut. The widest line
// is measured in bytes, a line drawn in display columns, as rustc does.
class Margin {
 public:
  Margin(const AnnotatedFile& annotated, uint32_t code_offset) : column_width_(saturating_sub(140, code_offset)) {
    uint32_t whitespace = UINT32_MAX, span_left = UINT32_MAX, span_right = 0, label_right = 0, max_line_len = 0;
    for (const AnnotatedLine& line : annotated.lines) {
      std::string_view text = annotated.file->line_text(line.line);
      max_line_len = std::max<uint32_t>(max_line_len, static_cast<uint32_t>(text.size()));
      // Leading whitespace of the lines with something else on them (a tab counts four).
      uint32_t leading = 0;
      size_t i = 0;
      for (; i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'); ++i) leading += text[i] == '\t' ? 4 : 1;
      if (i < text.size()) whitespace = std::min(whitespace, leading);
      for (const Annotation& a : line.annotations) {
        span_left = std::min({span_left, a.start_col, a.end_col});
        span_right = std::max({span_right, a.start_col, a.end_col});
        label_right = std::max(label_right, a.end_col + (a.has_label() ? static_cast<uint32_t>(a.label.size()) + 1 : 0));
      }
    }
    // Six columns of padding around the code shown, as rustc.
    whitespace_left_ = whitespace == UINT32_MAX ? 0 : saturating_sub(whitespace, 6);
    span_left_ = span_left == UINT32_MAX ? 0 : saturating_sub(span_left, 6);
    span_right_ = span_right + 6;
    label_right_ = label_right + 6;
    compute(max_line_len);
  }

  uint32_t left(uint32_t line_len) const { return std::min(computed_left_, line_len); }
  uint32_t right(uint32_t line_len) const {
    return saturating_sub(line_len, computed_left_) <= column_width_ ? line_len : std::min(line_len, computed_right_);
  }
  bool was_cut_left() const { return computed_left_ > 0; }
  bool was_cut_right(uint32_t line_len) const {
    // A window that ends at the spans' or labels' padding is not cut there.
    uint32_t right = computed_right_ == span_right_ || computed_right_ == label_right_ ? computed_right_ - 6
                                                                                     : computed_right_;
    return right < line_len && computed_left_ + column_width_ < line_len;
  }
  // Where column `col` of a line lands, drawn from `code_offset`.
  size_t at(uint32_t code_offset, uint32_t col) const { return saturating_sub(code_offset + col, computed_left_); }

 private:
  static uint32_t saturating_sub(uint32_t a, uint32_t b) { return a > b ? a - b : 0; }

  void compute(uint32_t max_line_len) {
    // Much leading whitespace is cut (keeping some), then, if the lines are
    // still too wide, the window fits what it can: the code after the
    // whitespace, else the spans with their labels, else the spans, centred
    // (the last two a little left of centre); failing all, just the spans.
    computed_left_ = whitespace_left_ > 20 ? whitespace_left_ - 16 : 0;
    computed_right_ = std::max(max_line_len, computed_left_);
    if (computed_right_ - computed_left_ <= column_width_) return;
    if (saturating_sub(label_right_, whitespace_left_) <= column_width_) {
      computed_left_ = whitespace_left_;
    } else if (saturating_sub(label_right_, span_left_) <= column_width_) {
      computed_left_ = saturating_sub(span_left_, (column_width_ - (label_right_ - span_left_)) / 2);
    } else if (saturating_sub(span_right_, span_left_) <= column_width_) {
      computed_left_ = saturating_sub(span_left_, (column_width_ - (span_right_ - span_left_)) / 5 * 2);
    } else {
      computed_left_ = span_left_;
      computed_right_ = span_right_;
      return;
    }
    computed_right_ = computed_left_ + column_width_;
  }

  uint32_t column_width_;
  uint32_t whitespace_left_ = 0, span_left_ = 0, span_right_ = 0, label_right_ = 0;
  uint32_t computed_left_ = 0, computed_right_ = 0;
};

// A source line (decoded, whitespace normalized) with its number, through
// the margin's window.
void draw_source_row(StyledBuffer& buffer, std::u32string_view source, uint32_t line, size_t row,
                     const Gutter& gutter, uint32_t code_offset, const Margin& margin) {
  draw_line_number(buffer, row, line, gutter);
  draw_col_separator(buffer, row, gutter.width_offset() - 2);
  uint32_t line_len = display_width(source);
  uint32_t left = margin.left(line_len), right = margin.right(line_len);
  // The window's columns [left, right); the buffer holds a character per cell.
  size_t i = 0;
  for (uint32_t skipped = 0; i < source.size() && skipped < left; ++i) skipped += char_width(source[i]);
  std::u32string shown;
  for (uint32_t taken = 0; i < source.size(); ++i) {
    uint32_t width = char_width(source[i]);
    if (taken + width > right - left) break;
    taken += width;
    shown.push_back(source[i]);
  }
  buffer.puts(row, code_offset, shown, Style::Plain);
  if (margin.was_cut_left()) buffer.puts(row, code_offset, std::string_view("..."), Style::LineNumber);
  if (margin.was_cut_right(line_len)) {
    buffer.puts(row, code_offset + (shown.size() > 3 ? shown.size() - 3 : 0), std::string_view("..."), Style::LineNumber);
  }
}

void draw_multiline_bar(StyledBuffer& buffer, size_t row, const Gutter& gutter, uint32_t depth, Style style) {
  buffer.putc(row, gutter.width_offset() + depth - 1, U'|', style);
}

using PositionedAnnotation = std::pair<uint32_t, const Annotation*>;

// Chooses the row (0 = beside the underline) of each annotation's label,
// exactly as rustc does: a label moves down when another label or a multiline
// span's horizontal line would overlap it.
std::vector<PositionedAnnotation> position_annotations(const std::vector<Annotation>& annotations, uint32_t& line_len) {
  std::vector<PositionedAnnotation> positions;
  uint32_t p = 0;
  line_len = 0;
  for (size_t i = 0; i < annotations.size(); ++i) {
    const Annotation& annotation = annotations[i];
    for (size_t j = i + 1; j < annotations.size() && p == 0; ++j) {
      const Annotation& next = annotations[j];
      if (annotations_overlap(next, annotation, 0) && annotation.has_label()) {
        if (next.start_col == annotation.start_col && next.end_col == annotation.end_col && !next.has_label()) {
          continue;
        }
        ++p;
        break;
      }
    }
    positions.push_back({p, &annotation});
    for (size_t j = i + 1; j < annotations.size(); ++j) {
      const Annotation& next = annotations[j];
      uint32_t padding = next.has_label() ? static_cast<uint32_t>(next.label.size()) + 2 : 0;
      bool overlapping = annotations_overlap(next, annotation, padding);
      if ((overlapping && annotation.has_label() && next.has_label()) ||
          (annotation.takes_space() && next.has_label()) || (annotation.has_label() && next.takes_space()) ||
          (annotation.takes_space() && next.takes_space()) ||
          (overlapping && next.end_col <= annotation.end_col && next.has_label() && p == 0)) {
        ++p;
        break;
      }
    }
    line_len = std::max(line_len, p);
  }
  if (line_len != 0) ++line_len;
  return positions;
}

// Draws one annotated source line and what goes under it. Returns the depths
// (with styles) of the multiline spans that start or end here, so the caller
// can keep drawing their bars on the lines in between.
std::vector<std::pair<uint32_t, Style>> render_source_line(StyledBuffer& buffer, const SourceFile& file,
                                                           const AnnotatedLine& line, const Gutter& gutter,
                                                           uint32_t code_offset, const Margin& margin) {
  // Decoded once: a line may be 200 KB long, and thousands of diagnostics may show it.
  std::u32string source = normalize_whitespace(source_line(file, line.line));
  size_t line_offset = buffer.rows();
  draw_source_row(buffer, source, line.line, line_offset, gutter, code_offset, margin);
  uint32_t width_offset = gutter.width_offset();

  // A multiline span that starts at the line's first non-blank character is
  // drawn as a `/` in the margin instead of a horizontal line.
  std::vector<std::pair<uint32_t, Style>> short_start;
  bool is_short_start = true;
  for (const Annotation& ann : line.annotations) {
    if (ann.kind == AnnotationKind::MultilineStart) {
      uint32_t width = 0;
      bool blank = true;
      for (char32_t c : source) {
        if (width >= ann.start_col) break;
        if (c != U' ') blank = false;
        width += char_width(c);
      }
      if (!blank) {
        is_short_start = false;
        break;
      }
      Style style = ann.is_primary ? Style::UnderlinePrimary : Style::UnderlineSecondary;
      short_start.push_back({ann.depth, style});
      buffer.putc(line_offset, width_offset + ann.depth - 1, U'/', style);
    } else if (ann.kind != AnnotationKind::MultilineLine) {
      is_short_start = false;
      break;
    }
  }
  if (is_short_start) return short_start;

  std::vector<Annotation> annotations = line.annotations;
  std::stable_sort(annotations.begin(), annotations.end(),
                   [](const Annotation& a, const Annotation& b) { return a.start_col > b.start_col; });
  uint32_t line_len = 0;
  std::vector<PositionedAnnotation> positions = position_annotations(annotations, line_len);
  bool all_lines = std::all_of(annotations.begin(), annotations.end(), [](const Annotation& a) { return a.is_line(); });
  if (all_lines) return {};
  bool all_starts = std::all_of(positions.begin(), positions.end(), [](const PositionedAnnotation& pa) {
    return pa.second->kind == AnnotationKind::MultilineStart;
  });
  if (all_starts && !positions.empty()) {
    uint32_t max_pos = 0;
    for (const auto& pa : positions) max_pos = std::max(max_pos, pa.first);
    for (auto& pa : positions) pa.first = max_pos - pa.first;
    line_len = line_len > 0 ? line_len - 1 : 0;
  }

  for (uint32_t pos = 0; pos <= line_len; ++pos) draw_col_separator(buffer, line_offset + pos + 1, width_offset - 2);

  auto underline_style = [](const Annotation& a) {
    return a.is_primary ? Style::UnderlinePrimary : Style::UnderlineSecondary;
  };
  // Horizontal lines of multiline spans, from the margin to the span's column.
  for (const auto& [pos, ann] : positions) {
    if (!ann->takes_space()) continue;
    buffer.draw_range(line_offset + pos + 1, width_offset + ann->depth, margin.at(code_offset, ann->start_col), U'_',
                      underline_style(*ann));
  }
  // Vertical lines down to labels on lower rows, and the multiline bars.
  for (const auto& [raw_pos, ann] : positions) {
    Style style = underline_style(*ann);
    uint32_t pos = raw_pos + 1;
    if (pos > 1 && (ann->has_label() || ann->takes_space())) {
      for (size_t row = line_offset + 1; row <= line_offset + pos; ++row) {
        buffer.putc(row, margin.at(code_offset, ann->start_col), U'|', style);
      }
    }
    if (ann->kind == AnnotationKind::MultilineStart) {
      buffer.putc(line_offset + pos, width_offset + ann->depth - 1, U' ', style);
      for (size_t row = line_offset + pos + 1; row < line_offset + line_len + 2; ++row) {
        buffer.putc(row, width_offset + ann->depth - 1, U'|', style);
      }
    } else if (ann->kind == AnnotationKind::MultilineEnd) {
      for (size_t row = line_offset; row <= line_offset + pos; ++row) {
        buffer.putc(row, width_offset + ann->depth - 1, U'|', style);
      }
    }
  }
  // Labels: beside the underline on row 0, else under the vertical line.
  for (const auto& [pos, ann] : positions) {
    if (!ann->has_label()) continue;
    Style style = ann->is_primary ? Style::LabelPrimary : Style::LabelSecondary;
    if (pos == 0) {
      uint32_t col = ann->end_col == 0 ? ann->end_col + 2 : ann->end_col + 1;
      buffer.puts(line_offset + 1, margin.at(code_offset, col), ann->label, style);
    } else {
      buffer.puts(line_offset + pos + 2, margin.at(code_offset, ann->start_col), ann->label, style);
    }
  }
  // Underlines last, longest first and primary over secondary, so the
  // primary's carets win where spans overlap.
  std::vector<PositionedAnnotation> by_length = positions;
  std::stable_sort(
      by_length.begin(), by_length.end(), [](const PositionedAnnotation& a, const PositionedAnnotation& b) {
        uint32_t la = a.second->end_col - a.second->start_col, lb = b.second->end_col - b.second->start_col;
        if (la != lb) return la > lb;
        return !a.second->is_primary && b.second->is_primary;
      });
  for (const auto& [pos, ann] : by_length) {
    char32_t mark = ann->is_primary ? U'^' : U'-';
    for (uint32_t col = ann->start_col; col < ann->end_col; ++col) {
      buffer.putc(line_offset + 1, margin.at(code_offset, col), mark, underline_style(*ann));
    }
  }

  std::vector<std::pair<uint32_t, Style>> depths;
  for (const auto& [pos, ann] : positions) {
    if (ann->takes_space()) depths.push_back({ann->depth, underline_style(*ann)});
  }
  return depths;
}

// Draws the annotated lines of one file, with `...` for long gaps and the
// bars of multiline spans carried across the lines between their ends.
void render_annotated_file(StyledBuffer& buffer, const AnnotatedFile& annotated, const Gutter& gutter) {
  uint32_t width_offset = gutter.width_offset();
  uint32_t code_offset = annotated.multiline_depth == 0 ? width_offset : width_offset + annotated.multiline_depth + 1;
  Margin margin(annotated, code_offset);
  std::vector<std::pair<uint32_t, Style>> active;  // multiline bars that run past the current line
  for (size_t i = 0; i < annotated.lines.size(); ++i) {
    const AnnotatedLine& line = annotated.lines[i];
    size_t first_row = buffer.rows();
    auto depths = render_source_line(buffer, *annotated.file, line, gutter, code_offset, margin);
    std::vector<std::pair<uint32_t, Style>> to_add;
    for (const auto& d : depths) {
      auto it = std::find_if(active.begin(), active.end(), [&](const auto& a) { return a.first == d.first; });
      if (it != active.end()) {
        active.erase(it);
      } else {
        to_add.push_back(d);
      }
    }
    for (const auto& [depth, style] : active) {
      for (size_t row = first_row; row < buffer.rows(); ++row) draw_multiline_bar(buffer, row, gutter, depth, style);
    }
    if (i + 1 < annotated.lines.size()) {
      uint32_t delta = annotated.lines[i + 1].line - line.line;
      if (delta >= 2) {
        size_t row = buffer.rows();
        if (delta > 2) {
          buffer.puts(row, 0, std::string_view("..."), Style::LineNumber);
        } else {
          draw_source_row(buffer, normalize_whitespace(source_line(*annotated.file, line.line + 1)), line.line + 1, row,
                          gutter, code_offset, margin);
        }
        for (const auto& [depth, style] : active) draw_multiline_bar(buffer, row, gutter, depth, style);
        for (const Annotation& ann : line.annotations) {
          if (ann.kind != AnnotationKind::MultilineStart) continue;
          draw_multiline_bar(buffer, row, gutter, ann.depth,
                             ann.is_primary ? Style::UnderlinePrimary : Style::UnderlineSecondary);
        }
      }
    }
    active.insert(active.end(), to_add.begin(), to_add.end());
  }
}

// ---------------------------------------------------------------------------
// Whole messages

std::string location(const SourceMap& sources, Span span) {
  const SourceFile& file = sources.file(span.file);
  Position at = position_of(file, span.begin);
  return file.path() + ":" + std::to_string(at.line + 1) + ":" + std::to_string(at.char_column + 1);
}

// rustc puts a lint's name in JSON's "code" but not in the text header; a
// code of lowercase letters and `_` is such a name.
bool is_lint_name(std::string_view code) {
  return !code.empty() &&
         std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

void put_header(StyledBuffer& buffer, Level level, std::string_view code, std::string_view message,
                Style message_style) {
  size_t row = buffer.rows();
  std::string head(level_name(level));
  if (!code.empty() && !is_lint_name(code)) head += "[" + std::string(code) + "]";
  buffer.append(row, head, level_style(level));
  buffer.append(row, ": ", message_style);
  // Lines after the first of a multi-line message are indented under it.
  size_t indent = head.size() + 2;
  size_t start = 0;
  for (size_t nl; (nl = message.find('\n', start)) != std::string_view::npos; start = nl + 1) {
    buffer.append(buffer.rows() - 1, message.substr(start, nl - start), message_style);
    buffer.puts(buffer.rows(), 0, std::string(indent, ' '), Style::Plain);
  }
  buffer.append(buffer.rows() - 1, message.substr(start), message_style);
}

// The ` --> `/` ::: ` location line and the snippet of every annotated file.
void put_snippets(StyledBuffer& buffer, const SourceMap& sources, const std::vector<std::pair<Label, bool>>& labels,
                  Span primary, const Gutter& gutter) {
  std::vector<AnnotatedFile> files = collect_annotations(labels, sources);
  for (size_t i = 0; i < files.size(); ++i) {
    const AnnotatedFile& annotated = files[i];
    Span first = primary;
    if (i > 0 || first.is_none() || first.file != annotated.file->id()) {
      first = {};
      for (const auto& [label, is_primary] : labels) {
        if (label.span.file == annotated.file->id() && (first.is_none() || label.span.begin < first.begin)) {
          first = label.span;
        }
      }
      draw_col_separator(buffer, buffer.rows(), gutter.width_offset() - 2);
    }
    size_t row = buffer.rows();
    buffer.puts(row, gutter.line_number_width, std::string_view(i == 0 ? "--> " : "::: "), Style::LineNumber);
    buffer.append(row, location(sources, first), Style::Plain);
    draw_col_separator(buffer, buffer.rows(), gutter.width_offset() - 2);
    render_annotated_file(buffer, annotated, gutter);
  }
}

void put_spanless_child(StyledBuffer& buffer, const SubDiagnostic& child, const Gutter& gutter) {
  size_t row = buffer.rows();
  buffer.puts(row, gutter.line_number_width + 1, std::string_view("= "), Style::LineNumber);
  buffer.append(row, level_name(child.level), Style::NoteLabel);
  buffer.append(row, ": ", Style::Plain);
  size_t indent = gutter.line_number_width + 1 + 2 + level_name(child.level).size() + 2;
  std::string_view message = child.message;
  size_t start = 0;
  for (size_t nl; (nl = message.find('\n', start)) != std::string_view::npos; start = nl + 1) {
    buffer.append(buffer.rows() - 1, message.substr(start, nl - start), Style::Plain);
    buffer.puts(buffer.rows(), 0, std::string(indent, ' '), Style::Plain);
  }
  buffer.append(buffer.rows() - 1, message.substr(start), Style::Plain);
}

// ---------------------------------------------------------------------------
// Suggestions

struct Edit {
  uint32_t begin = 0, end = 0;  // byte offsets in the file
  std::string text;
};

// rustc shows a replacement that only adds text in the middle of the
// original (`(1)` -> `(1, x)`, `a` -> `a.to_owned()`) as an insertion: the
// common prefix and the rest of the original as suffix stay (its `as_substr`).
std::vector<Edit> suggestion_edits(const SourceFile& file, const SubDiagnostic& child) {
  std::vector<Edit> edits;
  for (const Label& label : child.spans) {
    const std::string& replacement = label.text.empty() ? *child.replacement : label.text;
    std::string_view original = file.text().substr(label.span.begin, label.span.end - label.span.begin);
    size_t prefix = 0;
    while (prefix < original.size() && prefix < replacement.size() && original[prefix] == replacement[prefix]) {
      ++prefix;
    }
    while (prefix > 0 && prefix < original.size() && (static_cast<unsigned char>(original[prefix]) & 0xC0) == 0x80) {
      --prefix;  // keep whole code points
    }
    std::string_view rest = original.substr(prefix);
    std::string_view suggested = std::string_view(replacement).substr(prefix);
    if (suggested.ends_with(rest)) {
      uint32_t at = label.span.begin + static_cast<uint32_t>(prefix);
      edits.push_back({at, at, std::string(suggested.substr(0, suggested.size() - rest.size()))});
    } else {
      edits.push_back({label.span.begin, label.span.end, replacement});
    }
  }
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  return edits;
}

// One line of the suggested code: the text and, per code point, whether it
// was inserted by the suggestion.
struct MarkedLine {
  std::u32string text;
  std::vector<bool> inserted;
  bool touched = false;  // an edit begins or ends on it (an insertion, a deletion)
};

// Applies the edits to the lines [first, last] of the file and splits the
// result into lines, remembering which characters are new.
std::vector<MarkedLine> apply_edits(const SourceFile& file, uint32_t first, uint32_t last,
                                    const std::vector<Edit>& edits) {
  uint32_t begin = file.line_start(first);
  uint32_t end = file.line_start(last) + static_cast<uint32_t>(file.line_text(last).size());
  std::vector<MarkedLine> lines(1);
  auto add = [&](std::string_view text, bool inserted) {
    for (char32_t c : decode_all(text)) {
      if (c == U'\n') {
        lines.emplace_back();
        continue;
      }
      lines.back().text += c;
      lines.back().inserted.push_back(inserted);
    }
  };
  uint32_t at = begin;
  for (const Edit& edit : edits) {
    if (edit.begin < at) continue;  // overlapping edits: keep the first
    add(file.text().substr(at, edit.begin - at), false);
    lines.back().touched = true;
    add(edit.text, true);
    lines.back().touched = true;
    at = edit.end;
  }
  add(file.text().substr(at, end - at), false);
  return lines;
}

void put_marked_line(StyledBuffer& buffer, size_t row, size_t col, const MarkedLine& line, Style mark_style) {
  for (size_t i = 0; i < line.text.size(); ++i) {
    if (line.text[i] == U'\t') {
      buffer.puts(row, col, std::u32string_view(U"    "), line.inserted[i] ? mark_style : Style::Plain);
      col += 4;
      continue;
    }
    buffer.putc(row, col++, line.text[i], line.inserted[i] ? mark_style : Style::Plain);
  }
}

// `help: msg` with the changed code: insertions are underlined with `+`,
// anything else that deletes text is shown as rustc's `-`/`+` diff.
void put_suggestion(StyledBuffer& buffer, const SourceMap& sources, const SubDiagnostic& child, const Gutter& gutter) {
  put_header(buffer, child.level, "", child.message, Style::Plain);
  draw_col_separator(buffer, buffer.rows(), gutter.width_offset() - 2);
  const SourceFile& file = sources.file(child.spans.front().span.file);
  std::vector<Edit> edits = suggestion_edits(file, child);
  if (edits.empty()) return;
  uint32_t first = file.line_column(edits.front().begin).line;
  uint32_t last = first;
  bool deletes = false, multiline_insertion = false;
  for (const Edit& e : edits) {
    last = std::max(last, file.line_column(e.end).line);
    deletes = deletes || e.end > e.begin;
    multiline_insertion = multiline_insertion || e.text.find('\n') != std::string::npos;
  }
  std::vector<MarkedLine> lines = apply_edits(file, first, last, edits);
  uint32_t code_offset = gutter.width_offset();
  // Whole lines inserted before a line (`#[derive(..)]` above a struct):
  // rustc shows them as added lines, then that line as it is.
  const Edit& only = edits.front();
  bool whole_lines = edits.size() == 1 && only.begin == only.end && only.begin == file.line_start(first) &&
                     !only.text.empty() && only.text.back() == '\n';
  if (whole_lines) {
    for (size_t i = 0; i < lines.size(); ++i) {
      size_t row = buffer.rows();
      draw_line_number(buffer, row, static_cast<uint32_t>(first + i), gutter);
      bool added = i + 1 < lines.size();
      buffer.puts(row, gutter.width_offset() - 2, std::string_view(added ? "+ " : "| "),
                  added ? Style::Addition : Style::LineNumber);
      put_marked_line(buffer, row, code_offset, lines[i], Style::Addition);
    }
    draw_col_separator(buffer, buffer.rows(), gutter.width_offset() - 2);
    return;
  }
  if (multiline_insertion || last > first) {
    // A change over several lines (a new match arm, `{ }` opened up, parts
    // on two lines): rustc marks a line that keeps some of the original and
    // changes `~`, a wholly new one `+`, one it leaves alone `|`, and
    // underlines nothing (its diff styles are for single lines).
    auto changed = [&](size_t i) {
      return lines[i].touched ||
             std::any_of(lines[i].inserted.begin(), lines[i].inserted.end(), [](bool inserted) { return inserted; });
    };
    auto put_line = [&](size_t i) {
      size_t row = buffer.rows();
      draw_line_number(buffer, row, static_cast<uint32_t>(first + i), gutter);
      bool kept = std::any_of(lines[i].inserted.begin(), lines[i].inserted.end(), [](bool inserted) { return !inserted; });
      bool is_changed = changed(i);
      std::string_view marker = !is_changed ? "|" : kept || lines[i].text.empty() ? "~" : "+";
      buffer.puts(row, gutter.width_offset() - 2, marker, is_changed ? Style::Addition : Style::LineNumber);
      put_marked_line(buffer, row, code_offset, lines[i], Style::Addition);
    };
    // Unchanged lines between changed ones: all of three or fewer, else the
    // first, `...` and the last, as rustc.
    std::vector<size_t> unchanged;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!changed(i)) {
        unchanged.push_back(i);
        continue;
      }
      if (unchanged.size() <= 3) {
        for (size_t u : unchanged) put_line(u);
      } else {
        put_line(unchanged.front());
        buffer.puts(buffer.rows(), 0, std::string_view("..."), Style::LineNumber);
        put_line(unchanged.back());
      }
      unchanged.clear();
      put_line(i);
    }
    draw_col_separator(buffer, buffer.rows(), gutter.width_offset() - 2);
    return;
  }
  if (!deletes && !multiline_insertion) {
    for (size_t i = 0; i < lines.size(); ++i) {
      size_t row = buffer.rows();
      draw_line_number(buffer, row, static_cast<uint32_t>(first + i), gutter);
      buffer.puts(row, gutter.width_offset() - 2, std::string_view("| "), Style::LineNumber);
      put_marked_line(buffer, row, code_offset, lines[i], Style::Addition);
      draw_col_separator(buffer, row + 1, gutter.width_offset() - 2);
      // Like rustc, an inserted run's surrounding spaces are not underlined
      // (`mut ` shows as `+++`).
      std::vector<bool> underlined(lines[i].inserted.begin(), lines[i].inserted.end());
      for (size_t k = 0; k < underlined.size();) {
        if (!underlined[k]) {
          ++k;
          continue;
        }
        size_t end = k;
        while (end < underlined.size() && lines[i].inserted[end]) ++end;
        for (size_t j = k; j < end && lines[i].text[j] == U' '; ++j) underlined[j] = false;
        for (size_t j = end; j > k && lines[i].text[j - 1] == U' '; --j) underlined[j - 1] = false;
        k = end;
      }
      uint32_t col = 0;
      for (size_t k = 0; k < lines[i].text.size(); ++k) {
        uint32_t width = char_width(lines[i].text[k]);
        if (underlined[k]) buffer.draw_range(row + 1, code_offset + col, code_offset + col + width, U'+', Style::Addition);
        col += width;
      }
    }
    return;
  }
  // The removed side: original lines, with the replaced text marked.
  std::vector<Edit> removals;
  for (const Edit& e : edits) removals.push_back({e.begin, e.end, ""});
  for (uint32_t l = first; l <= last; ++l) {
    size_t row = buffer.rows();
    draw_line_number(buffer, row, l, gutter);
    buffer.puts(row, gutter.width_offset() - 2, std::string_view("- "), Style::Removal);
    MarkedLine original;
    uint32_t at = file.line_start(l);
    for (char32_t c : source_line(file, l)) {
      std::string encoded;
      append_utf8(encoded, c);
      bool removed =
          std::any_of(edits.begin(), edits.end(), [&](const Edit& e) { return at >= e.begin && at < e.end; });
      original.text += c;
      original.inserted.push_back(removed);
      at += static_cast<uint32_t>(encoded.size());
    }
    put_marked_line(buffer, row, code_offset, original, Style::Removal);
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t row = buffer.rows();
    draw_line_number(buffer, row, static_cast<uint32_t>(first + i), gutter);
    buffer.puts(row, gutter.width_offset() - 2, std::string_view("+ "), Style::Addition);
    put_marked_line(buffer, row, code_offset, lines[i], Style::Addition);
  }
  draw_col_separator(buffer, buffer.rows(), gutter.width_offset() - 2);
}

bool is_suggestion(const SubDiagnostic& child) { return child.replacement.has_value() && !child.spans.empty(); }

size_t count_words(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::string_view trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\n");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t\n");
  return text.substr(begin, end - begin + 1);
}

// rustc shows a diagnostic's only suggestion as a label on its span when
// its style allows (ShowCode: `help: msg: `code``, if it has one part, a
// message under ten words and no line break; HideCodeInline: `help: msg`);
// otherwise, or with ShowAlways, as a separate snippet.
const SubDiagnostic* inline_suggestion(const Diagnostic& diagnostic) {
  const SubDiagnostic* found = nullptr;
  for (const SubDiagnostic& child : diagnostic.children) {
    if (!is_suggestion(child)) continue;
    if (found != nullptr) return nullptr;
    found = &child;
  }
  // A hidden suggestion counts among the suggestions but is never a label.
  if (found == nullptr || found->style == SuggestionStyle::ShowAlways || found->style == SuggestionStyle::CompletelyHidden ||
      found->style == SuggestionStyle::HideCodeAlways || found->spans.size() != 1) {
    return nullptr;
  }
  if (found->spans.front().span.is_none()) return nullptr;
  if (found->style == SuggestionStyle::HideCodeInline) return found;
  // rustc counts the words before it appends "(notice the capitalization)".
  std::string_view message = found->message;
  constexpr std::string_view kCaseNote = " (notice the capitalization)";
  if (message.ends_with(kCaseNote)) message.remove_suffix(kCaseNote.size());
  if (count_words(message) >= 10 || found->replacement->find('\n') != std::string::npos) return nullptr;
  return found;
}

std::string inline_suggestion_label(const SubDiagnostic& suggestion) {
  std::string_view code = trim(*suggestion.replacement);
  if (code.empty() || suggestion.style == SuggestionStyle::HideCodeInline) return "help: " + suggestion.message;
  return "help: " + suggestion.message + ": `" + std::string(code) + "`";
}

bool same_span(Span a, Span b) { return a.file == b.file && a.begin == b.begin && a.end == b.end; }

// The labels in rustc's order: labelled spans as they were added (the
// primary's label first), then the primary span if it had no label. A label
// on exactly the primary span is drawn as primary.
std::vector<std::pair<Label, bool>> ordered_labels(const Diagnostic& diagnostic, const SubDiagnostic* inlined) {
  std::vector<Label> labelled;
  if (!diagnostic.primary.text.empty()) labelled.push_back(diagnostic.primary);
  for (const Label& l : diagnostic.secondary) labelled.push_back(l);
  if (inlined != nullptr) labelled.push_back({inlined->spans.front().span, inline_suggestion_label(*inlined)});
  std::vector<std::pair<Label, bool>> labels;
  Span primary = diagnostic.primary.span;
  for (Label& l : labelled) {
    bool is_primary = l.primary || (!primary.is_none() && same_span(l.span, primary));
    labels.push_back({std::move(l), is_primary});
  }
  bool primary_listed = std::any_of(labels.begin(), labels.end(),
                                    [&](const auto& l) { return l.second && same_span(l.first.span, primary); });
  if (!primary.is_none() && !primary_listed) labels.push_back({Label{primary, ""}, true});
  return labels;
}

uint32_t largest_line_number(const Diagnostic& d, const SourceMap& sources) {
  uint32_t largest = 0;
  auto consider = [&](Span span) {
    if (span.is_none()) return;
    const SourceFile& file = sources.file(span.file);
    largest = std::max(largest, position_of(file, std::max(span.begin, span.end)).line + 1);
  };
  consider(d.primary.span);
  for (const Label& l : d.secondary) consider(l.span);
  for (const SubDiagnostic& child : d.children) {
    for (const Label& l : child.spans) {
      consider(l.span);
      // A suggestion that inserts lines shows line numbers past its span.
      const std::string* text = !l.text.empty() ? &l.text : child.replacement ? &*child.replacement : nullptr;
      if (text != nullptr && !l.span.is_none()) {
        uint32_t added = static_cast<uint32_t>(std::count(text->begin(), text->end(), '\n'));
        const SourceFile& file = sources.file(l.span.file);
        largest = std::max(largest, position_of(file, l.span.end).line + 1 + added);
      }
    }
  }
  return largest;
}

// A child with spans but no replacement: `note: msg` with its own snippet,
// the first span primary (and any other marked so).
void put_spanned_child(StyledBuffer& buffer, const SourceMap& sources, const SubDiagnostic& child,
                       const Gutter& gutter) {
  put_header(buffer, child.level, "", child.message, Style::Plain);
  buffer.set_primary_level(child.level);
  std::vector<std::pair<Label, bool>> labels;
  for (size_t i = 0; i < child.spans.size(); ++i) labels.push_back({child.spans[i], i == 0 || child.spans[i].primary});
  put_snippets(buffer, sources, labels, child.spans.front().span, gutter);
}

}  // namespace

std::string render_human(const Diagnostic& diagnostic, const SourceMap& sources, const HumanRenderOptions& options) {
  Gutter gutter{decimal_digits(largest_line_number(diagnostic, sources))};
  StyledBuffer buffer;
  buffer.set_primary_level(diagnostic.level);
  put_header(buffer, diagnostic.level, diagnostic.code, diagnostic.message, Style::HeaderMessage);

  const SubDiagnostic* inlined = inline_suggestion(diagnostic);
  std::vector<std::pair<Label, bool>> labels = ordered_labels(diagnostic, inlined);
  bool has_snippet = !diagnostic.primary.hidden &&
                     std::any_of(labels.begin(), labels.end(), [](const auto& l) { return !l.first.span.is_none(); });
  if (has_snippet) put_snippets(buffer, sources, labels, diagnostic.primary.span, gutter);

  // A child pointing nowhere (a checker's bug) is left out rather than read
  // out of the source map.
  auto located = [](const SubDiagnostic& child) {
    return std::none_of(child.spans.begin(), child.spans.end(), [](const Label& l) { return l.span.is_none(); });
  };
  bool has_children = std::any_of(diagnostic.children.begin(), diagnostic.children.end(), [&](const SubDiagnostic& child) {
    bool hidden = is_suggestion(child) && child.style == SuggestionStyle::CompletelyHidden;  // for tools only
    return &child != inlined && located(child) && !hidden;
  });
  if (has_children) draw_col_separator(buffer, buffer.rows(), gutter.width_offset() - 2);
  // rustc prints notes and helps before suggestions, whatever order they came in.
  for (const SubDiagnostic& child : diagnostic.children) {
    if (is_suggestion(child)) continue;
    if (child.spans.empty()) {
      put_spanless_child(buffer, child, gutter);
    } else if (located(child)) {
      put_spanned_child(buffer, sources, child, gutter);
    }
  }
  for (const SubDiagnostic& child : diagnostic.children) {
    if (!is_suggestion(child) || !located(child) || &child == inlined) continue;
    if (child.style == SuggestionStyle::HideCodeAlways) {
      put_spanless_child(buffer, SubDiagnostic{Level::Help, child.message, {}, std::nullopt}, gutter);
    } else if (child.style != SuggestionStyle::CompletelyHidden) {
      put_suggestion(buffer, sources, child, gutter);
    }
  }

  std::string out;
  buffer.render(out, options.color);
  out += '\n';
  return out;
}

}  // namespace sluice
