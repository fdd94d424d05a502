use schedule::table::Time;
use schedule::{departures, Station};
use stations::{BLUE, RED};

fn show(t: Time) {
    println!("  {:02}:{:02}", t.hour, t.minute);
}

fn main() {
    for line in [&RED, &BLUE] {
        println!("line {} ({} km)", line.color.code(), line.length_km());
        let deps = departures(line, 6 * 60 + 15, 3);
        for d in &deps[..3] {
            show(d.at);
        }
    }
    let mut total = 0;
    for s in Station::ALL {
        total += s.km();
    }
    println!("{} stations, {} km of markers", stations::Station::COUNT, total);
    println!("castle is {:?}", stations::Color::Red == RED.color);
}
