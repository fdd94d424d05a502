pub fn offset() -> i32 {
    1
}

pub fn spare() -> i32 {
    2
}

pub fn truly_unused() -> i32 {
    3
}

pub const SCALE_factor: i32 = 10;
