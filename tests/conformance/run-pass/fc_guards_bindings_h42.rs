// Guards and @ bindings.
#[derive(Debug, Clone, Copy)]
enum Temperature {
    Celsius(i32),
    Fahrenheit(i32),
}

fn age() -> u32 {
    15
}

fn some_number() -> i32 {
    42
}

fn check(t: Temperature) {
    match t {
        Temperature::Celsius(c) if c > 30 => println!("{}C is above 30 Celsius", c),
        Temperature::Celsius(c) => println!("{}C is below 30 Celsius", c),
        Temperature::Fahrenheit(f) if f > 86 => println!("{}F is above 86 Fahrenheit", f),
        Temperature::Fahrenheit(f) => println!("{}F is below 86 Fahrenheit", f),
    }
}

fn main() {
    check(Temperature::Celsius(35));
    check(Temperature::Fahrenheit(50));
    let number: u8 = 4;
    match number {
        i if i == 0 => println!("Zero"),
        i if i > 0 => println!("Greater than zero"),
        _ => unreachable!("Should never happen."),
    }
    println!("Tell me what type of person you are");
    match age() {
        0 => println!("I haven't celebrated my first birthday yet"),
        n @ 1..=12 => println!("I'm a child of age {:?}", n),
        n @ 13..=19 => println!("I'm a teen of age {:?}", n),
        n => println!("I'm an old person of age {:?}", n),
    }
    match some_number() {
        n @ 42 => println!("The Answer: {}!", n),
        n => println!("Not interested... {}", n),
    }
    let point = (3, -3);
    match point {
        (x, y) if x == y => println!("on the diagonal"),
        (x, y) if x + y == 0 => println!("on the anti-diagonal"),
        (x, _) if x % 2 == 1 => println!("odd x"),
        _ => println!("nowhere special"),
    }
}
