pub fn sq(v: i32) -> i32 {
    v * v
}

pub fn cube(v: i32) -> i32 {
    v * v * v
}

pub(crate) fn never_called(v: i32) -> i32 {
    v + 1
}
