// An unknown function whose result is used in many ways.
struct Reading {
    value: i32,
    ok: bool,
}

fn average(xs: &[i32]) -> i32 {
    let mut s = 0;
    for x in xs {
        s += x;
    }
    s / xs.len() as i32
}

fn main() {
    let data = [3, 9, 12, 4];
    let base = read_sensor(2) + 10;
    let scaled = read_sensor(3).abs();
    let r = fetch_reading();
    let v = r.value;
    let idx = data[pick_index()];
    match classify(v) {
        0 => println!("low"),
        1 => println!("mid"),
        _ => println!("high"),
    }
    let avg = average(&data);
    let msg: bool = avg;
    println!("{} {} {} {} {}", base, scaled, v, idx, msg);
    let rd = Reading { value: avg, ok: true };
    if rd.ok {
        println!("{}", rd.value + "1");
    }
}
