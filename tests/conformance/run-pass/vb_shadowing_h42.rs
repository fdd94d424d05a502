// Variable bindings: scope, shadowing, declare first, freezing.
fn parse_digit(c: char) -> u32 {
    (c as u32) - ('0' as u32)
}

fn main() {
    let long_lived_binding = 1;
    {
        let short_lived_binding = 2;
        println!("inner short: {}", short_lived_binding);
        let long_lived_binding = 5_f32;
        println!("inner long: {}", long_lived_binding);
    }
    println!("outer long: {}", long_lived_binding);

    // shadowing changes the type
    let input = '7';
    let input = parse_digit(input);
    let input = input * 6;
    println!("parsed and scaled: {}", input);

    // declare first, initialise later
    let a_binding;
    {
        let x = 2;
        a_binding = x * x;
    }
    println!("a binding: {}", a_binding);

    let label;
    if a_binding > 3 {
        label = "big";
    } else {
        label = "small";
    }
    println!("label: {}", label);

    // freezing
    let mut counter = 7i32;
    {
        let counter = counter;
        println!("frozen counter: {}", counter);
    }
    counter = 50;
    println!("counter: {}", counter);

    let (mut x, y) = (1, 2);
    x += y;
    println!("x = {}", x);
}
