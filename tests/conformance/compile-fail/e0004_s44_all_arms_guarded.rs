// Every arm has a guard: rustc counts none of them towards exhaustivity.
#[derive(Clone, Copy)]
enum Light {
    Red,
    Amber,
    Green,
}

fn sign(n: i32) -> i32 {
    match n {
        v if v > 0 => 1,
        v if v < 0 => -1,
        v if v == 0 => 0,
    }
}

fn flag(b: bool) -> u8 {
    match b {
        v if v => 1,
        v if !v => 0,
    }
}

fn wait(light: Light, rush: bool) -> u32 {
    match light {
        l if rush => 0,
        Light::Red if !rush => 30,
        Light::Amber => 5,
    }
}

fn main() {
    println!("{} {} {}", sign(-4), flag(true), wait(Light::Green, false));
}
