// Signatures: the types of functions' parameters and results, of fields,
// consts, statics and type aliases, and impls' self types. Types are
// resolved in the item's own module; anything that does not resolve (or is
// outside tier L1) becomes the error type, reported once.
#include <algorithm>
#include <utility>

#include "analysis/resolve/builder.h"
#include "analysis/resolve/paths.h"
#include "analysis/resolve/syntax_walk.h"

namespace sluice {

namespace {

bool has_modifier(const SyntaxTree& tree, NodeId node, ModifierKind modifier) { return tree.has_modifier(node, modifier); }

NodeId first_type_child(const SyntaxTree& tree, NodeId node) {
  for (NodeId child : tree.children(node)) {
    NodeKind k = tree.kind(child);
    if (k >= NodeKind::PathType && k <= NodeKind::MacroType) return child;
  }
  return NodeId::none();
}

}  // namespace

TypeId DefMapBuilder::lower_type(uint32_t file, NodeId type_node, ItemId scope, TypeId self_type) {
  const SyntaxTree& t = tree(file);
  if (type_node.is_none()) return types_.error();
  switch (t.kind(type_node)) {
    case NodeKind::PathType: return lower_path_type(file, type_node, scope, self_type);
    case NodeKind::RefType: {
      bool is_mut = has_modifier(t, type_node, ModifierKind::Mut);
      return types_.reference(lower_type(file, first_type_child(t, type_node), scope, self_type), is_mut);
    }
    case NodeKind::SliceType: return types_.slice(lower_type(file, first_type_child(t, type_node), scope, self_type));
    case NodeKind::ArrayType: {
      TypeId element = lower_type(file, first_type_child(t, type_node), scope, self_type);
      std::vector<NodeId> children = t.children(type_node);
      std::optional<uint64_t> length;
      if (children.size() >= 2) {
        TypeId outer_self = std::exchange(const_self_type_, self_type);  // `[u8; Self::N]` in an impl
        length = eval_array_length(file, children.back(), scope);
        const_self_type_ = outer_self;
      }
      if (!length || types_.kind(element) == TypeKind::Error) return types_.error();
      return types_.array(element, *length);
    }
    case NodeKind::TupleType: {
      std::vector<TypeId> elements;
      for (NodeId child : t.children(type_node)) {
        NodeKind k = t.kind(child);
        if (k >= NodeKind::PathType && k <= NodeKind::MacroType) elements.push_back(lower_type(file, child, scope, self_type));
      }
      return types_.tuple(elements);
    }
    case NodeKind::ParenType: return lower_type(file, first_type_child(t, type_node), scope, self_type);
    case NodeKind::NeverType: {  // stable only as a function's return type (lower_fn takes that one itself)
      Diagnostic d = make_diagnostic(DiagKind::NeverTypeExperimental, t.span(type_node), {});
      d.with_note("see issue #35121 <https://github.com/rust-lang/rust/issues/35121> for more information");
      map_.diagnostics.push_back(std::move(d));
      return types_.never();
    }
    case NodeKind::PtrType: report_unsupported(t.span(type_node), "raw pointers"); return types_.error();
    case NodeKind::FnPtrType: report_unsupported(t.span(type_node), "function pointer types"); return types_.error();
    case NodeKind::ImplTraitType: report_unsupported(t.span(type_node), "`impl Trait` types"); return types_.error();
    case NodeKind::DynTraitType: report_unsupported(t.span(type_node), "trait objects"); return types_.error();
    case NodeKind::InferType: return types_.error();  // `_` is not allowed in signatures; rustc reports E0121
    default: report_unsupported(t.span(type_node), "this type"); return types_.error();
  }
}

TypeId DefMapBuilder::lower_path_type(uint32_t file, NodeId type_node, ItemId scope, TypeId self_type) {
  const SyntaxTree& t = tree(file);
  NodeId path = first_child(t, type_node, NodeKind::Path);
  if (path.is_none()) return types_.error();
  for (NodeId seg : t.children(path)) {
    if (t.kind(seg) == NodeKind::PathSegment && first_child(t, seg, NodeKind::GenericArgList).has_value()) {
      NodeId args = first_child(t, seg, NodeKind::GenericArgList);
      bool only_lifetimes = true;
      for (NodeId arg : t.children(args)) only_lifetimes &= t.kind(arg) == NodeKind::LifetimeArg;
      // `Option<u8>`: the std item is the construct to name (once per crate);
      // a user's own generic type was reported where it is defined;
      // `Meters<f64>` on a type with no parameters is E0107, and the type
      // is taken without them, as rustc goes on.
      std::vector<PathSegment> named = path_segments(file, path);
      PathQuery probe;
      probe.segments = named;
      probe.ns = Namespace::Type;
      probe.scope = scope;
      std::vector<Diagnostic> found;
      PathResolver resolver = this->resolver();
      PathResolution r = resolver.resolve(probe, found);
      if (r.kind == PathResolution::Kind::Item && r.consumed == named.size()) {
        const Item& named_item = resolver.item(r.item);
        const SyntaxTree* item_tree = r.item.crate == map_.crate ? &tree(named_item.file) : nullptr;
        if (report_extra_generic_args(t, path, named_item, item_tree, map_.diagnostics)) break;
      }
      if (!only_lifetimes) {
        if (r.kind == PathResolution::Kind::Unsupported) {
          for (Diagnostic& d : found) map_.diagnostics.push_back(std::move(d));
        } else if (r.kind != PathResolution::Kind::Failed) {
          report_unsupported(t.span(type_node), "generic types");
        } else {
          for (Diagnostic& d : found) map_.diagnostics.push_back(std::move(d));
        }
        return types_.error();
      }
    }
    if (t.kind(seg) == NodeKind::QualifiedPrefix) {
      report_unsupported(t.span(type_node), "qualified paths");
      return types_.error();
    }
  }
  std::vector<PathSegment> segments = path_segments(file, path);
  PathQuery query;
  query.segments = segments;
  query.ns = Namespace::Type;
  query.scope = scope;
  query.leading_colons = t.tokens[t.node(path).first_token].kind == TokenKind::Colon;
  query.self_type_available = self_type.has_value();
  PathResolver resolver = this->resolver();
  resolver.record_used_imports(&map_.imports_used_by_interface);
  std::vector<uint32_t> named;
  resolver.record_used_items(&named);
  PathResolution r = resolver.resolve(query, map_.diagnostics);
  if (signature_owner_.has_value()) {
    for (uint32_t item : named) map_.signature_uses.push_back({signature_owner_.index, item, in_private_field_});
  }
  for (uint32_t item : named) add_wait_edge(item);
  if (r.consumed != segments.size()) {
    if (r.kind != PathResolution::Kind::Failed && r.kind != PathResolution::Kind::Unsupported) {
      report_unsupported(t.span(type_node), "associated types");
    }
    return types_.error();
  }
  switch (r.kind) {
    case PathResolution::Kind::Primitive: return r.primitive;
    case PathResolution::Kind::SelfType: return self_type;
    case PathResolution::Kind::Item: {
      const Item& item = resolver.item(r.item);
      if (item.kind == ItemKind::Struct || item.kind == ItemKind::Enum) return types_.adt(r.item);
      if (item.kind == ItemKind::TypeAlias) {
        const CrateDefMap* map = resolver.map_of(r.item.crate);
        if (r.item.crate == map_.crate) return alias_type(ItemId(r.item.item));
        return map->type_aliases[item.data];
      }
      Diagnostic d = make_diagnostic(DiagKind::ExpectedTypeFound, segments.back().span,
                                     {std::string(item_kind_word(item)), std::string(segments.back().name)});
      d.with_label("not a type");
      map_.diagnostics.push_back(std::move(d));
      return types_.error();
    }
    default: return types_.error();
  }
}

// An inherent impl: its self type, and the impl listed under its type.
void DefMapBuilder::register_impl(ItemId id) {
  const Item& item = map_.items[id.index];
  signature_owner_ = id;  // dead_code: the self type is used where one of the impl's items is
  waits_owner_ = id;
  const SyntaxTree& t = tree(item.file);
  TypeId self_type = lower_type(item.file, first_type_child(t, item.node), item.module, TypeId::none());
  signature_owner_ = ItemId::none();
  map_.impls[item.data].self_type = self_type;
  const TypeData& d = types_.data(self_type);
  // Inherent impls belong with their type's crate (E0116); primitives have none of their own (E0390).
  Span head = node_span_without_attributes(t, item.node);
  if (NodeId self = first_type_child(t, item.node); self.has_value()) head.end = t.span(self).end;
  if (d.kind == TypeKind::Adt && d.item.crate == map_.crate) {
    map_.inherent_impls[d.item].push_back(id);
  } else if (d.kind == TypeKind::Adt) {
    Diagnostic e = make_diagnostic(DiagKind::ForeignInherentImpl, head, {});
    e.with_label("impl for type defined outside of crate");
    e.with_help("consider defining a trait and implementing it for the type or using a newtype wrapper like "
                "`struct MyType(ExternalType);` and implement it");
    e.with_note("for more details about the orphan rules, see "
                "<https://doc.rust-lang.org/reference/items/implementations.html?highlight=orphan#orphan-rules>");
    map_.diagnostics.push_back(std::move(e));
  } else if (d.kind != TypeKind::Error && d.kind != TypeKind::InferVar) {
    Diagnostic e = make_diagnostic(DiagKind::PrimitiveInherentImpl, head, {});
    e.with_help("consider using an extension trait instead");
    map_.diagnostics.push_back(std::move(e));
  }
  waits_owner_ = ItemId::none();
}

// `Type::NAME`: an associated const of one of the local type's inherent impls.
// A type alias's target, lowered once; an alias that needs itself is E0391.
TypeId DefMapBuilder::alias_type(ItemId id) {
  const Item item = map_.items[id.index];
  uint8_t& state = alias_state_[item.data];
  if (state == 2) return map_.type_aliases[item.data];
  const SyntaxTree& t = tree(item.file);
  NodeId value = first_child(t, item.node, NodeKind::DefaultValue);
  NodeId target = value.has_value() ? first_type_child(t, value) : NodeId::none();
  if (state == 1) {
    if (!alias_cycle_reported_) {
      alias_cycle_reported_ = true;
      Diagnostic d = make_diagnostic(DiagKind::CycleDetected, target.has_value() ? t.span(target) : item.name_span,
                                     {"expanding type alias `" + std::string(item.name) + "`"});
      d.with_note("type aliases cannot be recursive");
      map_.diagnostics.push_back(std::move(d));
    }
    return types_.error();
  }
  state = 1;
  ItemId saved_owner = signature_owner_;
  ItemId saved_waits_owner = waits_owner_;
  signature_owner_ = id;
  waits_owner_ = id;
  TypeId lowered;
  {
    AnonConstScope anon_consts(*this, AnonConstOwner{id, TypeId::none(), {}, UINT32_MAX});
    lowered = lower_type(item.file, target, item.module, TypeId::none());
  }
  signature_owner_ = saved_owner;
  waits_owner_ = saved_waits_owner;
  alias_state_[item.data] = 2;
  map_.type_aliases[item.data] = lowered;
  return lowered;
}

std::string DefMapBuilder::anon_const_owner_name() const {
  const AnonConstOwner& owner = anon_const_owner_;
  if (owner.item.is_none()) return "";
  // An impl's type is named when it is one of this crate's structs or enums.
  TypeId self = owner.self_type;
  bool named = self.has_value() && types_.kind(self) == TypeKind::Adt && types_.data(self).item.crate == map_.crate;
  std::string path = item_def_path(map_, owner.item, named ? map_.items[types_.data(self).item.item].name : "");
  if (path.empty()) return path;
  if (!owner.field.empty()) return path + "::" + std::string(owner.field);
  if (owner.field_index != UINT32_MAX) return path + "::" + std::to_string(owner.field_index);
  return path;
}

void DefMapBuilder::lower_fn(ItemId id, TypeId self_type) {
  const Item& item = map_.items[id.index];
  const SyntaxTree& t = tree(item.file);
  FnData& fn = map_.fns[item.data];
  std::optional<AnonConstScope> anon_consts(std::in_place, *this, AnonConstOwner{id, self_type, {}, UINT32_MAX});
  ItemId scope = item.module;
  fn.has_body = first_child(t, item.node, NodeKind::BlockExpr).has_value();
  fn.is_unsafe = has_modifier(t, item.node, ModifierKind::Unsafe);
  fn.is_const = has_modifier(t, item.node, ModifierKind::Const);
  NodeId params = first_child(t, item.node, NodeKind::ParamList);
  if (params.has_value()) {
    bool first = true;
    for (NodeId param : t.children(params)) {
      if (t.kind(param) != NodeKind::Param) continue;
      NodeId self_param = first_child(t, param, NodeKind::SelfParam);
      bool receiver = std::exchange(first, false) && self_param.has_value();
      if (self_param.has_value() && !receiver) {
        // `self` after the first parameter (a parse error): a plain parameter of its type, as rustc recovers it.
        bool by_ref = has_modifier(t, self_param, ModifierKind::Ref);
        TypeId type = self_type.has_value() ? self_type : types_.error();
        fn.params.push_back(by_ref ? types_.reference(type, has_modifier(t, self_param, ModifierKind::Mut)) : type);
        fn.param_spans.push_back(t.span(param));
        continue;
      }
      if (self_param.has_value()) {
        bool by_ref = has_modifier(t, self_param, ModifierKind::Ref);
        bool is_mut = has_modifier(t, self_param, ModifierKind::Mut);
        fn.self = by_ref ? (is_mut ? SelfParamKind::RefMut : SelfParamKind::Ref) : SelfParamKind::Value;
        fn.self_mut_binding = !by_ref && is_mut;  // (a typed `self` is not collected: collect_impl)
        continue;
      }
      fn.params.push_back(lower_type(item.file, first_type_child(t, param), scope, self_type));
      fn.param_spans.push_back(t.span(param));
    }
  }
  NodeId ret = first_child(t, item.node, NodeKind::RetType);
  NodeId ret_type = ret.has_value() ? first_type_child(t, ret) : NodeId::none();
  if (ret_type.has_value() && t.kind(ret_type) == NodeKind::NeverType) fn.ret = types_.never();  // `-> !`
  else fn.ret = ret.has_value() ? lower_type(item.file, ret_type, scope, self_type) : types_.unit();
  anon_consts.reset();  // (the body's are stage 3's)
  if (ret.has_value()) fn.ret_span = t.span(ret);
  if (ret.has_value()) report_unsized_return(item.file, first_type_child(t, ret), fn.ret);
  if (ret.has_value() && fn.self != SelfParamKind::Ref && fn.self != SelfParamKind::RefMut &&
      !has_generic_params(t, item.node)) {
    if (!check_elided_return_lifetimes(item.file, params, first_type_child(t, ret))) fn.ret = types_.error();
  }
}

// `fn f() -> str`: rustc's well-formedness check wants a sized return type
// (a parameter's is the body's check).
void DefMapBuilder::report_unsized_return(uint32_t file, NodeId type_node, TypeId type) {
  if (type_node.is_none() || (types_.kind(type) != TypeKind::Str && types_.kind(type) != TypeKind::Slice)) return;
  std::string shown = display(type);
  Diagnostic d = make_diagnostic(DiagKind::UnsizedType, tree(file).span(type_node), {shown});
  d.with_label("doesn't have a size known at compile-time");
  d.with_help("the trait `Sized` is not implemented for `" + shown + "`");
  d.with_note("the return type of a function must have a statically known size");
  map_.diagnostics.push_back(std::move(d));
}

// The references in a type (fn pointer types elide on their own): how many,
// and those without a lifetime.
DefMapBuilder::TypeReferences DefMapBuilder::elided_references(const SyntaxTree& t, NodeId type) const {
  TypeReferences out;
  if (type.is_none()) return out;
  uint32_t first = type.index + 1 - t.node(type).subtree_size;
  for (uint32_t i = first; i <= type.index; ++i) {
    if (t.nodes[i].kind == NodeKind::FnPtrType) return TypeReferences{};
    if (t.nodes[i].kind != NodeKind::RefType) continue;
    ++out.total;
    if (first_child(t, NodeId(i), NodeKind::Lifetime).is_none()) out.elided.push_back(NodeId(i));
  }
  return out;
}

bool DefMapBuilder::has_generic_params(const SyntaxTree& t, NodeId item) const {
  return first_child(t, item, NodeKind::GenericParamList).has_value();
}

// E0106 at each `&` of `elided` (one diagnostic, as rustc groups a signature's).
Diagnostic DefMapBuilder::missing_lifetime(const SyntaxTree& t, const std::vector<NodeId>& elided) const {
  auto amp = [&](NodeId ref) { return t.token_span(t.node(ref).first_token); };
  Diagnostic d = make_diagnostic(elided.size() == 1 ? DiagKind::MissingLifetime : DiagKind::MissingLifetimes,
                                 amp(elided[0]), {});
  d.primary.text = "expected named lifetime parameter";
  for (size_t i = 1; i < elided.size(); ++i) {
    d.secondary.push_back(Label{amp(elided[i]), "expected named lifetime parameter", true});
  }
  return d;
}

// Lifetime elision in a signature without `self` by reference: an elided
// output lifetime needs exactly one input lifetime to take (E0106).
bool DefMapBuilder::check_elided_return_lifetimes(uint32_t file, NodeId params, NodeId ret_type) {
  const SyntaxTree& t = tree(file);
  TypeReferences output = elided_references(t, ret_type);
  if (output.elided.empty()) return true;
  size_t inputs = 0;
  std::vector<std::pair<NodeId, size_t>> borrowing;  // parameters with references, and how many
  if (params.has_value()) {
    for (NodeId param : t.children(params)) {
      if (t.kind(param) != NodeKind::Param) continue;
      size_t count = elided_references(t, first_type_child(t, param)).total;
      inputs += count;
      if (count > 0) borrowing.push_back({param, count});
    }
  }
  if (inputs == 1) return true;
  Diagnostic d = missing_lifetime(t, output.elided);
  std::string help = "this function's return type contains a borrowed value, but ";
  auto name_of = [&](NodeId param) {
    for (NodeId c : t.children(param)) {
      if (t.kind(c) >= NodeKind::IdentPat && t.kind(c) <= NodeKind::MacroPat) return "`" + std::string(t.text(c, text(file))) + "`";
    }
    return std::string("an argument");
  };
  if (borrowing.empty()) {
    help += "there is no value for it to be borrowed from";
  } else if (borrowing.size() == 1) {
    help += "the signature does not say which one of " + name_of(borrowing[0].first) + "'s " +
            std::to_string(borrowing[0].second) + " lifetimes it is borrowed from";
  } else {
    help += "the signature does not say whether it is borrowed from ";
    for (size_t i = 0; i < borrowing.size(); ++i) {
      if (i > 0) help += borrowing.size() == 2 ? " or " : i + 1 == borrowing.size() ? ", or " : ", ";
      help += name_of(borrowing[i].first);
    }
  }
  for (const auto& [param, count] : borrowing) {
    d.secondary.push_back(Label{t.span(first_type_child(t, param)), "", false});
  }
  d.with_help(help);
  map_.diagnostics.push_back(std::move(d));
  return false;
}

// rustc expands `#[derive(Clone, Copy)]` and `#[derive(Eq)]` into impls
// that name every field's type again: a field type that names nothing is
// reported once more by each of them, right after the type's own errors.
void DefMapBuilder::repeat_field_errors_of_derives(ItemId adt_item, size_t first) {
  const Item& adt = map_.items[adt_item.index];
  if (adt.kind != ItemKind::Struct && adt.kind != ItemKind::Enum) return;
  const AdtData& data = map_.adts[adt.data];
  int repeats = int(is_derived(data, DeriveKind::Clone) && is_derived(data, DeriveKind::Copy)) +
                int(is_derived(data, DeriveKind::Eq));
  if (repeats == 0 || first >= map_.diagnostics.size()) return;
  std::vector<Diagnostic> unknown;
  for (size_t d = first; d < map_.diagnostics.size(); ++d) {
    if (map_.diagnostics[d].kind == DiagKind::CannotFindName) unknown.push_back(map_.diagnostics[d]);
  }
  for (int r = 0; r < repeats; ++r) {
    for (const Diagnostic& d : unknown) {
      Diagnostic again = d;
      // In the expansion rustc also offers the name as a type parameter.
      size_t open = d.message.find('`');
      size_t close = open == std::string::npos ? open : d.message.find('`', open + 1);
      if (close != std::string::npos && !adt.name_span.is_none()) {
        std::string name = d.message.substr(open + 1, close - open - 1);
        again.with_fix(Span{adt.name_span.file, adt.name_span.end, adt.name_span.end}, "<" + name + ">",
                       "you might be missing a type parameter", Applicability::MaybeIncorrect, SuggestionStyle::ShowAlways);
      }
      map_.diagnostics.push_back(std::move(again));
    }
  }
}

// `self_type` is the struct or enum being defined: `Self` names it in its fields.
void DefMapBuilder::lower_adt_fields(uint32_t file, NodeId owner, ItemId scope, AdtData& adt, ItemId default_visible,
                                     TypeId self_type) {
  const SyntaxTree& t = tree(file);
  NodeId list = first_child(t, owner, NodeKind::RecordFieldList);
  bool named = list.has_value();
  if (!named) list = first_child(t, owner, NodeKind::TupleFieldList);
  if (list.is_none()) return;
  uint32_t index = 0;
  size_t first_field = adt.fields.size();
  std::vector<NodeId> field_nodes;  // of adt.fields[first_field..]
  // A struct's field is its own owner of anonymous constants (`Packet::body::{constant#0}`).
  bool struct_field = t.kind(owner) == NodeKind::StructItem && types_.kind(self_type) == TypeKind::Adt;
  for (NodeId field : t.children(list)) {
    NodeKind k = t.kind(field);
    if (k != NodeKind::RecordField && k != NodeKind::TupleField) continue;
    FieldDef def;
    NodeId name = first_child(t, field, NodeKind::Name);
    if (named && name.is_none()) continue;
    def.name = named ? name_text(file, name) : std::string_view();
    ItemId visible = default_visible.has_value() ? visibility_of(file, field, scope) : ItemId::none();
    in_private_field_ = visible.has_value();
    {
      AnonConstScope anon_consts(*this, struct_field ? AnonConstOwner{ItemId(types_.data(self_type).item.item),
                                                                      TypeId::none(), def.name, named ? UINT32_MAX : index}
                                                     : AnonConstOwner{});
      def.type = lower_type(file, first_type_child(t, field), scope, self_type);
    }
    in_private_field_ = false;
    if (!has_generic_params(t, owner)) {
      for (NodeId elided : elided_references(t, first_type_child(t, field)).elided) {
        map_.diagnostics.push_back(missing_lifetime(t, {elided}));
      }
    }
    def.visible_in = visible;
    def.span = named ? t.span(name) : t.span(field);
    if (named) {
      bool duplicate = false;
      for (size_t i = first_field; i < adt.fields.size(); ++i) {
        if (adt.fields[i].name != def.name) continue;
        // rustc's spans: the whole fields (visibility and type), without attributes.
        Diagnostic d = make_diagnostic(DiagKind::DuplicateField, t.span_without_attributes(field), {std::string(def.name)});
        d.with_label("field already declared");
        d.with_secondary(t.span_without_attributes(field_nodes[i - first_field]),
                         "`" + std::string(def.name) + "` first declared here");
        map_.diagnostics.push_back(std::move(d));
        duplicate = true;
        break;
      }
      if (duplicate) continue;
    }
    adt.fields.push_back(def);
    field_nodes.push_back(field);
    size_t adt_index = static_cast<size_t>(&adt - map_.adts.data());
    if (field_type_nodes_.size() <= adt_index) field_type_nodes_.resize(map_.adts.size());
    field_type_nodes_[adt_index].push_back(first_type_child(t, field));
    ++index;
  }
}

void DefMapBuilder::lower_signatures() {
  // Aliases first (each on demand, so one may name a later one), so that
  // signatures that name them see their targets.
  alias_state_.assign(map_.type_aliases.size(), 0);
  // Only a crate with a dependency not settled yet can wait: no per-item
  // storage for the others (every crate but a root checked early).
  bool can_wait = std::any_of(context_.externs.begin(), context_.externs.end(),
                              [&](const ExternCrate& e) { return unsettled(e.crate); });
  if (can_wait) item_waits_.assign(map_.items.size(), {});
  for (uint32_t i = 0; i < map_.items.size(); ++i) {
    if (map_.items[i].kind == ItemKind::TypeAlias) alias_type(ItemId(i));
  }
  // Impls' self types first: a field's array length may name an associated
  // const (`[bool; Grid::W]`) of an impl that comes later in the file.
  for (uint32_t i = 0; i < map_.items.size(); ++i) {
    if (map_.items[i].kind == ItemKind::Impl) register_impl(ItemId(i));
  }
  for (uint32_t i = 0; i < map_.items.size(); ++i) {
    if (map_.items[i].kind == ItemKind::Const || map_.items[i].kind == ItemKind::Static) const_value(ItemId(i), 0);
  }
  size_t adt_first_diagnostic = 0;  // where the current struct's or enum's field errors begin
  for (uint32_t i = 0; i < map_.items.size(); ++i) {
    Item item = map_.items[i];
    if (item.kind == ItemKind::Struct || item.kind == ItemKind::Enum) adt_first_diagnostic = map_.diagnostics.size();
    // Fields of a variant belong to its enum's signature.
    signature_owner_ = item.kind == ItemKind::Variant ? item.parent : item.kind == ItemKind::Impl ? ItemId::none() : ItemId(i);
    waits_owner_ = item.kind == ItemKind::Variant ? item.parent : ItemId(i);
    // A variant is its enum's; an associated item's `Self` is its impl's.
    bool in_impl = item.parent.has_value() && map_.items[item.parent.index].kind == ItemKind::Impl;
    if (!item_waits_.empty() && (item.kind == ItemKind::Variant || (in_impl && item.kind != ItemKind::Module))) {
      wait_edges_.push_back({i, item.parent.index});
    }
    switch (item.kind) {
      case ItemKind::Struct:
        lower_adt_fields(item.file, item.node, item.module, map_.adts[item.data], item.module,
                         types_.adt(ItemRef{map_.crate, i}));
        break;
      case ItemKind::Variant:
        lower_adt_fields(item.file, item.node, item.module, map_.adts[item.data], ItemId::none(),
                         types_.adt(ItemRef{map_.crate, item.parent.index}));
        break;

      case ItemKind::Fn: {
        TypeId self_type;
        if (map_.items[item.parent.index].kind == ItemKind::Impl) {
          // The impl comes before its items, so its self type is known.
          self_type = map_.impls[map_.items[item.parent.index].data].self_type;
        }
        lower_fn(ItemId(i), self_type);
        break;
      }
      case ItemKind::Const:
      case ItemKind::Static: {
        const SyntaxTree& t = tree(item.file);
        bool associated = map_.items[item.parent.index].kind == ItemKind::Impl;
        TypeId self_type = associated ? map_.impls[map_.items[item.parent.index].data].self_type : TypeId::none();
        // A free const's or static's own type: `C::{constant#0}` (an associated one's is not named here).
        AnonConstScope anon_consts(*this, associated ? AnonConstOwner{} : AnonConstOwner{ItemId(i), TypeId::none(), {}, UINT32_MAX});
        map_.consts[item.data].type = lower_type(item.file, first_type_child(t, item.node), item.module, self_type);
        break;
      }
      default: break;
    }
    bool adt_done = item.kind == ItemKind::Struct ||
                    (item.kind == ItemKind::Variant && (i + 1 == map_.items.size() || map_.items[i + 1].parent != item.parent));
    if (adt_done) repeat_field_errors_of_derives(item.kind == ItemKind::Struct ? ItemId(i) : item.parent, adt_first_diagnostic);
  }
  signature_owner_ = ItemId::none();
  waits_owner_ = ItemId::none();
  check_recursive_types();
  check_duplicate_associated_items();
  for (uint32_t i = 0; i < map_.items.size(); ++i) {
    if (map_.items[i].kind == ItemKind::Enum) check_discriminants(ItemId(i));
  }
  // The types trait impls are for (the last type of `impl Trait for Type`), silently.
  for (const CrateDefMap::TraitImplSite& site : map_.trait_impl_nodes) {
    const SyntaxTree& t = tree(site.file);
    NodeId self_node;
    for (NodeId c : t.children(NodeId(site.node))) {
      if (t.kind(c) >= NodeKind::PathType && t.kind(c) <= NodeKind::MacroType) self_node = c;
    }
    std::vector<Diagnostic> saved = std::move(map_.diagnostics);
    map_.diagnostics.clear();
    TypeId self_type = lower_type(site.file, self_node, ItemId(site.module), TypeId::none());
    map_.diagnostics = std::move(saved);
    if (types_.kind(self_type) == TypeKind::Adt) map_.types_with_trait_impls.insert(types_.data(self_type).item);
    else map_.trait_impls_beyond_adts = true;
    note_imports_used_in(site.file, NodeId(site.node), ItemId(site.module));
  }
  check_derives();  // after the trait impls: a type with one is not judged
  find_interface_leaks();
}

// The narrower of two nested visibility scopes (none: everywhere).
ItemId DefMapBuilder::narrower(ItemId a, ItemId b) const {
  if (a.is_none()) return b;
  if (b.is_none()) return a;
  return is_ancestor(a, b) ? b : a;
}

// Where `item`, declared visible in `declared`, can be reached from: no
// further than any module around it lets it.
ItemId DefMapBuilder::reachable_scope(ItemId item, ItemId declared) const {
  ItemId scope = declared;
  for (ItemId m = map_.items[item.index].module; m.has_value() && m != map_.root(); m = map_.module(m).parent_module) {
    if (!map_.module(m).is_block) scope = narrower(scope, map_.items[m.index].visible_in);
  }
  return scope;
}

// Every struct or enum of this crate in `type` that is visible in less than
// `reachable` (rustc: the type's visibility is not at least the item's).
void DefMapBuilder::note_leaks(uint32_t item, uint32_t field, TypeId type, ItemId reachable) {
  switch (types_.kind(type)) {
    case TypeKind::Adt: {
      ItemRef adt = types_.data(type).item;
      if (adt.crate != map_.crate) return;
      ItemId vis = map_.items[adt.item].visible_in;
      if (vis.has_value() && narrower(vis, reachable) != reachable) {
        map_.interface_leaks.push_back({item, field, adt, reachable});
      }
      return;
    }
    case TypeKind::Tuple:
      for (TypeId e : types_.tuple_elements(type)) note_leaks(item, field, e, reachable);
      return;
    case TypeKind::Array:
    case TypeKind::Slice:
    case TypeKind::Ref: note_leaks(item, field, types_.element(type), reachable); return;
    default: return;
  }
}

// rustc's private_interfaces: functions, consts and statics, and struct
// fields, whose types are more private than the item is reachable.
void DefMapBuilder::find_interface_leaks() {
  for (uint32_t i = 0; i < map_.items.size(); ++i) {
    const Item& item = map_.items[i];
    if (item.file == UINT32_MAX || item.visible_in == item.module) continue;  // private: nothing leaks
    ItemId reachable = reachable_scope(ItemId(i), item.visible_in);
    bool in_impl = item.parent.has_value() && map_.items[item.parent.index].kind == ItemKind::Impl;
    if (in_impl) {
      // An inherent impl's items are no more visible than its type.
      TypeId self = map_.impls[map_.items[item.parent.index].data].self_type;
      if (types_.kind(self) != TypeKind::Adt || types_.data(self).item.crate != map_.crate) continue;
      ItemId adt(types_.data(self).item.item);
      reachable = narrower(reachable, reachable_scope(adt, map_.items[adt.index].visible_in));
    }
    if (item.kind == ItemKind::Fn) {
      const FnData& fn = map_.fns[item.data];
      for (TypeId p : fn.params) note_leaks(i, UINT32_MAX, p, reachable);
      note_leaks(i, UINT32_MAX, fn.ret, reachable);
    } else if (item.kind == ItemKind::Const || item.kind == ItemKind::Static) {
      note_leaks(i, UINT32_MAX, map_.consts[item.data].type, reachable);
    } else if (item.kind == ItemKind::Struct) {
      const AdtData& adt = map_.adts[item.data];
      for (uint32_t f = 0; f < adt.fields.size(); ++f) {
        const FieldDef& field = adt.fields[f];
        if (field.visible_in == item.module) continue;
        note_leaks(i, f, field.type, narrower(reachable, field.visible_in));
      }
    }
  }
}

// The imports a trait impl (outside L1, so not lowered) names, as the first
// segment of a path: `use std::fmt;` for `impl fmt::Display for T` is used.
void DefMapBuilder::note_imports_used_in(uint32_t file, NodeId subtree, ItemId module) {
  const SyntaxTree& t = tree(file);
  PathResolver resolver = this->resolver();
  resolver.record_used_imports(&map_.imports_used_by_interface);
  uint32_t first = subtree.index + 1 - t.node(subtree).subtree_size;
  for (uint32_t i = first; i < subtree.index; ++i) {
    if (t.nodes[i].kind != NodeKind::Path) continue;
    std::vector<PathSegment> segments = path_segments(file, NodeId(i));
    if (segments.empty()) continue;
    for (Namespace ns : {Namespace::Type, Namespace::Value}) {
      PathQuery query;
      query.segments = std::span<const PathSegment>(segments.data(), 1);
      query.ns = ns;
      query.scope = module;
      query.quiet = true;
      std::vector<Diagnostic> ignored;
      resolver.resolve(query, ignored);
    }
  }
}

// E0592: the same name twice in one impl, or in two inherent impls of one
// type. In rustc's order: types in definition order (impls whose type is
// not known last), and for each impl its own duplicates, then those it
// shares with each later impl of the type, in its item order.
void DefMapBuilder::check_duplicate_associated_items() {
  std::vector<std::pair<uint32_t, const std::vector<ItemId>*>> by_type;  // (type's item, its impls)
  std::vector<bool> grouped(map_.items.size(), false);
  for (const auto& [adt, impls] : map_.inherent_impls) {
    if (adt.crate != map_.crate) continue;
    by_type.push_back({adt.item, &impls});
    for (ItemId impl : impls) grouped[impl.index] = true;
  }
  std::sort(by_type.begin(), by_type.end());
  std::vector<const std::vector<ItemId>*> groups;
  for (const auto& [item, impls] : by_type) groups.push_back(impls);
  std::vector<std::vector<ItemId>> lone_impls;
  for (uint32_t i = 0; i < map_.items.size(); ++i) {
    if (map_.items[i].kind == ItemKind::Impl && !grouped[i]) lone_impls.push_back({ItemId(i)});
  }
  for (const std::vector<ItemId>& impl : lone_impls) groups.push_back(&impl);
  for (const std::vector<ItemId>* impls : groups) {
    for (size_t a = 0; a < impls->size(); ++a) {
      const ImplData& first = map_.impls[map_.items[(*impls)[a].index].data];
      for (ItemId member : first.members) {
        ItemId earlier = first.items.at(map_.items[member.index].name);
        if (earlier != member) report_duplicate_item(earlier, member, false);
      }
      for (size_t b = a + 1; b < impls->size(); ++b) {
        const ImplData& second = map_.impls[map_.items[(*impls)[b].index].data];
        for (ItemId member : first.members) {
          auto other = second.items.find(map_.items[member.index].name);
          if (other != second.items.end()) report_duplicate_item(member, other->second, true);
        }
      }
    }
  }
}

// Within one impl rustc points at the later definition, across impls at the earlier one.
void DefMapBuilder::report_duplicate_item(ItemId earlier, ItemId later, bool at_earlier) {
  const Item& primary = map_.items[(at_earlier ? earlier : later).index];
  const Item& other = map_.items[(at_earlier ? later : earlier).index];
  std::string name(primary.name);
  Diagnostic d = make_diagnostic(DiagKind::DuplicateAssociatedItem, tree(primary.file).def_span(primary.node), {name});
  d.with_label("duplicate definitions for `" + name + "`");
  d.with_secondary(tree(other.file).def_span(other.node), "other definition for `" + name + "`");
  map_.diagnostics.push_back(std::move(d));
}

}  // namespace sluice
