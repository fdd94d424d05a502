// Motor controller limits computed from physical constants at compile time.
const VOLTAGE: f64 = 24.0;
const RESISTANCE: f64 = 0.5;
const MAX_CURRENT: f64 = VOLTAGE / RESISTANCE;
const RMS_FACTOR: f64 = 2.0f64.sqrt();
const PEAK: f64 = MAX_CURRENT * RMS_FACTOR;
const ABS_BIAS: f64 = (-0.25f64).abs();
const STALL_TICKS: u32 = 12u32.pow(2);
const LOG_STEPS: f64 = 1000.0f64.log10();

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Command {
    duty: f64,
    ticks: u32,
}

fn limit(cmd: Command) -> Command {
    let duty = if cmd.duty * MAX_CURRENT > PEAK { PEAK / MAX_CURRENT } else { cmd.duty };
    Command { duty, ..cmd }
}

fn main() {
    let cmds = [Command { duty: 0.2, ticks: 10 }, Command { duty: 2.5, ticks: 40 }];
    for c in cmds {
        let l = limit(c);
        println!("{:?} -> {:?} (changed: {})", c, l, c != l);
    }
    println!("{} {} {}", ABS_BIAS, STALL_TICKS, LOG_STEPS);
    let worst = cmds[1].duty.max(cmds[0]);
    println!("{}", worst);
}
