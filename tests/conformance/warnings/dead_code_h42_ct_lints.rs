// lints: dead_code non_camel_case_types non_upper_case_globals
// Custom types that produce lints: unused variant, badly cased names.
#[derive(Debug, Clone, Copy)]
enum traffic_light {
    Red,
    Yellow,
    Green,
}

#[derive(Debug, Clone, Copy)]
enum Command {
    Start,
    Stop,
    Pause,
}

const max_speed: u32 = 120;
static default_name: &str = "car";

struct Car {
    speed: u32,
    light: traffic_light,
}

fn react(car: Car) -> Command {
    match car.light {
        traffic_light::Red => Command::Stop,
        traffic_light::Green => Command::Start,
        _ => Command::Stop,
    }
}

fn main() {
    let car = Car { speed: 50, light: traffic_light::Green };
    println!("{} going at most {}", default_name, max_speed);
    let cmd = react(car);
    println!("{:?}", cmd);
    let stopped = Car { speed: 0, light: traffic_light::Red };
    println!("{:?}", react(stopped));
}
