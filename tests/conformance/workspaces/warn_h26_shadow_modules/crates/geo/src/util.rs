pub(crate) fn absdiff(a: i32, b: i32) -> i32 {
    if a > b { a - b } else { b - a }
}

pub(crate) fn clamp_unit(v: i32) -> i32 {
    v.clamp(-1, 1)
}
