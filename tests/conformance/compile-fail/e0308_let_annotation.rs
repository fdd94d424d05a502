// Variable annotations that do not match the initialiser, a bool condition that is an integer,
// and a misspelled method.
struct Sensor {
    id: u8,
    value: i32,
}

impl Sensor {
    fn is_active(&self) -> bool {
        self.value != 0
    }
}

fn main() {
    let s = Sensor { id: 3, value: 17 };
    let label: &str = s.id;
    let ratio: f32 = s.value / 2;
    if s.value {
        println!("{} {}", label, ratio);
    }
    println!("{}", s.is_activ());
}
