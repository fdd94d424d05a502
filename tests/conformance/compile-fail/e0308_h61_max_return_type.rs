// result of min/max has the receiver's type
fn main() {
    let small: u32 = 7;
    let limit: u64 = 100;
    let big: u64 = small.max(3);
    println!("{} {}", big, limit);
}
