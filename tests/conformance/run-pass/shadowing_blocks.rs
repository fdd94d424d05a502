// Shadowing, block expressions, if/match as values and deferred initialisation.
fn parse_digits(text: &[u8]) -> u64 {
    let mut value = 0;
    for &b in text {
        value = value * 10 + (b - b'0') as u64;
    }
    value
}

fn main() {
    let input = b"004096";
    let input = parse_digits(input);
    let input = input as f64;
    let input = input.sqrt();
    println!("sqrt of the parsed input: {}", input);

    let grade;
    let score = 83;
    if score >= 90 {
        grade = 'A';
    } else if score >= 80 {
        grade = 'B';
    } else {
        grade = 'C';
    }
    println!("score {} -> {}", score, grade);

    let discount = {
        let base = 5;
        let loyalty_years = 3;
        base + loyalty_years * 2
    };
    let price = 250;
    let final_price = price - price * discount / 100;
    println!("discount {}% -> {}", discount, final_price);

    let label = match final_price {
        0..=99 => "cheap",
        100..=199 => "moderate",
        _ => "pricey",
    };
    let x = 5;
    {
        let x = x * 10;
        println!("inner x = {}", x);
    }
    println!("outer x = {}, label {}", x, label);
    let (q, r);
    (q, r) = (17 / 5, 17 % 5);
    println!("17 = 5*{} + {}", q, r);
}
