// Printing with {:?} a type that does not derive Debug.
#[derive(Clone, Copy)]
struct City {
    population: u32,
    lat: f64,
    lon: f64,
}

#[derive(Debug, Clone, Copy)]
struct Color {
    red: u8,
    green: u8,
    blue: u8,
}

fn main() {
    let cities = [
        City { population: 3_700_000, lat: 52.52, lon: 13.40 },
        City { population: 1_800_000, lat: 53.55, lon: 9.99 },
    ];
    for c in cities.iter() {
        let ns = if c.lat >= 0.0 { 'N' } else { 'S' };
        let ew = if c.lon >= 0.0 { 'E' } else { 'W' };
        println!("{:.3}°{} {:.3}°{} pop {}", c.lat.abs(), ns, c.lon.abs(), ew, c.population);
    }
    let colors = [
        Color { red: 128, green: 255, blue: 90 },
        Color { red: 0, green: 3, blue: 254 },
    ];
    for c in colors {
        println!("RGB ({}, {}, {}) 0x{:02X}{:02X}{:02X}", c.red, c.green, c.blue, c.red, c.green, c.blue);
        println!("{:?}", c);
    }
    // mistake: City has no Debug
    println!("{:?}", cities[0]);
}
