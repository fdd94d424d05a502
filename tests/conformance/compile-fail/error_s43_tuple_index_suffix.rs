// A tuple index takes no suffix; rustc reads the field without it and
// checks on.
fn main() {
    let pair = (1, 2);
    let nested = ((1, 2), 3);
    let a = pair.1u8;
    let b = nested.0.1f32;
    let c = pair.5usize;
    println!("{} {} {}", a, b, c);
}
