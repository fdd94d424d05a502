// match: literals, ranges, tuples, arrays and slices, enums, references, structs.
#[derive(Debug, Clone, Copy)]
enum Color {
    Red,
    Blue,
    Green,
    Rgb(u32, u32, u32),
    Hsv(u32, u32, u32),
    Cmyk(u32, u32, u32, u32),
}

#[derive(Debug, Clone, Copy)]
struct Foo {
    x: (u32, u32),
    y: u32,
}

fn classify(number: i32) -> &'static str {
    match number {
        1 => "one",
        2 | 3 | 5 | 7 | 11 => "a prime",
        13..=19 => "a teen",
        _ => "ain't special",
    }
}

fn describe_color(color: Color) {
    match color {
        Color::Red => println!("The color is Red!"),
        Color::Blue => println!("The color is Blue!"),
        Color::Green => println!("The color is Green!"),
        Color::Rgb(r, g, b) => println!("R {}, G {}, B {}", r, g, b),
        Color::Hsv(h, s, v) => println!("H {}, S {}, V {}", h, s, v),
        Color::Cmyk(c, m, y, k) => println!("C {}, M {}, Y {}, K {}", c, m, y, k),
    }
}

fn main() {
    for n in [1, 5, 15, 42] {
        println!("{} is {}", n, classify(n));
    }
    let triple = (0, -2, 3);
    match triple {
        (0, y, z) => println!("first is 0, y = {:?}, z = {:?}", y, z),
        (1, ..) => println!("first is 1 and the rest doesn't matter"),
        (.., 2) => println!("last is 2 and the rest doesn't matter"),
        _ => println!("it doesn't matter what they are"),
    }
    let array = [1, -2, 6];
    match array {
        [0, second, third] => println!("0, {}, {}", second, third),
        [1, _, third] => println!("1, ignoring second, {}", third),
        [-1, second, ..] => println!("-1, {}, ...", second),
        [3, second, tail @ ..] => println!("3, {}, {:?}", second, tail),
        [first, middle @ .., last] => println!("{} {:?} {}", first, middle, last),
    }
    describe_color(Color::Rgb(122, 17, 40));
    describe_color(Color::Cmyk(0, 0, 0, 255));
    describe_color(Color::Green);
    let reference = &4;
    match reference {
        &val => println!("got a value via destructuring: {:?}", val),
    }
    match *reference {
        val => println!("got a value via dereferencing: {:?}", val),
    }
    let ref r = 5;
    let mut mut_value = 6;
    match mut_value {
        ref mut m => {
            *m += 10;
            println!("added 10, m = {:?}", m);
        }
    }
    println!("{} {}", r, mut_value);
    let foo = Foo { x: (1, 2), y: 3 };
    match foo {
        Foo { x: (1, b), y } => println!("x.0 = 1, b = {}, y = {}", b, y),
        Foo { y: 2, x: i } => println!("y = 2, i = {:?}", i),
        Foo { y, .. } => println!("y = {}", y),
    }
    describe_color(Color::Red);
    describe_color(Color::Blue);
    describe_color(Color::Hsv(1, 2, 3));
}
