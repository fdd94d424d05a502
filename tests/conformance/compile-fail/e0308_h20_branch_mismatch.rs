// Traffic report: `if`/`else` branches, `match` arms and array elements that
// disagree on their type.
#[derive(Debug, Clone, Copy)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn wait_seconds(l: Light) -> u32 {
    match l {
        Light::Red => 30,
        Light::Yellow => "3",
        Light::Green => 0,
    }
}

fn describe(l: Light, busy: bool) -> &'static str {
    let text = if busy {
        "congested"
    } else {
        match l {
            Light::Green => "flowing",
            _ => "waiting",
        }
    };
    text
}

fn cycle_length(busy: bool) -> u32 {
    let extra = if busy { 15 } else { false };
    30 + 3 + 25 + extra
}

fn main() {
    let lights = [Light::Red, Light::Green, Light::Yellow];
    let weights = [1.5, 2.0, 3];
    let mut total = 0;
    for (i, l) in lights.iter().enumerate() {
        total += wait_seconds(*l);
        println!("{} {} {}", i, describe(*l, i == 1), weights[i]);
    }
    println!("{} {}", total, cycle_length(true));
}
