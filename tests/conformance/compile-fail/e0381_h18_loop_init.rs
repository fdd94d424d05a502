// A value is initialised only inside a `while` body and inside a `for` body, then read
// after the loops, where the compiler cannot know they ran.
fn first_negative(values: &[i32]) -> usize {
    let mut i = 0;
    let found: usize;
    while i < values.len() {
        if values[i] < 0 {
            found = i;
            break;
        }
        i += 1;
    }
    found
}

fn last_even(values: &[i32]) -> i32 {
    let last;
    for v in values {
        if v % 2 == 0 {
            last = *v;
        }
    }
    last
}

fn main() {
    let data = [3, 8, -2, 5, 6];
    println!("{} {}", first_negative(&data), last_even(&data));
}
