// Type mistakes: arithmetic on mixed integer types and a suffix that conflicts with an annotation.
type Meters = u32;
type Seconds = u64;

fn pace(distance: Meters, time: Seconds) -> u64 {
    // mistake 1: u64 / u32 does not compile
    time / distance
}

fn main() {
    let run: Meters = 5000;
    let took: Seconds = 1500;
    println!("pace {}", pace(run, took));
    // mistake 2: literal suffix contradicts the annotation
    let laps: u16 = 12u32;
    println!("laps {}", laps);
}
