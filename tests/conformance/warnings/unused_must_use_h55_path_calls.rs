// lints: unused_must_use
// Results of path-style calls thrown away.
fn normalise(v: &mut [i32]) {
    for x in v.iter_mut() {
        i32::abs(*x);
        *x = (*x).clamp(-100, 100);
    }
}

fn main() {
    let mut data = [-250, 40, 120];
    normalise(&mut data);
    f64::sqrt(2.0);
    u8::to_ascii_uppercase(&b'a');
    i64::max(3, 4);
    u32::wrapping_add(1, 2);
    char::is_alphabetic('x');
    let s = "abc";
    s.len();
    data.len();
    println!("{:?}", data);
}
