// Casting non-primitive values in a sensor reading pipeline.
#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy)]
enum Status {
    Ok,
    Faulty(u8),
}

fn to_kelvin(c: Celsius) -> f64 {
    c as f64 + 273.15
}

fn status_code(s: Status) -> u8 {
    s as u8
}

fn tuple_sum(pair: (i32, i32)) -> i64 {
    pair as i64
}

fn text_len(s: &str) -> usize {
    s as usize
}

fn array_first(a: [u8; 3]) -> u32 {
    a as u32
}

fn unit_value() -> i32 {
    () as i32
}

fn main() {
    let c = Celsius(21.5);
    println!("{} {}", to_kelvin(c), status_code(Status::Faulty(2)));
    println!("{} {}", tuple_sum((1, 2)), text_len("abc"));
    println!("{} {}", array_first([1, 2, 3]), unit_value());
    println!("{:?}", Status::Ok);
}
