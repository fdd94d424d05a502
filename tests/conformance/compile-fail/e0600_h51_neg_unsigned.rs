// Temperature deltas stored in unsigned types
fn delta(a: u32, b: u32) -> u32 {
    if a > b { a - b } else { -(b - a) }
}

fn main() {
    let offset: usize = 3;
    let back = -offset;
    let t = -5u8;
    let c = !true;
    let s = -"hi";
    println!("{} {} {} {}", delta(3, 5), back, t, c);
    let _ = s;
}
