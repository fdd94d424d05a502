// A C helper that sums a variable number of values takes the count and the seed first.
extern "C" {
    fn sum_values(count: u32, seed: u32, ...) -> u32;
}

fn main() {
    let total = unsafe { sum_values(3) };
    println!("{}", total);
}
