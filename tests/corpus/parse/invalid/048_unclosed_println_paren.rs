fn main() {
    let name = "ferris";
    let age = 7;
    println!("{} is {} years old", name, age;
    println!("done");
}

#[derive(Debug, Default)]
struct Stopwatch {
    laps: Vec<u64>,
}

impl Stopwatch {
    fn lap(&mut self, ms: u64) {
        self.laps.push(ms);
    }
}
