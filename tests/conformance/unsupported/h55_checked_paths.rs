// L2 methods called through paths and in constant initialisers.
const LIMIT: Option<u8> = 200u8.checked_add(100);
const DIGIT: Option<u32> = char::to_digit('7', 10);

fn add_all(xs: &[i32]) -> i32 {
    let mut total: i32 = 0;
    for &x in xs {
        total = i32::checked_add(total, x).unwrap_or(i32::MAX);
    }
    total
}

fn first_digit(c: char) -> u32 {
    match char::to_digit(c, 16) {
        Some(d) => d,
        None => 0,
    }
}

fn main() {
    println!("{}", add_all(&[1, 2, i32::MAX]));
    println!("{}", first_digit('b'));
    println!("{:?} {:?}", LIMIT, DIGIT);
    let letter = char::from_digit(5, 10);
    println!("{:?}", letter);
    let n = u8::checked_pow(3, 6);
    println!("{:?}", n);
}
