// lints: unused_parens while_true
// Parentheses and `while true` from C habits.
fn clamp_speed(speed: i32) -> i32 {
    if (speed > 100) {
        return (100);
    }
    let adjusted = (speed * 2);
    match (adjusted) {
        0 => 1,
        n => n,
    }
}

fn main() {
    let mut i = 0;
    while (i < 3) {
        println!("{}", clamp_speed(i * 60));
        i += 1;
    }
    for n in (0..2) {
        println!("n={n}");
    }
    let mut ticks = 0;
    while true {
        ticks += 1;
        if (ticks == 5) {
            break;
        }
    }
    println!("ticks {}", (ticks));
}
