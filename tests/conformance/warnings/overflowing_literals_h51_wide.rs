// lints: overflowing_literals
// 128-bit arithmetic and extremes
fn main() {
    let a: u128 = 340_282_366_920_938_463_463_374_607_431_768_211_455;
    let b: i128 = -170_141_183_460_469_231_731_687_303_715_884_105_728;
    let c: i128 = 170_141_183_460_469_231_731_687_303_715_884_105_728;
    let d = 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFFu128;
    let e = 9_223_372_036_854_775_808i64;
    let f: isize = -9_223_372_036_854_775_808;
    let g = 256u8;
    let h = -1i8;
    let i = 2147483648;
    println!("{} {} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h, i);
}
