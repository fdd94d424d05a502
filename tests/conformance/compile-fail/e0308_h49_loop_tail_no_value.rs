// Functions whose last expression is a `for`/`while` loop or a `;`-terminated value.
fn index_of(hay: &[i32], needle: i32) -> usize {
    for (i, &x) in hay.iter().enumerate() {
        if x == needle {
            return i;
        }
    }
}

fn wait_ready(states: &[bool]) -> usize {
    let mut i = 0;
    while i < states.len() {
        if states[i] {
            return i;
        }
        i += 1;
    }
}

fn average(xs: &[i32]) -> i32 {
    let mut sum = 0;
    for x in xs {
        sum += x;
    }
    sum / xs.len() as i32;
}

fn main() {
    let data = [5, 8, 13];
    println!("{}", index_of(&data, 8));
    println!("{}", wait_ready(&[false, true]));
    println!("{}", average(&data));
}
