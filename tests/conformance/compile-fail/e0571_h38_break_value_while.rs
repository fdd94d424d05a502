// break-with-value from a `while` or `for` loop, and break outside a loop.
fn find_first_even(values: &[u32]) -> u32 {
    let mut i = 0;
    let found = while i < values.len() {
        if values[i] % 2 == 0 {
            break values[i];
        }
        i += 1;
    };
    found
}

fn main() {
    let data = [3, 5, 8, 9];
    println!("{}", find_first_even(&data));
    let hit = for v in data {
        if v > 4 {
            break v;
        }
    };
    println!("{:?}", hit);
}
