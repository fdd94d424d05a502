// lints: while_true unreachable_code
// A polling loop written with `while true` whose "cleanup" after the loop can never run.
fn poll_sensor(tick: u32) -> u32 {
    (tick * 37) % 100
}

fn wait_for_spike() -> u32 {
    let mut tick = 0;
    while true {
        let v = poll_sensor(tick);
        if v > 90 {
            return tick;
        }
        tick += 1;
    }
    0
}

fn main() {
    println!("spike at {}", wait_for_spike());
    let mut seconds = 0;
    loop {
        seconds += 1;
        if seconds > 3 {
            return;
        }
    }
    println!("timer stopped at {}", seconds);
}
