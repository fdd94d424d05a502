fn describe(xs: &[i32]) -> i32 {
    match xs {
        [] => 0,
        [only] => *only,
        [first, .., last] => first * last,
    }
}

fn head_tail(xs: &[u8]) -> (u8, usize) {
    match xs {
        [h, rest @ ..] => (*h, rest.len()),
        [] => (0, 0),
    }
}

fn main() {
    let a = [2, 3, 4, 5];
    println!("{}", describe(&a));
    println!("{}", describe(&a[..1]));
    println!("{}", describe(&a[..0]));
    let b = [9u8, 8, 7];
    let (h, n) = head_tail(&b);
    println!("{} {}", h, n);
}
