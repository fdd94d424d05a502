// An elevator controller whose matches miss cases rustc must name precisely.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Door {
    Open,
    Closed,
    Jammed(u8),
}

#[derive(Debug, Clone, Copy)]
enum Motion {
    Up(u8),
    Down(u8),
    Still,
}

#[derive(Debug, Clone, Copy)]
struct Car {
    door: Door,
    motion: Motion,
    overload: bool,
}

fn safe(car: &Car) -> bool {
    match car {
        Car { door: Door::Closed, overload: false, .. } => true,
        Car { door: Door::Open, motion: Motion::Still, .. } => true,
        Car { door: Door::Jammed(0), .. } => true,
        Car { overload: true, .. } => false,
    }
}

fn floor_delta(m: Motion) -> i16 {
    match m {
        Motion::Up(n @ 0..=9) => n as i16,
        Motion::Down(n) if n > 0 => -(n as i16),
        Motion::Still => 0,
    }
}

fn door_code(d: Door, locked: bool) -> u8 {
    match (d, locked) {
        (Door::Open, false) => 1,
        (Door::Closed, _) => 2,
        (Door::Jammed(1..=u8::MAX), true) => 3,
    }
}

fn level(floors: &[i8]) -> i8 {
    match floors {
        [] => 0,
        [one] => *one,
        [a, b] => *a + *b,
        [first, .., -1] => *first,
    }
}

fn main() {
    let car = Car { door: Door::Closed, motion: Motion::Up(3), overload: false };
    println!("{} {}", safe(&car), floor_delta(car.motion));
    println!("{} {}", door_code(Door::Open, false), level(&[1, 2, 3]));
    let Car { door: Door::Closed, .. } = car;
    let (Motion::Up(n) | Motion::Down(n)) = car.motion;
    println!("{}", n);
}
