// Takes the first and last sensor readings from a slice without handling the empty case.
fn spread(readings: &[i32]) -> i32 {
    let [first, .., last] = readings;
    last - first
}

fn main() {
    let day = [14, 17, 21, 19, 15];
    println!("spread {}", spread(&day));
    let empty: [i32; 0] = [];
    println!("spread {}", spread(&empty));
}
