// Invalid casts: a reference cast to an integer, a `u32` cast to `char`, a struct to an
// integer, and unary operators on types that do not support them.
#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

fn main() {
    let temps = [12u32, 18, 25];
    let first = &temps[0];
    let as_int = first as u64;
    let code: u32 = 65;
    let letter = code as char;
    let reading = Celsius(21.5);
    let whole = reading as i32;
    let flag = true;
    let inverted = -flag;
    let text = "abc";
    let neg = !text;
    println!("{} {} {} {} {}", as_int, letter, whole, inverted, neg);
}
