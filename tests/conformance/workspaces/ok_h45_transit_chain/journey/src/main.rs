use api::prelude::*;
use api::{fare, time::MINUTES_PER_HOUR};

const RED_LINE: Line = Line {
    number: 7,
    vehicle: Vehicle::Metro,
    stops: [StopId(10), StopId(11), StopId(12), StopId(13), StopId(14)],
    minutes_between: 3,
};

fn describe(v: api::Mode) -> &'static str {
    match v {
        api::Mode::Bus => "bus",
        api::Vehicle::Tram => "tram",
        Vehicle::Metro => "metro",
    }
}

fn main() {
    let lines = [RED_LINE, Line { number: 42, vehicle: Vehicle::Bus, minutes_between: 6, ..RED_LINE }];
    let start = 8 * MINUTES_PER_HOUR + 50;
    for line in &lines {
        let t = line.travel_time(0, MAX_STOPS - 1);
        let (h, m) = clock(start + t);
        println!("{} {}: arrive {:02}:{:02}, fare {}", describe(line.vehicle), line.number, h, m, fare(line.vehicle, t));
        println!("  serves 12? {}", line.serves(StopId(12)));
    }
    let (h, _) = api::time::hhmm(125);
    println!("{} {}", h, api::Mode::Tram == Vehicle::Tram);
}
