// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[text_direction_codepoint_in_comment]: unicode codepoint changing visible direction of text present in comment at 5:1
// rustc: error[text_direction_codepoint_in_literal]: unicode codepoint changing visible direction of text present in literal at 6:22
// rustc: error[text_direction_codepoint_in_literal]: unicode codepoint changing visible direction of text present in doc comment at 7:1
// a ‮ b
pub fn f() { let _ = "a⁦b"; }
/// doc ‪
pub fn g() {}
