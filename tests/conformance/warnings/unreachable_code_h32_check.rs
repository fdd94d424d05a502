// lints: unreachable_code while_true unused_variables unused_must_use
fn check(n: i32) -> i32 {
    if n < 0 {
        return -1;
        println!("negative");
    }
    let r = loop {
        break 5;
        n + 1;
    };
    let q = match n {
        0 => panic!("zero"),
        _ => 1,
    };
    let z = {
        return r + q;
    };
    z
}

fn stop() -> ! {
    panic!("stop")
}

fn main() {
    let v = check(3);
    println!("{}", v);
    while true {
        break;
    }
    if v > 100 {
        stop();
        println!("after stop");
    }
    let _w: i32 = todo!();
    println!("end");
}
