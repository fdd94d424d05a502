// edition:2024
struct Rng {
    state: u64,
}

impl Rng {
    fn next(&mut self) -> u64 {
        let gen = self.state.wrapping_mul(6364136223846793005).wrapping_add(1);
        self.state = gen;
        gen >> 33
    }
}

fn main() {
    let mut r = Rng { state: 1 };
    println!("{}", r.next());
}
