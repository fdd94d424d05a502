// Mixed integer types passed to min/max/abs_diff.
fn cap_len(requested: usize, limit: u32) -> usize {
    requested.min(limit)
}

fn gap(a: u8, b: u16) -> u16 {
    a.abs_diff(b)
}

fn main() {
    println!("{}", cap_len(100, 64));
    println!("{}", gap(10, 300));
}
