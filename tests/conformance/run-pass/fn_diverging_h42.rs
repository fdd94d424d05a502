// Diverging functions: `-> !`, panic!, std::process::exit, `!` in match arms.
fn fail(msg: &str) -> ! {
    panic!("fatal: {}", msg);
}

fn exit_with(code: i32) -> ! {
    std::process::exit(code)
}

fn sum_odd_numbers(up_to: u32) -> u32 {
    let mut acc = 0;
    for i in 0..up_to {
        let addition: u32 = match i % 2 == 1 {
            true => i,
            false => continue,
        };
        acc += addition;
    }
    acc
}

fn checked_div(a: i32, b: i32) -> i32 {
    if b == 0 {
        fail("division by zero");
    }
    a / b
}

fn main() {
    println!("Sum of odd numbers up to 9 (excluding): {}", sum_odd_numbers(9));
    println!("{}", checked_div(10, 3));
    let mode = 2;
    let name: &str = match mode {
        1 => "fast",
        2 => "safe",
        _ => fail("unknown mode"),
    };
    println!("mode {}", name);
    if mode > 5 {
        exit_with(3);
    }
    println!("done");
}
