// Trying to convert text to a number and a number array to a slice with `as`,
// and casting to an unsized type.
fn main() {
    let input = "42";
    let n = input as u32;
    let arr = [1, 2, 3];
    let total = arr as u64;
    let view = &arr as [i32];
    println!("{} {}", n, total);
    let _ = view;
}
