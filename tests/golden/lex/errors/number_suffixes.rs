// rustc --edition 2021 (1.95), lexical diagnostics:
// rustc: error[]: invalid suffix `p3` for number literal at 21:13
// rustc: error[]: invalid width `7` for integer literal at 22:13
// rustc: error[]: invalid suffix `u8` for float literal at 23:13
// rustc: error[]: invalid suffix `foo` for float literal at 24:13
// rustc: error[]: invalid suffix `foo` for float literal at 25:13
// rustc: error[]: invalid suffix `u` for number literal at 26:13
// rustc: error[]: invalid suffix `usize2` for number literal at 27:13
// rustc: error[]: invalid suffix `f` for float literal at 28:13
// rustc: error[]: invalid width `3` for float literal at 29:13
// rustc: error[]: invalid width `3` for float literal at 30:13
// rustc: error[]: invalid suffix `x` for number literal at 31:13
// rustc: error[]: invalid width `7` for integer literal at 32:13
// rustc: error[]: invalid width `00008` for integer literal at 33:13
// rustc: error[]: invalid suffix `f` for float literal at 34:13
// rustc: error[]: octal float literal is not supported at 35:13
// rustc: error[]: binary float literal is not supported at 36:13
// rustc: error[]: invalid suffix `u32` for float literal at 37:13
// rustc: error[]: invalid suffix `x` for number literal at 38:13
pub fn f() {
    let _ = 0x1p3;
    let _ = 1u7;
    let _ = 1.0u8;
    let _ = 1.0foo;
    let _ = 1foo;
    let _ = 1u;
    let _ = 1usize2;
    let _ = 1f;
    let _ = 1f3;
    let _ = 1.0f3;
    let _ = 1x;
    let _ = 0xfu7;
    let _ = 1u00008;
    let _ = 1e3f;
    let _ = 0o17f32;
    let _ = 0b1f;
    let _ = 1e3u32;
    let _ = 0b1x;
}
