fn sum(v: &[i64]) -> i64 {
    match v {
        [] => 0,
        [x] => *x,
        [first, rest @ ..] => *first + sum(rest),
    }
}

fn is_palindrome(v: &[u8]) -> bool {
    match v {
        [] | [_] => true,
        [first, middle @ .., last] => first == last && is_palindrome(middle),
    }
}

fn describe(v: &[i32]) -> &'static str {
    match v {
        [] => "empty",
        [0, ..] => "starts with zero",
        [.., 0] => "ends with zero",
        [a, b] if a == b => "twin",
        [_, _] => "pair",
        [_, _, _, ..] => "long",
        [_] => "single",
    }
}

fn main() {
    println!("{}", sum(&[1, 2, 3, 4, 5]));
    println!("{} {}", is_palindrome(b"racecar"), is_palindrome(b"rust"));
    for v in [&[][..], &[0, 1], &[1, 0], &[4, 4], &[1, 2], &[1, 2, 3], &[8]] {
        println!("{}", describe(v));
    }
}
