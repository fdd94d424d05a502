use book::Course;

pub const MAX_TEMP: u32 = 300;

pub fn heat(c: Course) {
    if c == Course::Main {
        println!("grill on, max {}", MAX_TEMP);
    }
}
