// Elevator control where negative literals are stored in unsigned floors.
#[derive(Debug, Clone, Copy)]
struct Elevator {
    floor: u8,
    target: u8,
}

impl Elevator {
    fn step(&mut self) {
        if self.floor < self.target {
            self.floor += 1;
        } else if self.floor > self.target {
            self.floor -= 1;
        }
    }
}

fn offset(from: u8, to: u8) -> i16 {
    to as i16 - from as i16
}

fn main() {
    let basement: u8 = -1;
    let mut lift = Elevator { floor: 3, target: 0 };
    while lift.floor != lift.target {
        lift.step();
    }
    let delta: u32 = -(offset(3, 0) as i32);
    println!("{:?} {} {}", lift, basement, delta);
}
