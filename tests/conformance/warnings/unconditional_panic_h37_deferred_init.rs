// lints: unconditional_panic arithmetic_overflow
// regen: build
// Sensor calibration where some values are set after their declaration or come from blocks.
const RAW_ZERO: i32 = 0;

struct Sensor {
    readings: [i32; 3],
}

fn calibrate(sensor: &Sensor) -> i32 {
    let divisor;
    divisor = RAW_ZERO;
    sensor.readings[0] / divisor
}

fn calibrate_branchy(sensor: &Sensor, fine: bool) -> i32 {
    let divisor;
    if fine {
        divisor = 0;
    } else {
        divisor = 0;
    }
    sensor.readings[1] / divisor
}

fn scale(sensor: &Sensor) -> i32 {
    let factor = {
        let base = 5;
        base - 5
    };
    sensor.readings[2] % factor
}

fn pick(sensor: &Sensor) -> i32 {
    let slot = {
        let count = sensor.readings.len();
        count
    };
    let fixed = { 3 };
    sensor.readings[slot - 1] + sensor.readings[fixed]
}

fn gain() -> u8 {
    let level: u8;
    level = 255;
    level + 1
}

fn main() {
    let sensor = Sensor { readings: [10, 20, 30] };
    println!("{}", calibrate(&sensor));
    println!("{}", calibrate_branchy(&sensor, true));
    println!("{}", scale(&sensor));
    println!("{}", pick(&sensor));
    println!("{}", gain());
}
