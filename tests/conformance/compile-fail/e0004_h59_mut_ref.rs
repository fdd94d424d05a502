#[derive(Debug)]
enum Counter {
    Off,
    On(u32),
    Paused(u32),
}

fn tick(c: &mut Counter) {
    match c {
        Counter::On(n) => *n += 1,
        Counter::Off => {}
    }
}

fn main() {
    let mut c = Counter::On(0);
    tick(&mut c);
    tick(&mut c);
    let _p = Counter::Paused(1);
    println!("{:?}", c);
}
