struct P {
    x: f64,
}

impl P {
    fn dist(&self, o: &P) -> f64 {
        (self.x - o.x).abs()
    }
}

fn twice(n: i32) -> i32 {
    n * 2
}

fn main() {
    let a = P { x: 1.0 };
    let b = P { x: 4.0 };
    println!("{}", a.dist(&b, true));
    println!("{}", twice(1, 2));
    println!("{}", twice());
}
