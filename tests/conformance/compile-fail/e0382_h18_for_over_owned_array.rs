// Sensors are consumed by `for s in sensors` and the array is used again afterwards; a
// calibration record is moved into `apply` inside a `loop` that runs more than once.
#[derive(Debug)]
struct Sensor {
    label: &'static str,
    raw: i32,
}

#[derive(Debug)]
struct Calibration {
    offset: i32,
    scale: [i32; 2],
}

fn apply(cal: Calibration, raw: i32) -> i32 {
    (raw + cal.offset) * cal.scale[0] / cal.scale[1]
}

fn main() {
    let sensors = [
        Sensor { label: "a", raw: 10 },
        Sensor { label: "b", raw: -4 },
        Sensor { label: "c", raw: 7 },
    ];
    let mut sum = 0;
    for s in sensors {
        println!("reading {}", s.label);
        sum += s.raw;
    }
    println!("sum {} of {}", sum, sensors.len());

    let cal = Calibration { offset: 2, scale: [3, 2] };
    let mut i = 0;
    let mut out = [0; 3];
    loop {
        if i == out.len() {
            break;
        }
        out[i] = apply(cal, i as i32 * 5);
        i += 1;
    }
    println!("{:?}", out);
}
