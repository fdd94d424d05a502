// A thermostat controller where two `if`s lost their `else`: rustc reports
// E0317 where a value is expected, and E0308 where the `if` is a statement.
struct Reading {
    celsius: i32,
    humidity: u8,
}

fn target_for(hour: u32) -> i32 {
    if hour < 6 {
        17
    } else {
        21
    }
}

fn heating_delta(reading: &Reading, hour: u32) -> i32 {
    let target = target_for(hour);
    let delta: i32 = if reading.celsius < target { target - reading.celsius };
    delta
}

fn fan_speed(reading: &Reading) -> u8 {
    let boost = if reading.humidity > 70 { 2 };
    let mut speed: u8 = 1;
    if reading.humidity > 50 {
        speed + 1
    }
    speed = speed + boost;
    speed
}

fn main() {
    let now = Reading { celsius: 18, humidity: 72 };
    let delta = heating_delta(&now, 7);
    let fan = fan_speed(&now);
    let mut log: i32 = 0;
    log = fan;
    println!("delta {} fan {} log {}", delta, fan, log);
}
