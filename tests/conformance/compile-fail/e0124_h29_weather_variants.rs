// A weather station record: a struct and an enum variant repeat a field name after a merge.
#[derive(Debug, Clone, Copy)]
struct Observation {
    station: u16,
    temp_tenths: i16,
    humidity: u8,
    temp_tenths: i16,
}

#[derive(Debug, Clone, Copy)]
enum Alert {
    Frost { station: u16, low: i16 },
    Storm { station: u16, gust_kmh: u16, station: u16 },
    Clear,
}

fn check(o: &Observation) -> Alert {
    if o.temp_tenths < 0 {
        Alert::Frost { station: o.station, low: o.temp_tenths }
    } else if o.humidity > 95 {
        Alert::Storm { station: o.station, gust_kmh: 80 }
    } else {
        Alert::Clear
    }
}

fn main() {
    let o = Observation { station: 12, temp_tenths: -15, humidity: 70 };
    println!("{:?}", check(&o));
}
