// lints: unreachable_code unused_labels while_true
// Loop lints: `while true`, code after an infinite loop, an unused label.
fn wait_for(target: u32) -> u32 {
    let mut ticks = 0;
    while true {
        ticks += 1;
        if ticks >= target {
            break;
        }
    }
    ticks
}

fn spin_forever() -> u32 {
    let mut n = 0u32;
    loop {
        n = n.wrapping_add(1);
        if n == 0 {
            println!("wrapped");
        }
    }
    n
}

fn main() {
    println!("{}", wait_for(4));
    'scan: for i in 0..3 {
        println!("{}", i);
    }
    if wait_for(1) > 1 {
        println!("{}", spin_forever());
    }
}
