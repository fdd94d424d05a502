// `.await` inside a plain helper function and a plain method.
struct Sensor {
    id: u32,
}

impl Sensor {
    fn read(&self) -> u32 {
        self.id * 10
    }

    fn read_twice(&self) -> u32 {
        self.read().await + self.read()
    }
}

fn poll(s: &Sensor) -> u32 {
    s.read().await
}

fn main() {
    let s = Sensor { id: 4 };
    println!("{} {}", poll(&s), s.read_twice());
}
