// Chapter 3.3: statements vs expressions, functions with return values.
fn five() -> i32 {
    5
}

fn plus_one(x: i32) -> i32 {
    x + 1
}

fn print_labeled_measurement(value: i32, unit_label: char) {
    println!("The measurement is: {value}{unit_label}");
}

fn classify(n: i32) -> &'static str {
    if n < 0 {
        return "negative";
    }
    let kind = if n == 0 {
        "zero"
    } else if n % 2 == 0 {
        "even"
    } else {
        "odd"
    };
    kind
}

fn nothing() {}

fn unit_explicit() -> () {
    ()
}

fn main() {
    print_labeled_measurement(5, 'h');
    let y = {
        let x = 3;
        x + 1
    };
    println!("The value of y is: {y}");
    let x = five();
    let z = plus_one(x);
    println!("x={x} z={z}");
    let r = nothing();
    let u = unit_explicit();
    println!("{:?} {:?}", r, u);
    for n in [-4, 0, 7, 10] {
        println!("{n} is {}", classify(n));
    }
    let doubled = {
        let base = plus_one(plus_one(1));
        base * 2
    };
    let nested = { let d = doubled; d };
    println!("doubled {doubled} nested {nested}");
    let parity = match z % 2 { 0 => "even", _ => "odd" };
    println!("parity {}", parity);
    let mut acc = 0;
    let last = loop {
        acc += 3;
        if acc > 10 {
            break acc - 1;
        }
    };
    println!("last {last}");
}
