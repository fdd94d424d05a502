fn is_short(name: &str, limit: u32) -> bool {
    name.len() as u32 < limit as u32 && !name.is_empty()
}

fn fits(buf: &[u8], max: i64) -> bool {
    buf.len() as i64 < max
}

fn main() {
    println!("{} {}", is_short("abc", 5), fits(b"xyz", 2));
}
