#include "server/engine/interface_codec.h"

#include <algorithm>
#include <unordered_map>

namespace sluice {

namespace {

constexpr uint32_t kMaxTypeDepth = 4096;  // deeper than the parser lets any type be written

// ---------------------------------------------------------------- spans

}  // namespace

void SpanWriter::span(ByteWriter& out, Span span) {
  if (span.is_none()) return out.index(UINT32_MAX);
  auto [found, added] = index_of_file_.try_emplace(span.file.index, static_cast<uint32_t>(paths_.size()));
  if (added) paths_.push_back(sources_.file(span.file).path());
  out.index(found->second);
  out.varint(span.begin);
  out.varint(span.end);
}

SpanReader::SpanReader(const SourceMap& sources, std::vector<std::string_view> paths, Resolve resolve)
    : sources_(sources), paths_(std::move(paths)), resolve_(std::move(resolve)), files_(paths_.size()),
      sizes_(paths_.size(), 0), resolved_(paths_.size(), 0) {}

Span SpanReader::span(ByteReader& in) const {
  uint32_t index = in.index();
  if (index == UINT32_MAX) return Span{};
  Span span;
  span.begin = in.u32();
  span.end = in.u32();
  if (index < paths_.size() && !resolved_[index]) {
    resolved_[index] = 1;
    files_[index] = resolve_(paths_[index]);
    if (files_[index].has_value()) sizes_[index] = sources_.file(files_[index]).size();
  }
  if (index >= files_.size() || files_[index].is_none() || span.begin > span.end || span.end > sizes_[index]) {
    in.fail();
    return Span{};
  }
  span.file = files_[index];
  return span;
}

namespace {

// ---------------------------------------------------------------- writing

class ShapeWriter {
 public:
  ShapeWriter(const CrateDefMap& map, const TypeStore& types, const CrateNaming& naming)
      : map_(map), types_(types), naming_(naming) {
    crate_index(map.crate);  // the crate itself is entry 0
  }

  std::optional<std::string> write();

 private:
  uint32_t crate_index(uint32_t crate) {
    auto [it, added] = crate_indices_.try_emplace(crate, static_cast<uint32_t>(crate_keys_.size()));
    if (added) crate_keys_.push_back(key_of(crate));
    return it->second;
  }
  const std::string& key_of(uint32_t crate) {
    auto [it, added] = keys_.try_emplace(crate);
    if (added) it->second = crate == ItemRef::kStdCrate ? std::string("#std") : naming_.key_of(crate);
    return it->second;
  }
  void item_ref(ItemRef ref) {
    if (ref.is_none()) return body_.index(UINT32_MAX);
    body_.index(crate_index(ref.crate));
    body_.varint(ref.item);
  }
  void type(TypeId id) { body_.index(type_index(id, 0)); }
  uint32_t type_index(TypeId id, uint32_t depth);
  // Sorts refs to other crates by key, so the bytes do not depend on this run's crate numbers.
  std::vector<ItemRef> sorted_refs(std::vector<ItemRef> refs) {
    std::sort(refs.begin(), refs.end(), [&](ItemRef a, ItemRef b) {
      if (a.crate != b.crate) return key_of(a.crate) < key_of(b.crate);
      return a.item < b.item;
    });
    return refs;
  }

  void items();
  void modules();
  void signatures();
  void impls_and_consts();

  const CrateDefMap& map_;
  const TypeStore& types_;
  const CrateNaming& naming_;
  bool ok_ = true;
  std::unordered_map<uint32_t, uint32_t> crate_indices_;
  std::unordered_map<uint32_t, std::string> keys_;
  std::vector<std::string> crate_keys_;
  std::unordered_map<uint32_t, uint32_t> type_indices_;
  ByteWriter type_table_;
  uint32_t type_count_ = 0;
  ByteWriter body_;
};

// Types are written once each, children before parents; an entry refers to
// earlier entries by index.
uint32_t ShapeWriter::type_index(TypeId id, uint32_t depth) {
  if (id.is_none()) return UINT32_MAX;
  auto found = type_indices_.find(id.index);
  if (found != type_indices_.end()) return found->second;
  if (depth > kMaxTypeDepth) {
    ok_ = false;
    return 0;
  }
  const TypeData& data = types_.data(id);
  std::vector<uint32_t> children;
  ItemRef item;
  switch (data.kind) {
    case TypeKind::Tuple:
      for (TypeId element : types_.tuple_elements(id)) children.push_back(type_index(element, depth + 1));
      break;
    case TypeKind::Array:
    case TypeKind::Slice:
    case TypeKind::Ref:
    case TypeKind::Range:
    case TypeKind::Iter:
      children.push_back(type_index(types_.element(id), depth + 1));
      break;
    case TypeKind::Adt:
    case TypeKind::FnDef:
      item = data.item;
      break;
    default:
      break;
  }
  ByteWriter& out = type_table_;
  out.u8(static_cast<uint8_t>(data.kind));
  out.u8(data.detail);
  if (data.kind == TypeKind::Tuple) out.varint(children.size());
  for (uint32_t child : children) out.varint(child);
  if (data.kind == TypeKind::Array) out.varint(data.length);
  if (data.kind == TypeKind::InferVar || data.kind == TypeKind::IntVar || data.kind == TypeKind::FloatVar) {
    out.varint(data.a);
  }
  if (item.has_value()) {
    out.varint(crate_index(item.crate));
    out.varint(item.item);
  }
  uint32_t index = type_count_++;
  type_indices_.emplace(id.index, index);
  return index;
}

void ShapeWriter::items() {
  body_.string(map_.name);
  body_.u8(static_cast<uint8_t>(map_.edition));
  body_.varint(map_.items.size());
  for (const Item& item : map_.items) {
    body_.u8(static_cast<uint8_t>(item.kind));
    body_.string(item.name);
    body_.index(item.parent.index);
    body_.index(item.module.index);
    body_.index(item.visible_in.index);
    body_.index(item.file);
    body_.index(item.data);
  }
}

void ShapeWriter::modules() {
  body_.varint(map_.modules.size());
  for (const ModuleData& module : map_.modules) {
    if (!module.unsettled_globs.empty()) ok_ = false;
    body_.index(module.item.index);
    body_.index(module.parent_module.index);
    body_.u8(module.is_block ? 1 : 0);
    for (const auto& names : module.names) {
      std::vector<std::pair<std::string_view, const Binding*>> sorted;
      for (const auto& [name, binding] : names) sorted.emplace_back(name, &binding);
      std::sort(sorted.begin(), sorted.end());
      body_.varint(sorted.size());
      for (const auto& [name, binding] : sorted) {
        body_.string(name);
        item_ref(binding->target);
        body_.index(binding->visible_in.index);
        body_.index(binding->import);
        body_.u8(binding->from_glob ? 1 : 0);
      }
    }
    body_.varint(module.glob_imports.size());
    for (uint32_t import : module.glob_imports) body_.varint(import);
  }
}

void ShapeWriter::signatures() {
  body_.varint(map_.fns.size());
  for (const FnData& fn : map_.fns) {
    body_.varint(fn.params.size());
    for (TypeId param : fn.params) type(param);
    type(fn.ret);
    body_.u8(static_cast<uint8_t>(fn.self));
    body_.u8(uint8_t(fn.self_mut_binding) | uint8_t(fn.has_body) << 1 | uint8_t(fn.is_unsafe) << 2 | uint8_t(fn.is_const) << 3);
  }
  body_.varint(map_.adts.size());
  for (const AdtData& adt : map_.adts) {
    body_.u8(static_cast<uint8_t>(adt.shape));
    body_.varint(adt.fields.size());
    for (const FieldDef& field : adt.fields) {
      body_.string(field.name);
      type(field.type);
      body_.index(field.visible_in.index);
    }
    body_.varint(adt.variants.size());
    for (ItemId variant : adt.variants) body_.varint(variant.index);
    body_.varint(adt.derives);
  }
}

void ShapeWriter::impls_and_consts() {
  body_.varint(map_.impls.size());
  for (const ImplData& impl : map_.impls) {
    type(impl.self_type);
    std::vector<std::pair<std::string_view, ItemId>> items(impl.items.begin(), impl.items.end());
    std::sort(items.begin(), items.end());
    body_.varint(items.size());
    for (const auto& [name, item] : items) {
      body_.string(name);
      body_.varint(item.index);
    }
  }
  body_.varint(map_.consts.size());
  for (const ConstData& c : map_.consts) {
    type(c.type);
    body_.u8(uint8_t(c.value.known) | uint8_t(c.value.negative) << 1 | uint8_t(c.value.kind) << 2);
    body_.varint(uint64_t(c.value.magnitude));
    body_.varint(uint64_t(c.value.magnitude >> 64));
    if (c.value.kind == ConstValue::Kind::Variant) item_ref(c.value.variant);
  }
  body_.varint(map_.type_aliases.size());
  for (TypeId alias : map_.type_aliases) type(alias);
  body_.varint(map_.unsupported_constructs.size());
  for (const std::string& construct : map_.unsupported_constructs) body_.string(construct);

  std::vector<ItemRef> impl_keys;
  for (const auto& [adt, impls] : map_.inherent_impls) impl_keys.push_back(adt);
  body_.varint(impl_keys.size());
  for (ItemRef adt : sorted_refs(std::move(impl_keys))) {
    item_ref(adt);
    const std::vector<ItemId>& impls = map_.inherent_impls.at(adt);
    body_.varint(impls.size());
    for (ItemId impl : impls) body_.varint(impl.index);
  }
  std::vector<ItemRef> traits(map_.types_with_trait_impls.begin(), map_.types_with_trait_impls.end());
  body_.varint(traits.size());
  for (ItemRef adt : sorted_refs(std::move(traits))) item_ref(adt);
}

std::optional<std::string> ShapeWriter::write() {
  items();
  modules();
  signatures();
  impls_and_consts();
  if (!ok_) return std::nullopt;
  ByteWriter out;
  out.varint(crate_keys_.size());
  for (const std::string& key : crate_keys_) out.string(key);
  out.varint(type_count_);
  out.buffer() += type_table_.buffer();
  out.buffer() += body_.buffer();
  return out.take();
}

std::string write_positions(const CrateDefMap& map, SpanWriter& spans) {
  ByteWriter out;
  out.varint(map.items.size());
  for (const Item& item : map.items) {
    out.index(item.node.index);
    spans.span(out, item.name_span);
    spans.span(out, item.def_span);
  }
  out.varint(map.fns.size());
  for (const FnData& fn : map.fns) {
    out.varint(fn.param_spans.size());
    for (Span span : fn.param_spans) spans.span(out, span);
    spans.span(out, fn.ret_span);
  }
  out.varint(map.adts.size());
  for (const AdtData& adt : map.adts) {
    out.varint(adt.fields.size());
    for (const FieldDef& field : adt.fields) spans.span(out, field.span);
  }
  return out.take();
}

}  // namespace

std::optional<EncodedInterface> encode_interface(const CrateDefMap& map, const TypeStore& types,
                                                 const CrateNaming& naming, SpanWriter& spans) {
  if (!map.waits_on.empty()) return std::nullopt;
  ShapeWriter writer(map, types, naming);
  std::optional<std::string> shape = writer.write();
  if (!shape) return std::nullopt;
  EncodedInterface encoded;
  encoded.hash = stable_hash(*shape);
  encoded.shape = std::move(*shape);
  encoded.positions = write_positions(map, spans);
  return encoded;
}

namespace {

// ---------------------------------------------------------------- reading

// Reads a shape back. Every index is checked against the tables it points
// into (own items, types, other crates' maps), so a record that passed its
// checksum but is wrong in content still cannot make a dependent read out
// of bounds.
class ShapeReader {
 public:
  ShapeReader(std::string_view shape, uint32_t crate, TypeStore& types, const CrateNaming& naming,
              const DefMaps& maps)
      : in_(shape), crate_(crate), types_(types), naming_(naming), maps_(maps) {}

  std::optional<CrateDefMap> read();

 private:
  bool check(bool condition) {
    if (!condition) in_.fail();
    return condition;
  }
  void crate_table();
  void type_table();
  TypeId type() {
    uint32_t index = in_.index();
    if (index == UINT32_MAX) return TypeId::none();
    return check(index < decoded_types_.size()) ? decoded_types_[index] : types_.error();
  }
  TypeId type_entry();
  ItemId own_item(uint32_t index) {
    if (index == UINT32_MAX) return ItemId::none();
    check(index < item_count_);
    return ItemId(index);
  }
  ItemId item_id() { return own_item(in_.index()); }
  ItemRef item_ref();
  ItemRef item_in(uint32_t crate_table_index, uint32_t item);

  void items(CrateDefMap& map);
  void modules(CrateDefMap& map);
  void signatures(CrateDefMap& map);
  void impls_and_consts(CrateDefMap& map);
  void check_item_data(const CrateDefMap& map);

  ByteReader in_;
  uint32_t crate_;
  TypeStore& types_;
  const CrateNaming& naming_;
  const DefMaps& maps_;
  std::vector<uint32_t> crates_;  // by the record's crate table index: this run's crate number
  std::vector<TypeId> decoded_types_;
  uint32_t item_count_ = 0;
  bool items_known_ = false;
};

void ShapeReader::crate_table() {
  size_t count = in_.count();
  for (size_t i = 0; i < count && !in_.failed(); ++i) {
    std::string_view key = in_.string();
    if (i == 0) {
      if (!check(key == naming_.key_of(crate_))) return;
      crates_.push_back(crate_);
      continue;
    }
    if (key == "#std") {
      crates_.push_back(ItemRef::kStdCrate);
      continue;
    }
    std::optional<uint32_t> number = naming_.number_of(key);
    if (!check(number.has_value() && maps_.find(*number) != nullptr)) return;
    crates_.push_back(*number);
  }
}

ItemRef ShapeReader::item_in(uint32_t crate_table_index, uint32_t item) {
  if (!check(crate_table_index < crates_.size())) return ItemRef{};
  uint32_t crate = crates_[crate_table_index];
  if (crate == crate_) {
    if (items_known_) check(item < item_count_);  // else checked in read()
  } else {
    const CrateDefMap* map = maps_.find(crate);
    check(map != nullptr && item < map->items.size());
  }
  return ItemRef{crate, item};
}

ItemRef ShapeReader::item_ref() {
  uint32_t crate_index = in_.index();
  if (crate_index == UINT32_MAX) return ItemRef{};
  uint32_t item = in_.u32();
  return item_in(crate_index, item);
}

// Own items are checked later (the item table comes after the types), so
// a type naming one is checked against the count written with the table.
TypeId ShapeReader::type_entry() {
  auto kind = static_cast<TypeKind>(in_.u8());
  uint8_t detail = in_.u8();
  auto child = [&] {
    uint32_t index = in_.u32();
    return check(index < decoded_types_.size()) ? decoded_types_[index] : types_.error();
  };
  switch (kind) {
    case TypeKind::Error: return types_.error();
    case TypeKind::Never: return types_.never();
    case TypeKind::Bool: return types_.bool_type();
    case TypeKind::Char: return types_.char_type();
    case TypeKind::Str: return types_.str();
    case TypeKind::Int:
      return check(detail <= static_cast<uint8_t>(IntKind::Usize)) ? types_.int_type(IntKind(detail)) : types_.error();
    case TypeKind::Float:
      return check(detail <= static_cast<uint8_t>(FloatKind::F64)) ? types_.float_type(FloatKind(detail))
                                                                    : types_.error();
    case TypeKind::Tuple: {
      std::vector<TypeId> elements(in_.count());
      for (TypeId& element : elements) element = child();
      return in_.failed() ? types_.error() : types_.tuple(elements);
    }
    case TypeKind::Array: {
      TypeId element = child();
      return types_.array(element, in_.varint());
    }
    case TypeKind::Slice: return types_.slice(child());
    case TypeKind::Ref: return types_.reference(child(), detail == 1);
    case TypeKind::Range:
      check(detail <= static_cast<uint8_t>(RangeShape::Full));
      return types_.range(child(), RangeShape(std::min<uint8_t>(detail, uint8_t(RangeShape::Full))));
    case TypeKind::Iter: return types_.iter(child());
    case TypeKind::Adt:
    case TypeKind::FnDef: {
      uint32_t crate_index = in_.u32();
      ItemRef item = item_in(crate_index, in_.u32());
      if (in_.failed()) return types_.error();
      return kind == TypeKind::Adt ? types_.adt(item) : types_.fn_def(item);
    }
    case TypeKind::InferVar: return types_.infer_var(in_.u32());
    case TypeKind::IntVar: return types_.int_var(in_.u32());
    case TypeKind::FloatVar: return types_.float_var(in_.u32());
  }
  in_.fail();
  return types_.error();
}

void ShapeReader::type_table() {
  size_t count = in_.count(2);
  decoded_types_.reserve(count);
  for (size_t i = 0; i < count && !in_.failed(); ++i) decoded_types_.push_back(type_entry());
}

void ShapeReader::items(CrateDefMap& map) {
  map.name = in_.string();
  uint8_t edition = in_.u8();
  check(edition <= static_cast<uint8_t>(Edition::E2024));
  map.edition = static_cast<Edition>(edition);
  map.items.resize(in_.count(7));
  item_count_ = static_cast<uint32_t>(map.items.size());
  items_known_ = true;
  for (Item& item : map.items) {
    uint8_t kind = in_.u8();
    check(kind <= static_cast<uint8_t>(ItemKind::Derive));
    item.kind = static_cast<ItemKind>(kind);
    item.name = in_.string();
    item.parent = item_id();
    item.module = item_id();
    item.visible_in = item_id();
    item.file = in_.index();
    item.data = in_.index();
  }
}

void ShapeReader::modules(CrateDefMap& map) {
  map.modules.resize(in_.count(5));
  for (ModuleData& module : map.modules) {
    module.item = item_id();
    module.parent_module = item_id();
    module.is_block = in_.u8() != 0;
    for (auto& names : module.names) {
      size_t count = in_.count(5);
      names.reserve(count);
      for (size_t i = 0; i < count && !in_.failed(); ++i) {
        std::string_view name = in_.string();
        Binding binding;
        binding.target = item_ref();
        binding.visible_in = item_id();
        binding.import = in_.index();
        binding.from_glob = in_.u8() != 0;
        names.emplace(name, binding);
      }
    }
    module.glob_imports.resize(in_.count());
    for (uint32_t& import : module.glob_imports) import = in_.u32();
  }
}

void ShapeReader::signatures(CrateDefMap& map) {
  map.fns.resize(in_.count(4));
  for (FnData& fn : map.fns) {
    fn.params.resize(in_.count());
    for (TypeId& param : fn.params) param = type();
    fn.ret = type();
    uint8_t self = in_.u8();
    check(self <= static_cast<uint8_t>(SelfParamKind::RefMut));
    fn.self = static_cast<SelfParamKind>(self);
    uint8_t flags = in_.u8();
    fn.self_mut_binding = flags & 1;
    fn.has_body = flags & 2;
    fn.is_unsafe = flags & 4;
    fn.is_const = flags & 8;
  }
  map.adts.resize(in_.count(4));
  for (AdtData& adt : map.adts) {
    uint8_t shape = in_.u8();
    check(shape <= static_cast<uint8_t>(FieldsShape::Unit));
    adt.shape = static_cast<FieldsShape>(shape);
    adt.fields.resize(in_.count(3));
    for (FieldDef& field : adt.fields) {
      field.name = in_.string();
      field.type = type();
      field.visible_in = item_id();
    }
    adt.variants.resize(in_.count());
    for (ItemId& variant : adt.variants) variant = own_item(in_.u32());
    adt.derives = in_.u32();
  }
}

void ShapeReader::impls_and_consts(CrateDefMap& map) {
  map.impls.resize(in_.count(2));
  for (ImplData& impl : map.impls) {
    impl.self_type = type();
    size_t count = in_.count(2);
    for (size_t i = 0; i < count && !in_.failed(); ++i) {
      std::string_view name = in_.string();
      impl.items.emplace(name, own_item(in_.u32()));
    }
  }
  map.consts.resize(in_.count(3));
  for (ConstData& c : map.consts) {
    c.type = type();
    uint8_t flags = in_.u8();
    c.value.known = flags & 1;
    c.value.negative = flags & 2;
    c.value.kind = static_cast<ConstValue::Kind>((flags >> 2) & 3);
    c.value.magnitude = in_.varint();
    c.value.magnitude |= ConstInt::Magnitude(in_.varint()) << 64;
    if (c.value.kind == ConstValue::Kind::Variant) c.value.variant = item_ref();
  }
  map.type_aliases.resize(in_.count());
  for (TypeId& alias : map.type_aliases) alias = type();
  map.unsupported_constructs.resize(in_.count());
  for (std::string& construct : map.unsupported_constructs) construct = std::string(in_.string());
  size_t impl_keys = in_.count(2);
  for (size_t i = 0; i < impl_keys && !in_.failed(); ++i) {
    ItemRef adt = item_ref();
    std::vector<ItemId>& impls = map.inherent_impls[adt];
    impls.resize(in_.count());
    for (ItemId& impl : impls) impl = own_item(in_.u32());
  }
  size_t traits = in_.count(1);
  for (size_t i = 0; i < traits && !in_.failed(); ++i) map.types_with_trait_impls.insert(item_ref());
}

// Each item's `data` indexes the table of its kind: checked once all tables are read.
void ShapeReader::check_item_data(const CrateDefMap& map) {
  auto table_size = [&](ItemKind kind) -> size_t {
    switch (kind) {
      case ItemKind::Module: return map.modules.size();
      case ItemKind::Fn: return map.fns.size();
      case ItemKind::Struct:
      case ItemKind::Enum:
      case ItemKind::Variant: return map.adts.size();
      case ItemKind::Const:
      case ItemKind::Static: return map.consts.size();
      case ItemKind::TypeAlias: return map.type_aliases.size();
      case ItemKind::Impl: return map.impls.size();
      case ItemKind::Unsupported:
      case ItemKind::Derive: return SIZE_MAX;  // readers check these bounds themselves
    }
    return 0;
  };
  for (const Item& item : map.items) {
    size_t size = table_size(item.kind);
    if (size != SIZE_MAX && !check(item.data < size)) return;
  }
  for (const ModuleData& module : map.modules) {
    if (!check(module.item.has_value())) return;
  }
  check(!map.items.empty() && map.items[0].kind == ItemKind::Module);
}

std::optional<CrateDefMap> ShapeReader::read() {
  crate_table();
  type_table();
  if (in_.failed()) return std::nullopt;
  CrateDefMap map;
  map.crate = crate_;
  items(map);
  modules(map);
  signatures(map);
  impls_and_consts(map);
  if (!in_.failed()) check_item_data(map);
  if (in_.failed() || !in_.at_end()) return std::nullopt;
  // Types naming own items were read before the item count was known.
  for (TypeId t : decoded_types_) {
    const TypeData& data = types_.data(t);
    if ((data.kind == TypeKind::Adt || data.kind == TypeKind::FnDef) && data.item.crate == crate_ &&
        data.item.item >= item_count_) {
      return std::nullopt;
    }
  }
  return map;
}

bool read_positions(ByteReader& in, CrateDefMap& map, const SpanReader& spans) {
  if (in.count() != map.items.size()) return false;
  for (Item& item : map.items) {
    item.node = NodeId(in.index());
    item.name_span = spans.span(in);
    item.def_span = spans.span(in);
  }
  if (in.count() != map.fns.size()) return false;
  for (FnData& fn : map.fns) {
    fn.param_spans.resize(in.count());
    for (Span& span : fn.param_spans) span = spans.span(in);
    fn.ret_span = spans.span(in);
  }
  if (in.count() != map.adts.size()) return false;
  for (AdtData& adt : map.adts) {
    if (in.count() != adt.fields.size()) return false;
    for (FieldDef& field : adt.fields) field.span = spans.span(in);
  }
  return !in.failed() && in.at_end();
}

}  // namespace

std::optional<CrateDefMap> decode_interface(std::shared_ptr<const std::string> storage, std::string_view shape,
                                            std::string_view positions, uint32_t crate, TypeStore& types,
                                            const CrateNaming& naming, const SpanReader& spans,
                                            const DefMaps& maps) {
  ShapeReader reader(shape, crate, types, naming, maps);
  std::optional<CrateDefMap> map = reader.read();
  if (!map) return std::nullopt;
  ByteReader in(positions);
  if (!read_positions(in, *map, spans)) return std::nullopt;
  map->storage = std::move(storage);
  return map;
}

// ---------------------------------------------------------------- diagnostics

namespace {

void write_label(ByteWriter& out, const Label& label, SpanWriter& spans) {
  spans.span(out, label.span);
  out.string(label.text);
  out.u8((label.primary ? 1 : 0) | (label.hidden ? 2 : 0));
}

Label read_label(ByteReader& in, const SpanReader& spans) {
  Label label;
  label.span = spans.span(in);
  label.text = std::string(in.string());
  uint8_t flags = in.u8();
  if (flags > 3) in.fail();
  label.primary = (flags & 1) != 0;
  label.hidden = (flags & 2) != 0;
  return label;
}

}  // namespace

void encode_diagnostics(ByteWriter& out, const std::vector<Diagnostic>& diagnostics, SpanWriter& spans) {
  out.varint(diagnostics.size());
  for (const Diagnostic& d : diagnostics) {
    out.varint(static_cast<uint16_t>(d.kind));
    out.u8(static_cast<uint8_t>(d.level));
    out.string(d.code);
    out.string(d.message);
    write_label(out, d.primary, spans);
    out.varint(d.secondary.size());
    for (const Label& label : d.secondary) write_label(out, label, spans);
    out.varint(d.children.size());
    for (const SubDiagnostic& child : d.children) {
      out.u8(static_cast<uint8_t>(child.level));
      out.string(child.message);
      out.varint(child.spans.size());
      for (const Label& label : child.spans) write_label(out, label, spans);
      out.u8(child.replacement.has_value() ? 1 : 0);
      if (child.replacement) out.string(*child.replacement);
      out.u8(static_cast<uint8_t>(child.applicability));
      out.u8(static_cast<uint8_t>(child.style));
    }
  }
}

std::optional<std::vector<Diagnostic>> decode_diagnostics(ByteReader& in, const SpanReader& spans) {
  std::vector<Diagnostic> diagnostics(in.count(6));
  auto level = [&] {
    uint8_t value = in.u8();
    if (value > static_cast<uint8_t>(Level::Help)) in.fail();
    return static_cast<Level>(value);
  };
  for (Diagnostic& d : diagnostics) {
    uint64_t kind = in.varint();
    if (kind >= static_cast<uint64_t>(DiagKind::Count)) in.fail();
    d.kind = static_cast<DiagKind>(kind);
    d.level = level();
    d.code = std::string(in.string());
    d.message = std::string(in.string());
    d.primary = read_label(in, spans);
    d.secondary.resize(in.count(2));
    for (Label& label : d.secondary) label = read_label(in, spans);
    d.children.resize(in.count(6));
    for (SubDiagnostic& child : d.children) {
      child.level = level();
      child.message = std::string(in.string());
      child.spans.resize(in.count(2));
      for (Label& label : child.spans) label = read_label(in, spans);
      if (in.u8() != 0) child.replacement = std::string(in.string());
      uint8_t applicability = in.u8();
      uint8_t style = in.u8();
      if (applicability > uint8_t(Applicability::Unspecified) || style > uint8_t(SuggestionStyle::HideCodeAlways)) {
        in.fail();
      }
      child.applicability = static_cast<Applicability>(applicability);
      child.style = static_cast<SuggestionStyle>(style);
    }
    if (in.failed()) return std::nullopt;
  }
  if (in.failed()) return std::nullopt;
  return diagnostics;
}

}  // namespace sluice
