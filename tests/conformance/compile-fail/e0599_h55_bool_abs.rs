fn toggle_count(flags: &[bool]) -> i32 {
    let mut n = 0;
    for i in 1..flags.len() {
        if flags[i] != flags[i - 1] {
            n += 1;
        }
    }
    n
}

fn main() {
    let flags = [true, false, false, true, true];
    let changes = toggle_count(&flags);
    let first = flags[0].abs();
    println!("{} {}", changes, first);
    let c = 'x';
    println!("{}", c.pow(2));
}
