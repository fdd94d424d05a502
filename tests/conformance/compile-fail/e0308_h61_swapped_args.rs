// arguments passed in the wrong order
fn register(name: &str, age: u32, active: bool) {
    println!("{} ({}) active={}", name, age, active);
}

fn area(width: f64, height: u32) -> f64 {
    width * height as f64
}

fn main() {
    register(34, "ines", true);
    let h: u32 = 3;
    println!("{}", area(h, 2.5));
}
