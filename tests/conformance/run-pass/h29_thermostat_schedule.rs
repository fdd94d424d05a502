// A thermostat simulation: nested enums, labelled loops with break values, float
// formatting with precision and width, clamp/powi/sqrt, and statics.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Off,
    Heat { target: f64 },
    Cool { target: f64 },
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Reading {
    Ok(f64),
    Fault(Fault),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Fault {
    Open,
    Short,
    Range(i16),
}

static OUTSIDE: [f64; 6] = [4.5, 3.0, -1.5, 0.0, 7.25, 12.0];
const MAX_STEP: f64 = 1.5;

fn read(i: usize) -> Reading {
    match i % 7 {
        3 => Reading::Fault(Fault::Range(-40)),
        5 => Reading::Fault(Fault::Open),
        _ => Reading::Ok(18.0 + i as f64 * 0.75),
    }
}

fn step(mode: Mode, inside: f64, outside: f64) -> f64 {
    let drift = (outside - inside) * 0.1;
    let push = match mode {
        Mode::Off => 0.0,
        Mode::Heat { target } if inside < target => (target - inside).min(MAX_STEP),
        Mode::Cool { target } if inside > target => -(inside - target).min(MAX_STEP),
        Mode::Heat { .. } | Mode::Cool { .. } => 0.0,
    };
    inside + drift + push
}

fn fault_code(r: Reading) -> i32 {
    match r {
        Reading::Ok(_) => 0,
        Reading::Fault(Fault::Open) => 1,
        Reading::Fault(Fault::Short) => 2,
        Reading::Fault(Fault::Range(v @ i16::MIN..=-1)) => 100 - v as i32,
        Reading::Fault(Fault::Range(v)) => 200 + v as i32,
    }
}

fn main() {
    let modes = [Mode::Heat { target: 21.0 }, Mode::Cool { target: 19.5 }, Mode::Off];
    for mode in modes {
        let mut inside = 17.0;
        let mut log = [0.0f64; 6];
        for (i, out) in OUTSIDE.iter().enumerate() {
            inside = step(mode, inside, *out);
            log[i] = inside;
        }
        let mean = {
            let mut s = 0.0;
            for v in log {
                s += v;
            }
            s / log.len() as f64
        };
        let var = {
            let mut s = 0.0;
            for v in log {
                s += (v - mean).powi(2);
            }
            s / log.len() as f64
        };
        println!("{:?}", mode);
        println!("  last {:>7.2} mean {:<8.3}| sd {:.4} clamp {:5.1}", inside, mean, var.sqrt(), inside.clamp(18.0, 20.0));
    }
    let mut faults = 0;
    let first_fault = 'poll: loop {
        for i in 0..20 {
            let r = read(i);
            if let Reading::Ok(t) = r {
                if t > 30.0 {
                    break 'poll -1;
                }
                continue;
            }
            faults += 1;
            if faults == 2 {
                break 'poll fault_code(r);
            }
        }
        break 0;
    };
    println!("fault code {} after {} faults", first_fault, faults);
    println!("{} {}", fault_code(Reading::Fault(Fault::Range(-40))), fault_code(Reading::Fault(Fault::Short)));
    println!("{:e} {:?} {} {}", 1234.5f64, 0.1 + 0.2, 1e21f64, f64::EPSILON > 0.0);
    println!("[{:^9.2}] [{:+08.3}] [{:<7}]", std::f64::consts::PI, -2.5f64, 1.0f32 / 3.0);
}
