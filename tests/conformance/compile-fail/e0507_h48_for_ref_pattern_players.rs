// `for &p in &roster` copies each element out, which needs Copy.
#[derive(Debug, Clone)]
struct Player {
    name: &'static str,
    rating: u16,
}

fn strongest(roster: &[Player]) -> u16 {
    let mut best = 0;
    for &p in roster {
        best = best.max(p.rating);
    }
    best
}

fn main() {
    let roster = [
        Player { name: "Ana", rating: 1820 },
        Player { name: "Bo", rating: 1975 },
        Player { name: "Cy", rating: 1650 },
    ];
    println!("strongest: {}", strongest(&roster));
    for p in roster.iter() {
        println!("{:<4}{}", p.name, p.rating);
    }
}
