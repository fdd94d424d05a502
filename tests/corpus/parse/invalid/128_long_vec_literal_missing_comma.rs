#[derive(Debug, Clone, Copy)]
struct Planet {
    name: &'static str,
    mass_earths: f64,
    moons: u32,
}

const fn planet(name: &'static str, mass_earths: f64, moons: u32) -> Planet {
    Planet { name, mass_earths, moons }
}

fn planets() -> Vec<Planet> {
    Vec::from([
        planet("Mercury", 0.055, 0),
        planet("Venus", 0.815, 0),
        planet("Earth", 1.0, 1),
        planet("Mars", 0.107, 2)
        planet("Jupiter", 317.8, 95),
        planet("Saturn", 95.2, 146),
        planet("Uranus", 14.5, 28),
        planet("Neptune", 17.1, 16),
    ])
}

fn main() {
    let all = planets();
    let heaviest = all.iter().max_by(|a, b| a.mass_earths.total_cmp(&b.mass_earths));
    let moons: u32 = all.iter().map(|p| p.moons).sum();
    println!("{:?} {}", heaviest.map(|p| p.name), moons);
}
