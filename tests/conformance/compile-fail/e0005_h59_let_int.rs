fn main() {
    let pair = (3u8, 7u8);
    let (0..=9, hi) = pair;
    println!("hi = {}", hi);
}
