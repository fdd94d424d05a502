// Trying to assign to the result of a getter and to a constant.
const MAX_SPEED: u32 = 120;

struct Car {
    speed: u32,
}

impl Car {
    fn speed(&self) -> u32 {
        self.speed
    }
}

fn main() {
    let mut car = Car { speed: 80 };
    car.speed() = 100;
    if car.speed > MAX_SPEED {
        MAX_SPEED = car.speed;
    }
    println!("{}", car.speed);
}
