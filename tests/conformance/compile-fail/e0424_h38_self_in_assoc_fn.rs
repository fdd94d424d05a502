// Using `self` in an associated function, and calling a method without `self.`.
#[derive(Debug)]
struct Timer {
    seconds: u32,
}

impl Timer {
    fn new(seconds: u32) -> Timer {
        Timer { seconds }
    }

    fn reset() {
        self.seconds = 0;
    }

    fn minutes(&self) -> u32 {
        self.seconds / 60
    }

    fn describe(&self) -> u32 {
        minutes() * 100 + self.seconds % 60
    }
}

fn main() {
    let t = Timer::new(125);
    println!("{} {:?}", t.describe(), t);
}
