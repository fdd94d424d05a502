// lints: unused_parens
// Parentheses around call arguments, inside and outside of println!/assert_eq!.
fn celsius_to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn clamp_percent(p: i32) -> i32 {
    p.clamp(0, 100)
}

fn main() {
    let indoor = 21.5;
    let outdoor = -3.0;
    let f = celsius_to_fahrenheit((indoor));
    println!("indoor {:.1}F", f);
    println!("outdoor {:.1}F", celsius_to_fahrenheit((outdoor)));
    let humidity = 104;
    assert_eq!(clamp_percent((humidity)), 100);
    println!("clamped {}", clamp_percent((humidity - 10)));
}
