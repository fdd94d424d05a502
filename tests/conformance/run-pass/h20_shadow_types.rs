// Shadowing that changes a name's type across scopes, with inference picking
// each shadow's type from its own uses.
#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

fn to_kelvin(c: Celsius) -> f64 {
    c.0 + 273.15
}

fn parse_digit(c: char) -> u32 {
    if c.is_ascii_digit() {
        c as u32 - '0' as u32
    } else {
        0
    }
}

fn main() {
    let reading = "42";
    println!("{}", reading.len());
    let reading = reading.len() * 10;
    println!("{}", reading);
    let reading = reading as f64 / 4.0;
    println!("{}", reading);
    let reading = Celsius(reading);
    println!("{:.2}", to_kelvin(reading));

    let digit = '7';
    let digit = parse_digit(digit);
    let digit = digit * 3;
    let digit: u64 = digit as u64 + 1;
    println!("{}", digit);

    let level = 3;
    {
        let level = level as f32 * 1.5;
        println!("{}", level);
        {
            let level = level > 4.0;
            println!("{}", level);
        }
        println!("{}", level + 1.0);
    }
    println!("{}", level);

    let code = 65u8;
    let code = code as char;
    let code = code.to_ascii_lowercase();
    let code = code.is_alphabetic();
    println!("{}", code);

    let arr = [1, 2, 3];
    let arr = arr.len();
    let arr = [arr; 2];
    println!("{:?}", arr);

    let mut total = 0;
    for total_step in 1..=4 {
        let total_step = total_step * total_step;
        total += total_step;
    }
    let total = total as i8 - 40;
    println!("{}", total.abs());
}
