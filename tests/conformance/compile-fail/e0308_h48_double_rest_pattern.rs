// Two `..` in one slice pattern, and a middle element typed wrongly.
fn middle(xs: &[u8]) -> u8 {
    match xs {
        [_, .., m, ..] => *m,
        _ => 0,
    }
}

fn main() {
    let data = [4u8, 8, 15, 16, 23];
    let m: i32 = middle(&data);
    println!("{m}");
}
