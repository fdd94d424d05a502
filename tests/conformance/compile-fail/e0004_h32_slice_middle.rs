fn summarize(xs: &[i32]) -> i32 {
    match xs {
        [] => 0,
        [one] => *one,
        [first, second] => first + second,
        [first, .., last] => first * last,
    }
}

fn head3(arr: [u8; 4]) -> u8 {
    match arr {
        [a, b, c, _] if a == b => c,
        [0, rest @ ..] => rest[0],
        [x, .., 255] => x,
        [_, _, _, d] => d,
    }
}

fn middle(xs: &[i32]) -> i32 {
    match xs {
        [_, mid @ .., _] => mid.len() as i32,
        [_] => 1,
    }
}

fn main() {
    println!("{}", summarize(&[1, 2, 3]));
    println!("{}", head3([1, 1, 3, 4]));
    println!("{}", middle(&[1, 2, 3, 4]));
}
