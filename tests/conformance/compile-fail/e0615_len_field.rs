// `len` is a method on arrays and slices, not a field.
fn main() {
    let scores = [7, 9, 4];
    let names: &[&str] = &["a", "b"];
    println!("{} {}", scores.len, names.len);
}
