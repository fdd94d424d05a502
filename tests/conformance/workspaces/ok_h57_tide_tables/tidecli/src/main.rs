use tidecore_h57::{describe, Meters, Station, Tide, HARBOUR_NAME, MAX_STATIONS};

fn main() {
    let mut stations = [Station::new(1, "North Pier"), Station::new(2, "South Jetty")];
    stations[1].datum = Meters(0.5);
    assert!(stations.len() <= MAX_STATIONS);

    let samples: [(f64, u8); 4] = [(3.1, 6), (-1.8, 12), (0.4, 15), (14.0, 18)];
    println!("Tides at {}", HARBOUR_NAME);
    for st in stations.iter_mut() {
        for &(lvl, hour) in samples.iter() {
            let level = Meters(lvl).clamped();
            let tide = st.classify(level, hour);
            let n = st.record();
            match tide {
                Tide::High { level: Meters(m), hour } if m > 10.0 => {
                    println!("#{n} {}: extreme high {m:.1}m at {hour}:00", st.name)
                }
                Tide::High { hour, .. } | Tide::Low { hour, .. } => {
                    println!("#{n} {}: {} at {:02}:00", st.name, describe(tide), hour)
                }
                Tide::Slack => println!("#{n} {}: slack ({:.2} ft)", st.name, level.to_feet()),
            }
        }
    }
    let zero = Meters::default();
    println!("{:?} == {:?}: {}", zero, Meters::ZERO, zero == Meters::ZERO);
}
