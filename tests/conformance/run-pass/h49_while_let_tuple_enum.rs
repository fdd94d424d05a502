// `while let` over tuples and enum states, driving a tiny traffic controller.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red(u8),
    Green(u8),
    Yellow,
    Off,
}

fn next(l: Light) -> Light {
    match l {
        Light::Red(0) => Light::Green(3),
        Light::Red(n) => Light::Red(n - 1),
        Light::Green(0) => Light::Yellow,
        Light::Green(n) => Light::Green(n - 1),
        Light::Yellow => Light::Off,
        Light::Off => Light::Off,
    }
}

fn main() {
    let mut state = Light::Red(2);
    let mut ticks = 0u32;
    while let Light::Red(_) | Light::Green(_) | Light::Yellow = state {
        ticks += 1;
        state = next(state);
        println!("tick {ticks}: {:?}", state);
    }

    // tuple of (remaining budget, current step)
    let mut pair = (10i32, 1i32);
    while let (budget @ 1.., step) = pair {
        println!("budget {budget}, step {step}");
        pair = (budget - step, step * 2);
    }
    println!("ended with {:?}", pair);

    let mut digits = (1234u32, 0u32);
    while let (n @ 1.., acc) = digits {
        digits = (n / 10, acc + n % 10);
    }
    println!("digit sum = {}", digits.1);
}
