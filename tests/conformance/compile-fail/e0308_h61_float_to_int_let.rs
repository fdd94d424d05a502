// let with annotation, float literal into an integer
struct Sensor {
    id: u32,
    scale: f64,
}

fn main() {
    let s = Sensor { id: 3, scale: 1.5 };
    let threshold: i32 = 2.5;
    let reading = 10;
    if reading > threshold {
        println!("sensor {} over threshold (scale {})", s.id, s.scale);
    }
}
