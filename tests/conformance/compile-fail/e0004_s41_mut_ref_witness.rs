enum Counter { Off, On(u32) }
fn tick(c: &mut Counter) {
    match c {
        Counter::On(n) => *n += 1,
    }
}
fn main() {
    let mut c = Counter::Off;
    tick(&mut c);
}
